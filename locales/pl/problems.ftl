# Tytuły i szczegóły odpowiedzi o problemach zgodnych z RFC 9457, po jednej parze dla każdego stałego kodu błędu.

problem-bad-request-title = Nieprawidłowe żądanie
problem-bad-request-detail = Nie udało się zrozumieć żądania: { $reason }
bad-request-not-json = treść nie jest prawidłowym dokumentem JSON.
bad-request-missing-field = pole „{ $field }” jest wymagane.
bad-request-unknown-field = pole „{ $field }” nie jest akceptowane w tym żądaniu.
bad-request-malformed-field = pole „{ $field }” ma wartość niewłaściwego typu lub formatu.
bad-request-malformed = jedna z wartości ma niewłaściwy typ lub format.
problem-not-found-title = Nie znaleziono
problem-not-found-detail = Pod tym adresem nic nie ma.
problem-method-not-allowed-title = Niedozwolona metoda
problem-method-not-allowed-detail = Ten adres nie akceptuje metody { $method }.
problem-payload-too-large-title = Zbyt duże żądanie
problem-payload-too-large-detail = Treść żądania jest większa, niż akceptuje ten serwer (limit w bajtach: { $limit }).
problem-unsupported-media-type-title = Nieobsługiwany typ danych
problem-unsupported-media-type-detail = Wyślij treść żądania jako JSON z nagłówkiem Content-Type: application/json.
problem-request-timeout-title = Przekroczono limit czasu żądania
problem-request-timeout-detail = Żądanie trwało dłużej niż { $seconds } s i zostało przerwane. Nic nie zostało zapisane, chyba że odpowiedź stanowiła inaczej.
problem-too-many-requests-title = Zbyt wiele żądań
problem-too-many-requests-detail = Zbyt wiele żądań w krótkim czasie. Odczekaj chwilę i spróbuj ponownie.
problem-internal-error-title = Błąd wewnętrzny
problem-internal-error-detail = Wystąpił błąd po naszej stronie. Został zarejestrowany; jeśli skontaktujesz się z pomocą techniczną, podaj identyfikator żądania { $request_id }.
problem-service-unavailable-title = Usługa niedostępna
problem-service-unavailable-detail = Usługa jest tymczasowo niedostępna. Spróbuj ponownie za chwilę.
problem-http-error-title = Żądanie nie powiodło się
problem-http-error-detail = Żądanie nie powiodło się (status HTTP { $status }).

## Konta i sesje

