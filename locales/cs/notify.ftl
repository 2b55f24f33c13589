# Notifications: one subject (also the in-app title) and one body per kind. Arguments come from
# what happened: $name is always the person's name; links are added below the body by the sender.
# A kind may add `-details`, a paragraph shown only when its arguments are all there (notices
# stored by an older version lack some).

notify-footer = Tuto zprávu dostáváte kvůli svému účtu u prodejce { $seller }. Na stránce svého účtu si zvolíte, o čem a jakou cestou vás budeme informovat.
notify-open = Otevřít
notify-unsubscribe = Odhlásit odběr těchto e-mailů
notify-unsubscribe-intro = Přestat dostávat e-maily tohoto druhu? Bezpečnostní oznámení a ostatní druhy se nemění; odběr můžete znovu zapnout na stránce svého účtu.
notify-unsubscribe-confirm = Odhlásit odběr
notify-unsubscribe-done = Hotovo: tyto e-maily už vám nebudou chodit.

notify-top_up_credited-subject = Vaše peněženka byla dobita o { $amount }
notify-top_up_credited-body = Dobrý den, { $name }, do vaší peněženky byla připsána částka { $amount }.
notify-top_up_credited-details = Vaše platba { $reference } ve výši { $paid } přes { $gateway } dorazila. Zůstatek a historii najdete na stránce peněženky.
notify-transfer_confirmed-subject = Váš bankovní převod na částku { $amount } dorazil
notify-transfer_confirmed-body = Dobrý den, { $name }, obdrželi jsme váš bankovní převod: částka { $amount } je nyní ve vaší peněžence.
notify-transfer_confirmed-details = Referenční kód byl { $reference }; odeslaná částka: { $paid }.
notify-purchase_receipt-subject = Potvrzení o nákupu ({ $invoice })
notify-purchase_receipt-body = Dobrý den, { $name }, děkujeme za váš nákup. Faktura { $invoice } na celkovou částku { $amount } byla zaplacena z vaší peněženky. Licenční klíče najdete na stránce Moje licence; PDF faktury si můžete kdykoli stáhnout na stránce peněženky.
notify-order_failed-subject = Vaši objednávku nebylo možné dokončit
notify-order_failed-body = Dobrý den, { $name }, vaši objednávku nebylo možné dokončit. { $reason ->
        [unpaid] Platba neproběhla, takže vám nebylo nic účtováno. Můžete si znovu objednat v obchodě.
        [returned] Poskytovatel plateb platbu vzal zpět, takže nebylo nic zakoupeno.
        [late] Platba dorazila příliš pozdě na nákup za cenu, která vám byla nabídnuta. Zaplacená částka { $amount } je ve vaší peněžence: v obchodě můžete nakoupit znovu, kdykoli budete chtít.
       *[refused] Obchod už nemohl objednávku prodat tak, jak byla zadána (slevový kód byl vyčerpán, tarif se už neprodává). Zaplacená částka { $amount } je ve vaší peněžence.
    }
notify-refund-subject = Byla vám vrácena částka { $amount }
notify-refund-body = Dobrý den, { $name }, částka { $amount } z faktury { $invoice } byla vrácena do vaší peněženky.
notify-payment_attention-subject = Platba vyžaduje vaši pozornost
notify-payment_attention-body = Dobrý den, { $name }, platba ve výši { $amount } čeká na rozhodnutí.
notify-license_issued-subject = Vaše licence k produktu { $product } je připravena
notify-license_issued-body = Dobrý den, { $name }, byla vám vydána licence k produktu { $product } ({ $plan }). Její klíč najdete na stránce Moje licence.
notify-device_activated-subject = Produkt { $product } byl aktivován na novém zařízení
notify-device_activated-body = Dobrý den, { $name }, vaše licence k produktu { $product } byla aktivována na zařízení { $device }. Pokud jste to nebyli vy, uvolněte místo na stránce Moje licence.
notify-seat_freed-subject = Místo licence k produktu { $product } bylo uvolněno
notify-seat_freed-body = Dobrý den, { $name }, zařízení { $device } už nezabírá místo vaší licence k produktu { $product }.
notify-license_expiring-subject = Platnost vaší licence k produktu { $product } vyprší za { $days ->
        [one] { $days } den
        [few] { $days } dny
       *[other] { $days } dní
    }
notify-license_expiring-body = Dobrý den, { $name }, platnost vaší licence k produktu { $product } vyprší za { $days ->
        [one] { $days } den
        [few] { $days } dny
       *[other] { $days } dní
    }. Prodlužte ji, abyste mohli produkt { $product } dál používat a dostávat aktualizace.
