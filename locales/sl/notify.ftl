# Notifications: one subject (also the in-app title) and one body per kind. Arguments come from
# what happened: $name is always the person's name; links are added below the body by the sender.
# A kind may add `-details`, a paragraph shown only when its arguments are all there (notices
# stored by an older version lack some).

notify-footer = To sporočilo prejemate zaradi svojega uporabniškega računa pri prodajalcu { $seller }. Na strani svojega uporabniškega računa izberite, o čem vas obveščamo in kje.
notify-open = Odpri
notify-unsubscribe = Odjava od teh e-poštnih sporočil
notify-unsubscribe-intro = Ne želite več prejemati e-poštnih sporočil te vrste? Varnostna obvestila in druge vrste se ne spremenijo; prejemanje lahko znova vklopite na strani svojega uporabniškega računa.
notify-unsubscribe-confirm = Odjava
notify-unsubscribe-done = Končano: teh e-poštnih sporočil ne boste več prejemali.

notify-top_up_credited-subject = Vaša denarnica je bila napolnjena z zneskom { $amount }
notify-top_up_credited-body = Pozdravljeni, { $name }! V vašo denarnico je bil dodan znesek { $amount }.
notify-top_up_credited-details = Vaše plačilo { $reference } v znesku { $paid } prek { $gateway } je prispelo. Stanje in zgodovina sta na strani denarnice.
notify-transfer_confirmed-subject = Vaše bančno nakazilo v znesku { $amount } je prispelo
notify-transfer_confirmed-body = Pozdravljeni, { $name }! Prejeli smo vaše bančno nakazilo: znesek { $amount } je zdaj v vaši denarnici.
notify-transfer_confirmed-details = Sklic je bil { $reference }; poslani znesek: { $paid }.
notify-purchase_receipt-subject = Potrdilo o nakupu ({ $invoice })
notify-purchase_receipt-body = Pozdravljeni, { $name }! Hvala za nakup. Račun { $invoice } v skupnem znesku { $amount } je bil plačan iz vaše denarnice. Vaši licenčni ključi so na strani Moje licence; PDF računa lahko kadar koli prenesete s strani denarnice.
notify-order_failed-subject = Vašega naročila ni bilo mogoče dokončati
notify-order_failed-body = Pozdravljeni, { $name }! Vašega naročila ni bilo mogoče dokončati. { $reason ->
        [unpaid] Plačilo ni uspelo, zato vam ni bilo nič zaračunano. V trgovini lahko naročite znova.
        [returned] Ponudnik plačil je plačilo umaknil, zato ni bilo nič kupljeno.
        [late] Plačilo je prispelo prepozno za nakup po ceni, ki vam je bila ponujena. Plačani znesek { $amount } je v vaši denarnici: v trgovini lahko znova kupite kadar koli želite.
       *[refused] Trgovina naročila ni mogla več prodati tako, kot je bilo oddano (promocijska koda je bila porabljena, paket se ne prodaja več). Plačani znesek { $amount } je v vaši denarnici.
    }
notify-refund-subject = Vrnjen vam je bil znesek { $amount }
notify-refund-body = Pozdravljeni, { $name }! Znesek { $amount } z računa { $invoice } je bil vrnjen v vašo denarnico.
notify-payment_attention-subject = Plačilo zahteva vašo pozornost
notify-payment_attention-body = Pozdravljeni, { $name }! Plačilo v znesku { $amount } čaka na odločitev.
notify-license_issued-subject = Vaša licenca za { $product } je pripravljena
notify-license_issued-body = Pozdravljeni, { $name }! Izdana vam je bila licenca za { $product } ({ $plan }). Njen ključ je na strani Moje licence.
notify-device_activated-subject = Izdelek { $product } je bil aktiviran na novi napravi
notify-device_activated-body = Pozdravljeni, { $name }! Vaša licenca za { $product } je bila aktivirana na napravi { $device }. Če to niste bili vi, sprostite mesto na strani Moje licence.
notify-seat_freed-subject = Mesto licence za { $product } je bilo sproščeno
notify-seat_freed-body = Pozdravljeni, { $name }! Naprava { $device } ne zaseda več mesta vaše licence za { $product }.
notify-license_expiring-subject = Vaša licenca za { $product } poteče čez { $days ->
        [one] { $days } dan
        [two] { $days } dneva
        [few] { $days } dni
       *[other] { $days } dni
    }
notify-license_expiring-body = Pozdravljeni, { $name }! Vaša licenca za { $product } poteče čez { $days ->
        [one] { $days } dan
        [two] { $days } dneva
        [few] { $days } dni
       *[other] { $days } dni
    }. Podaljšajte jo, če želite še naprej uporabljati { $product } in prejemati posodobitve.