problem-invalid-email-title = Nieprawidłowy adres e-mail
problem-invalid-email-detail = Pole „{ $field }” nie zawiera prawidłowego adresu e-mail.
problem-password-length-title = Długość hasła
problem-password-length-detail = Hasło musi mieć od { $min } do { $max } znaków.
problem-password-too-common-title = Zbyt popularne hasło
problem-password-too-common-detail = To hasło należy do najczęściej używanych. Wybierz inne.
problem-password-contains-email-title = Hasło zawiera adres e-mail
problem-password-contains-email-detail = Hasło nie może zawierać Twojego adresu e-mail. Wybierz inne.
problem-invalid-name-title = Nieprawidłowa nazwa
problem-invalid-name-detail = Nazwa musi mieć od 1 do 100 znaków i nie może zawierać znaków sterujących.
problem-invalid-timezone-title = Nieprawidłowa strefa czasowa
problem-invalid-timezone-detail = Podaj nazwę strefy czasowej, np. Europe/Berlin lub UTC.
problem-unsupported-locale-title = Nieobsługiwany język
problem-unsupported-locale-detail = Ten język nie jest dostępny. Wybierz jeden z oferowanych języków.
problem-invalid-credentials-title = Logowanie nie powiodło się
problem-invalid-credentials-detail = Adres e-mail lub hasło są nieprawidłowe.
problem-account-locked-title = Konto zablokowane
problem-account-locked-detail = To konto jest zablokowane. Skontaktuj się z pomocą techniczną.
problem-unauthenticated-title = Nie zalogowano
problem-unauthenticated-detail = To żądanie wymaga ważnego tokena dostępu. Zaloguj się ponownie, aby go uzyskać.
problem-invalid-refresh-token-title = Sesja wygasła
problem-invalid-refresh-token-detail = Sesja wygasła lub została zakończona. Zaloguj się ponownie.
problem-invalid-link-token-title = Link jest już nieważny
problem-invalid-link-token-detail = Ten link jest nieprawidłowy, został już użyty lub wygasł. Poproś o nowy.
problem-forbidden-title = Brak uprawnień
problem-forbidden-detail = Logowanie jest aktywne, ale te dane uwierzytelniające nie pozwalają na wykonanie tej operacji.
problem-limit-reached-title = Osiągnięto limit
problem-limit-reached-detail = Osiągnięto limit ({ $limit }). Usuń jeden element, zanim dodasz kolejny.
problem-invalid-scope-title = Nieprawidłowy zakres uprawnień
problem-invalid-scope-detail = Wybierz co najmniej jeden z oferowanych zakresów; niektóre są dostępne tylko dla administratorów.
problem-out-of-range-title = Wartość poza zakresem
problem-out-of-range-detail = Wartość pola „{ $field }” jest poza dopuszczalnym zakresem.
problem-totp-required-title = Wymagany kod jednorazowy
problem-totp-required-detail = To konto używa logowania dwuskładnikowego. Wpisz kod z aplikacji uwierzytelniającej lub kod odzyskiwania.
problem-totp-invalid-title = Nieprawidłowy kod jednorazowy
problem-totp-invalid-detail = Kod jest nieprawidłowy, wygasł lub został już użyty. Poczekaj na kolejny kod i spróbuj ponownie.
problem-totp-locked-title = Logowanie dwuskładnikowe zablokowane
problem-totp-locked-detail = Zbyt wiele nieprawidłowych kodów. Logowanie dwuskładnikowe zostało zablokowane na 15 minut.
problem-totp-already-enabled-title = Logowanie dwuskładnikowe jest już włączone
problem-totp-already-enabled-detail = Logowanie dwuskładnikowe jest już włączone dla tego konta.
problem-totp-not-enabled-title = Logowanie dwuskładnikowe jest wyłączone
problem-totp-not-enabled-detail = Logowanie dwuskładnikowe nie jest włączone dla tego konta (lub nie rozpoczęto jego konfiguracji).
problem-invalid-code-title = Nieprawidłowy kod
problem-invalid-code-detail = Wartość pola „{ $field }” jest nieprawidłowa lub wygasła.
problem-invalid-role-title = Nieznana rola
problem-invalid-role-detail = Rola musi mieć jedną z wartości: user, support lub admin.
problem-csrf-failed-title = Formularz wygasł
problem-csrf-failed-detail = Nie można przyjąć tego formularza. Odśwież stronę i spróbuj ponownie.
problem-two-factor-required-for-staff-title = Wymagane logowanie dwuskładnikowe
problem-two-factor-required-for-staff-detail = Ten serwer wymaga od personelu korzystania z logowania dwuskładnikowego. Najpierw włącz je w ustawieniach konta.
problem-slug-taken-title = Identyfikator zajęty
problem-slug-taken-detail = Inny produkt używa już tego identyfikatora. Wybierz inny.
problem-invalid-slug-title = Nieprawidłowy identyfikator
problem-invalid-slug-detail = Identyfikator składa się z 2–64 małych liter, cyfr i łączników i nie może zaczynać się ani kończyć łącznikiem.
problem-invalid-product-kind-title = Nieprawidłowy rodzaj produktu
problem-invalid-product-kind-detail = Produkt jest albo typu „software” (powiązany z komputerami), albo „site” (powiązany z domenami).
problem-unknown-account-title = Nieznane konto
problem-unknown-account-detail = Żadne konto nie ma tego adresu e-mail. Ta osoba musi najpierw się zarejestrować.
problem-license-revoked-title = Licencja unieważniona
problem-license-revoked-detail = Ta licencja została unieważniona; unieważnionej licencji nie można przywrócić. Zamiast tego wystaw nową.
problem-seats-in-use-title = Stanowiska w użyciu
problem-seats-in-use-detail = Liczba zajętych stanowisk tej licencji: { $in_use }. Zwolnij część z nich (dezaktywuj urządzenia lub zmniejsz sublicencje), zanim zmniejszysz liczbę stanowisk.
problem-license-unusable-title = Licencji nie można użyć
problem-license-unusable-detail = Tej licencji nie można użyć w tym celu ({ $code }).

