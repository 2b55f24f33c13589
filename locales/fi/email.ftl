# Plain-text emails. Links stand on their own line so every mail client makes them clickable.

email-verify-subject = Vahvista sähköpostiosoitteesi
email-verify-body =
    Hei { $name },

    Vahvista sähköpostiosoitteesi avaamalla tämä linkki { $minutes } minuutin kuluessa:

    { $link }

    Jos et luonut tiliä, voit jättää tämän viestin huomiotta.
email-registration-attempt-subject = Joku yritti rekisteröityä sähköpostiosoitteellasi
email-registration-attempt-body =
    Hei { $name },

    Joku yritti juuri luoda uuden tilin sähköpostiosoitteellasi, jolla on jo tili.
    Jos se olit sinä, kirjaudu vain sisään:

    { $link }

    Jos se et ollut sinä, sinun ei tarvitse tehdä mitään: mitään ei muutettu.
email-reset-subject = Salasanasi palauttaminen
email-reset-body =
    Hei { $name },

    Joku (toivottavasti sinä) pyysi tilisi salasanan palauttamista. Valitse uusi salasana avaamalla tämä linkki { $minutes } minuutin kuluessa:

    { $link }

    Jos et pyytänyt tätä, jätä tämä viesti huomiotta: salasanasi pysyy ennallaan.
email-clone-suspected-subject = Jokin lisensseistäsi näyttää olevan käytössä kopioidulla koneella
email-clone-suspected-body =
    Hei { $name },

    Kaksi konetta esitti juuri saman aktivoinnin tuotteen { $product } lisenssistäsi (laite ”{ $device }”). Tämä tarkoittaa yleensä, että levykuva tai virtuaalikone on kopioitu lisensseineen.

    Aktivointi on keskeytetty. Jos tunnistat molemmat koneet, vapauta vanha lisenssisivullasi ja aktivoi uusi:

    { $link }

    Jos et tunnista niitä, joku saattaa käyttää lisenssiavaintasi: ota yhteyttä myyjään.
email-receipt-subject = Kuittisi { $number }
email-receipt-body =
    Hei { $name },

    Kiitos ostoksestasi. Lasku { $number }, yhteensä { $total }, maksettiin lompakostasi.

    Lisenssiavaimesi ovat lisenssisivullasi:

    { $licenses }

    Laskun PDF-tiedoston voi ladata lompakkosivultasi milloin tahansa:

    { $billing }
email-sub-license-invite-subject = { $inviter } antoi sinulle lisenssin
email-sub-license-invite-body =
    Hei,

    { $inviter } antoi sinulle { $seats ->
        [one] yhden käyttöpaikan
       *[other] { $seats } käyttöpaikkaa
    } tuotteeseen { $product }, ja niillä on oma lisenssiavaimensa.

    Ota lisenssi käyttöön kirjautumalla sisään tällä sähköpostiosoitteella tai luomalla sillä tili ja vahvistamalla osoite. Lisenssi näkyy sen jälkeen lisenssisivullasi:

    { $link }

    Jos et tunne lähettäjää { $inviter }, jätä tämä viesti huomiotta.
email-license-invite-subject = { $store } myönsi sinulle lisenssin
email-license-invite-body =
    Hei,

    { $store } myönsi sinulle lisenssin tuotteeseen { $product } ({ $plan }).

    Ota lisenssi käyttöön luomalla tili tällä sähköpostiosoitteella tämän linkin kautta; lisenssi ja sen avain ovat sen jälkeen lisenssisivullasi:

    { $link }

    Jos et odottanut tätä, jätä tämä viesti huomiotta.
email-top-up-receipt-subject = Lompakkoosi lisättiin { $credited }
email-top-up-receipt-body =
    Hei { $name },

    Maksusi { $reference } ({ $paid }, maksupalvelu { $gateway }) on saapunut, ja lompakkoosi lisättiin { $credited }.

    Saldosi ja historiasi ovat lompakkosivullasi:

    { $billing }
email-transfer-instructions-subject = Tilisiirtosi: { $amount }
email-transfer-instructions-body =
    Hei { $name },

    Kun haluat lisätä lompakkoosi saldoa, siirrä { $amount } ja käytä tätä viitettä: { $reference }

    { $details }

    Samat tiedot kopiointipainikkeineen ovat tällä sivulla:

    { $page }

    Summa hyvitetään lompakkoosi, kun rahat saapuvat.
email-transfer-account-holder = Tilinomistaja
email-transfer-account-number = IBAN tai tilinumero
email-transfer-swift-bic = SWIFT/BIC
email-transfer-bank-name = Pankki
email-transfer-bank-address = Pankin osoite
email-transfer-no-details = Tämän valuutan pankkitietoja ei ole vielä määritetty: ota meihin yhteyttä ennen siirtoa.
