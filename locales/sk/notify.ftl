# Notifications: one subject (also the in-app title) and one body per kind. Arguments come from
# what happened: $name is always the person's name; links are added below the body by the sender.
# A kind may add `-details`, a paragraph shown only when its arguments are all there (notices
# stored by an older version lack some).

notify-footer = Túto správu dostávate v súvislosti so svojím účtom u predajcu { $seller }. Na stránke svojho účtu si môžete zvoliť, o čom a akým spôsobom vás budeme informovať.
notify-open = Otvoriť
notify-unsubscribe = Odhlásiť odber týchto e-mailov
notify-unsubscribe-intro = Prestať dostávať e-maily tohto druhu? Bezpečnostné upozornenia a ostatné druhy sa nezmenia; odber môžete znova zapnúť na stránke svojho účtu.
notify-unsubscribe-confirm = Odhlásiť odber
notify-unsubscribe-done = Hotovo: tieto e-maily už nebudete dostávať.

notify-top_up_credited-subject = Vaša peňaženka bola dobitá o { $amount }
notify-top_up_credited-body = Dobrý deň, { $name }, do vašej peňaženky bola pripísaná suma { $amount }.
notify-top_up_credited-details = Vaša platba { $reference } vo výške { $paid } cez { $gateway } dorazila. Zostatok a históriu nájdete na stránke peňaženky.
notify-transfer_confirmed-subject = Váš bankový prevod na sumu { $amount } dorazil
notify-transfer_confirmed-body = Dobrý deň, { $name }, prijali sme váš bankový prevod: suma { $amount } je teraz vo vašej peňaženke.
notify-transfer_confirmed-details = Referenčný kód bol { $reference }; odoslaná suma: { $paid }.
notify-purchase_receipt-subject = Potvrdenie o nákupe ({ $invoice })
notify-purchase_receipt-body = Dobrý deň, { $name }, ďakujeme za váš nákup. Faktúra { $invoice } na celkovú sumu { $amount } bola zaplatená z vašej peňaženky. Licenčné kľúče nájdete na stránke Moje licencie; PDF faktúry si môžete kedykoľvek stiahnuť na stránke peňaženky.
notify-order_failed-subject = Vašu objednávku sa nepodarilo dokončiť
notify-order_failed-body = Dobrý deň, { $name }, vašu objednávku sa nepodarilo dokončiť. { $reason ->
        [unpaid] Platba neprebehla, takže vám nebolo nič účtované. Objednať si môžete znova v obchode.
        [returned] Poskytovateľ platieb platbu vzal späť, takže sa nič nekúpilo.
        [late] Platba dorazila príliš neskoro na nákup za cenu, ktorá vám bola ponúknutá. Zaplatená suma { $amount } je vo vašej peňaženke: v obchode môžete nakúpiť znova, kedykoľvek budete chcieť.
       *[refused] Obchod už nemohol objednávku predať tak, ako bola zadaná (zľavový kód bol vyčerpaný, plán sa už nepredáva). Zaplatená suma { $amount } je vo vašej peňaženke.
    }
notify-refund-subject = Bola vám vrátená suma { $amount }
notify-refund-body = Dobrý deň, { $name }, suma { $amount } z faktúry { $invoice } bola vrátená do vašej peňaženky.
notify-payment_attention-subject = Platba vyžaduje vašu pozornosť
notify-payment_attention-body = Dobrý deň, { $name }, platba vo výške { $amount } čaká na rozhodnutie.
notify-license_issued-subject = Vaša licencia na produkt { $product } je pripravená
notify-license_issued-body = Dobrý deň, { $name }, bola vám vydaná licencia na produkt { $product } ({ $plan }). Jej kľúč nájdete na stránke Moje licencie.
notify-device_activated-subject = Produkt { $product } bol aktivovaný na novom zariadení
notify-device_activated-body = Dobrý deň, { $name }, vaša licencia na produkt { $product } bola aktivovaná na zariadení { $device }. Ak ste to neboli vy, uvoľnite miesto na stránke Moje licencie.
notify-seat_freed-subject = Miesto licencie na produkt { $product } bolo uvoľnené
notify-seat_freed-body = Dobrý deň, { $name }, zariadenie { $device } už nezaberá miesto vašej licencie na produkt { $product }.
notify-license_expiring-subject = Platnosť vašej licencie na produkt { $product } vyprší o { $days ->
        [one] { $days } deň
        [few] { $days } dni
       *[other] { $days } dní
    }
notify-license_expiring-body = Dobrý deň, { $name }, platnosť vašej licencie na produkt { $product } vyprší o { $days ->
        [one] { $days } deň
        [few] { $days } dni
       *[other] { $days } dní
    }. Predĺžte ju, aby ste mohli produkt { $product } ďalej používať a dostávať aktualizácie.
