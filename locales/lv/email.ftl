# Plain-text emails. Links stand on their own line so every mail client makes them clickable.

email-verify-subject = Apstipriniet savu e-pasta adresi
email-verify-body =
    Labdien, { $name }!

    Lūdzu, apstipriniet savu e-pasta adresi, atverot šo saiti { $minutes ->
        [zero] { $minutes } minūšu
        [one] { $minutes } minūtes
       *[other] { $minutes } minūšu
    } laikā:

    { $link }

    Ja kontu neizveidojāt jūs, varat šo e-pastu ignorēt.
email-registration-attempt-subject = Kāds mēģināja reģistrēties ar jūsu e-pasta adresi
email-registration-attempt-body =
    Labdien, { $name }!

    Kāds tikko mēģināja izveidot jaunu kontu ar jūsu e-pasta adresi, kurai jau ir konts.
    Ja tas bijāt jūs, vienkārši pierakstieties:

    { $link }

    Ja tas nebijāt jūs, nekas nav jādara: nekas netika mainīts.
email-reset-subject = Atiestatiet savu paroli
email-reset-body =
    Labdien, { $name }!

    Kāds (cerams, jūs) pieprasīja atiestatīt jūsu konta paroli. Lai izvēlētos jaunu paroli, atveriet šo saiti { $minutes ->
        [zero] { $minutes } minūšu
        [one] { $minutes } minūtes
       *[other] { $minutes } minūšu
    } laikā:

    { $link }

    Ja jūs to nepieprasījāt, ignorējiet šo e-pastu: jūsu parole paliek nemainīta.
email-clone-suspected-subject = Šķiet, ka kāda no jūsu licencēm darbojas nokopētā datorā
email-clone-suspected-body =
    Labdien, { $name }!

    Divi datori tikko uzrādīja vienu un to pašu jūsu { $product } licences aktivizāciju (ierīce „{ $device }“). Parasti tas nozīmē, ka diska attēls vai virtuālā mašīna tika nokopēta kopā ar licenci.

    Aktivizācija ir pauzēta. Ja atpazīstat abus datorus, atbrīvojiet veco savā licenču lapā un aktivizējiet jauno:

    { $link }

    Ja neatpazīstat, iespējams, kāds izmanto jūsu licences atslēgu: sazinieties ar pārdevēju.
email-receipt-subject = Jūsu kvīts { $number }
email-receipt-body =
    Labdien, { $name }!

    Paldies par pirkumu! Rēķins { $number } par kopējo summu { $total } ir apmaksāts no jūsu maka.

    Jūsu licenču atslēgas ir jūsu licenču lapā:

    { $licenses }

    Rēķina PDF jebkurā laikā varat lejupielādēt sava maka lapā:

    { $billing }
email-sub-license-invite-subject = { $inviter } jums piešķīra licenci
email-sub-license-invite-body =
    Labdien!

    { $inviter } jums piešķīra { $seats ->
        [zero] { $seats } vietas
        [one] { $seats } vietu
       *[other] { $seats } vietas
    } produktam { $product } ar atsevišķu licences atslēgu.

    Lai sāktu lietot licenci, pierakstieties ar šo e-pasta adresi vai izveidojiet ar to kontu un apstipriniet adresi. Pēc tam licence būs redzama jūsu licenču lapā:

    { $link }

    Ja nepazīstat sūtītāju { $inviter }, ignorējiet šo e-pastu.
email-license-invite-subject = { $store } jums izsniedza licenci
email-license-invite-body =
    Labdien!

    { $store } jums izsniedza produkta { $product } licenci ({ $plan }).

    Lai to izmantotu, izveidojiet kontu ar šo e-pasta adresi, izmantojot šo saiti; pēc tam licence un tās atslēga būs jūsu licenču lapā:

    { $link }

    Ja to negaidījāt, ignorējiet šo e-pastu.
email-top-up-receipt-subject = Jūsu maks ir papildināts par { $credited }
email-top-up-receipt-body =
    Labdien, { $name }!

    Jūsu maksājums { $reference } par { $paid }, izmantojot { $gateway }, ir saņemts, un jūsu makā ir ieskaitīta summa { $credited }.

    Jūsu atlikums un vēsture ir redzama jūsu maka lapā:

    { $billing }
email-transfer-instructions-subject = Jūsu bankas pārskaitījums { $amount } apmērā
email-transfer-instructions-body =
    Labdien, { $name }!

    Lai papildinātu maku, pārskaitiet { $amount } un maksājuma mērķī norādiet šo atsauci: { $reference }

    { $details }

    Tie paši rekvizīti, katrs ar kopēšanas pogu, ir šajā lapā:

    { $page }

    Jūsu maks tiks papildināts, tiklīdz nauda būs saņemta.
email-transfer-account-holder = Konta turētājs
email-transfer-account-number = IBAN vai konta numurs
email-transfer-swift-bic = SWIFT/BIC
email-transfer-bank-name = Banka
email-transfer-bank-address = Bankas adrese
email-transfer-no-details = Bankas rekvizīti šai valūtai vēl nav iestatīti: lūdzu, sazinieties ar mums pirms pārskaitījuma veikšanas.
