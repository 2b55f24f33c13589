# Notifications: one subject (also the in-app title) and one body per kind. Arguments come from
# what happened: $name is always the person's name; links are added below the body by the sender.
# A kind may add `-details`, a paragraph shown only when its arguments are all there (notices
# stored by an older version lack some).

notify-footer = Du modtager dette på grund af din konto hos { $seller }. Vælg på din kontoside, hvad du vil have besked om, og hvor.
notify-open = Åbn
notify-unsubscribe = Afmeld disse e-mails
notify-unsubscribe-intro = Vil du holde op med at modtage e-mails af denne type? Sikkerhedsbeskeder og de øvrige typer påvirkes ikke; du kan slå det til igen på din kontoside.
notify-unsubscribe-confirm = Afmeld
notify-unsubscribe-done = Færdig: du modtager ikke længere disse e-mails.

notify-top_up_credited-subject = Din tegnebog er blevet tanket op med { $amount }
notify-top_up_credited-body = Hej { $name }, { $amount } er sat ind i din tegnebog.
notify-top_up_credited-details = Din betaling { $reference } på { $paid } via { $gateway } er modtaget. Din saldo og historik findes på din tegnebogsside.
notify-transfer_confirmed-subject = Din bankoverførsel på { $amount } er modtaget
notify-transfer_confirmed-body = Hej { $name }, vi har modtaget din bankoverførsel: { $amount } er nu i din tegnebog.
notify-transfer_confirmed-details = Referencen var { $reference }; du sendte { $paid }.
notify-purchase_receipt-subject = Kvittering for dit køb ({ $invoice })
notify-purchase_receipt-body = Hej { $name }, tak for dit køb. Faktura { $invoice } på i alt { $amount } er betalt fra din tegnebog. Dine licensnøgler findes på din licensside; fakturaen som PDF kan til enhver tid hentes fra din tegnebogsside.
notify-order_failed-subject = Din ordre kunne ikke gennemføres
notify-order_failed-body = Hej { $name }, din ordre kunne ikke gennemføres. { $reason ->
        [unpaid] Betalingen gik ikke igennem, så der er ikke trukket noget. Du kan bestille igen i butikken.
        [returned] Betalingen blev tilbageført af betalingsudbyderen, så intet er blevet købt.
        [late] Betalingen kom for sent til at købe til den pris, du fik oplyst. De { $amount }, du betalte, er i din tegnebog: køb igen i butikken, når du vil.
       *[refused] Butikken kunne ikke længere sælge den som bestilt (en rabatkode, der var brugt op, eller en pakke, der ikke længere sælges). De { $amount }, du betalte, er i din tegnebog.
    }
notify-refund-subject = Du har fået refunderet { $amount }
notify-refund-body = Hej { $name }, { $amount } fra faktura { $invoice } er refunderet til din tegnebog.
notify-payment_attention-subject = En betaling kræver din opmærksomhed
notify-payment_attention-body = Hej { $name }, en betaling på { $amount } venter på en beslutning.
notify-license_issued-subject = Din licens til { $product } er klar
notify-license_issued-body = Hej { $name }, der er udstedt en licens til { $product } ({ $plan }) til dig. Nøglen findes på din licensside.
notify-device_activated-subject = { $product } er blevet aktiveret på en ny enhed
notify-device_activated-body = Hej { $name }, din licens til { $product } er blevet aktiveret på { $device }. Hvis det ikke var dig, skal du frigive pladsen på din licensside.
notify-seat_freed-subject = En plads til { $product } er blevet frigivet
notify-seat_freed-body = Hej { $name }, { $device } bruger ikke længere en plads i din licens til { $product }.
notify-license_expiring-subject = Din licens til { $product } udløber om { $days ->
        [one] { $days } dag
       *[other] { $days } dage
    }
notify-license_expiring-body = Hej { $name }, din licens til { $product } udløber om { $days ->
        [one] { $days } dag
       *[other] { $days } dage
    }. Forny den for at fortsætte med at bruge { $product } og modtage opdateringer.
notify-license_expired-subject = Din licens til { $product } er udløbet
notify-license_expired-body = Hej { $name }, din licens til { $product } er udløbet.
notify-renewal_upcoming-subject = Din licens til { $product } fornyes den { $date }
notify-renewal_upcoming-body = Hej { $name }, din licens til { $product } fornyes automatisk den { $date } for { $amount }, som trækkes fra din tegnebog. { $reason ->
        [wallet_short] Der er endnu ikke så mange penge i din tegnebog: tank den op inden da, ellers udløber licensen.
       *[other] Din tegnebog dækker beløbet.
    } Du kan slå automatisk fornyelse fra på din licensside.