# Odpowiedzi API dla produktów (weryfikacja, aktywacja, sygnał aktywności, dezaktywacja, plik licencji).
answer-not-found = Nie ma licencji z tym kluczem.
answer-revoked = Ta licencja została unieważniona.
answer-suspended = Ta licencja jest zawieszona.
answer-expired = Ta licencja wygasła.
answer-product-mismatch = Ten klucz należy do innego produktu.
answer-not-activated = Ta licencja nie jest jeszcze tutaj aktywowana.
answer-fingerprint-mismatch = Ta licencja jest aktywowana na innych urządzeniach, ale nie na tym.
answer-domain-mismatch = Ta licencja jest aktywowana w innych domenach, ale nie w tej.
answer-heartbeat-dead = To urządzenie przestało wysyłać sygnały aktywności; aktywuj je ponownie.
answer-too-many-activations = Aktywnych urządzeń jest więcej, niż licencja ma stanowisk.
answer-entitlement-missing = Licencja nie obejmuje żądanej funkcji.
answer-version-not-covered = Ta wersja została wydana po zakończeniu okresu aktualizacji licencji.
answer-valid = Licencja jest ważna.
answer-activation-limit = Wszystkie stanowiska tej licencji ({ $seats }) są zajęte. Zwolnij jedną z wymienionych aktywacji, aby użyć licencji tutaj.
answer-clone-suspected = Inny komputer używa tej aktywacji; jest ona wstrzymana, dopóki właściciel jej nie zwolni.
answer-reassignment-limit = Ta licencja wykorzystała na razie limit zmian urządzeń. Następna zmiana będzie możliwa { $at }.
answer-refused-title = Serwer licencji odrzucił to żądanie
problem-reassignment-limit-title = Na razie brak kolejnych zmian urządzeń
problem-reassignment-limit-detail = Ta licencja wykorzystała na razie limit zmian urządzeń. Następna zmiana będzie możliwa { $at }.
problem-not-enough-seats-title = Za mało wolnych stanowisk
problem-not-enough-seats-detail = { $free ->
    [0] Żadne stanowisko tej licencji nie jest wolne.
    [one] Wolne jest tylko jedno stanowisko tej licencji.
    [few] Wolne są tylko { $free } stanowiska tej licencji.
    [many] Wolnych jest tylko { $free } stanowisk tej licencji.
   *[other] Wolne jest tylko { $free } stanowiska tej licencji.
}
problem-invalid-activation-request-title = Nieprawidłowe żądanie aktywacji
problem-invalid-activation-request-detail = To nie jest żądanie aktywacji utworzone z kluczem tej licencji. Utwórz je ponownie na aktywowanym komputerze, używając klucza tej licencji.
problem-not-for-sale-title = Niedostępne w sprzedaży
problem-not-for-sale-detail = Ten plan nie jest dostępny w sprzedaży.
problem-promo-not-found-title = Nieznany kod promocyjny
problem-promo-not-found-detail = Ten kod promocyjny nie istnieje lub nie jest obecnie ważny.
problem-insufficient-funds-title = Za mało środków w portfelu
problem-insufficient-funds-detail = Saldo portfela jest za niskie na ten zakup. Doładuj portfel i spróbuj ponownie; nic nie zostało pobrane.
problem-promo-expired-title = Kod promocyjny jest obecnie nieważny
problem-promo-expired-detail = Ten kod promocyjny nie jest ważny w tym momencie.
problem-promo-not-applicable-title = Kod promocyjny nie ma zastosowania
problem-promo-not-applicable-detail = Ten kod promocyjny nie dotyczy żadnego produktu w Twoim koszyku.
problem-promo-below-minimum-title = Zamówienie poniżej minimum kodu promocyjnego
problem-promo-below-minimum-detail = Wartość zamówienia jest niższa od minimum wymaganego przez ten kod promocyjny.
problem-promo-first-purchase-only-title = Kod promocyjny na pierwszy zakup
problem-promo-first-purchase-only-detail = Ten kod promocyjny dotyczy tylko pierwszego zakupu.
problem-promo-exhausted-title = Kod promocyjny wyczerpany
problem-promo-exhausted-detail = Ten kod promocyjny został na razie wykorzystany maksymalną liczbę razy.
problem-promo-user-limit-title = Kod promocyjny już wykorzystany
problem-promo-user-limit-detail = Ten kod promocyjny został już przez Ciebie wykorzystany maksymalną dozwoloną liczbę razy.
problem-promo-paused-title = Kod promocyjny wstrzymany
problem-promo-paused-detail = Ten kod promocyjny jest obecnie wstrzymany.
problem-promo-code-taken-title = Kod promocyjny już istnieje
problem-promo-code-taken-detail = Inny kod promocyjny ma już tę nazwę.
problem-idempotency-key-reused-title = Klucz idempotencji użyty w innym żądaniu
problem-idempotency-key-reused-detail = Ten Idempotency-Key został już użyty w innym żądaniu. Dla nowego żądania użyj nowego klucza.
problem-idempotency-key-in-use-title = Żądanie w toku
problem-idempotency-key-in-use-detail = Żądanie z tym Idempotency-Key jest nadal przetwarzane. Ponów je za chwilę, aby otrzymać odpowiedź.
problem-self-referral-title = Polecenie samego siebie
problem-self-referral-detail = Nie możesz użyć własnego kodu polecającego.
problem-wrong-state-title = Niemożliwe w tym stanie
problem-wrong-state-detail = Tej operacji nie można teraz wykonać ({ $state }).
problem-gateway-disabled-title = Metoda płatności niedostępna
problem-gateway-disabled-detail = Ta metoda płatności nie jest włączona na tym serwerze.
problem-gateway-unavailable-title = Operator płatności niedostępny
problem-gateway-unavailable-detail = Nie udało się połączyć z operatorem płatności. Nic nie zostało pobrane; spróbuj ponownie za kilka minut lub wybierz inną metodę płatności.
problem-webhook-signature-invalid-title = Nieprawidłowy podpis webhooka
problem-webhook-signature-invalid-detail = Podpis webhooka nie zgadza się z ustawieniami tej bramki. Nic nie zostało zmienione.
problem-invalid-number-format-title = Nieprawidłowy wzorzec numeru
problem-invalid-number-format-detail = Pole „{ $field }” musi zawierać raz {"{"}YYYY{"}"} i jeden ciąg cyfr w nawiasach klamrowych, np. INV-{"{"}YYYY{"}"}-{"{"}000001{"}"}: numeracja zaczyna się od nowa co roku.
problem-number-formats-clash-title = Numery mogą się powtarzać
problem-number-formats-clash-detail = Wzorzec w polu „{ $field }” może generować te same numery co wzorzec faktur. Nadaj obu wzorcom różne prefiksy, np. INV- i CN-.
problem-invalid-staging-pattern-title = Nieprawidłowy wzorzec hosta testowego
problem-invalid-staging-pattern-detail = Wpisz po jednym hoście w wierszu: dokładny host (staging.shop.com), wszystkie hosty w domenie (*.preview.shop.com), wszystkie hosty zaczynające się od etykiety (staging.*) lub zawierające etykietę w środku (*.staging.*). Cała domena najwyższego poziomu, np. *.dev, jest publiczna i nie może działać bezpłatnie.
problem-insufficient-scope-title = Niedozwolone z tym kluczem
problem-insufficient-scope-detail = Ta operacja wymaga { $scope ->
        [session] sesji zalogowanego użytkownika: klucz API nie może jej wykonać
       *[other] klucza API z zakresem „{ $scope }”
    }.
