# Notifications: one subject (also the in-app title) and one body per kind. Arguments come from
# what happened: $name is always the person's name; links are added below the body by the sender.
# A kind may add `-details`, a paragraph shown only when its arguments are all there (notices
# stored by an older version lack some).

notify-footer = Du får det här på grund av ditt konto hos { $seller }. Välj vad du vill få veta, och var, på din kontosida.
notify-open = Öppna
notify-unsubscribe = Avregistrera dig från de här e-postmeddelandena
notify-unsubscribe-intro = Sluta ta emot e-postmeddelanden av den här typen? Säkerhetsaviseringar och övriga typer påverkas inte; du kan slå på det igen från din kontosida.
notify-unsubscribe-confirm = Avregistrera
notify-unsubscribe-done = Klart: du får inte längre de här e-postmeddelandena.

notify-top_up_credited-subject = Din plånbok har fyllts på med { $amount }
notify-top_up_credited-body = Hej { $name }! { $amount } har lagts till i din plånbok.
notify-top_up_credited-details = Din betalning { $reference } på { $paid } via { $gateway } har kommit in. Ditt saldo och din historik finns på din plånbokssida.
notify-transfer_confirmed-subject = Din banköverföring på { $amount } har kommit in
notify-transfer_confirmed-body = Hej { $name }! Vi har tagit emot din banköverföring: { $amount } finns nu i din plånbok.
notify-transfer_confirmed-details = Referensen var { $reference }; du skickade { $paid }.
notify-purchase_receipt-subject = Kvitto för ditt köp ({ $invoice })
notify-purchase_receipt-body = Hej { $name }! Tack för ditt köp. Faktura { $invoice }, totalt { $amount }, har betalats från din plånbok. Dina licensnycklar finns på din licenssida; fakturan som PDF kan när som helst laddas ned från din plånbokssida.
notify-order_failed-subject = Din beställning kunde inte slutföras
notify-order_failed-body = Hej { $name }! Din beställning kunde inte slutföras. { $reason ->
        [unpaid] Betalningen gick inte igenom, så ingenting har debiterats. Du kan beställa igen från butiken.
        [returned] Betalningen har återkallats av betaltjänstleverantören, så ingenting har köpts.
        [late] Betalningen kom in för sent för att köpet skulle kunna göras till det pris du fick. De { $amount } som du betalade finns i din plånbok: köp igen från butiken när du vill.
       *[refused] Butiken kunde inte längre sälja varan som den beställdes (en kampanjkod som är förbrukad, ett paket som inte längre säljs). De { $amount } som du betalade finns i din plånbok.
    }
notify-refund-subject = Du har fått { $amount } återbetalt
notify-refund-body = Hej { $name }! { $amount } från faktura { $invoice } har återbetalats till din plånbok.
notify-payment_attention-subject = En betalning behöver din uppmärksamhet
notify-payment_attention-body = Hej { $name }! En betalning på { $amount } väntar på ett beslut.
notify-license_issued-subject = Din licens för { $product } är klar
notify-license_issued-body = Hej { $name }! En licens för { $product } ({ $plan }) har utfärdats till dig. Nyckeln finns på din licenssida.
notify-device_activated-subject = { $product } har aktiverats på en ny enhet
notify-device_activated-body = Hej { $name }! Din licens för { $product } har aktiverats på { $device }. Om det inte var du, frigör platsen från din licenssida.
notify-seat_freed-subject = En plats för { $product } har frigjorts
notify-seat_freed-body = Hej { $name }! { $device } använder inte längre någon plats i din licens för { $product }.
notify-license_expiring-subject = Din licens för { $product } går ut om { $days ->
        [one] { $days } dag
       *[other] { $days } dagar
    }
notify-license_expiring-body = Hej { $name }! Din licens för { $product } går ut om { $days ->
        [one] { $days } dag
       *[other] { $days } dagar
    }. Förnya den för att fortsätta använda { $product } och få uppdateringar.
notify-license_expired-subject = Din licens för { $product } har gått ut
notify-license_expired-body = Hej { $name }! Din licens för { $product } har gått ut.
notify-renewal_upcoming-subject = Din licens för { $product } förnyas { $date }
notify-renewal_upcoming-body = Hej { $name }! Din licens för { $product } förnyas automatiskt { $date } för { $amount }, som dras från din plånbok. { $reason ->
        [wallet_short] Din plånbok innehåller inte så mycket ännu: fyll på den innan dess, annars upphör licensen.
       *[other] Din plånbok täcker beloppet.
    } Du kan stänga av automatisk förnyelse på din licenssida.
