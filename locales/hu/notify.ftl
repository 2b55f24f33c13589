# Notifications: one subject (also the in-app title) and one body per kind. Arguments come from
# what happened: $name is always the person's name; links are added below the body by the sender.
# A kind may add `-details`, a paragraph shown only when its arguments are all there (notices
# stored by an older version lack some).

notify-footer = Ezt az üzenetet azért kapja, mert fiókja van itt: { $seller }. Fiókja oldalán beállíthatja, miről és hol kapjon értesítést.
notify-open = Megnyitás
notify-unsubscribe = Leiratkozás ezekről az e-mailekről
notify-unsubscribe-intro = Nem szeretne több ilyen típusú e-mailt kapni? A biztonsági értesítéseket és a többi típust ez nem érinti; fiókja oldalán újra bekapcsolhatja.
notify-unsubscribe-confirm = Leiratkozás
notify-unsubscribe-done = Kész: többé nem kap ilyen e-maileket.

notify-top_up_credited-subject = Pénztárcáját feltöltöttük: { $amount }
notify-top_up_credited-body = Kedves { $name }! Pénztárcájában { $amount } összeget írtunk jóvá.
notify-top_up_credited-details = Megérkezett { $paid } összegű befizetése (hivatkozási szám: { $reference }, { $gateway } útján). Egyenlegét és az előzményeket a pénztárca oldalán találja.
notify-transfer_confirmed-subject = Megérkezett { $amount } összegű banki átutalása
notify-transfer_confirmed-body = Kedves { $name }! Megkaptuk banki átutalását: { $amount } már a pénztárcájában van.
notify-transfer_confirmed-details = A hivatkozási szám { $reference } volt; Ön { $paid } összeget küldött.
notify-purchase_receipt-subject = Vásárlásának visszaigazolása ({ $invoice })
notify-purchase_receipt-body = Kedves { $name }! Köszönjük vásárlását. A számlát (száma: { $invoice }, végösszeg: { $amount }) a pénztárcájából egyenlítettük ki. Licenckulcsait a licencei oldalán találja; a számla PDF-je bármikor letölthető a pénztárca oldaláról.
notify-order_failed-subject = Rendelését nem sikerült teljesíteni
notify-order_failed-body = Kedves { $name }! Rendelését nem sikerült teljesíteni. { $reason ->
        [unpaid] A fizetés nem sikerült, így semmit sem terheltünk. Az áruházban újra leadhatja a rendelést.
        [returned] A fizetési szolgáltató visszavonta a befizetést, így a vásárlás nem jött létre.
        [late] A befizetés túl későn érkezett ahhoz, hogy a közölt áron vásárolhasson. A kifizetett { $amount } összeg a pénztárcájában van: bármikor vásárolhat újra az áruházban.
       *[refused] Az áruház már nem tudta a megrendelt formában értékesíteni (egy promóciós kód elfogyott, vagy egy csomag már nem kapható). A kifizetett { $amount } összeg a pénztárcájában van.
    }
notify-refund-subject = { $amount } visszatérítést kapott
notify-refund-body = Kedves { $name }! { $amount } összeget visszatérítettünk a pénztárcájába (számla: { $invoice }).
notify-payment_attention-subject = Egy befizetés az Ön figyelmét igényli
notify-payment_attention-body = Kedves { $name }! Egy { $amount } összegű befizetés döntésre vár.
notify-license_issued-subject = Elkészült az Ön { $product }-licence
notify-license_issued-body = Kedves { $name }! Licencet állítottunk ki Önnek: { $product } ({ $plan }). A kulcsát a licencei oldalán találja.
notify-device_activated-subject = Aktiválás új eszközön: { $product }
notify-device_activated-body = Kedves { $name }! Az Ön { $product }-licencét aktiválták a következő eszközön: { $device }. Ha nem Ön volt, szabadítsa fel a helyet a licencei oldalán.
notify-seat_freed-subject = Felszabadult egy hely: { $product }
notify-seat_freed-body = Kedves { $name }! A következő eszköz már nem foglal helyet az Ön { $product }-licencében: { $device }.
notify-license_expiring-subject = Az Ön { $product }-licence { $days ->
        [one] egy nap múlva
       *[other] { $days } nap múlva
    } lejár
notify-license_expiring-body = Kedves { $name }! Az Ön { $product }-licence { $days ->
        [one] egy nap múlva
       *[other] { $days } nap múlva
    } lejár. Újítsa meg, hogy továbbra is használhassa a terméket ({ $product }), és megkapja a frissítéseket.
