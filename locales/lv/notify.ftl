# Notifications: one subject (also the in-app title) and one body per kind. Arguments come from
# what happened: $name is always the person's name; links are added below the body by the sender.
# A kind may add `-details`, a paragraph shown only when its arguments are all there (notices
# stored by an older version lack some).

notify-footer = Jūs saņemat šo ziņojumu, jo jums ir konts veikalā { $seller }. Savā konta lapā varat izvēlēties, par ko un kur saņemt paziņojumus.
notify-open = Atvērt
notify-unsubscribe = Atteikties no šiem e-pastiem
notify-unsubscribe-intro = Vairs nesaņemt šāda veida e-pastus? Tas neietekmē drošības paziņojumus un citus paziņojumu veidus; savā konta lapā to varat atkal ieslēgt.
notify-unsubscribe-confirm = Atteikties
notify-unsubscribe-done = Gatavs: jūs vairs nesaņemsiet šos e-pastus.

notify-top_up_credited-subject = Jūsu maks ir papildināts par { $amount }
notify-top_up_credited-body = Labdien, { $name }! Jūsu makā ir ieskaitīta summa { $amount }.
notify-top_up_credited-details = Jūsu maksājums { $reference } par { $paid }, izmantojot { $gateway }, ir saņemts. Jūsu atlikums un vēsture ir redzama jūsu maka lapā.
notify-transfer_confirmed-subject = Jūsu bankas pārskaitījums { $amount } apmērā ir saņemts
notify-transfer_confirmed-body = Labdien, { $name }! Mēs saņēmām jūsu bankas pārskaitījumu: summa { $amount } tagad ir jūsu makā.
notify-transfer_confirmed-details = Tā atsauce bija { $reference }; jūs nosūtījāt { $paid }.
notify-purchase_receipt-subject = Jūsu pirkuma kvīts ({ $invoice })
notify-purchase_receipt-body = Labdien, { $name }! Paldies par pirkumu. Rēķins { $invoice } par kopējo summu { $amount } ir apmaksāts no jūsu maka. Jūsu licenču atslēgas ir jūsu licenču lapā; rēķina PDF jebkurā laikā varat lejupielādēt sava maka lapā.
notify-order_failed-subject = Jūsu pasūtījumu nevarēja izpildīt
notify-order_failed-body = Labdien, { $name }! Jūsu pasūtījumu nevarēja izpildīt. { $reason ->
        [unpaid] Pasūtījuma maksājums netika veikts, tāpēc nauda netika iekasēta. Varat pasūtīt vēlreiz veikalā.
        [returned] Maksājumu pakalpojumu sniedzējs atsauca pasūtījuma maksājumu, tāpēc nekas netika nopirkts.
        [late] Pasūtījuma maksājums tika saņemts pārāk vēlu, lai pirkumu varētu veikt par jums piedāvāto cenu. Jūsu samaksātā summa { $amount } ir jūsu makā: varat pirkt vēlreiz veikalā, kad vien vēlaties.
       *[refused] Veikals vairs nevarēja to pārdot, kā pasūtīts (akcijas kods bija izlietots vai plāns vairs netiek pārdots). Jūsu samaksātā summa { $amount } ir jūsu makā.
    }
notify-refund-subject = Jums ir atmaksāta summa { $amount }
notify-refund-body = Labdien, { $name }! Summa { $amount } no rēķina { $invoice } ir atmaksāta jūsu makā.
notify-payment_attention-subject = Maksājumam nepieciešama jūsu uzmanība
notify-payment_attention-body = Labdien, { $name }! Maksājums { $amount } apmērā gaida lēmumu.
notify-license_issued-subject = Jūsu { $product } licence ir gatava
notify-license_issued-body = Labdien, { $name }! Jums ir izsniegta { $product } licence ({ $plan }). Tās atslēga ir jūsu licenču lapā.
notify-device_activated-subject = { $product } ir aktivizēts jaunā ierīcē
notify-device_activated-body = Labdien, { $name }! Jūsu { $product } licence tika aktivizēta ierīcē { $device }. Ja tas nebijāt jūs, atbrīvojiet vietu savā licenču lapā.
notify-seat_freed-subject = Atbrīvota { $product } licences vieta
notify-seat_freed-body = Labdien, { $name }! Ierīce { $device } vairs neaizņem jūsu { $product } licences vietu.
notify-license_expiring-subject = Jūsu { $product } licences termiņš beigsies pēc { $days ->
        [zero] { $days } dienām
        [one] { $days } dienas
       *[other] { $days } dienām
    }
notify-license_expiring-body = Labdien, { $name }! Jūsu { $product } licences termiņš beigsies pēc { $days ->
        [zero] { $days } dienām
        [one] { $days } dienas
       *[other] { $days } dienām
    }. Pagariniet licenci, lai turpinātu lietot { $product } un saņemt atjauninājumus.