notify-license_expired-subject = Vaša licenca za { $product } je potekla
notify-license_expired-body = Pozdravljeni, { $name }! Vaša licenca za { $product } je potekla.
notify-renewal_upcoming-subject = Vaša licenca za { $product } se podaljša { $date }
notify-renewal_upcoming-body = Pozdravljeni, { $name }! Vaša licenca za { $product } se bo { $date } samodejno podaljšala; znesek { $amount } bo odtegnjen iz vaše denarnice. { $reason ->
        [wallet_short] V vaši denarnici še ni dovolj sredstev: do takrat jo napolnite, sicer licenca poteče.
       *[other] Sredstva v vaši denarnici zadoščajo.
    } Samodejno podaljševanje lahko izklopite na strani Moje licence.
notify-license_renewed-subject = Vaša licenca za { $product } je bila podaljšana
notify-license_renewed-body = Pozdravljeni, { $name }! Vaša licenca za { $product } je bila samodejno podaljšana do { $date }. Račun { $invoice } v skupnem znesku { $amount } je bil plačan iz vaše denarnice.
notify-renewal_failed-subject = Vaše licence za { $product } ni bilo mogoče podaljšati
notify-renewal_failed-body = Pozdravljeni, { $name }! Vaše licence za { $product } ni bilo mogoče samodejno podaljšati. { $reason ->
        [wallet_short] Podaljšanje stane { $amount }, v vaši denarnici pa je { $paid }. Napolnite denarnico in licenco podaljšajte na strani Moje licence.
        [not_for_sale] Njen paket se ne prodaja več.
       *[other] Podaljšajte jo na strani Moje licence.
    } Če jo podaljšate do { $date }, obdrži svoj ključ in naprave.
notify-clone_suspected-subject = Vaša licenca za { $product } se morda uporablja na kopirani napravi
notify-clone_suspected-body = Pozdravljeni, { $name }! Dva računalnika sta pravkar predložila isto aktivacijo vaše licence za { $product } (naprava »{ $device }«). To običajno pomeni, da je bila slika diska ali navidezni računalnik kopiran skupaj z licenco.

    Aktivacija je začasno ustavljena. Če poznate oba računalnika, na strani Moje licence sprostite starega in aktivirajte novega. Če ju ne poznate, morda vaš licenčni ključ uporablja nekdo drug: obrnite se na prodajalca.
notify-license_status-subject = Novo stanje vaše licence za { $product }: { $status ->
        [active] »Aktivna«
        [suspended] »Začasno onemogočena«
        [expired] »Potekla«
        [revoked] »Preklicana«
       *[other] »{ $status }«
    }
notify-license_status-body = Pozdravljeni, { $name }! Stanje vaše licence za { $product } se je spremenilo v { $status ->
        [active] »Aktivna«
        [suspended] »Začasno onemogočena«
        [expired] »Potekla«
        [revoked] »Preklicana«
       *[other] »{ $status }«
    }.
notify-release_published-subject = Na voljo je { $product } { $version }
notify-release_published-body = Pozdravljeni, { $name }! Različica { $version } izdelka { $product } je bila objavljena { $channel ->
        [stable] na stabilnem kanalu
        [beta] na kanalu beta
        [alpha] na kanalu alfa
       *[other] na kanalu { $channel }
    }. Na voljo je na strani Prenosi.
notify-new_sign_in-subject = Nova prijava v vaš uporabniški račun
notify-new_sign_in-body = Pozdravljeni, { $name }! V vaš uporabniški račun se je pravkar nekdo prijavil z naprave { $device }. Če to niste bili vi, takoj spremenite geslo.
notify-password_changed-subject = Vaše geslo je bilo spremenjeno
notify-password_changed-body = Pozdravljeni, { $name }! Geslo vašega uporabniškega računa je bilo spremenjeno. Če to niste bili vi, ga takoj ponastavite in se obrnite na podporo.
notify-two_factor_changed-subject = Dvofaktorska prijava je bila { $status ->
        [on] vklopljena
        [off] izklopljena
       *[other] { $status }
    }
notify-two_factor_changed-body = Pozdravljeni, { $name }! Dvofaktorska prijava za vaš uporabniški račun je bila { $status ->
        [on] vklopljena
        [off] izklopljena
       *[other] { $status }
    }. Če to niste bili vi, se takoj obrnite na podporo.
notify-api_key_created-subject = Ustvarjen je bil nov ključ API
notify-api_key_created-body = Pozdravljeni, { $name }! Za vaš uporabniški račun je bil ustvarjen ključ API »{ $key_name }«. Če to niste bili vi, ga takoj prekličite.
notify-commission_earned-subject = Zaslužili ste provizijo v znesku { $amount }
notify-commission_earned-body = Pozdravljeni, { $name }! Nakup prek vaše priporočitvene povezave vam je prinesel { $amount }. Znesek je zadržan, dokler se ne izteče rok za vračilo.
notify-commission_released-subject = Provizije v znesku { $amount } so zdaj vaše
notify-commission_released-body = Pozdravljeni, { $name }! Provizije v znesku { $amount } so bile sproščene v vašo denarnico.
notify-marketing-subject = { $headline }
notify-marketing-body = Pozdravljeni, { $name }!

    { $text }