notify-license_expired-subject = Az Ön { $product }-licence lejárt
notify-license_expired-body = Kedves { $name }! Az Ön { $product }-licence lejárt.
notify-renewal_upcoming-subject = Az Ön { $product }-licence { $date } dátummal megújul
notify-renewal_upcoming-body = Kedves { $name }! Az Ön { $product }-licence { $date } dátummal automatikusan megújul { $amount } összegért, amelyet a pénztárcájából vonunk le. { $reason ->
        [wallet_short] Pénztárcájában még nincs ennyi: addig töltse fel, különben a licenc megszűnik.
       *[other] Pénztárcája fedezi az összeget.
    } Az automatikus megújítást a licencei oldalán kapcsolhatja ki.
notify-license_renewed-subject = Az Ön { $product }-licence megújult
notify-license_renewed-body = Kedves { $name }! Az Ön { $product }-licence automatikusan megújult, érvényes eddig: { $date }. A számlát (száma: { $invoice }, végösszeg: { $amount }) a pénztárcájából egyenlítettük ki.
notify-renewal_failed-subject = Az Ön { $product }-licencét nem sikerült megújítani
notify-renewal_failed-body = Kedves { $name }! Az Ön { $product }-licencét nem sikerült automatikusan megújítani. { $reason ->
        [wallet_short] A megújítás { $amount } összegbe kerül, a pénztárcájában pedig { $paid } van. Töltse fel pénztárcáját, és újítsa meg a licencet a licencei oldalán.
        [not_for_sale] A csomagja már nem kapható.
       *[other] Újítsa meg a licencei oldalán.
    } Kulcsát és eszközeit megtartja, ha a megújítás megtörténik eddig: { $date }.
notify-clone_suspected-subject = Az Ön { $product }-licence valószínűleg másolt eszközön fut
notify-clone_suspected-body = Kedves { $name }! Két gép az imént ugyanazzal az aktiválással jelentkezett az Ön { $product }-licencéhez („{ $device }” eszköz). Ez általában azt jelenti, hogy egy lemezképet vagy virtuális gépet a rajta lévő licenccel együtt lemásoltak.

    Az aktiválást szüneteltettük. Ha mindkét gépet ismeri, szabadítsa fel a régit a licencei oldalán, és aktiválja az újat. Ha nem ismeri őket, lehet, hogy valaki az Ön licenckulcsát használja: forduljon a forgalmazóhoz.
notify-license_status-subject = Az Ön { $product }-licencének új állapota: { $status ->
        [active] aktív
        [suspended] felfüggesztve
        [expired] lejárt
        [revoked] visszavonva
       *[other] { $status }
    }
notify-license_status-body = Kedves { $name }! Az Ön { $product }-licencének állapota a következőre változott: { $status ->
        [active] aktív
        [suspended] felfüggesztve
        [expired] lejárt
        [revoked] visszavonva
       *[other] { $status }
    }.
notify-release_published-subject = Megjelent: { $product } { $version }
notify-release_published-body = Kedves { $name }! { $channel ->
        [stable] A stabil csatornán
        [beta] A béta csatornán
        [alpha] Az alfa csatornán
       *[other] A(z) { $channel } csatornán
    } megjelent egy új verzió: { $product } { $version }. A letöltések oldalán találja.
notify-new_sign_in-subject = Új bejelentkezés a fiókjába
notify-new_sign_in-body = Kedves { $name }! Az imént bejelentkeztek a fiókjába innen: { $device }. Ha nem Ön volt, azonnal változtassa meg a jelszavát.
notify-password_changed-subject = Jelszava megváltozott
notify-password_changed-body = Kedves { $name }! Fiókja jelszava megváltozott. Ha nem Ön változtatta meg, azonnal állítsa vissza, és forduljon az ügyfélszolgálathoz.
notify-two_factor_changed-subject = Kétlépcsős bejelentkezés { $status ->
        [on] bekapcsolva
        [off] kikapcsolva
       *[other] módosítva ({ $status })
    }
notify-two_factor_changed-body = Kedves { $name }! Fiókjában a kétlépcsős bejelentkezést { $status ->
        [on] bekapcsolták
        [off] kikapcsolták
       *[other] módosították ({ $status })
    }. Ha nem Ön volt, azonnal forduljon az ügyfélszolgálathoz.
notify-api_key_created-subject = Új API-kulcs jött létre
notify-api_key_created-body = Kedves { $name }! Fiókjához új API-kulcs jött létre „{ $key_name }” néven. Ha nem Ön volt, azonnal vonja vissza.
notify-commission_earned-subject = { $amount } jutalékot szerzett
notify-commission_earned-body = Kedves { $name }! Egy, az Ön ajánlói linkjén keresztül történt vásárlás { $amount } jutalékot hozott Önnek. Az összeget a visszatérítési határidő lejártáig visszatartjuk.
notify-commission_released-subject = { $amount } jutalék mostantól az Öné
notify-commission_released-body = Kedves { $name }! { $amount } összegű jutalékot jóváírtunk a pénztárcájában.
notify-marketing-subject = { $headline }
notify-marketing-body = Kedves { $name }!

    { $text }