notify-license_expired-subject = Jūsu { $product } licences termiņš ir beidzies
notify-license_expired-body = Labdien, { $name }! Jūsu { $product } licences termiņš ir beidzies.
notify-renewal_upcoming-subject = Jūsu { $product } licence tiks pagarināta { $date }
notify-renewal_upcoming-body = Labdien, { $name }! Jūsu { $product } licence { $date } tiks automātiski pagarināta par { $amount }, ko norakstīs no jūsu maka. { $reason ->
        [wallet_short] Jūsu makā pagaidām nav pietiekami daudz līdzekļu: papildiniet to līdz tam laikam, citādi licences termiņš beigsies.
       *[other] Jūsu makā ir pietiekami daudz līdzekļu.
    } Automātisko pagarināšanu varat izslēgt savā licenču lapā.
notify-license_renewed-subject = Jūsu { $product } licence ir pagarināta
notify-license_renewed-body = Labdien, { $name }! Jūsu { $product } licence ir automātiski pagarināta līdz { $date }. Rēķins { $invoice } par kopējo summu { $amount } ir apmaksāts no jūsu maka.
notify-renewal_failed-subject = Jūsu { $product } licenci nevarēja pagarināt
notify-renewal_failed-body = Labdien, { $name }! Jūsu { $product } licenci nevarēja pagarināt automātiski. { $reason ->
        [wallet_short] Pagarināšana maksā { $amount }, bet jūsu makā ir { $paid }. Papildiniet maku un pagariniet licenci savā licenču lapā.
        [not_for_sale] Tās plāns vairs netiek pārdots.
       *[other] Pagariniet to savā licenču lapā.
    } Ja licence tiks pagarināta līdz { $date }, tā saglabās savu atslēgu un ierīces.
notify-clone_suspected-subject = Jūsu { $product } licence, iespējams, tiek izmantota nokopētā ierīcē
notify-clone_suspected-body = Labdien, { $name }! Divi datori tikko uzrādīja vienu un to pašu jūsu { $product } licences aktivizāciju (ierīce „{ $device }“). Parasti tas nozīmē, ka diska attēls vai virtuālā mašīna tika nokopēta kopā ar licenci.

    Aktivizācija ir pauzēta. Ja atpazīstat abus datorus, atbrīvojiet veco savā licenču lapā un aktivizējiet jauno. Ja neatpazīstat, iespējams, kāds izmanto jūsu licences atslēgu: sazinieties ar pārdevēju.
notify-license_status-subject = Jūsu { $product } licence tagad ir { $status ->
        [active] aktīva
        [suspended] apturēta
        [expired] beigusies
        [revoked] atsaukta
       *[other] { $status }
    }
notify-license_status-body = Labdien, { $name }! Jūsu { $product } licences statuss ir mainīts uz: { $status ->
        [active] Aktīva
        [suspended] Apturēta
        [expired] Beigusies
        [revoked] Atsaukta
       *[other] { $status }
    }.
notify-release_published-subject = Pieejama { $product } { $version } versija
notify-release_published-body = Labdien, { $name }! { $product } versija { $version } ir publicēta { $channel ->
        [stable] stabilajā kanālā
        [beta] beta kanālā
        [alpha] alfa kanālā
       *[other] kanālā { $channel }
    }. Tā ir pieejama jūsu lejupielāžu lapā.
notify-new_sign_in-subject = Jauna pierakstīšanās jūsu kontā
notify-new_sign_in-body = Labdien, { $name }! Jūsu kontā tikko tika veikta pierakstīšanās no ierīces { $device }. Ja tas nebijāt jūs, nekavējoties nomainiet paroli.
notify-password_changed-subject = Jūsu parole ir nomainīta
notify-password_changed-body = Labdien, { $name }! Jūsu konta parole ir nomainīta. Ja tas nebijāt jūs, nekavējoties atiestatiet to un sazinieties ar atbalsta dienestu.
notify-two_factor_changed-subject = Divpakāpju pierakstīšanās ir { $status ->
        [on] ieslēgta
        [off] izslēgta
       *[other] mainīta ({ $status })
    }
notify-two_factor_changed-body = Labdien, { $name }! Jūsu konta divpakāpju pierakstīšanās ir { $status ->
        [on] ieslēgta
        [off] izslēgta
       *[other] mainīta ({ $status })
    }. Ja tas nebijāt jūs, nekavējoties sazinieties ar atbalsta dienestu.
notify-api_key_created-subject = Izveidota jauna API atslēga
notify-api_key_created-body = Labdien, { $name }! Jūsu kontam ir izveidota API atslēga „{ $key_name }“. Ja tas nebijāt jūs, nekavējoties atsauciet to.
notify-commission_earned-subject = Jūs nopelnījāt komisiju { $amount } apmērā
notify-commission_earned-body = Labdien, { $name }! Pirkums, kas veikts, izmantojot jūsu ieteikuma saiti, jums ienesa { $amount }. Summa tiek aizturēta, līdz beidzas atmaksas termiņš.
notify-commission_released-subject = Komisijas { $amount } apmērā tagad ir jūsu
notify-commission_released-body = Labdien, { $name }! Komisijas { $amount } apmērā ir ieskaitītas jūsu makā.
notify-marketing-subject = { $headline }
notify-marketing-body = Labdien, { $name }!

    { $text }

