# Paprasto teksto el. laiškai. Nuorodos pateikiamos atskiroje eilutėje, kad visos el. pašto programos jas paverstų spustelimomis.

email-verify-subject = Patvirtinkite savo el. pašto adresą
email-verify-body =
    Sveiki, { $name }!

    Patvirtinkite savo el. pašto adresą atidarydami šią nuorodą per { $minutes ->
        [one] { $minutes } minutę
        [few] { $minutes } minutes
       *[other] { $minutes } minučių
    }:

    { $link }

    Jei paskyros nekūrėte, šį laišką galite ignoruoti.
email-registration-attempt-subject = Kažkas bandė užsiregistruoti su Jūsų el. pašto adresu
email-registration-attempt-body =
    Sveiki, { $name }!

    Kažkas ką tik bandė sukurti naują paskyrą su Jūsų el. pašto adresu, nors su juo paskyra jau yra.
    Jei tai buvote Jūs, tiesiog prisijunkite:

    { $link }

    Jei tai buvote ne Jūs, nieko daryti nereikia: niekas nebuvo pakeista.
email-reset-subject = Slaptažodžio atkūrimas
email-reset-body =
    Sveiki, { $name }!

    Kažkas (tikimės, kad Jūs) paprašė atkurti Jūsų paskyros slaptažodį. Norėdami pasirinkti naują, atidarykite šią nuorodą per { $minutes ->
        [one] { $minutes } minutę
        [few] { $minutes } minutes
       *[other] { $minutes } minučių
    }:

    { $link }

    Jei to neprašėte, šį laišką ignoruokite: Jūsų slaptažodis liks nepakeistas.
email-clone-suspected-subject = Panašu, kad viena iš Jūsų licencijų naudojama nukopijuotame kompiuteryje
email-clone-suspected-body =
    Sveiki, { $name }!

    Du kompiuteriai ką tik pateikė tą patį Jūsų produkto { $product } licencijos aktyvinimą (įrenginys „{ $device }“). Paprastai tai reiškia, kad buvo nukopijuotas disko atvaizdis ar virtualioji mašina kartu su joje esančia licencija.

    Aktyvinimas pristabdytas. Jei atpažįstate abu kompiuterius, puslapyje „Mano licencijos“ atlaisvinkite senąjį ir aktyvinkite naująjį:

    { $link }

    Jei jų neatpažįstate, Jūsų licencijos raktu gali naudotis kažkas kitas: susisiekite su pardavėju.
email-receipt-subject = Jūsų kvitas { $number }
email-receipt-body =
    Sveiki, { $name }!

    Dėkojame, kad pirkote. Sąskaita faktūra { $number }, kurios bendra suma { $total }, apmokėta iš Jūsų piniginės.

    Jūsų licencijų raktai pateikti puslapyje „Mano licencijos“:

    { $licenses }

    Sąskaitos faktūros PDF failą bet kada galite atsisiųsti piniginės puslapyje:

    { $billing }
email-sub-license-invite-subject = { $inviter } suteikė Jums licenciją
email-sub-license-invite-body =
    Sveiki!

    { $inviter } suteikė Jums { $seats ->
        [1] vieną produkto { $product } licencijos vietą
        [one] { $seats } produkto { $product } licencijos vietą
        [few] { $seats } produkto { $product } licencijos vietas
       *[other] { $seats } produkto { $product } licencijos vietų
    } su atskiru licencijos raktu.

    Norėdami naudotis licencija, prisijunkite šiuo el. pašto adresu arba sukurkite su juo paskyrą ir patvirtinkite adresą. Tada licencija atsiras puslapyje „Mano licencijos“:

    { $link }

    Jei siuntėjo { $inviter } nepažįstate, šį laišką ignoruokite.
email-license-invite-subject = { $store } išdavė Jums licenciją
email-license-invite-body =
    Sveiki!

    { $store } išdavė Jums produkto { $product } licenciją ({ $plan }).

    Norėdami ja naudotis, per šią nuorodą sukurkite paskyrą su šiuo el. pašto adresu; tada licencija ir jos raktas bus puslapyje „Mano licencijos“:

    { $link }

    Jei šio laiško nesitikėjote, jį ignoruokite.
email-top-up-receipt-subject = Jūsų piniginė papildyta: { $credited }
email-top-up-receipt-body =
    Sveiki, { $name }!

    Jūsų mokėjimas { $reference } ({ $paid }, per { $gateway }) gautas, o į Jūsų piniginę įskaityta { $credited }.

    Likutį ir operacijų istoriją rasite piniginės puslapyje:

    { $billing }
email-transfer-instructions-subject = Jūsų banko pavedimas: { $amount }
email-transfer-instructions-body =
    Sveiki, { $name }!

    Norėdami papildyti piniginę, pervekite { $amount } ir mokėjimo paskirtyje nurodykite šį mokėjimo kodą: { $reference }

    { $details }

    Tie patys rekvizitai, kiekvienas su kopijavimo mygtuku, pateikti šiame puslapyje:

    { $page }

    Piniginė bus papildyta, kai tik gausime pinigus.
email-transfer-account-holder = Sąskaitos savininkas
email-transfer-account-number = IBAN arba sąskaitos numeris
email-transfer-swift-bic = SWIFT/BIC
email-transfer-bank-name = Bankas
email-transfer-bank-address = Banko adresas
email-transfer-no-details = Šios valiutos banko rekvizitai dar nenustatyti: prieš atlikdami pavedimą, susisiekite su mumis.
