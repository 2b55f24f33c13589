### Konta: weryfikacja, resetowanie hasła, pierwsza konfiguracja, logowanie, ustawienia, logowanie dwuskładnikowe, klucze API.

## Strona weryfikacji adresu e-mail

verify-email-page-title = Potwierdź swój adres e-mail
verify-email-intro = Naciśnij przycisk, aby potwierdzić, że ten adres e-mail należy do Ciebie.
verify-email-confirm = Potwierdź mój adres e-mail
verify-email-done = Dziękujemy: Twój adres e-mail został potwierdzony.

## Strona resetowania hasła

reset-page-title = Ustaw nowe hasło
reset-new-password = Nowe hasło
reset-password-hint = Od 12 do 128 znaków. Nie może to być jedno z najczęściej używanych haseł ani Twój adres e-mail.
reset-submit = Ustaw nowe hasło
reset-done = Hasło zostało zmienione, a wszystkie sesje zakończone. Zaloguj się nowym hasłem.

## Strona pierwszej konfiguracji

setup-page-title = Utwórz pierwszego administratora
setup-intro = Ten serwer nie ma jeszcze administratora. Konto utworzone tutaj może zarządzać wszystkim; ten link działa tylko raz.
setup-email = Adres e-mail
setup-name = Imię i nazwisko
setup-password = Hasło
setup-store-name = Nazwa Twojego sklepu
setup-store-name-hint = Wyświetlana klientom w nagłówku każdej strony i w wiadomościach e-mail. Możesz ją zmienić oraz dodać logo i kolory na stronie Marka.
setup-seller = Sprzedawca (dane drukowane na fakturach)
setup-seller-hint = Na razie opcjonalne: uzupełnij przed pierwszą sprzedażą, tutaj lub na stronie rozliczeń. Bez nazwy prawnej na fakturach drukowana jest nazwa sklepu.
setup-submit = Utwórz administratora
setup-done = Konto administratora jest gotowe. Zaloguj się na nie.

## Logowanie i rejestracja, ustawienia konta

nav-sign-up = Załóż konto
nav-sign-out = Wyloguj się
field-email = Adres e-mail
field-password = Hasło
field-name = Imię i nazwisko
sign-in-title = Logowanie
sign-in-submit = Zaloguj się
sign-in-code = Kod jednorazowy
sign-in-code-hint = 6-cyfrowy kod z aplikacji uwierzytelniającej lub jeden z kodów odzyskiwania.
sign-in-forgot = Nie pamiętasz hasła?
sign-in-no-account = Załóż konto
sign-up-title = Zakładanie konta
sign-up-submit = Załóż konto
sign-up-done = Dziękujemy. Na podany adres wysłaliśmy link potwierdzający; otwórz go, aby potwierdzić adres e-mail. Następnie zaloguj się.
sign-up-invited = Czeka na Ciebie licencja. Załóż konto, używając adresu, na który ją wysłano.
sign-up-invited-done = Twoje konto jest gotowe, a jego adres potwierdzony. Zaloguj się: czekająca na Ciebie licencja znajduje się na stronie „Moje licencje”.
forgot-title = Nie pamiętasz hasła?
forgot-submit = Wyślij link do resetowania hasła
forgot-done = Jeśli z tego adresu korzysta jakieś konto, wysłaliśmy na niego link do ustawienia nowego hasła. Jest ważny przez 30 minut.
account-title = Twoje konto
account-profile = Profil
account-email-verified = potwierdzony
account-email-unverified = jeszcze niepotwierdzony
account-timezone = Strefa czasowa
account-digits = Cyfry
account-save = Zapisz
account-saved = Zmiany zostały zapisane.
account-password = Hasło
account-current-password = Obecne hasło
account-change-password = Zmień hasło
account-password-changed = Hasło zostało zmienione. Wszystkie pozostałe sesje zostały zakończone.
account-security = Bezpieczeństwo
account-2fa-on = Logowanie dwuskładnikowe jest włączone.
account-2fa-off = Logowanie dwuskładnikowe jest wyłączone.
account-sessions-hint = Kończy wszystkie sesje tego konta na wszystkich urządzeniach, łącznie z bieżącym.
account-sign-out-everywhere = Wyloguj się wszędzie

## Strony logowania dwuskładnikowego i kluczy API

account-2fa-manage = Zarządzaj
account-export = Pobierz moje dane
account-export-hint = Archiwum ZIP z plikami JSON: Twoje konto, licencje i ich klucze, urządzenia, faktury, płatności, portfel, powiadomienia i klucze API (nigdy ich sekrety).
tfa-title = Logowanie dwuskładnikowe
tfa-intro = Przy logowaniu dwuskładnikowym potrzebny jest też kod z aplikacji uwierzytelniającej w Twoim telefonie, więc samo skradzione hasło nie wystarczy.
tfa-start = Skonfiguruj
tfa-scan = Zeskanuj ten kod aplikacją uwierzytelniającą, a następnie wpisz 6-cyfrowy kod, który wyświetli aplikacja.
tfa-qr-alt = Kod QR dla aplikacji uwierzytelniającej
tfa-secret = Lub wpisz ten klucz:
tfa-confirm = Włącz logowanie dwuskładnikowe
tfa-enabled = Logowanie dwuskładnikowe jest włączone. Pozostałe sesje zostały zakończone; ta przeglądarka pozostaje zalogowana.
tfa-confirm-password-hint = Hasło potwierdza Twoją tożsamość: pozostałe sesje zostaną zakończone, a ta przeglądarka pozostanie zalogowana.
tfa-codes-saved = Kody zapisane – wróć do konta
tfa-codes-intro = Przechowuj te kody odzyskiwania w bezpiecznym miejscu. Każdy z nich działa jeden raz, jeśli stracisz telefon. Są wyświetlane tylko teraz.
tfa-disable = Wyłącz logowanie dwuskładnikowe
keys-title = Klucze API
keys-new = Nowy klucz
keys-scopes = Uprawnienia
keys-scope-read = Odczyt Twoich danych
keys-scope-licenses = Zarządzanie licencjami
keys-scope-releases = Publikowanie wydań
keys-expires = Ważny przez (dni, opcjonalnie)
keys-create = Utwórz klucz
keys-created = Twój nowy klucz znajduje się poniżej. Skopiuj go teraz: jest wyświetlany tylko raz.
keys-yours = Twoje klucze
keys-none = Nie masz jeszcze kluczy API.
keys-prefix = Zaczyna się od
keys-revoke = Unieważnij
keys-confirm-revoke = Unieważnić ten klucz API? Skrypty, które go używają, natychmiast przestaną działać; tej operacji nie można cofnąć.
keys-revoked = unieważniony