# The notifications page, the header's bell, and the choices per kind.
nav-notifications = Obvestila
notifications-title = Obvestila
notifications-none = Še nič. Tukaj se bo prikazalo, kaj se dogaja z vašimi licencami, plačili in uporabniškim računom.
notifications-mark-all = Označi vse kot prebrano
notifications-unread = novo
account-notifications-title = Nastavitve obvestil
account-notifications-intro = Za vsako vrsto obvestila izberite, ali vas doseže po e-pošti in v aplikaciji. Varnostna obvestila vedno ohranijo vsaj en kanal.
account-notifications-save = Shrani nastavitve obvestil
account-notifications-saved = Nastavitve obvestil so shranjene.
account-notifications-security = varnost
notify-kind = Obvestilo
notify-channel-email = E-pošta
notify-channel-in_app = V aplikaciji
notify-channel-telegram = Telegram
notify-group-transactions = Plačila
notify-group-licenses = Licence
notify-group-releases = Izdaje
notify-group-security = Varnost
notify-group-affiliate = Partnerski program
notify-group-marketing = Novice
notify-kind-top_up_credited = Napolnjena denarnica
notify-kind-transfer_confirmed = Prispelo bančno nakazilo
notify-kind-purchase_receipt = Potrdila o nakupu
notify-kind-order_failed = Naročila, ki jih ni bilo mogoče dokončati
notify-kind-refund = Vračila denarja
notify-kind-payment_attention = Plačila, ki zahtevajo odločitev
notify-kind-license_issued = Licenca, ki vam je bila izdana
notify-kind-device_activated = Aktivacija na novi napravi
notify-kind-seat_freed = Sproščeno mesto
notify-kind-license_expiring = Licenca kmalu poteče (14 in 3 dni prej)
notify-kind-license_expired = Licenca je potekla
notify-kind-renewal_upcoming = Bližnje samodejno podaljšanje (7 dni prej)
notify-kind-license_renewed = Licenca samodejno podaljšana
notify-kind-renewal_failed = Samodejno podaljšanje ni uspelo
notify-kind-clone_suspected = Morda kopirana naprava
notify-kind-license_status = Licenca začasno onemogočena, preklicana ali ponovno omogočena
notify-kind-release_published = Nove različice
notify-kind-new_sign_in = Prijava z nove naprave
notify-kind-password_changed = Spremenjeno geslo
notify-kind-two_factor_changed = Spremenjena dvofaktorska prijava
notify-kind-api_key_created = Ustvarjen ključ API
notify-kind-commission_earned = Zaslužena provizija
notify-kind-commission_released = Izplačana provizija
notify-kind-marketing = Novice in ponudbe

# New versions per product, on the notification settings page.
account-releases-title = Nove različice
account-releases-intro = Za vsak izdelek, za katerega imate licenco: o katerih različicah vas obveščamo in kje. Beta vključuje tudi stabilne različice, alfa pa vse.
account-releases-none = Sploh ne
account-releases-stable = Stabilne različice
account-releases-beta = Različice beta in stabilne različice
account-releases-alpha = Vse različice, vključno z alfa

# The Telegram bot's replies.
telegram-linked = Pozdravljeni, { $name }! Ta klepet je zdaj povezan z vašim uporabniškim računom: obvestila, ki jih izberete za Telegram, bodo prihajala sem. Pošljite /stop, če želite povezavo prekiniti.
telegram-unlinked = Ta klepet ni več povezan z uporabniškim računom. Znova ga lahko povežete na strani svojega uporabniškega računa.
telegram-link-invalid = Ta povezava je potekla ali je bila že uporabljena. Na strani svojega uporabniškega računa ustvarite novo.
telegram-help = Če želite tukaj prejemati obvestila, odprite povezavo za Telegram na strani svojega uporabniškega računa. Pošljite /stop, če želite ta klepet odklopiti.

# Telegram on the notification settings page.
account-telegram-intro = Izbrana obvestila prejemajte v Telegramu: ta uporabniški račun povežite s klepetom z botom trgovine.
account-telegram-link = Poveži Telegram
account-telegram-open = To povezavo v 15 minutah odprite v Telegramu in pritisnite Start:
account-telegram-linked = Ta uporabniški račun je povezan s klepetom v Telegramu.
account-telegram-unlink = Prekini povezavo s Telegramom

# Alerts to the admins' Telegram chat.
telegram-alert-payment_review = Plačilo zahteva odločitev: { $payment } ({ $reason }).
telegram-alert-clone_suspected = Naprava je morda kopija: licenca { $license }, naprava { $device }.
telegram-alert-reconciliation = Usklajevanje knjige je odkrilo { $count ->
        [one] { $count } neskladje
        [two] { $count } neskladji
        [few] { $count } neskladja
       *[other] { $count } neskladij
    }: denar je bil morda ustvarjen ali izgubljen.
telegram-alert-job_dead = Opravilo v ozadju je bilo opuščeno: { $job } ({ $id }). Zadnja napaka: { $reason }