notify-license_expired-subject = Platnosť vašej licencie na produkt { $product } vypršala
notify-license_expired-body = Dobrý deň, { $name }, platnosť vašej licencie na produkt { $product } vypršala.
notify-renewal_upcoming-subject = Vaša licencia na produkt { $product } sa predĺži dňa { $date }
notify-renewal_upcoming-body = Dobrý deň, { $name }, vaša licencia na produkt { $product } sa dňa { $date } automaticky predĺži za sumu { $amount }, ktorá sa strhne z vašej peňaženky. { $reason ->
        [wallet_short] Vo vašej peňaženke zatiaľ toľko peňazí nie je: dovtedy ju dobite, inak licencia skončí.
       *[other] Zostatok vašej peňaženky na to stačí.
    } Automatické predlžovanie môžete vypnúť na stránke Moje licencie.
notify-license_renewed-subject = Vaša licencia na produkt { $product } bola predĺžená
notify-license_renewed-body = Dobrý deň, { $name }, vaša licencia na produkt { $product } bola automaticky predĺžená do { $date }. Faktúra { $invoice } na celkovú sumu { $amount } bola zaplatená z vašej peňaženky.
notify-renewal_failed-subject = Vašu licenciu na produkt { $product } sa nepodarilo predĺžiť
notify-renewal_failed-body = Dobrý deň, { $name }, vašu licenciu na produkt { $product } sa nepodarilo automaticky predĺžiť. { $reason ->
        [wallet_short] Predĺženie stojí { $amount } a vo vašej peňaženke je { $paid }. Dobite peňaženku a predĺžte licenciu na stránke Moje licencie.
        [not_for_sale] Jej plán sa už nepredáva.
       *[other] Predĺžte ju na stránke Moje licencie.
    } Ak ju predĺžite do { $date }, zostane jej kľúč aj zariadenia.
notify-clone_suspected-subject = Vaša licencia na produkt { $product } sa možno používa na skopírovanom zariadení
notify-clone_suspected-body = Dobrý deň, { $name }, dva počítače práve predložili tú istú aktiváciu vašej licencie na produkt { $product } (zariadenie „{ $device }“). Zvyčajne to znamená, že bol skopírovaný obraz disku alebo virtuálny počítač aj s licenciou.

    Aktivácia je pozastavená. Ak poznáte oba počítače, uvoľnite starší z nich na stránke Moje licencie a aktivujte nový. Ak ich nepoznáte, váš licenčný kľúč môže používať niekto iný: obráťte sa na predajcu.
notify-license_status-subject = Nový stav vašej licencie na produkt { $product }: { $status ->
        [active] „Aktívna“
        [suspended] „Pozastavená“
        [expired] „Platnosť vypršala“
        [revoked] „Zrušená“
       *[other] „{ $status }“
    }
notify-license_status-body = Dobrý deň, { $name }, stav vašej licencie na produkt { $product } sa zmenil na { $status ->
        [active] „Aktívna“
        [suspended] „Pozastavená“
        [expired] „Platnosť vypršala“
        [revoked] „Zrušená“
       *[other] „{ $status }“
    }.
notify-release_published-subject = Vyšla nová verzia: { $product } { $version }
notify-release_published-body = Dobrý deň, { $name }, verzia { $version } produktu { $product } bola publikovaná { $channel ->
        [stable] v stabilnom kanáli
        [beta] v kanáli beta
        [alpha] v kanáli alfa
       *[other] v kanáli { $channel }
    }. Nájdete ju na stránke Na stiahnutie.
notify-new_sign_in-subject = Nové prihlásenie do vášho účtu
notify-new_sign_in-body = Dobrý deň, { $name }, do vášho účtu sa práve niekto prihlásil zo zariadenia { $device }. Ak ste to neboli vy, ihneď zmeňte heslo.
notify-password_changed-subject = Vaše heslo bolo zmenené
notify-password_changed-body = Dobrý deň, { $name }, heslo k vášmu účtu bolo zmenené. Ak ste to neboli vy, ihneď ho obnovte a kontaktujte podporu.
notify-two_factor_changed-subject = Dvojstupňové prihlasovanie bolo { $status ->
        [on] zapnuté
        [off] vypnuté
       *[other] zmenené ({ $status })
    }
notify-two_factor_changed-body = Dobrý deň, { $name }, dvojstupňové prihlasovanie k vášmu účtu bolo { $status ->
        [on] zapnuté
        [off] vypnuté
       *[other] zmenené ({ $status })
    }. Ak ste to neboli vy, ihneď kontaktujte podporu.
notify-api_key_created-subject = Bol vytvorený nový kľúč API
notify-api_key_created-body = Dobrý deň, { $name }, pre váš účet bol vytvorený kľúč API „{ $key_name }“. Ak ste to neboli vy, ihneď ho zrušte.
notify-commission_earned-subject = Získali ste províziu vo výške { $amount }
notify-commission_earned-body = Dobrý deň, { $name }, nákup cez váš odporúčací odkaz vám priniesol { $amount }. Suma je zadržaná do uplynutia lehoty na vrátenie peňazí.
notify-commission_released-subject = Provízie vo výške { $amount } sú teraz vaše
notify-commission_released-body = Dobrý deň, { $name }, provízie vo výške { $amount } boli uvoľnené do vašej peňaženky.
notify-marketing-subject = { $headline }
notify-marketing-body = Dobrý deň, { $name },

    { $text }

