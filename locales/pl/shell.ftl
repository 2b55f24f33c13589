### Układ wspólny dla wszystkich stron: wybór języka, nawigacja, strona startowa, dokumentacja i strony błędów.

# Nazwa języka w tym języku, wyświetlana w selektorze języka.
language-name = Polski

-brand = RMS License Server

## Układ wspólny dla wszystkich stron

skip-to-content = Przejdź do treści
nav-home = Strona główna
nav-sign-in = Zaloguj się
nav-api-docs = Dokumentacja API
nav-menu = Menu
notice-dismiss = Zamknij
language-label = Język
language-apply = Zmień
footer-text = { -brand } – licencjonowanie i rozliczenia na własnym serwerze.
footer-support = Pomoc techniczna

## Strona startowa

landing-page-title = { -brand }
landing-tagline = Sprzedawaj swoje oprogramowanie, chroń je i otrzymuj zapłatę – na własnym serwerze.
landing-intro = { -brand } wydaje kryptograficzne klucze licencyjne, wiąże je z urządzeniami lub domenami, weryfikuje je online i offline, sprzedaje przez sklep z portfelem i bramkami płatności oraz komunikuje się z Twoimi klientami w ich języku.
landing-feature-keys-title = Klucze, których nie da się podrobić
landing-feature-keys-body = Każda licencja jest podpisana algorytmem Ed25519. Twoje oprogramowanie weryfikuje ją kluczem publicznym, nawet bez połączenia z siecią.
landing-feature-store-title = Sklep, w którym każdy grosz się zgadza
landing-feature-store-body = Ceny są obliczane na serwerze, każda płatność jest księgowana dokładnie raz, a każdy numer faktury jest używany dokładnie raz.
landing-feature-scale-title = Jeden plik wykonywalny – od laptopa po klaster
landing-feature-scale-body = Zacznij od jednego polecenia i wbudowanej bazy danych; rozbuduj system do wielu węzłów z PostgreSQL i Redis bez zmiany choćby jednej linii kodu.
landing-cta-sign-in = Zaloguj się
landing-cta-store = Przejdź do sklepu
landing-cta-docs = Poznaj API
landing-languages = Interfejs dostępny w { $count ->
        [one] jednym języku
        [few] { $count } językach
        [many] { $count } językach
       *[other] { $count } języka
    }.

## Strona dokumentacji API

docs-page-title = Dokumentacja API
docs-noscript = Interaktywna dokumentacja wymaga JavaScriptu. Sam dokument OpenAPI jest dostępny pod adresem { $url }.

## Strony błędów

error-page-back = Powrót do strony głównej
error-page-request-id = Identyfikator żądania: { $id }