notify-license_renewed-subject = Din licens för { $product } har förnyats
notify-license_renewed-body = Hej { $name }! Din licens för { $product } har förnyats automatiskt till och med { $date }. Faktura { $invoice }, totalt { $amount }, har betalats från din plånbok.
notify-renewal_failed-subject = Din licens för { $product } kunde inte förnyas
notify-renewal_failed-body = Hej { $name }! Din licens för { $product } kunde inte förnyas automatiskt. { $reason ->
        [wallet_short] Förnyelsen kostar { $amount } och din plånbok innehåller { $paid }. Fyll på din plånbok och förnya licensen från din licenssida.
        [not_for_sale] Paketet säljs inte längre.
       *[other] Förnya den från din licenssida.
    } Den behåller sin nyckel och sina enheter om den förnyas senast { $date }.
notify-clone_suspected-subject = Din licens för { $product } kan användas på en kopierad enhet
notify-clone_suspected-body = Hej { $name }! Två datorer har just uppvisat samma aktivering av din licens för { $product } (enheten ”{ $device }”). Det betyder oftast att en diskavbildning eller virtuell dator har kopierats med licensen på.

    Aktiveringen är pausad. Om du känner igen båda datorerna frigör du den gamla på din licenssida och aktiverar den nya. Om du inte känner igen dem kan någon använda din licensnyckel: kontakta säljaren.
notify-license_status-subject = Din licens för { $product } är nu { $status ->
        [active] aktiv
        [suspended] spärrad
        [expired] utgången
        [revoked] återkallad
       *[other] { $status }
    }
notify-license_status-body = Hej { $name }! Statusen för din licens för { $product } har ändrats till: { $status ->
        [active] aktiv
        [suspended] spärrad
        [expired] utgången
        [revoked] återkallad
       *[other] { $status }
    }.
notify-release_published-subject = { $product } { $version } har släppts
notify-release_published-body = Hej { $name }! Version { $version } av { $product } har publicerats i { $channel ->
        [stable] den stabila kanalen
        [beta] betakanalen
        [alpha] alfakanalen
       *[other] kanalen { $channel }
    }. Den finns på din nedladdningssida.
notify-new_sign_in-subject = Ny inloggning på ditt konto
notify-new_sign_in-body = Hej { $name }! Någon loggade just in på ditt konto från { $device }. Om det inte var du, byt lösenord nu.
notify-password_changed-subject = Ditt lösenord har ändrats
notify-password_changed-body = Hej { $name }! Lösenordet till ditt konto har ändrats. Om det inte var du, återställ det nu och kontakta supporten.
notify-two_factor_changed-subject = Tvåfaktorsinloggning har { $status ->
        [on] aktiverats
        [off] inaktiverats
       *[other] ändrats ({ $status })
    }
notify-two_factor_changed-body = Hej { $name }! Tvåfaktorsinloggning för ditt konto har { $status ->
        [on] aktiverats
        [off] inaktiverats
       *[other] ändrats ({ $status })
    }. Om det inte var du, kontakta supporten nu.
notify-api_key_created-subject = En ny API-nyckel har skapats
notify-api_key_created-body = Hej { $name }! API-nyckeln ”{ $key_name }” har skapats för ditt konto. Om det inte var du, återkalla den nu.
notify-commission_earned-subject = Du har tjänat en provision på { $amount }
notify-commission_earned-body = Hej { $name }! Ett köp via din värvningslänk har gett dig { $amount }. Beloppet hålls inne tills återbetalningsfristen har gått ut.
notify-commission_released-subject = { $amount } i provisioner är nu dina
notify-commission_released-body = Hej { $name }! Provisioner på { $amount } har betalats ut till din plånbok.
notify-marketing-subject = { $headline }
notify-marketing-body = Hej { $name },

    { $text }