# The notifications page, the header's bell, and the choices per kind.
nav-notifications = Upozornenia
notifications-title = Upozornenia
notifications-none = Zatiaľ nič. Zobrazí sa tu, čo sa deje s vašimi licenciami, platbami a účtom.
notifications-mark-all = Označiť všetko ako prečítané
notifications-unread = nové
account-notifications-title = Nastavenia upozornení
account-notifications-intro = Pri každom druhu upozornenia zvoľte, či vám má prichádzať e-mailom a v aplikácii. Bezpečnostné upozornenia si vždy ponechajú aspoň jeden kanál.
account-notifications-save = Uložiť nastavenia upozornení
account-notifications-saved = Nastavenia upozornení boli uložené.
account-notifications-security = zabezpečenie
notify-kind = Upozornenie
notify-channel-email = E-mail
notify-channel-in_app = V aplikácii
notify-channel-telegram = Telegram
notify-group-transactions = Platby
notify-group-licenses = Licencie
notify-group-releases = Vydania
notify-group-security = Zabezpečenie
notify-group-affiliate = Partnerský program
notify-group-marketing = Novinky
notify-kind-top_up_credited = Dobitie peňaženky
notify-kind-transfer_confirmed = Prijatý bankový prevod
notify-kind-purchase_receipt = Potvrdenia o nákupe
notify-kind-order_failed = Objednávky, ktoré sa nepodarilo dokončiť
notify-kind-refund = Vrátenie peňazí
notify-kind-payment_attention = Platby, ktoré vyžadujú rozhodnutie
notify-kind-license_issued = Nová licencia pre vás
notify-kind-device_activated = Aktivácia na novom zariadení
notify-kind-seat_freed = Uvoľnenie miesta
notify-kind-license_expiring = Blížiaci sa koniec platnosti licencie (14 a 3 dni vopred)
notify-kind-license_expired = Vypršanie platnosti licencie
notify-kind-renewal_upcoming = Blížiace sa automatické predĺženie (7 dní vopred)
notify-kind-license_renewed = Automatické predĺženie licencie
notify-kind-renewal_failed = Neúspešné automatické predĺženie
notify-kind-clone_suspected = Možno skopírované zariadenie
notify-kind-license_status = Pozastavenie, zrušenie alebo obnovenie licencie
notify-kind-release_published = Nové verzie
notify-kind-new_sign_in = Prihlásenie z nového zariadenia
notify-kind-password_changed = Zmena hesla
notify-kind-two_factor_changed = Zmena dvojstupňového prihlasovania
notify-kind-api_key_created = Vytvorenie kľúča API
notify-kind-commission_earned = Získaná provízia
notify-kind-commission_released = Vyplatená provízia
notify-kind-marketing = Novinky a ponuky

# New versions per product, on the notification settings page.
account-releases-title = Nové verzie
account-releases-intro = Pre každý produkt, na ktorý máte licenciu: o ktorých verziách sa chcete dozvedieť a kde. Beta zahŕňa aj stabilné verzie, alfa všetky.
account-releases-none = Vôbec nie
account-releases-stable = Stabilné verzie
account-releases-beta = Beta a stabilné verzie
account-releases-alpha = Všetky verzie vrátane alfa

# The Telegram bot's replies.
telegram-linked = Dobrý deň, { $name }! Tento chat je teraz prepojený s vaším účtom: budú sem prichádzať upozornenia, ktoré si pre Telegram zvolíte. Prepojenie ukončíte odoslaním /stop.
telegram-unlinked = Tento chat už nie je prepojený so žiadnym účtom. Znova ho môžete prepojiť na stránke svojho účtu.
telegram-link-invalid = Platnosť tohto odkazu vypršala alebo už bol použitý. Vytvorte si nový na stránke svojho účtu.
telegram-help = Ak sem chcete dostávať upozornenia, otvorte odkaz pre Telegram na stránke svojho účtu. Prepojenie tohto chatu zrušíte odoslaním /stop.

# Telegram on the notification settings page.
account-telegram-intro = Dostávajte zvolené upozornenia v Telegrame: prepojte tento účet s chatom s botom obchodu.
account-telegram-link = Prepojiť Telegram
account-telegram-open = Otvorte tento odkaz v Telegrame do 15 minút a stlačte Start:
account-telegram-linked = Tento účet je prepojený s chatom v Telegrame.
account-telegram-unlink = Zrušiť prepojenie s Telegramom

# Alerts to the admins' Telegram chat.
telegram-alert-payment_review = Platba vyžaduje rozhodnutie: { $payment } ({ $reason }).
telegram-alert-clone_suspected = Zariadenie môže byť kópiou: licencia { $license }, zariadenie { $device }.
telegram-alert-reconciliation = Odsúhlasenie účtovnej knihy zistilo nezrovnalosti (počet: { $count }): peniaze mohli vzniknúť alebo sa stratiť.
telegram-alert-job_dead = Úloha na pozadí to vzdala: { $job } ({ $id }). Posledná chyba: { $reason }
