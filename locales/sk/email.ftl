# Plain-text emails. Links stand on their own line so every mail client makes them clickable.

email-verify-subject = Potvrďte svoju e-mailovú adresu
email-verify-body =
    Dobrý deň, { $name },

    potvrďte, prosím, svoju e-mailovú adresu otvorením tohto odkazu do { $minutes ->
        [one] { $minutes } minúty
        [few] { $minutes } minút
       *[other] { $minutes } minút
    }:

    { $link }

    Ak ste účet nevytvorili vy, môžete tento e-mail ignorovať.
email-registration-attempt-subject = Niekto sa pokúsil zaregistrovať s vašou e-mailovou adresou
email-registration-attempt-body =
    Dobrý deň, { $name },

    niekto sa práve pokúsil vytvoriť nový účet s vašou e-mailovou adresou, ku ktorej už účet existuje.
    Ak ste to boli vy, stačí sa prihlásiť:

    { $link }

    Ak ste to neboli vy, nemusíte nič robiť: nič sa nezmenilo.
email-reset-subject = Obnovenie hesla
email-reset-body =
    Dobrý deň, { $name },

    niekto (dúfajme, že vy) požiadal o obnovenie hesla k vášmu účtu. Nové heslo si zvolíte otvorením tohto odkazu do { $minutes ->
        [one] { $minutes } minúty
        [few] { $minutes } minút
       *[other] { $minutes } minút
    }:

    { $link }

    Ak ste o to nežiadali, tento e-mail ignorujte: vaše heslo zostáva nezmenené.
email-clone-suspected-subject = Vaša licencia zrejme beží na skopírovanom počítači
email-clone-suspected-body =
    Dobrý deň, { $name },

    dva počítače práve predložili tú istú aktiváciu vašej licencie na produkt { $product } (zariadenie „{ $device }“). Zvyčajne to znamená, že bol skopírovaný obraz disku alebo virtuálny počítač aj s licenciou.

    Aktivácia je pozastavená. Ak poznáte oba počítače, uvoľnite starší z nich na stránke Moje licencie a aktivujte nový:

    { $link }

    Ak ich nepoznáte, váš licenčný kľúč môže používať niekto iný: obráťte sa na predajcu.
email-receipt-subject = Potvrdenie o nákupe { $number }
email-receipt-body =
    Dobrý deň, { $name },

    ďakujeme za váš nákup. Faktúra { $number } na celkovú sumu { $total } bola zaplatená z vašej peňaženky.

    Licenčné kľúče nájdete na stránke Moje licencie:

    { $licenses }

    PDF faktúry si môžete kedykoľvek stiahnuť na stránke peňaženky:

    { $billing }
email-sub-license-invite-subject = { $inviter } vám odovzdáva licenciu
email-sub-license-invite-body =
    Dobrý deň,

    { $inviter } vám odovzdáva { $seats ->
        [one] jedno miesto
        [few] { $seats } miesta
       *[other] { $seats } miest
    } licencie na produkt { $product } s vlastným licenčným kľúčom.

    Ak ich chcete využiť, prihláste sa s touto e-mailovou adresou alebo si s ňou vytvorte účet a adresu potvrďte. Licencia sa potom zobrazí na stránke Moje licencie:

    { $link }

    Ak { $inviter } nepoznáte, tento e-mail ignorujte.
email-license-invite-subject = { $store } vám vydáva licenciu
email-license-invite-body =
    Dobrý deň,

    { $store } vám vydáva licenciu na produkt { $product } ({ $plan }).

    Ak ju chcete využiť, vytvorte si cez tento odkaz účet s touto e-mailovou adresou; licencia a jej kľúč potom budú na stránke Moje licencie:

    { $link }

    Ak nič také neočakávate, tento e-mail ignorujte.
email-top-up-receipt-subject = Vaša peňaženka bola dobitá o { $credited }
email-top-up-receipt-body =
    Dobrý deň, { $name },

    vaša platba { $reference } vo výške { $paid } cez { $gateway } dorazila a do vašej peňaženky bola pripísaná suma { $credited }.

    Zostatok a históriu nájdete na stránke peňaženky:

    { $billing }
email-transfer-instructions-subject = Váš bankový prevod na sumu { $amount }
email-transfer-instructions-body =
    Dobrý deň, { $name },

    ak chcete dobiť peňaženku, preveďte sumu { $amount } a uveďte tento referenčný kód: { $reference }

    { $details }

    Rovnaké údaje, každý s tlačidlom na skopírovanie, nájdete na tejto stránke:

    { $page }

    Hneď ako peniaze dorazia, budú pripísané do vašej peňaženky.
email-transfer-account-holder = Majiteľ účtu
email-transfer-account-number = IBAN alebo číslo účtu
email-transfer-swift-bic = SWIFT/BIC
email-transfer-bank-name = Banka
email-transfer-bank-address = Adresa banky
email-transfer-no-details = Bankové údaje pre túto menu zatiaľ nie sú nastavené: pred odoslaním prevodu nás, prosím, kontaktujte.
