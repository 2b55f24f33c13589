# Plain-text emails. Links stand on their own line so every mail client makes them clickable.

email-verify-subject = Bekreft e-postadressen din
email-verify-body =
    Hei { $name },

    Bekreft e-postadressen din ved å åpne denne lenken innen { $minutes } minutter:

    { $link }

    Hvis du ikke har opprettet en konto, kan du se bort fra denne e-posten.
email-registration-attempt-subject = Noen prøvde å opprette en konto med e-postadressen din
email-registration-attempt-body =
    Hei { $name },

    Noen prøvde nettopp å opprette en ny konto med e-postadressen din, som allerede har en konto.
    Hvis det var deg, kan du bare logge inn:

    { $link }

    Hvis det ikke var deg, trenger du ikke gjøre noe: ingenting er endret.
email-reset-subject = Tilbakestill passordet ditt
email-reset-body =
    Hei { $name },

    Noen (forhåpentligvis du) har bedt om å tilbakestille passordet til kontoen din. Åpne denne lenken innen { $minutes } minutter for å velge et nytt:

    { $link }

    Hvis du ikke har bedt om dette, kan du se bort fra denne e-posten: passordet ditt forblir uendret.
email-clone-suspected-subject = En av lisensene dine ser ut til å kjøre på en kopiert maskin
email-clone-suspected-body =
    Hei { $name },

    To maskiner har nettopp presentert den samme aktiveringen av lisensen din for { $product } (enheten "{ $device }"). Dette betyr som regel at et diskbilde eller en virtuell maskin er kopiert med lisensen på.

    Aktiveringen er satt på pause. Hvis du kjenner igjen begge maskinene, frigjør du den gamle på lisenssiden din og aktiverer den nye:

    { $link }

    Hvis ikke, kan noen bruke lisensnøkkelen din: kontakt leverandøren.
email-receipt-subject = Kvitteringen din { $number }
email-receipt-body =
    Hei { $name },

    Takk for kjøpet. Faktura { $number } på totalt { $total } er betalt fra lommeboken din.

    Lisensnøklene dine finner du på lisenssiden din:

    { $licenses }

    Fakturaen som PDF kan du når som helst laste ned fra lommeboksiden din:

    { $billing }
email-sub-license-invite-subject = { $inviter } har gitt deg en lisens
email-sub-license-invite-body =
    Hei,

    { $inviter } har gitt deg { $seats ->
        [one] { $seats } plass
       *[other] { $seats } plasser
    } for { $product }, med en egen lisensnøkkel.

    For å bruke dem logger du inn med denne e-postadressen, eller du oppretter en konto med den og bekrefter adressen. Lisensen vises deretter på lisenssiden din:

    { $link }

    Hvis du ikke kjenner { $inviter }, kan du se bort fra denne e-posten.
email-license-invite-subject = { $store } har utstedt en lisens til deg
email-license-invite-body =
    Hei,

    { $store } har utstedt en lisens for { $product } ({ $plan }) til deg.

    For å bruke den oppretter du kontoen din med denne e-postadressen via denne lenken; lisensen og nøkkelen finner du deretter på lisenssiden din:

    { $link }

    Hvis du ikke ventet dette, kan du se bort fra denne e-posten.
email-top-up-receipt-subject = Lommeboken din er fylt på med { $credited }
email-top-up-receipt-body =
    Hei { $name },

    Betalingen din { $reference } på { $paid } via { $gateway } er mottatt, og { $credited } er lagt til i lommeboken din.

    Saldoen og historikken finner du på lommeboksiden din:

    { $billing }
email-transfer-instructions-subject = Bankoverføringen din på { $amount }
email-transfer-instructions-body =
    Hei { $name },

    For å fylle på lommeboken overfører du { $amount } og oppgir denne referansen: { $reference }

    { $details }

    De samme opplysningene, hver med en kopieringsknapp, finner du på denne siden:

    { $page }

    Lommeboken din krediteres så snart pengene er mottatt.
email-transfer-account-holder = Kontoinnehaver
email-transfer-account-number = IBAN eller kontonummer
email-transfer-swift-bic = SWIFT/BIC
email-transfer-bank-name = Bank
email-transfer-bank-address = Bankens adresse
email-transfer-no-details = Bankopplysningene for denne valutaen er ikke satt opp ennå: kontakt oss før du overfører.
