# Notifications: one subject (also the in-app title) and one body per kind. Arguments come from
# what happened: $name is always the person's name; links are added below the body by the sender.
# A kind may add `-details`, a paragraph shown only when its arguments are all there (notices
# stored by an older version lack some).

notify-footer = Du mottar dette på grunn av kontoen din hos { $seller }. Velg på kontosiden din hva du vil få beskjed om, og hvor.
notify-open = Åpne
notify-unsubscribe = Meld av disse e-postene
notify-unsubscribe-intro = Vil du slutte å motta e-poster av denne typen? Sikkerhetsvarsler og de andre typene påvirkes ikke; du kan slå det på igjen på kontosiden din.
notify-unsubscribe-confirm = Meld av
notify-unsubscribe-done = Ferdig: du mottar ikke lenger disse e-postene.

notify-top_up_credited-subject = Lommeboken din er fylt på med { $amount }
notify-top_up_credited-body = Hei { $name }, { $amount } er lagt til i lommeboken din.
notify-top_up_credited-details = Betalingen din { $reference } på { $paid } via { $gateway } er mottatt. Saldoen og historikken finner du på lommeboksiden din.
notify-transfer_confirmed-subject = Bankoverføringen din på { $amount } er mottatt
notify-transfer_confirmed-body = Hei { $name }, vi har mottatt bankoverføringen din: { $amount } er nå i lommeboken din.
notify-transfer_confirmed-details = Referansen var { $reference }; du sendte { $paid }.
notify-purchase_receipt-subject = Kvittering for kjøpet ditt ({ $invoice })
notify-purchase_receipt-body = Hei { $name }, takk for kjøpet. Faktura { $invoice } på totalt { $amount } er betalt fra lommeboken din. Lisensnøklene dine finner du på lisenssiden din; fakturaen som PDF kan du når som helst laste ned fra lommeboksiden din.
notify-order_failed-subject = Bestillingen din kunne ikke fullføres
notify-order_failed-body = Hei { $name }, bestillingen din kunne ikke fullføres. { $reason ->
        [unpaid] Betalingen gikk ikke gjennom, så ingenting ble trukket. Du kan bestille på nytt i butikken.
        [returned] Betalingen ble tilbakeført av betalingsleverandøren, så ingenting ble kjøpt.
        [late] Betalingen kom for sent til å kjøpe til prisen du fikk oppgitt. De { $amount } du betalte, er i lommeboken din: kjøp på nytt i butikken når du vil.
       *[refused] Butikken kunne ikke lenger selge den slik den ble bestilt (en rabattkode som var brukt opp, eller en pakke som ikke lenger selges). De { $amount } du betalte, er i lommeboken din.
    }
notify-refund-subject = Du har fått refundert { $amount }
notify-refund-body = Hei { $name }, { $amount } fra faktura { $invoice } er refundert til lommeboken din.
notify-payment_attention-subject = En betaling krever oppmerksomheten din
notify-payment_attention-body = Hei { $name }, en betaling på { $amount } venter på en avgjørelse.
notify-license_issued-subject = Lisensen din for { $product } er klar
notify-license_issued-body = Hei { $name }, en lisens for { $product } ({ $plan }) er utstedt til deg. Nøkkelen finner du på lisenssiden din.
notify-device_activated-subject = { $product } er aktivert på en ny enhet
notify-device_activated-body = Hei { $name }, lisensen din for { $product } er aktivert på { $device }. Hvis det ikke var deg, frigjør du plassen på lisenssiden din.
notify-seat_freed-subject = En plass for { $product } er frigjort
notify-seat_freed-body = Hei { $name }, { $device } bruker ikke lenger en plass i lisensen din for { $product }.
notify-license_expiring-subject = Lisensen din for { $product } utløper om { $days ->
        [one] { $days } dag
       *[other] { $days } dager
    }
notify-license_expiring-body = Hei { $name }, lisensen din for { $product } utløper om { $days ->
        [one] { $days } dag
       *[other] { $days } dager
    }. Forny den for å fortsette å bruke { $product } og få oppdateringer.
notify-license_expired-subject = Lisensen din for { $product } har utløpt
notify-license_expired-body = Hei { $name }, lisensen din for { $product } har utløpt.
notify-renewal_upcoming-subject = Lisensen din for { $product } fornyes { $date }
notify-renewal_upcoming-body = Hei { $name }, lisensen din for { $product } fornyes automatisk { $date } for { $amount }, som trekkes fra lommeboken din. { $reason ->
        [wallet_short] Det er ikke nok penger i lommeboken din ennå: fyll den på før det, ellers utløper lisensen.
       *[other] Lommeboken din dekker beløpet.
    } Du kan slå av automatisk fornyelse på lisenssiden din.
