# Plain-text emails. Links stand on their own line so every mail client makes them clickable.

email-verify-subject = Bekräfta din e-postadress
email-verify-body =
    Hej { $name },

    Bekräfta din e-postadress genom att öppna den här länken inom { $minutes } minuter:

    { $link }

    Om du inte har skapat något konto kan du bortse från det här meddelandet.
email-registration-attempt-subject = Någon försökte registrera sig med din e-postadress
email-registration-attempt-body =
    Hej { $name },

    Någon försökte just skapa ett nytt konto med din e-postadress, som redan har ett konto.
    Om det var du kan du helt enkelt logga in:

    { $link }

    Om det inte var du behöver du inte göra något: ingenting har ändrats.
email-reset-subject = Återställ ditt lösenord
email-reset-body =
    Hej { $name },

    Någon (förhoppningsvis du) har begärt att lösenordet till ditt konto ska återställas. Öppna den här länken inom { $minutes } minuter för att välja ett nytt:

    { $link }

    Om du inte har begärt detta kan du bortse från det här meddelandet: ditt lösenord förblir oförändrat.
email-clone-suspected-subject = En av dina licenser verkar köras på en kopierad dator
email-clone-suspected-body =
    Hej { $name },

    Två datorer har just uppvisat samma aktivering av din licens för { $product } (enheten "{ $device }"). Det betyder oftast att en diskavbildning eller virtuell dator har kopierats med licensen på.

    Aktiveringen är pausad. Om du känner igen båda datorerna frigör du den gamla på din licenssida och aktiverar den nya:

    { $link }

    Om du inte känner igen dem kan någon använda din licensnyckel: kontakta säljaren.
email-receipt-subject = Ditt kvitto { $number }
email-receipt-body =
    Hej { $name },

    Tack för ditt köp. Faktura { $number }, totalt { $total }, har betalats från din plånbok.

    Dina licensnycklar finns på din licenssida:

    { $licenses }

    Fakturan som PDF kan när som helst laddas ned från din plånbokssida:

    { $billing }
email-sub-license-invite-subject = { $inviter } har gett dig en licens
email-sub-license-invite-body =
    Hej,

    { $inviter } har gett dig { $seats ->
        [one] en plats
       *[other] { $seats } platser
    } för { $product }, med en egen licensnyckel.

    Logga in med den här e-postadressen för att använda dem, eller skapa ett konto med den och bekräfta adressen. Licensen visas sedan på din licenssida:

    { $link }

    Om du inte känner { $inviter } kan du bortse från det här meddelandet.
email-license-invite-subject = { $store } har utfärdat en licens till dig
email-license-invite-body =
    Hej,

    { $store } har utfärdat en licens för { $product } ({ $plan }) till dig.

    Skapa ditt konto med den här e-postadressen via länken nedan för att använda den; licensen och dess nyckel finns sedan på din licenssida:

    { $link }

    Om du inte väntade dig detta kan du bortse från det här meddelandet.
email-top-up-receipt-subject = Din plånbok har fyllts på med { $credited }
email-top-up-receipt-body =
    Hej { $name },

    Din betalning { $reference } på { $paid } via { $gateway } har kommit in, och { $credited } har lagts till i din plånbok.

    Ditt saldo och din historik finns på din plånbokssida:

    { $billing }
email-transfer-instructions-subject = Din banköverföring på { $amount }
email-transfer-instructions-body =
    Hej { $name },

    För att fylla på din plånbok för du över { $amount } och ange den här referensen: { $reference }

    { $details }

    Samma uppgifter, var och en med en kopieringsknapp, finns på den här sidan:

    { $page }

    Din plånbok krediteras när pengarna har kommit in.
email-transfer-account-holder = Kontoinnehavare
email-transfer-account-number = IBAN eller kontonummer
email-transfer-swift-bic = SWIFT/BIC
email-transfer-bank-name = Bank
email-transfer-bank-address = Bankens adress
email-transfer-no-details = Bankuppgifterna för den här valutan är inte konfigurerade ännu: kontakta oss innan du gör en överföring.
