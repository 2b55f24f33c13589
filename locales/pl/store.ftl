### Sklep: plany i składanie zamówień, faktury, portfel, płatności testowe, program partnerski, dane rozliczeniowe.

invoice-title = Faktura
invoice-credit-note-title = Faktura korygująca
invoice-seller = Sprzedawca
invoice-buyer = Nabywca
invoice-date = Data
invoice-payment-method = Płatność
invoice-paid-from-wallet = Środki z portfela
invoice-cancels = Koryguje fakturę
invoice-tax-id = Numer identyfikacji podatkowej: { $id }
invoice-column-item = Pozycja
invoice-column-quantity = Ilość
invoice-column-unit-price = Cena jednostkowa
invoice-column-amount = Wartość
invoice-seats = { $seats ->
    [one] jedno stanowisko
    [few] { $seats } stanowiska
    [many] { $seats } stanowisk
   *[other] { $seats } stanowiska
}
invoice-subtotal = Suma częściowa
invoice-volume-discount = Rabat ilościowy
invoice-promo-discount = Kod promocyjny { $code }
invoice-renewal-discount = Rabat za odnowienie
invoice-total = Razem
invoice-tax = Podatek ({ $rate }%)
invoice-tax-included = W tym podatek ({ $rate }%)
invoice-reverse-charge = Odwrotne obciążenie: VAT rozlicza nabywca (art. 196 dyrektywy Rady 2006/112/WE)
invoice-tax-removed = Podatek nienaliczony (odwrotne obciążenie)
nav-store = Sklep
nav-wallet = Portfel
nav-affiliate = Program partnerski
store-title = Sklep
store-empty = Nic nie jest jeszcze w sprzedaży.
store-empty-admin = Dodaj produkt
store-plan = Plan
store-includes = Zawiera
store-price = Cena
store-choose = Wybierz plan
store-back = ← Wszystkie produkty
store-perpetual = bezterminowo
store-days = { $days ->
    [one] { $days } dzień
    [few] { $days } dni
    [many] { $days } dni
   *[other] { $days } dnia
}
store-tier = { $percent }% taniej od { $from } szt.
store-quantity = Ilość
store-promo = Kod promocyjny
store-price-it = Pokaż cenę
store-buy = Kup ze środków w portfelu
store-sign-in-to-buy = Zaloguj się, aby kupić
store-sign-up-to-buy = Jesteś tu po raz pierwszy? Załóż konto
store-bought = Dziękujemy! Zakup został zrealizowany: faktura
store-receipt-title = Potwierdzenie zakupu
store-receipt-licenses = Twoje licencje i klucze
store-pay-difference = W Twoim portfelu brakuje { $amount }. Zapłać różnicę teraz, a zakup zostanie zrealizowany automatycznie, gdy płatność dotrze.
store-pay-with = Metoda płatności
store-pay-difference-button = Zapłać różnicę i kup
store-top-up-link = Doładuj portfel
wallet-title = Portfel
wallet-balance = Saldo:
wallet-top-up = Doładuj
wallet-amount = Kwota
wallet-gateway = Metoda płatności
wallet-gateway-sandbox = Piaskownica (płatność testowa, realizowana natychmiast)
wallet-gateway-manual = Przelew bankowy
wallet-top-up-submit = Dalej
wallet-open-payments = Płatności w toku
wallet-reference = Numer referencyjny
wallet-pay-now = Zapłać teraz
wallet-awaiting-transfer = Oczekiwanie na przelew: podaj w tytule numer referencyjny
wallet-manual-started = Przelej kwotę, podając w tytule przelewu poniższy numer referencyjny; portfel zostanie zasilony, gdy przelew dotrze.
wallet-topped-up = Płatność otrzymana: portfel został doładowany.
wallet-invoices = Faktury
wallet-no-invoices = Brak faktur.
wallet-number = Numer
wallet-download-pdf = Pobierz PDF
wallet-pdf-generating = Plik PDF jest generowany; sprawdź ponownie za chwilę.
wallet-pdf-failed = Nie udało się wygenerować pliku PDF; sprzedawca został o tym powiadomiony.
wallet-invoice-paid = opłacona
wallet-invoice-refunded = zwrócono środki
wallet-invoice-issued = wystawiona
wallet-history = Historia
wallet-kind = Rodzaj
wallet-any = Dowolny
wallet-direction = Kierunek
wallet-in = Wpływy
wallet-out = Wypływy
wallet-from = Od
wallet-until = Do
wallet-filter = Filtruj
wallet-no-movements = Brak operacji.
wallet-kind-top-up = Doładowanie
wallet-kind-purchase = Zakup
wallet-kind-refund = Zwrot środków
wallet-kind-adjustment = Korekta
wallet-kind-commission-release = Prowizja partnerska
sandbox-title = Płatność testowa (piaskownica)
sandbox-explain = To jest bramka testowa (piaskownica) do programowania i testów: nie są przesyłane żadne prawdziwe pieniądze, a płatność jest realizowana natychmiast.
sandbox-pay = Zapłać
sandbox-already-paid = Ta płatność została zrealizowana.
affiliate-title = Program partnerski
affiliate-explain = Udostępniaj swój link: gdy ktoś zarejestruje się za jego pośrednictwem i dokona zakupu, otrzymasz prowizję, którą możesz wydać ze swojego portfela.
affiliate-join = Dołącz do programu partnerskiego
affiliate-terms = Otrzymujesz { $percent }% wartości każdego zakupu dokonanego przez poleconą przez Ciebie osobę; prowizja staje się dostępna { $days ->
        [one] { $days } dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    } po zakupie, o ile nie nastąpi zwrot.
