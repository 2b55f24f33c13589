# Plain-text emails. Links stand on their own line so every mail client makes them clickable.

email-verify-subject = Erősítse meg e-mail-címét
email-verify-body =
    Kedves { $name }!

    Kérjük, erősítse meg e-mail-címét az alábbi link megnyitásával { $minutes } percen belül:

    { $link }

    Ha nem Ön hozott létre fiókot, hagyja figyelmen kívül ezt az e-mailt.
email-registration-attempt-subject = Valaki az Ön e-mail-címével próbált regisztrálni
email-registration-attempt-body =
    Kedves { $name }!

    Valaki az imént új fiókot próbált létrehozni az Ön e-mail-címével, amelyhez már tartozik fiók.
    Ha Ön volt, egyszerűen jelentkezzen be:

    { $link }

    Ha nem Ön volt, nincs teendője: semmi sem változott.
email-reset-subject = Jelszó visszaállítása
email-reset-body =
    Kedves { $name }!

    Valaki (remélhetőleg Ön) kérte fiókja jelszavának visszaállítását. Új jelszó megadásához nyissa meg ezt a linket { $minutes } percen belül:

    { $link }

    Ha nem Ön kérte, hagyja figyelmen kívül ezt az e-mailt: jelszava változatlan marad.
email-clone-suspected-subject = Úgy tűnik, az egyik licence másolt gépen fut
email-clone-suspected-body =
    Kedves { $name }!

    Két gép az imént ugyanazzal az aktiválással jelentkezett az Ön { $product }-licencéhez („{ $device }” eszköz). Ez általában azt jelenti, hogy egy lemezképet vagy virtuális gépet a rajta lévő licenccel együtt lemásoltak.

    Az aktiválást szüneteltettük. Ha mindkét gépet ismeri, szabadítsa fel a régit a licencei oldalán, és aktiválja az újat:

    { $link }

    Ha nem ismeri őket, lehet, hogy valaki az Ön licenckulcsát használja: forduljon a forgalmazóhoz.
email-receipt-subject = Vásárlásának visszaigazolása: { $number }
email-receipt-body =
    Kedves { $name }!

    Köszönjük vásárlását. A számlát (száma: { $number }, végösszeg: { $total }) a pénztárcájából egyenlítettük ki.

    Licenckulcsait a licencei oldalán találja:

    { $licenses }

    A számla PDF-je bármikor letölthető a pénztárca oldaláról:

    { $billing }
email-sub-license-invite-subject = { $inviter } licencet adott Önnek
email-sub-license-invite-body =
    Üdvözöljük!

    { $inviter } { $seats ->
        [one] egy helyet
       *[other] { $seats } helyet
    } adott át Önnek ({ $product }), saját licenckulccsal.

    A használatukhoz jelentkezzen be ezzel az e-mail-címmel, vagy hozzon létre vele fiókot, és erősítse meg a címet. A licenc ezután megjelenik a licencei oldalán:

    { $link }

    Ha nem ismeri a küldőt ({ $inviter }), hagyja figyelmen kívül ezt az e-mailt.
email-license-invite-subject = { $store } licencet állított ki Önnek
email-license-invite-body =
    Üdvözöljük!

    { $store } licencet állított ki Önnek: { $product } ({ $plan }).

    A használatához hozza létre fiókját ezzel az e-mail-címmel az alábbi linken; a licencet és a kulcsát ezután a licencei oldalán találja:

    { $link }

    Ha nem számított erre, hagyja figyelmen kívül ezt az e-mailt.
email-top-up-receipt-subject = Pénztárcáját feltöltöttük: { $credited }
email-top-up-receipt-body =
    Kedves { $name }!

    Megérkezett { $paid } összegű befizetése (hivatkozási szám: { $reference }, { $gateway } útján), és { $credited } összeget jóváírtunk a pénztárcájában.

    Egyenlegét és az előzményeket a pénztárca oldalán találja:

    { $billing }
email-transfer-instructions-subject = Banki átutalás: { $amount }
email-transfer-instructions-body =
    Kedves { $name }!

    Pénztárcája feltöltéséhez utaljon át { $amount } összeget, és a közleményben tüntesse fel ezt a hivatkozási számot: { $reference }

    { $details }

    Ugyanezeket az adatokat másolás gombokkal ezen az oldalon is megtalálja:

    { $page }

    Az összeget a pénz beérkezése után jóváírjuk a pénztárcájában.
email-transfer-account-holder = Számlatulajdonos
email-transfer-account-number = IBAN vagy számlaszám
email-transfer-swift-bic = SWIFT/BIC
email-transfer-bank-name = Bank neve
email-transfer-bank-address = Bank címe
email-transfer-no-details = Ehhez a pénznemhez még nincsenek beállítva banki adatok: kérjük, az átutalás előtt vegye fel velünk a kapcsolatot.
