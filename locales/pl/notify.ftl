# Powiadomienia: jeden temat (również tytuł w aplikacji) i jedna treść dla każdego rodzaju. Argumenty pochodzą
# ze zdarzenia: $name to zawsze imię i nazwisko osoby; linki dodaje pod treścią nadawca.
# Rodzaj może mieć `-details` – akapit wyświetlany tylko wtedy, gdy dostępne są wszystkie jego argumenty
# (powiadomienia zapisane przez starszą wersję mogą nie mieć niektórych).

notify-footer = Otrzymujesz tę wiadomość, ponieważ masz konto u sprzedawcy { $seller }. Na stronie konta wybierzesz, o czym i którędy otrzymujesz powiadomienia.
notify-open = Otwórz
notify-unsubscribe = Wypisz się z tych wiadomości e-mail
notify-unsubscribe-intro = Przestać otrzymywać wiadomości e-mail tego rodzaju? Nie dotyczy to powiadomień o bezpieczeństwie ani innych rodzajów; możesz je ponownie włączyć na stronie konta.
notify-unsubscribe-confirm = Wypisz się
notify-unsubscribe-done = Gotowe: nie będziesz już otrzymywać tych wiadomości e-mail.

notify-top_up_credited-subject = Twój portfel został doładowany kwotą { $amount }
notify-top_up_credited-body = Dzień dobry, { $name }! Do Twojego portfela dodano { $amount }.
notify-top_up_credited-details = Twoja płatność { $reference } na kwotę { $paid } (metoda płatności: { $gateway }) dotarła. Saldo i historię operacji znajdziesz na stronie portfela.
notify-transfer_confirmed-subject = Twój przelew bankowy na kwotę { $amount } dotarł
notify-transfer_confirmed-body = Dzień dobry, { $name }! Otrzymaliśmy Twój przelew bankowy: kwota { $amount } jest już w Twoim portfelu.
notify-transfer_confirmed-details = Numer referencyjny przelewu: { $reference }; przelana kwota: { $paid }.
notify-purchase_receipt-subject = Potwierdzenie zakupu ({ $invoice })
notify-purchase_receipt-body = Dzień dobry, { $name }! Dziękujemy za zakup. Faktura { $invoice } na kwotę { $amount } została opłacona z Twojego portfela. Klucze licencyjne znajdziesz na stronie „Moje licencje”; fakturę w formacie PDF możesz w każdej chwili pobrać na stronie portfela.
notify-order_failed-subject = Nie udało się zrealizować Twojego zamówienia
notify-order_failed-body = Dzień dobry, { $name }! Nie udało się zrealizować Twojego zamówienia. { $reason ->
        [unpaid] Płatność nie doszła do skutku, więc nic nie zostało pobrane. Możesz ponownie złożyć zamówienie w sklepie.
        [returned] Płatność została wycofana przez operatora płatności, więc zakup nie doszedł do skutku.
        [late] Płatność dotarła zbyt późno, aby można było kupić po podanej wtedy cenie. Zapłacona kwota { $amount } jest w Twoim portfelu: możesz ponownie kupić w sklepie w dowolnym momencie.
       *[refused] Sklep nie mógł już zrealizować zamówienia w tej postaci (kod promocyjny został wykorzystany, plan nie jest już sprzedawany). Zapłacona kwota { $amount } jest w Twoim portfelu.
    }
