# Notifications: one subject (also the in-app title) and one body per kind. Arguments come from
# what happened: $name is always the person's name; links are added below the body by the sender.
# A kind may add `-details`, a paragraph shown only when its arguments are all there (notices
# stored by an older version lack some).

notify-footer = Saate selle teate, kuna teil on konto teenuses { $seller }. Oma konto lehel saate valida, millest ja kus teid teavitatakse.
notify-open = Ava
notify-unsubscribe = Loobu nendest e-kirjadest
notify-unsubscribe-intro = Kas lõpetada seda liiki e-kirjade saamine? See ei mõjuta turvateavitusi ega muid teavitusi; saate selle oma konto lehel uuesti sisse lülitada.
notify-unsubscribe-confirm = Loobu tellimusest
notify-unsubscribe-done = Valmis: te ei saa enam neid e-kirju.

notify-top_up_credited-subject = Teie rahakotti lisati { $amount }
notify-top_up_credited-body = Tere, { $name }! Teie rahakotti lisati { $amount }.
notify-top_up_credited-details = Teie makse { $reference } summas { $paid } makselahenduse { $gateway } kaudu on laekunud. Teie saldo ja ajalugu on teie rahakoti lehel.
notify-transfer_confirmed-subject = Teie pangaülekanne summas { $amount } on laekunud
notify-transfer_confirmed-body = Tere, { $name }! Saime teie pangaülekande kätte: { $amount } on nüüd teie rahakotis.
notify-transfer_confirmed-details = Selle viide oli { $reference }; te saatsite { $paid }.
notify-purchase_receipt-subject = Teie ostu kviitung ({ $invoice })
notify-purchase_receipt-body = Tere, { $name }! Täname teid ostu eest. Arve { $invoice } kogusummas { $amount } tasuti teie rahakotist. Teie litsentsivõtmed on teie litsentside lehel; arve PDF-i saate igal ajal alla laadida oma rahakoti lehelt.
notify-order_failed-subject = Teie tellimust ei õnnestunud lõpule viia
notify-order_failed-body = Tere, { $name }! Teie tellimust ei õnnestunud lõpule viia. { $reason ->
        [unpaid] Selle makse ei läinud läbi, seega teilt midagi ei võetud. Saate poes uuesti tellida.
        [returned] Makseteenuse pakkuja võttis selle makse tagasi, seega midagi ei ostetud.
        [late] Selle makse saabus liiga hilja, et osta teile pakutud hinnaga. Teie makstud { $amount } on teie rahakotis: saate poes uuesti osta, millal soovite.
       *[refused] Pood ei saanud seda enam tellitud kujul müüa (sooduskood oli ära kasutatud või paketti enam ei müüda). Teie makstud { $amount } on teie rahakotis.
    }
notify-refund-subject = Teile tagastati { $amount }
notify-refund-body = Tere, { $name }! Arve { $invoice } eest tagastati teie rahakotti { $amount }.
notify-payment_attention-subject = Makse vajab teie tähelepanu
notify-payment_attention-body = Tere, { $name }! Makse summas { $amount } ootab otsust.
notify-license_issued-subject = Teie toote { $product } litsents on valmis
notify-license_issued-body = Tere, { $name }! Teile väljastati toote { $product } litsents ({ $plan }). Selle võti on teie litsentside lehel.
notify-device_activated-subject = Toode { $product } aktiveeriti uues seadmes
notify-device_activated-body = Tere, { $name }! Teie toote { $product } litsents aktiveeriti seadmes { $device }. Kui see polnud teie, vabastage kasutuskoht oma litsentside lehel.
notify-seat_freed-subject = Toote { $product } kasutuskoht vabastati
notify-seat_freed-body = Tere, { $name }! Seade { $device } ei kasuta enam teie toote { $product } litsentsi kasutuskohta.
notify-license_expiring-subject = Teie toote { $product } litsents aegub { $days } päeva pärast
notify-license_expiring-body = Tere, { $name }! Teie toote { $product } litsents aegub { $days } päeva pärast. Pikendage seda, et jätkata toote { $product } kasutamist ja värskenduste saamist.
notify-license_expired-subject = Teie toote { $product } litsents on aegunud
notify-license_expired-body = Tere, { $name }! Teie toote { $product } litsents on aegunud.
notify-renewal_upcoming-subject = Teie toote { $product } litsentsi pikendatakse { $date }
notify-renewal_upcoming-body = Tere, { $name }! Teie toote { $product } litsentsi pikendatakse automaatselt { $date } hinnaga { $amount }, mis võetakse teie rahakotist. { $reason ->
        [wallet_short] Teie rahakotis pole veel nii palju raha: täiendage seda enne seda kuupäeva, muidu litsents lõpeb.
       *[other] Teie rahakotis on selleks piisavalt raha.
    } Automaatse pikendamise saate välja lülitada oma litsentside lehel.
