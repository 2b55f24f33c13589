# Wiadomości e-mail w czystym tekście. Linki stoją w osobnych wierszach, aby każdy program pocztowy uczynił je klikalnymi.

email-verify-subject = Potwierdź swój adres e-mail
email-verify-body =
    Dzień dobry, { $name }!

    Potwierdź swój adres e-mail, otwierając ten link w ciągu { $minutes ->
        [one] { $minutes } minuty
        [few] { $minutes } minut
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    }:

    { $link }

    Jeśli to nie Ty zakładasz konto, możesz zignorować tę wiadomość.
email-registration-attempt-subject = Ktoś próbował założyć konto z użyciem Twojego adresu e-mail
email-registration-attempt-body =
    Dzień dobry, { $name }!

    Ktoś właśnie próbował założyć nowe konto z użyciem Twojego adresu e-mail, do którego jest już przypisane konto.
    Jeśli to Ty, po prostu się zaloguj:

    { $link }

    Jeśli to nie Ty, nie musisz nic robić: nic nie zostało zmienione.
email-reset-subject = Zresetuj swoje hasło
email-reset-body =
    Dzień dobry, { $name }!

    Ktoś (miejmy nadzieję, że Ty) poprosił o zresetowanie hasła do Twojego konta. Aby ustawić nowe hasło, otwórz ten link w ciągu { $minutes ->
        [one] { $minutes } minuty
        [few] { $minutes } minut
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    }:

    { $link }

    Jeśli ta prośba nie pochodzi od Ciebie, zignoruj tę wiadomość: Twoje hasło pozostanie bez zmian.
email-clone-suspected-subject = Jedna z Twoich licencji wydaje się działać na skopiowanym komputerze
email-clone-suspected-body =
    Dzień dobry, { $name }!

    Dwa komputery właśnie przedstawiły tę samą aktywację Twojej licencji na { $product } (urządzenie „{ $device }”). Zwykle oznacza to, że obraz dysku lub maszyna wirtualna zostały skopiowane razem z licencją.

    Aktywacja została wstrzymana. Jeśli rozpoznajesz oba komputery, zwolnij stary na stronie „Moje licencje” i aktywuj nowy:

    { $link }

    Jeśli ich nie rozpoznajesz, ktoś może używać Twojego klucza licencyjnego: skontaktuj się ze sprzedawcą.
email-receipt-subject = Potwierdzenie zakupu { $number }
email-receipt-body =
    Dzień dobry, { $name }!

    Dziękujemy za zakup. Faktura { $number } na kwotę { $total } została opłacona z Twojego portfela.

    Twoje klucze licencyjne znajdziesz na stronie „Moje licencje”:

    { $licenses }

    Fakturę w formacie PDF możesz w każdej chwili pobrać na stronie portfela:

    { $billing }
email-sub-license-invite-subject = { $inviter } przekazuje Ci licencję
email-sub-license-invite-body =
    Dzień dobry!

    { $inviter } przekazuje Ci { $seats ->
        [one] jedno stanowisko
        [few] { $seats } stanowiska
        [many] { $seats } stanowisk
       *[other] { $seats } stanowiska
    } produktu { $product } z osobnym kluczem licencyjnym.

    Aby z nich korzystać, zaloguj się, używając tego adresu e-mail, lub załóż z nim konto i potwierdź adres. Licencja pojawi się wtedy na stronie „Moje licencje”:

    { $link }

    Jeśli nie znasz nadawcy ({ $inviter }), zignoruj tę wiadomość.
email-license-invite-subject = Sklep { $store } wystawił dla Ciebie licencję
email-license-invite-body =
    Dzień dobry!

    Sklep { $store } wystawił dla Ciebie licencję na { $product } ({ $plan }).

    Aby z niej korzystać, załóż konto z tym adresem e-mail, używając poniższego linku; licencja i jej klucz pojawią się wtedy na stronie „Moje licencje”:

    { $link }

    Jeśli nie spodziewasz się tej wiadomości, zignoruj ją.
email-top-up-receipt-subject = Twój portfel został doładowany kwotą { $credited }
email-top-up-receipt-body =
    Dzień dobry, { $name }!

    Twoja płatność { $reference } na kwotę { $paid } (metoda płatności: { $gateway }) dotarła, a do Twojego portfela dodano { $credited }.

    Saldo i historię operacji znajdziesz na stronie portfela:

    { $billing }
email-transfer-instructions-subject = Twój przelew bankowy na kwotę { $amount }
email-transfer-instructions-body =
    Dzień dobry, { $name }!

    Aby doładować portfel, przelej { $amount }, podając w tytule przelewu ten numer referencyjny: { $reference }

    { $details }

    Te same dane, każde z przyciskiem kopiowania, znajdziesz na tej stronie:

    { $page }

    Portfel zostanie zasilony, gdy pieniądze dotrą.
email-transfer-account-holder = Właściciel rachunku
email-transfer-account-number = IBAN lub numer rachunku
email-transfer-swift-bic = SWIFT/BIC
email-transfer-bank-name = Bank
email-transfer-bank-address = Adres banku
email-transfer-no-details = Dane bankowe dla tej waluty nie zostały jeszcze skonfigurowane: skontaktuj się z nami przed wykonaniem przelewu.