notify-refund-subject = Zwrot środków: { $amount }
notify-refund-body = Dzień dobry, { $name }! Kwota { $amount } z faktury { $invoice } została zwrócona do Twojego portfela.
notify-payment_attention-subject = Płatność wymaga Twojej uwagi
notify-payment_attention-body = Dzień dobry, { $name }! Płatność na kwotę { $amount } czeka na decyzję.
notify-license_issued-subject = Twoja licencja na { $product } jest gotowa
notify-license_issued-body = Dzień dobry, { $name }! Wystawiono dla Ciebie licencję na { $product } ({ $plan }). Jej klucz znajdziesz na stronie „Moje licencje”.
notify-device_activated-subject = Produkt { $product } został aktywowany na nowym urządzeniu
notify-device_activated-body = Dzień dobry, { $name }! Twoja licencja na { $product } została aktywowana na urządzeniu { $device }. Jeśli to nie Ty, zwolnij stanowisko na stronie „Moje licencje”.
notify-seat_freed-subject = Zwolniono stanowisko licencji na { $product }
notify-seat_freed-body = Dzień dobry, { $name }! Urządzenie { $device } nie zajmuje już stanowiska Twojej licencji na { $product }.
notify-license_expiring-subject = Twoja licencja na { $product } wygasa za { $days ->
        [one] { $days } dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }
notify-license_expiring-body = Dzień dobry, { $name }! Twoja licencja na { $product } wygasa za { $days ->
        [one] { $days } dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }. Odnów ją, aby nadal korzystać z produktu { $product } i otrzymywać aktualizacje.
notify-license_expired-subject = Twoja licencja na { $product } wygasła
notify-license_expired-body = Dzień dobry, { $name }! Twoja licencja na { $product } wygasła.
notify-renewal_upcoming-subject = Twoja licencja na { $product } zostanie odnowiona { $date }
notify-renewal_upcoming-body = Dzień dobry, { $name }! Twoja licencja na { $product } zostanie automatycznie odnowiona { $date }, a kwota { $amount } zostanie pobrana z Twojego portfela. { $reason ->
        [wallet_short] W portfelu nie ma jeszcze wystarczających środków: doładuj go przed tym terminem, w przeciwnym razie licencja wygaśnie.
       *[other] Środki w portfelu wystarczą na pokrycie tej kwoty.
    } Automatyczne odnawianie możesz wyłączyć na stronie „Moje licencje”.
notify-license_renewed-subject = Twoja licencja na { $product } została odnowiona
notify-license_renewed-body = Dzień dobry, { $name }! Twoja licencja na { $product } została automatycznie odnowiona do { $date }. Faktura { $invoice } na kwotę { $amount } została opłacona z Twojego portfela.
notify-renewal_failed-subject = Nie udało się odnowić Twojej licencji na { $product }
notify-renewal_failed-body = Dzień dobry, { $name }! Nie udało się automatycznie odnowić Twojej licencji na { $product }. { $reason ->
        [wallet_short] Odnowienie kosztuje { $amount }, a w Twoim portfelu jest { $paid }. Doładuj portfel i odnów licencję na stronie „Moje licencje”.
        [not_for_sale] Jej plan nie jest już sprzedawany.
       *[other] Odnów ją na stronie „Moje licencje”.
    } Jeśli zostanie odnowiona do { $date }, zachowa swój klucz i urządzenia.
notify-clone_suspected-subject = Twoja licencja na { $product } może być używana na skopiowanym urządzeniu
notify-clone_suspected-body = Dzień dobry, { $name }! Dwa komputery właśnie przedstawiły tę samą aktywację Twojej licencji na { $product } (urządzenie „{ $device }”). Zwykle oznacza to, że obraz dysku lub maszyna wirtualna zostały skopiowane razem z licencją.

    Aktywacja została wstrzymana. Jeśli rozpoznajesz oba komputery, zwolnij stary na stronie „Moje licencje” i aktywuj nowy. Jeśli nie, ktoś może używać Twojego klucza licencyjnego: skontaktuj się ze sprzedawcą.
notify-license_status-subject = Nowy status Twojej licencji na { $product }: { $status ->
        [active] „Aktywna”
        [suspended] „Zawieszona”
        [expired] „Wygasła”
        [revoked] „Unieważniona”
       *[other] „{ $status }”
    }