notify-license_expired-subject = Platnost vaší licence k produktu { $product } vypršela
notify-license_expired-body = Dobrý den, { $name }, platnost vaší licence k produktu { $product } vypršela.
notify-renewal_upcoming-subject = Vaše licence k produktu { $product } se prodlouží dne { $date }
notify-renewal_upcoming-body = Dobrý den, { $name }, vaše licence k produktu { $product } se dne { $date } automaticky prodlouží za částku { $amount }, která se strhne z vaší peněženky. { $reason ->
        [wallet_short] Ve vaší peněžence zatím tolik peněz není: do té doby ji dobijte, jinak licence skončí.
       *[other] Peněženka na to stačí.
    } Automatické prodlužování můžete vypnout na stránce Moje licence.
notify-license_renewed-subject = Vaše licence k produktu { $product } byla prodloužena
notify-license_renewed-body = Dobrý den, { $name }, vaše licence k produktu { $product } byla automaticky prodloužena do { $date }. Faktura { $invoice } na celkovou částku { $amount } byla zaplacena z vaší peněženky.
notify-renewal_failed-subject = Vaši licenci k produktu { $product } se nepodařilo prodloužit
notify-renewal_failed-body = Dobrý den, { $name }, vaši licenci k produktu { $product } se nepodařilo automaticky prodloužit. { $reason ->
        [wallet_short] Prodloužení stojí { $amount } a ve vaší peněžence je { $paid }. Dobijte peněženku a prodlužte licenci na stránce Moje licence.
        [not_for_sale] Její tarif se už neprodává.
       *[other] Prodlužte ji na stránce Moje licence.
    } Pokud ji prodloužíte do { $date }, zůstane jí klíč i zařízení.
notify-clone_suspected-subject = Vaše licence k produktu { $product } se možná používá na zkopírovaném zařízení
notify-clone_suspected-body = Dobrý den, { $name }, dva počítače právě předložily stejnou aktivaci vaší licence k produktu { $product } (zařízení „{ $device }“). Obvykle to znamená, že byl zkopírován obraz disku nebo virtuální počítač i s licencí.

    Aktivace je pozastavena. Pokud oba počítače znáte, uvolněte ten starý na stránce Moje licence a aktivujte ten nový. Pokud je neznáte, může váš licenční klíč používat někdo jiný: obraťte se na prodejce.
notify-license_status-subject = Nový stav vaší licence k produktu { $product }: { $status ->
        [active] „Aktivní“
        [suspended] „Pozastavená“
        [expired] „Platnost vypršela“
        [revoked] „Zrušená“
       *[other] „{ $status }“
    }
notify-license_status-body = Dobrý den, { $name }, stav vaší licence k produktu { $product } se změnil na { $status ->
        [active] „Aktivní“
        [suspended] „Pozastavená“
        [expired] „Platnost vypršela“
        [revoked] „Zrušená“
       *[other] „{ $status }“
    }.
notify-release_published-subject = Vyšla nová verze: { $product } { $version }
notify-release_published-body = Dobrý den, { $name }, verze { $version } produktu { $product } byla publikována { $channel ->
        [stable] ve stabilním kanálu
        [beta] v kanálu beta
        [alpha] v kanálu alfa
       *[other] v kanálu { $channel }
    }. Najdete ji na stránce Ke stažení.
notify-new_sign_in-subject = Nové přihlášení k vašemu účtu
notify-new_sign_in-body = Dobrý den, { $name }, k vašemu účtu se právě někdo přihlásil ze zařízení { $device }. Pokud jste to nebyli vy, ihned změňte heslo.
notify-password_changed-subject = Vaše heslo bylo změněno
notify-password_changed-body = Dobrý den, { $name }, heslo k vašemu účtu bylo změněno. Pokud jste to nebyli vy, ihned ho obnovte a kontaktujte podporu.
notify-two_factor_changed-subject = Dvoufázové přihlašování bylo { $status ->
        [on] zapnuto
        [off] vypnuto
       *[other] změněno ({ $status })
    }
notify-two_factor_changed-body = Dobrý den, { $name }, dvoufázové přihlašování k vašemu účtu bylo { $status ->
        [on] zapnuto
        [off] vypnuto
       *[other] změněno ({ $status })
    }. Pokud jste to nebyli vy, ihned kontaktujte podporu.
notify-api_key_created-subject = Byl vytvořen nový klíč API
notify-api_key_created-body = Dobrý den, { $name }, pro váš účet byl vytvořen klíč API „{ $key_name }“. Pokud jste to nebyli vy, ihned ho zrušte.
notify-commission_earned-subject = Získali jste provizi ve výši { $amount }
notify-commission_earned-body = Dobrý den, { $name }, nákup přes váš doporučující odkaz vám vynesl { $amount }. Částka je zadržena do uplynutí lhůty pro vrácení peněz.
notify-commission_released-subject = Provize ve výši { $amount } jsou nyní vaše
notify-commission_released-body = Dobrý den, { $name }, provize ve výši { $amount } byly uvolněny do vaší peněženky.
notify-marketing-subject = { $headline }
notify-marketing-body = Dobrý den, { $name },

    { $text }