notify-license_renewed-subject = Teie toote { $product } litsentsi pikendati
notify-license_renewed-body = Tere, { $name }! Teie toote { $product } litsentsi pikendati automaatselt kuni { $date }. Arve { $invoice } kogusummas { $amount } tasuti teie rahakotist.
notify-renewal_failed-subject = Teie toote { $product } litsentsi ei õnnestunud pikendada
notify-renewal_failed-body = Tere, { $name }! Teie toote { $product } litsentsi ei õnnestunud automaatselt pikendada. { $reason ->
        [wallet_short] Pikendamine maksab { $amount } ja teie rahakotis on { $paid }. Täiendage rahakotti ja pikendage litsentsi oma litsentside lehel.
        [not_for_sale] Selle paketti enam ei müüda.
       *[other] Pikendage seda oma litsentside lehel.
    } Kui litsents pikendatakse hiljemalt { $date }, säilivad selle võti ja seadmed.
notify-clone_suspected-subject = Teie toote { $product } litsentsi võidakse kasutada kopeeritud seadmes
notify-clone_suspected-body = Tere, { $name }! Kaks masinat esitasid just teie toote { $product } litsentsi sama aktiveeringu (seade „{ $device }“). Tavaliselt tähendab see, et kettatõmmis või virtuaalmasin kopeeriti koos litsentsiga.

    Aktiveering on peatatud. Kui tunnete mõlemad masinad ära, vabastage vana oma litsentside lehel ja aktiveerige uus. Kui mitte, võib keegi kasutada teie litsentsivõtit: võtke ühendust müüjaga.
notify-license_status-subject = Teie toote { $product } litsents on nüüd { $status ->
        [active] aktiivne
        [suspended] peatatud
        [expired] aegunud
        [revoked] tühistatud
       *[other] { $status }
    }
notify-license_status-body = Tere, { $name }! Teie toote { $product } litsentsi olek muutus. Uus olek: { $status ->
        [active] aktiivne
        [suspended] peatatud
        [expired] aegunud
        [revoked] tühistatud
       *[other] { $status }
    }.
notify-release_published-subject = { $product } { $version } on välja antud
notify-release_published-body = Tere, { $name }! Toote { $product } versioon { $version } avaldati { $channel ->
        [stable] stabiilses kanalis
        [beta] beetakanalis
        [alpha] alfakanalis
       *[other] kanalis { $channel }
    }. See on teie allalaadimiste lehel.
notify-new_sign_in-subject = Uus sisselogimine teie kontole
notify-new_sign_in-body = Tere, { $name }! Teie kontole logiti just sisse seadmest { $device }. Kui see polnud teie, muutke kohe oma parooli.
notify-password_changed-subject = Teie parool muudeti
notify-password_changed-body = Tere, { $name }! Teie konto parool muudeti. Kui see polnud teie, lähtestage parool kohe ja võtke ühendust klienditoega.
notify-two_factor_changed-subject = Kaheastmeline sisselogimine { $status ->
        [on] lülitati sisse
        [off] lülitati välja
       *[other] muutus ({ $status })
    }
notify-two_factor_changed-body = Tere, { $name }! Teie konto kaheastmeline sisselogimine { $status ->
        [on] lülitati sisse
        [off] lülitati välja
       *[other] muutus ({ $status })
    }. Kui see polnud teie, võtke kohe ühendust klienditoega.
notify-api_key_created-subject = Loodi uus API-võti
notify-api_key_created-body = Tere, { $name }! Teie kontole loodi API-võti „{ $key_name }“. Kui see polnud teie, tühistage see kohe.
notify-commission_earned-subject = Teenisite vahendustasu { $amount }
notify-commission_earned-body = Tere, { $name }! Ost teie soovituslingi kaudu teenis teile { $amount }. Seda hoitakse kinni, kuni tagastusperiood lõpeb.
notify-commission_released-subject = Vahendustasud summas { $amount } kuuluvad nüüd teile
notify-commission_released-body = Tere, { $name }! Vahendustasud summas { $amount } kanti teie rahakotti.
notify-marketing-subject = { $headline }
notify-marketing-body = Tere, { $name }!

    { $text }

