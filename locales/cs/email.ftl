# Plain-text emails. Links stand on their own line so every mail client makes them clickable.

email-verify-subject = Potvrďte svou e-mailovou adresu
email-verify-body =
    Dobrý den, { $name },

    potvrďte prosím svou e-mailovou adresu otevřením tohoto odkazu do { $minutes } min:

    { $link }

    Pokud účet nezakládáte vy, můžete tento e-mail ignorovat.
email-registration-attempt-subject = Někdo se pokusil zaregistrovat s vaší e-mailovou adresou
email-registration-attempt-body =
    Dobrý den, { $name },

    někdo se právě pokusil vytvořit nový účet s vaší e-mailovou adresou, ke které už účet existuje.
    Pokud šlo o vás, stačí se přihlásit:

    { $link }

    Pokud ne, nemusíte nic dělat: nic se nezměnilo.
email-reset-subject = Obnovení hesla
email-reset-body =
    Dobrý den, { $name },

    někdo (doufejme, že vy) požádal o obnovení hesla k vašemu účtu. Nové heslo si zvolíte otevřením tohoto odkazu do { $minutes } min:

    { $link }

    Pokud o to nežádáte vy, tento e-mail ignorujte: vaše heslo zůstává beze změny.
email-clone-suspected-subject = Vaše licence zřejmě běží na zkopírovaném počítači
email-clone-suspected-body =
    Dobrý den, { $name },

    dva počítače právě předložily stejnou aktivaci vaší licence k produktu { $product } (zařízení „{ $device }“). Obvykle to znamená, že byl zkopírován obraz disku nebo virtuální počítač i s licencí.

    Aktivace je pozastavena. Pokud oba počítače znáte, uvolněte ten starý na stránce Moje licence a aktivujte ten nový:

    { $link }

    Pokud je neznáte, může váš licenční klíč používat někdo jiný: obraťte se na prodejce.
email-receipt-subject = Potvrzení o nákupu { $number }
email-receipt-body =
    Dobrý den, { $name },

    děkujeme za váš nákup. Faktura { $number } na celkovou částku { $total } byla zaplacena z vaší peněženky.

    Licenční klíče najdete na stránce Moje licence:

    { $licenses }

    PDF faktury si můžete kdykoli stáhnout na stránce peněženky:

    { $billing }
email-sub-license-invite-subject = { $inviter } vám předává licenci
email-sub-license-invite-body =
    Dobrý den,

    { $inviter } vám předává { $seats ->
        [one] jedno místo
        [few] { $seats } místa
       *[other] { $seats } míst
    } licence k produktu { $product } s vlastním licenčním klíčem.

    Chcete-li je využít, přihlaste se s touto e-mailovou adresou, nebo si s ní vytvořte účet a adresu potvrďte. Licence se pak zobrazí na stránce Moje licence:

    { $link }

    Pokud { $inviter } neznáte, tento e-mail ignorujte.
email-license-invite-subject = { $store } vám vydává licenci
email-license-invite-body =
    Dobrý den,

    { $store } vám vydává licenci k produktu { $product } ({ $plan }).

    Chcete-li ji využít, vytvořte si přes tento odkaz účet s touto e-mailovou adresou; licence a její klíč pak budou na stránce Moje licence:

    { $link }

    Pokud nic takového nečekáte, tento e-mail ignorujte.
email-top-up-receipt-subject = Vaše peněženka byla dobita o { $credited }
email-top-up-receipt-body =
    Dobrý den, { $name },

    vaše platba { $reference } ve výši { $paid } přes { $gateway } dorazila a do vaší peněženky byla připsána částka { $credited }.

    Zůstatek a historii najdete na stránce peněženky:

    { $billing }
email-transfer-instructions-subject = Váš bankovní převod na částku { $amount }
email-transfer-instructions-body =
    Dobrý den, { $name },

    chcete-li dobít peněženku, převeďte částku { $amount } a uveďte tento referenční kód: { $reference }

    { $details }

    Stejné údaje, každý s tlačítkem pro zkopírování, najdete na této stránce:

    { $page }

    Jakmile peníze dorazí, budou připsány do vaší peněženky.
email-transfer-account-holder = Majitel účtu
email-transfer-account-number = IBAN nebo číslo účtu
email-transfer-swift-bic = SWIFT/BIC
email-transfer-bank-name = Banka
email-transfer-bank-address = Adresa banky
email-transfer-no-details = Bankovní údaje pro tuto měnu zatím nejsou nastaveny: před odesláním převodu nás prosím kontaktujte.
