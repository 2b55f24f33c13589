# Plain-text emails. Links stand on their own line so every mail client makes them clickable.

email-verify-subject = Kinnitage oma e-posti aadress
email-verify-body =
    Tere, { $name }!

    Palun kinnitage oma e-posti aadress, avades selle lingi { $minutes } minuti jooksul:

    { $link }

    Kui te ei loonud kontot, võite selle e-kirja tähelepanuta jätta.
email-registration-attempt-subject = Keegi üritas teie e-posti aadressiga registreeruda
email-registration-attempt-body =
    Tere, { $name }!

    Keegi üritas just luua uut kontot teie e-posti aadressiga, millel on juba konto.
    Kui see olite teie, logige lihtsalt sisse:

    { $link }

    Kui see polnud teie, pole teil vaja midagi teha: midagi ei muudetud.
email-reset-subject = Lähtestage oma parool
email-reset-body =
    Tere, { $name }!

    Keegi (loodetavasti teie) palus lähtestada teie konto parooli. Uue parooli valimiseks avage see link { $minutes } minuti jooksul:

    { $link }

    Kui te seda ei palunud, jätke see e-kiri tähelepanuta: teie parool jääb samaks.
email-clone-suspected-subject = Teie litsentsi näib kasutavat kopeeritud masin
email-clone-suspected-body =
    Tere, { $name }!

    Kaks masinat esitasid just teie toote { $product } litsentsi sama aktiveeringu (seade „{ $device }“). Tavaliselt tähendab see, et kettatõmmis või virtuaalmasin kopeeriti koos litsentsiga.

    Aktiveering on peatatud. Kui tunnete mõlemad masinad ära, vabastage vana oma litsentside lehel ja aktiveerige uus:

    { $link }

    Kui mitte, võib keegi kasutada teie litsentsivõtit: võtke ühendust müüjaga.
email-receipt-subject = Teie kviitung { $number }
email-receipt-body =
    Tere, { $name }!

    Täname teid ostu eest. Arve { $number } kogusummas { $total } tasuti teie rahakotist.

    Teie litsentsivõtmed on teie litsentside lehel:

    { $licenses }

    Arve PDF-i saate igal ajal alla laadida oma rahakoti lehelt:

    { $billing }
email-sub-license-invite-subject = { $inviter } andis teile litsentsi
email-sub-license-invite-body =
    Tere!

    { $inviter } andis teile toote { $product } { $seats ->
        [one] ühe kasutuskoha
       *[other] { $seats } kasutuskohta
    } koos eraldi litsentsivõtmega.

    Nende kasutamiseks logige sisse selle e-posti aadressiga või looge sellega konto ja kinnitage aadress. Seejärel ilmub litsents teie litsentside lehele:

    { $link }

    Kui te ei tunne saatjat { $inviter }, jätke see e-kiri tähelepanuta.
email-license-invite-subject = { $store } väljastas teile litsentsi
email-license-invite-body =
    Tere!

    { $store } väljastas teile toote { $product } litsentsi ({ $plan }).

    Selle kasutamiseks looge selle lingi kaudu konto selle e-posti aadressiga; litsents ja selle võti on seejärel teie litsentside lehel:

    { $link }

    Kui te seda ei oodanud, jätke see e-kiri tähelepanuta.
email-top-up-receipt-subject = Teie rahakotti lisati { $credited }
email-top-up-receipt-body =
    Tere, { $name }!

    Teie makse { $reference } summas { $paid } makselahenduse { $gateway } kaudu on laekunud ja teie rahakotti lisati { $credited }.

    Teie saldo ja ajalugu on teie rahakoti lehel:

    { $billing }
email-transfer-instructions-subject = Teie pangaülekanne summas { $amount }
email-transfer-instructions-body =
    Tere, { $name }!

    Rahakoti täiendamiseks kandke üle { $amount } ja märkige ülekande selgitusse see viide: { $reference }

    { $details }

    Samad andmed koos kopeerimisnuppudega on sellel lehel:

    { $page }

    Summa kantakse teie rahakotti, kui raha on laekunud.
email-transfer-account-holder = Konto omanik
email-transfer-account-number = IBAN või kontonumber
email-transfer-swift-bic = SWIFT/BIC
email-transfer-bank-name = Pank
email-transfer-bank-address = Panga aadress
email-transfer-no-details = Selle valuuta pangarekvisiidid pole veel seadistatud: palun võtke enne ülekande tegemist meiega ühendust.