notify-license_status-body = Dzień dobry, { $name }! Status Twojej licencji na { $product } zmienił się na { $status ->
        [active] „Aktywna”
        [suspended] „Zawieszona”
        [expired] „Wygasła”
        [revoked] „Unieważniona”
       *[other] „{ $status }”
    }.
notify-release_published-subject = Nowa wersja: { $product } { $version }
notify-release_published-body = Dzień dobry, { $name }! Wersja { $version } produktu { $product } została opublikowana w kanale { $channel ->
        [stable] stabilnym
        [beta] beta
        [alpha] alfa
       *[other] { $channel }
    }. Znajdziesz ją na stronie z plikami do pobrania.
notify-new_sign_in-subject = Nowe logowanie na Twoje konto
notify-new_sign_in-body = Dzień dobry, { $name }! Przed chwilą zalogowano się na Twoje konto z urządzenia { $device }. Jeśli to nie Ty, natychmiast zmień hasło.
notify-password_changed-subject = Twoje hasło zostało zmienione
notify-password_changed-body = Dzień dobry, { $name }! Hasło do Twojego konta zostało zmienione. Jeśli to nie Ty, natychmiast je zresetuj i skontaktuj się z pomocą techniczną.
notify-two_factor_changed-subject = Logowanie dwuskładnikowe zostało { $status ->
        [on] włączone
        [off] wyłączone
       *[other] zmienione ({ $status })
    }
notify-two_factor_changed-body = Dzień dobry, { $name }! Logowanie dwuskładnikowe na Twoim koncie zostało { $status ->
        [on] włączone
        [off] wyłączone
       *[other] zmienione ({ $status })
    }. Jeśli to nie Ty, natychmiast skontaktuj się z pomocą techniczną.
notify-api_key_created-subject = Utworzono nowy klucz API
notify-api_key_created-body = Dzień dobry, { $name }! Dla Twojego konta utworzono klucz API „{ $key_name }”. Jeśli to nie Ty, natychmiast go unieważnij.
notify-commission_earned-subject = Naliczono Ci prowizję w wysokości { $amount }
notify-commission_earned-body = Dzień dobry, { $name }! Zakup dokonany przez Twój link polecający przyniósł Ci { $amount }. Kwota jest wstrzymana do upływu terminu na zwrot.
notify-commission_released-subject = Prowizje w wysokości { $amount } są już Twoje
notify-commission_released-body = Dzień dobry, { $name }! Prowizje w wysokości { $amount } zostały przekazane do Twojego portfela.
notify-marketing-subject = { $headline }
notify-marketing-body = Dzień dobry, { $name }!

    { $text }