# The notifications page, the header's bell, and the choices per kind.
nav-notifications = Értesítések
notifications-title = Értesítések
notifications-none = Még nincs semmi. Itt jelenik meg minden, ami a licenceivel, befizetéseivel és fiókjával történik.
notifications-mark-all = Összes megjelölése olvasottként
notifications-unread = új
account-notifications-title = Értesítési beállítások
account-notifications-intro = Értesítéstípusonként válassza ki, hogy e-mailben és az alkalmazásban megkapja-e. A biztonsági értesítéseknél legalább egy csatorna mindig bekapcsolva marad.
account-notifications-save = Értesítési beállítások mentése
account-notifications-saved = Értesítési beállítások mentve.
account-notifications-security = biztonsági
notify-kind = Értesítés
notify-channel-email = E-mail
notify-channel-in_app = Az alkalmazásban
notify-channel-telegram = Telegram
notify-group-transactions = Fizetések
notify-group-licenses = Licencek
notify-group-releases = Kiadások
notify-group-security = Biztonság
notify-group-affiliate = Partnerprogram
notify-group-marketing = Hírek
notify-kind-top_up_credited = Pénztárca feltöltve
notify-kind-transfer_confirmed = Banki átutalás beérkezett
notify-kind-purchase_receipt = Vásárlási visszaigazolások
notify-kind-order_failed = Nem teljesíthető rendelések
notify-kind-refund = Visszatérítések
notify-kind-payment_attention = Döntést igénylő befizetések
notify-kind-license_issued = Önnek kiállított licenc
notify-kind-device_activated = Aktiválás új eszközön
notify-kind-seat_freed = Felszabadult hely
notify-kind-license_expiring = Hamarosan lejáró licenc (14 és 3 nappal előtte)
notify-kind-license_expired = Lejárt licenc
notify-kind-renewal_upcoming = Közelgő automatikus megújítás (7 nappal előtte)
notify-kind-license_renewed = Automatikusan megújult licenc
notify-kind-renewal_failed = Sikertelen automatikus megújítás
notify-kind-clone_suspected = Valószínűleg másolt eszköz
notify-kind-license_status = Licenc felfüggesztése, visszavonása vagy visszaállítása
notify-kind-release_published = Új verziók
notify-kind-new_sign_in = Bejelentkezés új eszközről
notify-kind-password_changed = Jelszóváltozás
notify-kind-two_factor_changed = A kétlépcsős bejelentkezés módosítása
notify-kind-api_key_created = API-kulcs létrehozása
notify-kind-commission_earned = Megszerzett jutalék
notify-kind-commission_released = Kifizetett jutalék
notify-kind-marketing = Hírek és ajánlatok

# New versions per product, on the notification settings page.
account-releases-title = Új verziók
account-releases-intro = Minden olyan termékhez, amelyhez licenccel rendelkezik: mely verziókról és hol kapjon értesítést. A béta a stabil verziókról is értesít, az alfa mindegyikről.
account-releases-none = Egyáltalán nem
account-releases-stable = Stabil verziók
account-releases-beta = Béta és stabil verziók
account-releases-alpha = Minden verzió, az alfát is beleértve

# The Telegram bot's replies.
telegram-linked = Üdvözöljük, { $name }! Ez a csevegés mostantól a fiókjához kapcsolódik: a Telegramra kért értesítések ide érkeznek. A leválasztáshoz küldje el a /stop parancsot.
telegram-unlinked = Ez a csevegés már nem kapcsolódik fiókhoz. Fiókja oldalán újra összekapcsolhatja.
telegram-link-invalid = Ez a link lejárt, vagy már felhasználták. Hozzon létre újat a fiókja oldalán.
telegram-help = Ha itt szeretne értesítéseket kapni, nyissa meg a Telegram-linket a fiókja oldalán. A csevegés leválasztásához küldje el a /stop parancsot.

# Telegram on the notification settings page.
account-telegram-intro = Kapja meg a kiválasztott értesítéseket a Telegramban: kapcsolja össze ezt a fiókot egy csevegéssel az áruház botjánál.
account-telegram-link = Telegram összekapcsolása
account-telegram-open = Nyissa meg ezt a linket a Telegramban 15 percen belül, és nyomja meg a Start gombot:
account-telegram-linked = Ez a fiók egy Telegram-csevegéshez kapcsolódik.
account-telegram-unlink = Telegram leválasztása

# Alerts to the admins' Telegram chat.
telegram-alert-payment_review = Egy befizetés döntésre vár: { $payment } ({ $reason }).
telegram-alert-clone_suspected = Egy eszköz másolat lehet: licenc: { $license }, eszköz: { $device }.
telegram-alert-reconciliation = A főkönyvi egyeztetés { $count } eltérést talált: pénz keletkezhetett vagy veszhetett el.
telegram-alert-job_dead = Egy háttérfeladat végleg sikertelen: { $job } ({ $id }). Utolsó hiba: { $reason }