notify-license_renewed-subject = Din licens til { $product } er blevet fornyet
notify-license_renewed-body = Hej { $name }, din licens til { $product } er blevet fornyet automatisk indtil { $date }. Faktura { $invoice } på i alt { $amount } er betalt fra din tegnebog.
notify-renewal_failed-subject = Din licens til { $product } kunne ikke fornyes
notify-renewal_failed-body = Hej { $name }, din licens til { $product } kunne ikke fornyes automatisk. { $reason ->
        [wallet_short] Fornyelsen koster { $amount }, og din tegnebog indeholder { $paid }. Tank din tegnebog op, og forny licensen på din licensside.
        [not_for_sale] Dens pakke sælges ikke længere.
       *[other] Forny den på din licensside.
    } Den beholder sin nøgle og sine enheder, hvis den fornyes senest den { $date }.
notify-clone_suspected-subject = Din licens til { $product } bruges muligvis på en kopieret enhed
notify-clone_suspected-body = Hej { $name }, to maskiner har netop fremvist den samme aktivering af din licens til { $product } (enheden »{ $device }«). Det betyder som regel, at et diskaftryk eller en virtuel maskine er blevet kopieret med licensen på.

    Aktiveringen er sat på pause. Hvis du genkender begge maskiner, skal du frigive den gamle på din licensside og aktivere den nye. Hvis du ikke gør, bruger nogen muligvis din licensnøgle: kontakt leverandøren.
notify-license_status-subject = Din licens til { $product } er nu { $status ->
        [active] aktiv
        [suspended] spærret
        [expired] udløbet
        [revoked] tilbagekaldt
       *[other] { $status }
    }
notify-license_status-body = Hej { $name }, status for din licens til { $product } er ændret til: { $status ->
        [active] aktiv
        [suspended] spærret
        [expired] udløbet
        [revoked] tilbagekaldt
       *[other] { $status }
    }.
notify-release_published-subject = { $product } { $version } er udkommet
notify-release_published-body = Hej { $name }, version { $version } af { $product } er udgivet på { $channel ->
        [stable] den stabile kanal
        [beta] betakanalen
        [alpha] alfakanalen
       *[other] kanalen { $channel }
    }. Den findes på din downloadside.
notify-new_sign_in-subject = Nyt login på din konto
notify-new_sign_in-body = Hej { $name }, der er netop logget ind på din konto fra { $device }. Hvis det ikke var dig, skal du skifte din adgangskode nu.
notify-password_changed-subject = Din adgangskode er blevet ændret
notify-password_changed-body = Hej { $name }, adgangskoden til din konto er blevet ændret. Hvis det ikke var dig, skal du nulstille den nu og kontakte support.
notify-two_factor_changed-subject = Totrinslogin er blevet { $status ->
        [on] slået til
        [off] slået fra
       *[other] ændret ({ $status })
    }
notify-two_factor_changed-body = Hej { $name }, totrinslogin for din konto er blevet { $status ->
        [on] slået til
        [off] slået fra
       *[other] ændret ({ $status })
    }. Hvis det ikke var dig, skal du kontakte support nu.
notify-api_key_created-subject = Der er oprettet en ny API-nøgle
notify-api_key_created-body = Hej { $name }, API-nøglen »{ $key_name }« er oprettet til din konto. Hvis det ikke var dig, skal du tilbagekalde den nu.
notify-commission_earned-subject = Du har optjent en provision på { $amount }
notify-commission_earned-body = Hej { $name }, et køb via dit henvisningslink har givet dig { $amount }. Beløbet tilbageholdes, indtil refusionsfristen udløber.
notify-commission_released-subject = { $amount } i provisioner er nu dine
notify-commission_released-body = Hej { $name }, provisioner på { $amount } er udbetalt til din tegnebog.
notify-marketing-subject = { $headline }
notify-marketing-body = Hej { $name },

    { $text }