affiliate-link = Twój link polecający
affiliate-code = Kod
affiliate-referred = Rejestracje z polecenia
affiliate-purchases = Zakupy
affiliate-pending = Prowizja oczekująca
affiliate-available = Prowizja dostępna
affiliate-owed = Zadłużenie po zwrotach (rozliczane z kolejnych prowizji)
wallet-profile = Dane rozliczeniowe
wallet-profile-explain = Co oprócz imienia i nazwiska oraz adresu e-mail pojawia się na Twoich fakturach
wallet-profile-company = Firma
wallet-profile-address = Adres
wallet-profile-country = Kraj (kod dwuliterowy)
wallet-profile-region = Stan lub prowincja, jeśli od nich zależy podatek (kod ISO, np. CA)
wallet-profile-vat-hint = Firmy z UE: po podaniu numeru VAT z prefiksem kraju (DE123456789) nie naliczamy VAT, jeśli działamy w innym kraju.
wallet-profile-saved = Dane rozliczeniowe zostały zapisane: pojawią się na kolejnych fakturach.
wallet-gateway-paypal = PayPal
wallet-gateway-cryptomus = Cryptomus (kryptowaluty)
wallet-gateway-nowpayments = NOWPayments (kryptowaluty)
wallet-gateway-plisio = Plisio (kryptowaluty)
pay-status = Status
pay-status-title = Twoja płatność
pay-status-pending = Oczekiwanie na płatność
pay-status-paid = Opłacono: portfel został zasilony
pay-status-failed = Nieopłacona
pay-status-expired = Wygasła
pay-status-review = Otrzymana; sprawdzana przez nasz zespół
pay-status-refunded = Zwrócona
pay-waiting = Ta strona odświeża się automatycznie. Możesz ją też opuścić: portfel zostanie zasilony, gdy tylko płatność dotrze.
pay-order-waiting = Zakup zostanie zrealizowany automatycznie, gdy tylko ta płatność dotrze; ta strona pokaże wtedy potwierdzenie zakupu.
pay-order-failed = Płatność jest w Twoim portfelu, ale nie udało się zrealizować zakupu ({ $code }). Kup ponownie w sklepie.
pay-cancelled = Strona płatności została opuszczona bez zapłaty. Nic nie zostało pobrane; możesz zapłacić później lub rozpocząć nowe doładowanie.
transfer-title = Płatność przelewem bankowym
transfer-explain = Przelej dokładnie tę kwotę i podaj numer referencyjny w tytule przelewu, abyśmy mogli przypisać Twoją płatność. Portfel zostanie zasilony, gdy pieniądze dotrą.
transfer-account-holder = Właściciel rachunku
transfer-account-number = IBAN lub numer rachunku
transfer-swift-bic = SWIFT/BIC
transfer-bank-name = Bank
transfer-bank-address = Adres banku
transfer-copy = Kopiuj
transfer-copied = Skopiowano
transfer-no-details = Dane bankowe dla tej waluty nie zostały jeszcze skonfigurowane. Skontaktuj się z nami przed wykonaniem przelewu.
transfer-quote-reference = Podaj numer referencyjny w tytule przelewu: bez niego przypisanie płatności potrwa dłużej.