# The notifications page, the header's bell, and the choices per kind.
nav-notifications = Teavitused
notifications-title = Teavitused
notifications-none = Veel pole midagi. Siin kuvatakse, mis teie litsentside, maksete ja kontoga toimub.
notifications-mark-all = Märgi kõik loetuks
notifications-unread = uus
account-notifications-title = Teavituste seaded
account-notifications-intro = Valige iga teavituse liigi kohta, kas see jõuab teieni e-posti teel ja rakenduses. Turvateavituste puhul jääb alati sisse vähemalt üks.
account-notifications-save = Salvesta teavituste seaded
account-notifications-saved = Teavituste seaded salvestati.
account-notifications-security = turvalisus
notify-kind = Teavitus
notify-channel-email = E-post
notify-channel-in_app = Rakenduses
notify-channel-telegram = Telegram
notify-group-transactions = Maksed
notify-group-licenses = Litsentsid
notify-group-releases = Väljalasked
notify-group-security = Turvalisus
notify-group-affiliate = Partnerprogramm
notify-group-marketing = Uudised
notify-kind-top_up_credited = Rahakotti täiendati
notify-kind-transfer_confirmed = Pangaülekanne laekus
notify-kind-purchase_receipt = Ostukviitungid
notify-kind-order_failed = Tellimused, mida ei õnnestunud lõpule viia
notify-kind-refund = Raha tagastamised
notify-kind-payment_attention = Otsust vajavad maksed
notify-kind-license_issued = Teile väljastatud litsents
notify-kind-device_activated = Aktiveerimine uues seadmes
notify-kind-seat_freed = Vabastatud kasutuskoht
notify-kind-license_expiring = Litsents hakkab aeguma (14 ja 3 päeva ette)
notify-kind-license_expired = Litsents aegus
notify-kind-renewal_upcoming = Eelseisev automaatne pikendamine (7 päeva ette)
notify-kind-license_renewed = Litsentsi pikendati automaatselt
notify-kind-renewal_failed = Automaatne pikendamine ebaõnnestus
notify-kind-clone_suspected = Võimalik kopeeritud seade
notify-kind-license_status = Litsents peatati, tühistati või taastati
notify-kind-release_published = Uued versioonid
notify-kind-new_sign_in = Sisselogimine uuest seadmest
notify-kind-password_changed = Parool muudeti
notify-kind-two_factor_changed = Kaheastmelise sisselogimise muutmine
notify-kind-api_key_created = API-võti loodi
notify-kind-commission_earned = Teenitud vahendustasu
notify-kind-commission_released = Välja makstud vahendustasu
notify-kind-marketing = Uudised ja pakkumised

# New versions per product, on the notification settings page.
account-releases-title = Uued versioonid
account-releases-intro = Iga toote kohta, millele teil on litsents: milliste versioonide kohta ja kus teid teavitatakse. Beeta hõlmab ka stabiilseid versioone, alfa kõiki.
account-releases-none = Üldse mitte
account-releases-stable = Stabiilsed versioonid
account-releases-beta = Beeta- ja stabiilsed versioonid
account-releases-alpha = Kõik versioonid, ka alfa

# The Telegram bot's replies.
telegram-linked = Tere, { $name }! See vestlus on nüüd teie kontoga seotud: siia saabuvad teavitused, mille valisite Telegrami jaoks. Sidumise lõpetamiseks saatke /stop.
telegram-unlinked = See vestlus pole enam ühegi kontoga seotud. Saate selle uuesti siduda oma konto lehel.
telegram-link-invalid = See link on aegunud või juba kasutatud. Looge oma konto lehel uus link.
telegram-help = Siin teavituste saamiseks avage oma konto lehel olev Telegrami link. Selle vestluse sidumise lõpetamiseks saatke /stop.

# Telegram on the notification settings page.
account-telegram-intro = Saage valitud teavitusi Telegramis: siduge see konto vestlusega poe botiga.
account-telegram-link = Seo Telegram
account-telegram-open = Avage see link Telegramis 15 minuti jooksul ja vajutage nuppu Start:
account-telegram-linked = See konto on seotud Telegrami vestlusega.
account-telegram-unlink = Tühista Telegrami sidumine

# Alerts to the admins' Telegram chat.
telegram-alert-payment_review = Makse vajab otsust: { $payment } ({ $reason }).
telegram-alert-clone_suspected = Seade võib olla koopia: litsents { $license }, seade { $device }.
telegram-alert-reconciliation = Pearaamatu vastavuskontroll leidis { $count ->
        [one] { $count } lahknevuse
       *[other] { $count } lahknevust
    }: raha võib olla tekkinud või kadunud.
telegram-alert-job_dead = Taustatöö ebaõnnestus lõplikult: { $job } ({ $id }). Viimane viga: { $reason }