# The notifications page, the header's bell, and the choices per kind.
nav-notifications = Aviseringar
notifications-title = Aviseringar
notifications-none = Inget ännu. Det som händer med dina licenser, betalningar och ditt konto visas här.
notifications-mark-all = Markera alla som lästa
notifications-unread = ny
account-notifications-title = Aviseringsinställningar
account-notifications-intro = Välj för varje typ av avisering om den ska nå dig via e-post och i appen. Säkerhetsaviseringar behåller alltid minst en kanal.
account-notifications-save = Spara aviseringsinställningar
account-notifications-saved = Aviseringsinställningarna har sparats.
account-notifications-security = säkerhet
notify-kind = Avisering
notify-channel-email = E-post
notify-channel-in_app = I appen
notify-channel-telegram = Telegram
notify-group-transactions = Betalningar
notify-group-licenses = Licenser
notify-group-releases = Versioner
notify-group-security = Säkerhet
notify-group-affiliate = Partnerprogram
notify-group-marketing = Nyheter
notify-kind-top_up_credited = Plånboken påfylld
notify-kind-transfer_confirmed = Banköverföring mottagen
notify-kind-purchase_receipt = Kvitton för köp
notify-kind-order_failed = Beställningar som inte kunde slutföras
notify-kind-refund = Återbetalningar
notify-kind-payment_attention = Betalningar som behöver ett beslut
notify-kind-license_issued = En licens har utfärdats till dig
notify-kind-device_activated = Aktivering på en ny enhet
notify-kind-seat_freed = En plats har frigjorts
notify-kind-license_expiring = Licens som snart går ut (14 och 3 dagar innan)
notify-kind-license_expired = Utgången licens
notify-kind-renewal_upcoming = Kommande automatisk förnyelse (7 dagar innan)
notify-kind-license_renewed = Licens förnyad automatiskt
notify-kind-renewal_failed = Automatisk förnyelse misslyckades
notify-kind-clone_suspected = En möjligen kopierad enhet
notify-kind-license_status = Licens spärrad, återkallad eller återaktiverad
notify-kind-release_published = Nya versioner
notify-kind-new_sign_in = Inloggning från en ny enhet
notify-kind-password_changed = Lösenordet har ändrats
notify-kind-two_factor_changed = Tvåfaktorsinloggning har ändrats
notify-kind-api_key_created = API-nyckel skapad
notify-kind-commission_earned = Intjänad provision
notify-kind-commission_released = Utbetald provision
notify-kind-marketing = Nyheter och erbjudanden

# New versions per product, on the notification settings page.
account-releases-title = Nya versioner
account-releases-intro = För varje produkt som du har en licens för: vilka versioner du vill få veta om, och var. Beta informerar även om stabila versioner; alfa om alla.
account-releases-none = Inte alls
account-releases-stable = Stabila versioner
account-releases-beta = Beta- och stabila versioner
account-releases-alpha = Alla versioner, inklusive alfa

# The Telegram bot's replies.
telegram-linked = Hej { $name }! Den här chatten är nu länkad till ditt konto: de aviseringar du väljer för Telegram kommer hit. Skicka /stop för att avsluta.
telegram-unlinked = Den här chatten är inte längre länkad till något konto. Du kan länka den igen från din kontosida.
telegram-link-invalid = Den här länken har gått ut eller har redan använts. Skapa en ny på din kontosida.
telegram-help = Öppna Telegram-länken på din kontosida för att få aviseringar här. Skicka /stop för att koppla bort den här chatten.

# Telegram on the notification settings page.
account-telegram-intro = Få de aviseringar du väljer i Telegram: länka det här kontot till en chatt med butikens bot.
account-telegram-link = Länka Telegram
account-telegram-open = Öppna den här länken i Telegram inom 15 minuter och tryck på Starta:
account-telegram-linked = Det här kontot är länkat till en Telegram-chatt.
account-telegram-unlink = Koppla bort Telegram

# Alerts to the admins' Telegram chat.
telegram-alert-payment_review = En betalning behöver ett beslut: { $payment } ({ $reason }).
telegram-alert-clone_suspected = En enhet kan vara en kopia: licens { $license }, enhet { $device }.
telegram-alert-reconciliation = Avstämningen av huvudboken hittade { $count ->
        [one] en avvikelse
       *[other] { $count } avvikelser
    }: pengar kan ha skapats eller gått förlorade.
telegram-alert-job_dead = Ett bakgrundsjobb har gett upp: { $job } ({ $id }). Senaste fel: { $reason }