notify-license_renewed-subject = Lisensen din for { $product } er fornyet
notify-license_renewed-body = Hei { $name }, lisensen din for { $product } er fornyet automatisk til { $date }. Faktura { $invoice } på totalt { $amount } er betalt fra lommeboken din.
notify-renewal_failed-subject = Lisensen din for { $product } kunne ikke fornyes
notify-renewal_failed-body = Hei { $name }, lisensen din for { $product } kunne ikke fornyes automatisk. { $reason ->
        [wallet_short] Fornyelsen koster { $amount }, og lommeboken din inneholder { $paid }. Fyll på lommeboken, og forny lisensen på lisenssiden din.
        [not_for_sale] Pakken den hører til, selges ikke lenger.
       *[other] Forny den på lisenssiden din.
    } Den beholder nøkkelen og enhetene sine hvis den fornyes senest { $date }.
notify-clone_suspected-subject = Lisensen din for { $product } kan være i bruk på en kopiert enhet
notify-clone_suspected-body = Hei { $name }, to maskiner har nettopp presentert den samme aktiveringen av lisensen din for { $product } (enheten «{ $device }»). Dette betyr som regel at et diskbilde eller en virtuell maskin er kopiert med lisensen på.

    Aktiveringen er satt på pause. Hvis du kjenner igjen begge maskinene, frigjør du den gamle på lisenssiden din og aktiverer den nye. Hvis ikke, kan noen bruke lisensnøkkelen din: kontakt leverandøren.
notify-license_status-subject = Lisensen din for { $product } er nå { $status ->
        [active] aktiv
        [suspended] sperret
        [expired] utløpt
        [revoked] tilbakekalt
       *[other] { $status }
    }
notify-license_status-body = Hei { $name }, statusen for lisensen din for { $product } er endret til: { $status ->
        [active] aktiv
        [suspended] sperret
        [expired] utløpt
        [revoked] tilbakekalt
       *[other] { $status }
    }.
notify-release_published-subject = { $product } { $version } er ute
notify-release_published-body = Hei { $name }, versjon { $version } av { $product } er publisert i { $channel ->
        [stable] den stabile kanalen
        [beta] betakanalen
        [alpha] alfakanalen
       *[other] kanalen { $channel }
    }. Du finner den på nedlastingssiden din.
notify-new_sign_in-subject = Ny innlogging på kontoen din
notify-new_sign_in-body = Hei { $name }, noen har nettopp logget inn på kontoen din fra { $device }. Hvis det ikke var deg, bør du endre passordet ditt nå.
notify-password_changed-subject = Passordet ditt er endret
notify-password_changed-body = Hei { $name }, passordet til kontoen din er endret. Hvis det ikke var deg, bør du tilbakestille det nå og kontakte kundestøtte.
notify-two_factor_changed-subject = Tofaktorinnlogging er { $status ->
        [on] slått på
        [off] slått av
       *[other] endret ({ $status })
    }
notify-two_factor_changed-body = Hei { $name }, tofaktorinnlogging for kontoen din er { $status ->
        [on] slått på
        [off] slått av
       *[other] endret ({ $status })
    }. Hvis det ikke var deg, bør du kontakte kundestøtte nå.
notify-api_key_created-subject = En ny API-nøkkel er opprettet
notify-api_key_created-body = Hei { $name }, API-nøkkelen «{ $key_name }» er opprettet for kontoen din. Hvis det ikke var deg, bør du tilbakekalle den nå.
notify-commission_earned-subject = Du har tjent en provisjon på { $amount }
notify-commission_earned-body = Hei { $name }, et kjøp via henvisningslenken din har gitt deg { $amount }. Beløpet holdes tilbake til refusjonsfristen er ute.
notify-commission_released-subject = { $amount } i provisjoner er nå dine
notify-commission_released-body = Hei { $name }, provisjoner på { $amount } er utbetalt til lommeboken din.
notify-marketing-subject = { $headline }
notify-marketing-body = Hei { $name },

    { $text }