# The notifications page, the header's bell, and the choices per kind.
nav-notifications = Notifikationer
notifications-title = Notifikationer
notifications-none = Intet endnu. Det, der sker med dine licenser, betalinger og din konto, vises her.
notifications-mark-all = Markér alle som læst
notifications-unread = ny
account-notifications-title = Indstillinger for notifikationer
account-notifications-intro = Vælg for hver type besked, om den skal nå dig via e-mail og i appen. Sikkerhedsbeskeder beholder altid mindst én kanal.
account-notifications-save = Gem indstillinger for notifikationer
account-notifications-saved = Indstillingerne for notifikationer er gemt.
account-notifications-security = sikkerhed
notify-kind = Besked
notify-channel-email = E-mail
notify-channel-in_app = I appen
notify-channel-telegram = Telegram
notify-group-transactions = Betalinger
notify-group-licenses = Licenser
notify-group-releases = Udgivelser
notify-group-security = Sikkerhed
notify-group-affiliate = Partnerprogram
notify-group-marketing = Nyheder
notify-kind-top_up_credited = Tegnebog tanket op
notify-kind-transfer_confirmed = Bankoverførsel modtaget
notify-kind-purchase_receipt = Kvitteringer for køb
notify-kind-order_failed = Ordrer, der ikke kunne gennemføres
notify-kind-refund = Refusioner
notify-kind-payment_attention = Betalinger, der kræver en beslutning
notify-kind-license_issued = En licens udstedt til dig
notify-kind-device_activated = Aktivering på en ny enhed
notify-kind-seat_freed = En plads frigivet
notify-kind-license_expiring = Licens, der snart udløber (14 og 3 dage før)
notify-kind-license_expired = Licens udløbet
notify-kind-renewal_upcoming = Kommende automatisk fornyelse (7 dage før)
notify-kind-license_renewed = Licens fornyet automatisk
notify-kind-renewal_failed = Automatisk fornyelse mislykkedes
notify-kind-clone_suspected = En muligvis kopieret enhed
notify-kind-license_status = Licens spærret, tilbagekaldt eller genaktiveret
notify-kind-release_published = Nye versioner
notify-kind-new_sign_in = Login fra en ny enhed
notify-kind-password_changed = Adgangskode ændret
notify-kind-two_factor_changed = Totrinslogin ændret
notify-kind-api_key_created = API-nøgle oprettet
notify-kind-commission_earned = Provision optjent
notify-kind-commission_released = Provision udbetalt
notify-kind-marketing = Nyheder og tilbud

# New versions per product, on the notification settings page.
account-releases-title = Nye versioner
account-releases-intro = For hvert produkt, du har en licens til: hvilke versioner du vil have besked om, og hvor. Beta giver også besked om stabile versioner; alfa om alle.
account-releases-none = Slet ikke
account-releases-stable = Stabile versioner
account-releases-beta = Beta- og stabile versioner
account-releases-alpha = Alle versioner, inklusive alfa

# The Telegram bot's replies.
telegram-linked = Hej { $name }! Denne chat er nu tilknyttet din konto: de notifikationer, du vælger til Telegram, kommer her. Send /stop for at afslutte.
telegram-unlinked = Denne chat er ikke længere tilknyttet en konto. Du kan tilknytte den igen på din kontoside.
telegram-link-invalid = Dette link er udløbet eller allerede brugt. Lav et nyt på din kontoside.
telegram-help = For at modtage notifikationer her skal du åbne Telegram-linket på din kontoside. Send /stop for at fjerne tilknytningen af denne chat.

# Telegram on the notification settings page.
account-telegram-intro = Få de notifikationer, du vælger, i Telegram: tilknyt denne konto til en chat med butikkens bot.
account-telegram-link = Tilknyt Telegram
account-telegram-open = Åbn dette link i Telegram inden for 15 minutter, og tryk på Start:
account-telegram-linked = Denne konto er tilknyttet en Telegram-chat.
account-telegram-unlink = Fjern tilknytningen til Telegram

# Alerts to the admins' Telegram chat.
telegram-alert-payment_review = En betaling kræver en beslutning: { $payment } ({ $reason }).
telegram-alert-clone_suspected = En enhed kan være en kopi: licens { $license }, enhed { $device }.
telegram-alert-reconciliation = Afstemningen af hovedbogen fandt { $count ->
        [one] { $count } afvigelse
       *[other] { $count } afvigelser
    }: der kan være skabt eller tabt penge.
telegram-alert-job_dead = Et baggrundsjob gav op: { $job } ({ $id }). Seneste fejl: { $reason }