# Strona powiadomień, dzwonek w nagłówku i wybór kanałów dla każdego rodzaju.
nav-notifications = Powiadomienia
notifications-title = Powiadomienia
notifications-none = Na razie nic tu nie ma. Tutaj pojawią się informacje o tym, co dzieje się z Twoimi licencjami, płatnościami i kontem.
notifications-mark-all = Oznacz wszystkie jako przeczytane
notifications-unread = nowe
account-notifications-title = Ustawienia powiadomień
account-notifications-intro = Wybierz dla każdego rodzaju powiadomienia, czy ma do Ciebie docierać e-mailem i w aplikacji. Powiadomienia o bezpieczeństwie zawsze zachowują co najmniej jeden kanał.
account-notifications-save = Zapisz ustawienia powiadomień
account-notifications-saved = Ustawienia powiadomień zostały zapisane.
account-notifications-security = bezpieczeństwo
notify-kind = Powiadomienie
notify-channel-email = E-mail
notify-channel-in_app = W aplikacji
notify-channel-telegram = Telegram
notify-group-transactions = Płatności
notify-group-licenses = Licencje
notify-group-releases = Wydania
notify-group-security = Bezpieczeństwo
notify-group-affiliate = Program partnerski
notify-group-marketing = Aktualności
notify-kind-top_up_credited = Doładowanie portfela
notify-kind-transfer_confirmed = Otrzymanie przelewu bankowego
notify-kind-purchase_receipt = Potwierdzenia zakupu
notify-kind-order_failed = Niezrealizowane zamówienia
notify-kind-refund = Zwroty środków
notify-kind-payment_attention = Płatności wymagające decyzji
notify-kind-license_issued = Wystawienie licencji dla Ciebie
notify-kind-device_activated = Aktywacja na nowym urządzeniu
notify-kind-seat_freed = Zwolnienie stanowiska
notify-kind-license_expiring = Zbliżające się wygaśnięcie licencji (14 i 3 dni wcześniej)
notify-kind-license_expired = Wygaśnięcie licencji
notify-kind-renewal_upcoming = Zbliżające się automatyczne odnowienie (7 dni wcześniej)
notify-kind-license_renewed = Automatyczne odnowienie licencji
notify-kind-renewal_failed = Nieudane automatyczne odnowienie
notify-kind-clone_suspected = Prawdopodobnie skopiowane urządzenie
notify-kind-license_status = Zawieszenie, unieważnienie lub przywrócenie licencji
notify-kind-release_published = Nowe wersje
notify-kind-new_sign_in = Logowanie z nowego urządzenia
notify-kind-password_changed = Zmiana hasła
notify-kind-two_factor_changed = Zmiana ustawień logowania dwuskładnikowego
notify-kind-api_key_created = Utworzenie klucza API
notify-kind-commission_earned = Naliczenie prowizji
notify-kind-commission_released = Wypłata prowizji
notify-kind-marketing = Aktualności i oferty

# Nowe wersje według produktu, na stronie ustawień powiadomień.
account-releases-title = Nowe wersje
account-releases-intro = Dla każdego produktu, na który masz licencję: o których wersjach chcesz otrzymywać informacje i gdzie. Kanał beta informuje też o wersjach stabilnych, a alfa – o wszystkich.
account-releases-none = Nie powiadamiaj
account-releases-stable = Wersje stabilne
account-releases-beta = Wersje beta i stabilne
account-releases-alpha = Wszystkie wersje, łącznie z alfa

# Odpowiedzi bota Telegram.
telegram-linked = Dzień dobry, { $name }! Ten czat jest teraz połączony z Twoim kontem: powiadomienia wybrane dla Telegrama będą przychodzić tutaj. Wyślij /stop, aby zakończyć połączenie.
telegram-unlinked = Ten czat nie jest już połączony z żadnym kontem. Możesz połączyć go ponownie na stronie konta.
telegram-link-invalid = Ten link wygasł lub został już użyty. Wygeneruj nowy na stronie konta.
telegram-help = Aby otrzymywać tutaj powiadomienia, otwórz link do Telegrama na stronie konta. Wyślij /stop, aby odłączyć ten czat.

# Telegram na stronie ustawień powiadomień.
account-telegram-intro = Otrzymuj wybrane powiadomienia w Telegramie: połącz to konto z czatem z botem sklepu.
account-telegram-link = Połącz z Telegramem
account-telegram-open = Otwórz ten link w Telegramie w ciągu 15 minut i naciśnij przycisk „Start”:
account-telegram-linked = To konto jest połączone z czatem w Telegramie.
account-telegram-unlink = Odłącz Telegram

# Alerty na czacie administratorów w Telegramie.
telegram-alert-payment_review = Płatność wymaga decyzji: { $payment } ({ $reason }).
telegram-alert-clone_suspected = Urządzenie może być kopią: licencja { $license }, urządzenie { $device }.
telegram-alert-reconciliation = Uzgadnianie rejestru księgowego wykryło { $count ->
        [one] jedną niezgodność
        [few] { $count } niezgodności
        [many] { $count } niezgodności
       *[other] { $count } niezgodności
    }: pieniądze mogły pojawić się znikąd lub zniknąć.
telegram-alert-job_dead = Zadanie w tle zostało porzucone: { $job } ({ $id }). Ostatni błąd: { $reason }