# The notifications page, the header's bell, and the choices per kind.
nav-notifications = Varsler
notifications-title = Varsler
notifications-none = Ingenting ennå. Det som skjer med lisensene, betalingene og kontoen din, vises her.
notifications-mark-all = Merk alle som lest
notifications-unread = ny
account-notifications-title = Varslingsinnstillinger
account-notifications-intro = Velg for hver type varsel om det skal nå deg via e-post og i appen. Sikkerhetsvarsler beholder alltid minst én kanal.
account-notifications-save = Lagre varslingsinnstillinger
account-notifications-saved = Varslingsinnstillingene er lagret.
account-notifications-security = sikkerhet
notify-kind = Varsel
notify-channel-email = E-post
notify-channel-in_app = I appen
notify-channel-telegram = Telegram
notify-group-transactions = Betalinger
notify-group-licenses = Lisenser
notify-group-releases = Utgivelser
notify-group-security = Sikkerhet
notify-group-affiliate = Partnerprogram
notify-group-marketing = Nyheter
notify-kind-top_up_credited = Lommebok fylt på
notify-kind-transfer_confirmed = Bankoverføring mottatt
notify-kind-purchase_receipt = Kvitteringer for kjøp
notify-kind-order_failed = Bestillinger som ikke kunne fullføres
notify-kind-refund = Refusjoner
notify-kind-payment_attention = Betalinger som krever en avgjørelse
notify-kind-license_issued = En lisens utstedt til deg
notify-kind-device_activated = Aktivering på en ny enhet
notify-kind-seat_freed = En plass frigjort
notify-kind-license_expiring = Lisens som snart utløper (14 og 3 dager før)
notify-kind-license_expired = Lisens utløpt
notify-kind-renewal_upcoming = Kommende automatisk fornyelse (7 dager før)
notify-kind-license_renewed = Lisens fornyet automatisk
notify-kind-renewal_failed = Automatisk fornyelse mislyktes
notify-kind-clone_suspected = En mulig kopiert enhet
notify-kind-license_status = Lisens sperret, tilbakekalt eller gjenaktivert
notify-kind-release_published = Nye versjoner
notify-kind-new_sign_in = Innlogging fra en ny enhet
notify-kind-password_changed = Passord endret
notify-kind-two_factor_changed = Tofaktorinnlogging endret
notify-kind-api_key_created = API-nøkkel opprettet
notify-kind-commission_earned = Provisjon opptjent
notify-kind-commission_released = Provisjon utbetalt
notify-kind-marketing = Nyheter og tilbud

# New versions per product, on the notification settings page.
account-releases-title = Nye versjoner
account-releases-intro = For hvert produkt du har en lisens for: hvilke versjoner du vil få beskjed om, og hvor. Beta varsler også om stabile versjoner; alfa om alle.
account-releases-none = Ikke i det hele tatt
account-releases-stable = Stabile versjoner
account-releases-beta = Beta- og stabile versjoner
account-releases-alpha = Alle versjoner, inkludert alfa

# The Telegram bot's replies.
telegram-linked = Hei { $name }! Denne chatten er nå koblet til kontoen din: varslene du velger for Telegram, kommer hit. Send /stop for å avslutte.
telegram-unlinked = Denne chatten er ikke lenger koblet til en konto. Du kan koble den til igjen på kontosiden din.
telegram-link-invalid = Denne lenken har utløpt eller er allerede brukt. Lag en ny på kontosiden din.
telegram-help = For å motta varsler her åpner du Telegram-lenken på kontosiden din. Send /stop for å koble fra denne chatten.

# Telegram on the notification settings page.
account-telegram-intro = Få varslene du velger i Telegram: koble denne kontoen til en chat med butikkens bot.
account-telegram-link = Koble til Telegram
account-telegram-open = Åpne denne lenken i Telegram innen 15 minutter, og trykk på Start:
account-telegram-linked = Denne kontoen er koblet til en Telegram-chat.
account-telegram-unlink = Koble fra Telegram

# Alerts to the admins' Telegram chat.
telegram-alert-payment_review = En betaling krever en avgjørelse: { $payment } ({ $reason }).
telegram-alert-clone_suspected = En enhet kan være en kopi: lisens { $license }, enhet { $device }.
telegram-alert-reconciliation = Avstemmingen av hovedboken fant { $count } avvik: penger kan ha blitt skapt eller gått tapt.
telegram-alert-job_dead = En bakgrunnsjobb ga opp: { $job } ({ $id }). Siste feil: { $reason }