# The notifications page, the header's bell, and the choices per kind.
nav-notifications = Paziņojumi
notifications-title = Paziņojumi
notifications-none = Pagaidām nekā nav. Šeit būs redzams viss, kas notiek ar jūsu licencēm, maksājumiem un kontu.
notifications-mark-all = Atzīmēt visus kā lasītus
notifications-unread = jauns
account-notifications-title = Paziņojumu iestatījumi
account-notifications-intro = Katram paziņojumu veidam izvēlieties, vai tas jums tiek piegādāts pa e-pastu un lietotnē. Drošības paziņojumiem vienmēr paliek vismaz viens kanāls.
account-notifications-save = Saglabāt paziņojumu iestatījumus
account-notifications-saved = Paziņojumu iestatījumi saglabāti.
account-notifications-security = drošība
notify-kind = Paziņojums
notify-channel-email = E-pasts
notify-channel-in_app = Lietotnē
notify-channel-telegram = Telegram
notify-group-transactions = Maksājumi
notify-group-licenses = Licences
notify-group-releases = Versijas
notify-group-security = Drošība
notify-group-affiliate = Partneru programma
notify-group-marketing = Jaunumi
notify-kind-top_up_credited = Maks papildināts
notify-kind-transfer_confirmed = Bankas pārskaitījums saņemts
notify-kind-purchase_receipt = Pirkumu kvītis
notify-kind-order_failed = Pasūtījumi, kurus nevarēja izpildīt
notify-kind-refund = Atmaksas
notify-kind-payment_attention = Maksājumi, kuriem nepieciešams lēmums
notify-kind-license_issued = Jums izsniegta licence
notify-kind-device_activated = Aktivizācija jaunā ierīcē
notify-kind-seat_freed = Atbrīvota vieta
notify-kind-license_expiring = Licences termiņš drīz beigsies (14 un 3 dienas iepriekš)
notify-kind-license_expired = Licences termiņš beidzies
notify-kind-renewal_upcoming = Gaidāma automātiskā pagarināšana (7 dienas iepriekš)
notify-kind-license_renewed = Licence automātiski pagarināta
notify-kind-renewal_failed = Automātiskā pagarināšana neizdevās
notify-kind-clone_suspected = Iespējami nokopēta ierīce
notify-kind-license_status = Licence apturēta, atsaukta vai atjaunota
notify-kind-release_published = Jaunas versijas
notify-kind-new_sign_in = Pierakstīšanās no jaunas ierīces
notify-kind-password_changed = Parole nomainīta
notify-kind-two_factor_changed = Divpakāpju pierakstīšanās mainīta
notify-kind-api_key_created = Izveidota API atslēga
notify-kind-commission_earned = Nopelnīta komisija
notify-kind-commission_released = Komisija izmaksāta
notify-kind-marketing = Jaunumi un piedāvājumi

# New versions per product, on the notification settings page.
account-releases-title = Jaunas versijas
account-releases-intro = Katram produktam, kuram jums ir licence: par kurām versijām saņemt ziņas un kur. Beta ietver arī stabilās versijas; alfa — visas.
account-releases-none = Nemaz
account-releases-stable = Stabilās versijas
account-releases-beta = Beta un stabilās versijas
account-releases-alpha = Visas versijas, ieskaitot alfa

# The Telegram bot's replies.
telegram-linked = Labdien, { $name }! Šī tērzēšana tagad ir piesaistīta jūsu kontam: šeit tiks saņemti paziņojumi, kurus izvēlējāties saņemt Telegram. Nosūtiet /stop, lai to pārtrauktu.
telegram-unlinked = Šī tērzēšana vairs nav piesaistīta kontam. Varat to piesaistīt vēlreiz savā konta lapā.
telegram-link-invalid = Šīs saites derīguma termiņš ir beidzies, vai tā jau ir izmantota. Izveidojiet jaunu savā konta lapā.
telegram-help = Lai saņemtu paziņojumus šeit, atveriet Telegram saiti savā konta lapā. Nosūtiet /stop, lai atsaistītu šo tērzēšanu.

# Telegram on the notification settings page.
account-telegram-intro = Saņemiet izvēlētos paziņojumus Telegram: piesaistiet šo kontu tērzēšanai ar veikala robotu.
account-telegram-link = Piesaistīt Telegram
account-telegram-open = Atveriet šo saiti Telegram 15 minūšu laikā un nospiediet Start:
account-telegram-linked = Šis konts ir piesaistīts Telegram tērzēšanai.
account-telegram-unlink = Atsaistīt Telegram

# Alerts to the admins' Telegram chat.
telegram-alert-payment_review = Maksājumam nepieciešams lēmums: { $payment } ({ $reason }).
telegram-alert-clone_suspected = Ierīce, iespējams, ir kopija: licence { $license }, ierīce { $device }.
telegram-alert-reconciliation = Virsgrāmatas saskaņošana atklāja { $count ->
        [zero] { $count } pārkāpumus
        [one] { $count } pārkāpumu
       *[other] { $count } pārkāpumus
    }: iespējams, nauda ir radusies vai pazudusi.
telegram-alert-job_dead = Fona uzdevums pārtraukts: { $job } ({ $id }). Pēdējā kļūda: { $reason }
