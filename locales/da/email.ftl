# Plain-text emails. Links stand on their own line so every mail client makes them clickable.

email-verify-subject = Bekræft din e-mailadresse
email-verify-body =
    Hej { $name },

    Bekræft venligst din e-mailadresse ved at åbne dette link inden for { $minutes } minutter:

    { $link }

    Hvis du ikke har oprettet en konto, kan du se bort fra denne e-mail.
email-registration-attempt-subject = Nogen forsøgte at oprette en konto med din e-mailadresse
email-registration-attempt-body =
    Hej { $name },

    Nogen har netop forsøgt at oprette en ny konto med din e-mailadresse, som allerede har en konto.
    Hvis det var dig, skal du blot logge ind:

    { $link }

    Hvis det ikke var dig, behøver du ikke gøre noget: intet er blevet ændret.
email-reset-subject = Nulstil din adgangskode
email-reset-body =
    Hej { $name },

    Nogen (forhåbentlig dig) har bedt om at nulstille adgangskoden til din konto. Åbn dette link inden for { $minutes } minutter for at vælge en ny:

    { $link }

    Hvis du ikke har bedt om dette, kan du se bort fra denne e-mail: din adgangskode forbliver uændret.
email-clone-suspected-subject = En af dine licenser ser ud til at køre på en kopieret maskine
email-clone-suspected-body =
    Hej { $name },

    To maskiner har netop fremvist den samme aktivering af din licens til { $product } (enheden "{ $device }"). Det betyder som regel, at et diskaftryk eller en virtuel maskine er blevet kopieret med licensen på.

    Aktiveringen er sat på pause. Hvis du genkender begge maskiner, skal du frigive den gamle på din licensside og aktivere den nye:

    { $link }

    Hvis du ikke gør, bruger nogen muligvis din licensnøgle: kontakt leverandøren.
email-receipt-subject = Din kvittering { $number }
email-receipt-body =
    Hej { $name },

    Tak for dit køb. Faktura { $number } på i alt { $total } er betalt fra din tegnebog.

    Dine licensnøgler findes på din licensside:

    { $licenses }

    Fakturaen som PDF kan til enhver tid hentes fra din tegnebogsside:

    { $billing }
email-sub-license-invite-subject = { $inviter } har givet dig en licens
email-sub-license-invite-body =
    Hej,

    { $inviter } har givet dig { $seats ->
        [one] { $seats } plads
       *[other] { $seats } pladser
    } til { $product } med en separat licensnøgle.

    For at bruge dem skal du logge ind med denne e-mailadresse eller oprette en konto med den og bekræfte adressen. Licensen vises derefter på din licensside:

    { $link }

    Hvis du ikke kender { $inviter }, kan du se bort fra denne e-mail.
email-license-invite-subject = { $store } har udstedt en licens til dig
email-license-invite-body =
    Hej,

    { $store } har udstedt en licens til { $product } ({ $plan }) til dig.

    For at bruge den skal du oprette din konto med denne e-mailadresse via dette link; licensen og dens nøgle findes derefter på din licensside:

    { $link }

    Hvis du ikke havde ventet dette, kan du se bort fra denne e-mail.
email-top-up-receipt-subject = Din tegnebog er blevet tanket op med { $credited }
email-top-up-receipt-body =
    Hej { $name },

    Din betaling { $reference } på { $paid } via { $gateway } er modtaget, og { $credited } er sat ind i din tegnebog.

    Din saldo og historik findes på din tegnebogsside:

    { $billing }
email-transfer-instructions-subject = Din bankoverførsel på { $amount }
email-transfer-instructions-body =
    Hej { $name },

    For at tanke din tegnebog op skal du overføre { $amount } og angive denne reference: { $reference }

    { $details }

    De samme oplysninger, hver med en kopiknap, findes på denne side:

    { $page }

    Din tegnebog krediteres, så snart pengene er modtaget.
email-transfer-account-holder = Kontohaver
email-transfer-account-number = IBAN eller kontonummer
email-transfer-swift-bic = SWIFT/BIC
email-transfer-bank-name = Bank
email-transfer-bank-address = Bankens adresse
email-transfer-no-details = Bankoplysningerne for denne valuta er endnu ikke konfigureret: kontakt os venligst, før du overfører.