# The notifications page, the header's bell, and the choices per kind.
nav-notifications = Oznámení
notifications-title = Oznámení
notifications-none = Zatím nic. Zde se zobrazí, co se děje s vašimi licencemi, platbami a účtem.
notifications-mark-all = Označit vše jako přečtené
notifications-unread = nové
account-notifications-title = Nastavení oznámení
account-notifications-intro = U každého druhu oznámení zvolte, zda vám má přicházet e-mailem a v aplikaci. Bezpečnostní oznámení si vždy ponechají alespoň jeden kanál.
account-notifications-save = Uložit nastavení oznámení
account-notifications-saved = Nastavení oznámení bylo uloženo.
account-notifications-security = zabezpečení
notify-kind = Oznámení
notify-channel-email = E-mail
notify-channel-in_app = V aplikaci
notify-channel-telegram = Telegram
notify-group-transactions = Platby
notify-group-licenses = Licence
notify-group-releases = Vydání
notify-group-security = Zabezpečení
notify-group-affiliate = Partnerský program
notify-group-marketing = Novinky
notify-kind-top_up_credited = Dobití peněženky
notify-kind-transfer_confirmed = Přijatý bankovní převod
notify-kind-purchase_receipt = Potvrzení o nákupu
notify-kind-order_failed = Objednávky, které nebylo možné dokončit
notify-kind-refund = Vrácení peněz
notify-kind-payment_attention = Platby, které vyžadují rozhodnutí
notify-kind-license_issued = Nová licence pro vás
notify-kind-device_activated = Aktivace na novém zařízení
notify-kind-seat_freed = Uvolnění místa
notify-kind-license_expiring = Blížící se konec platnosti licence (14 a 3 dny předem)
notify-kind-license_expired = Vypršení platnosti licence
notify-kind-renewal_upcoming = Blížící se automatické prodloužení (7 dní předem)
notify-kind-license_renewed = Automatické prodloužení licence
notify-kind-renewal_failed = Neúspěšné automatické prodloužení
notify-kind-clone_suspected = Možná zkopírované zařízení
notify-kind-license_status = Pozastavení, zrušení nebo obnovení licence
notify-kind-release_published = Nové verze
notify-kind-new_sign_in = Přihlášení z nového zařízení
notify-kind-password_changed = Změna hesla
notify-kind-two_factor_changed = Změna dvoufázového přihlašování
notify-kind-api_key_created = Vytvoření klíče API
notify-kind-commission_earned = Získaná provize
notify-kind-commission_released = Vyplacená provize
notify-kind-marketing = Novinky a nabídky

# New versions per product, on the notification settings page.
account-releases-title = Nové verze
account-releases-intro = Pro každý produkt, ke kterému máte licenci: o kterých verzích se chcete dozvídat a kde. Beta zahrnuje i stabilní verze, alfa všechny.
account-releases-none = Vůbec ne
account-releases-stable = Stabilní verze
account-releases-beta = Beta a stabilní verze
account-releases-alpha = Všechny verze včetně alfa

# The Telegram bot's replies.
telegram-linked = Dobrý den, { $name }! Tento chat je nyní propojen s vaším účtem: budou sem chodit oznámení, která si pro Telegram zvolíte. Propojení ukončíte odesláním /stop.
telegram-unlinked = Tento chat už není propojen s žádným účtem. Znovu ho můžete propojit na stránce svého účtu.
telegram-link-invalid = Platnost tohoto odkazu vypršela nebo už byl použit. Vytvořte si nový na stránce svého účtu.
telegram-help = Chcete-li sem dostávat oznámení, otevřete odkaz pro Telegram na stránce svého účtu. Propojení tohoto chatu zrušíte odesláním /stop.

# Telegram on the notification settings page.
account-telegram-intro = Dostávejte zvolená oznámení v Telegramu: propojte tento účet s chatem s botem obchodu.
account-telegram-link = Propojit Telegram
account-telegram-open = Otevřete tento odkaz v Telegramu do 15 minut a stiskněte Start:
account-telegram-linked = Tento účet je propojen s chatem v Telegramu.
account-telegram-unlink = Zrušit propojení s Telegramem

# Alerts to the admins' Telegram chat.
telegram-alert-payment_review = Platba vyžaduje rozhodnutí: { $payment } ({ $reason }).
telegram-alert-clone_suspected = Zařízení může být kopií: licence { $license }, zařízení { $device }.
telegram-alert-reconciliation = Odsouhlasení účetní knihy našlo nesrovnalosti (počet: { $count }): peníze mohly vzniknout nebo se ztratit.
telegram-alert-job_dead = Úloha na pozadí to vzdala: { $job } ({ $id }). Poslední chyba: { $reason }