problem-refund-window-closed-title = Termin na zwrot minął
problem-refund-window-closed-detail = Zwrot środków za ten plan jest możliwy przez { $days ->
        [one] { $days } dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    } od zakupu, a ten termin minął. Zwróć środki mimo to tylko wtedy, gdy jest to zamierzone.
problem-invalid-version-title = Nieprawidłowa wersja
problem-invalid-version-detail = Podaj wersję semantyczną, np. 1.4.0, 2.0.0-beta.1 lub 1.4.0+build.7.
problem-invalid-platform-title = Nieprawidłowa platforma
problem-invalid-platform-detail = Platforma to od 1 do 64 małych liter, cyfr, łączników i podkreśleń, np. windows-x86_64 lub wordpress.
problem-invalid-file-name-title = Nieprawidłowa nazwa pliku
problem-invalid-file-name-detail = Podaj jedną zwykłą nazwę pliku, np. app-1.4.0.dmg: bez ukośników, bez kropki na początku, bez cudzysłowów i znaków sterujących.
problem-version-taken-title = Wersja już istnieje
problem-version-taken-detail = Ten produkt ma już wydanie z tą wersją (metadane kompilacji nie tworzą nowej wersji).
problem-download-link-invalid-title = Link do pobrania jest nieważny
problem-download-link-invalid-detail = Ten link do pobrania wygasł, został zmieniony lub dotyczy wydania, które nie jest już dostępne. Poproś o nowy.
problem-feed-license-required-title = Wymagany klucz licencyjny
problem-feed-license-required-detail = To źródło aktualizacji jest przeznaczone tylko dla klientów z licencją. Wyślij klucz licencyjny w adresie źródła lub w nagłówku RMS-License-Key.
problem-feed-license-refused-title = Klucz licencyjny nie został zaakceptowany
problem-feed-license-refused-detail = Ten klucz licencyjny nie daje dostępu do źródła aktualizacji tego produktu: jest nieznany, dotyczy innego produktu, wygasł, został zawieszony lub unieważniony.

problem-invalid-vat-id-title = Nieprawidłowy numer VAT
problem-invalid-vat-id-detail = Wartość pola „{ $field }” nie jest numerem VAT podanego kraju. Numery VAT UE zaczynają się od prefiksu kraju, np. DE123456789 (Grecja: EL). Przy zakupie jako osoba prywatna pozostaw to pole puste.

problem-entitlements-append-only-title = Funkcje objęte licencją można tylko dodawać
problem-entitlements-append-only-detail = Zachowaj kolejność funkcji objętych licencją w planie i dodawaj nowe na końcu: wystawione klucze licencyjne przechowują je według pozycji, więc usunięcie którejś z nich lub zmiana kolejności zmieniłyby uprawnienia dotychczasowych klientów.
problem-invalid-date-title = Nieprawidłowa data
problem-invalid-date-detail = Wpisz w polu „{ $field }” datę w formacie takim jak 2026-12-31.
problem-date-range-reversed-title = Daty w złej kolejności
problem-date-range-reversed-detail = Data początkowa jest późniejsza niż data końcowa. Wybierz początek nie późniejszy niż koniec.
