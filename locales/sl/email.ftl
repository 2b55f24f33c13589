# Plain-text emails. Links stand on their own line so every mail client makes them clickable.

email-verify-subject = Potrdite svoj e-poštni naslov
email-verify-body =
    Pozdravljeni, { $name }!

    Potrdite svoj e-poštni naslov tako, da v { $minutes ->
        [one] { $minutes } minuti
        [two] { $minutes } minutah
        [few] { $minutes } minutah
       *[other] { $minutes } minutah
    } odprete to povezavo:

    { $link }

    Če niste ustvarili uporabniškega računa, lahko to sporočilo prezrete.
email-registration-attempt-subject = Nekdo se je poskušal registrirati z vašim e-poštnim naslovom
email-registration-attempt-body =
    Pozdravljeni, { $name }!

    Nekdo je pravkar poskušal ustvariti nov uporabniški račun z vašim e-poštnim naslovom, ki že ima račun.
    Če ste bili to vi, se preprosto prijavite:

    { $link }

    Če to niste bili vi, vam ni treba storiti ničesar: nič ni bilo spremenjeno.
email-reset-subject = Ponastavite geslo
email-reset-body =
    Pozdravljeni, { $name }!

    Nekdo (upamo, da vi) je zahteval ponastavitev gesla za vaš uporabniški račun. Če želite izbrati novo geslo, v { $minutes ->
        [one] { $minutes } minuti
        [two] { $minutes } minutah
        [few] { $minutes } minutah
       *[other] { $minutes } minutah
    } odprite to povezavo:

    { $link }

    Če tega niste zahtevali, to sporočilo prezrite: vaše geslo ostane nespremenjeno.
email-clone-suspected-subject = Ena od vaših licenc se morda uporablja na kopiranem računalniku
email-clone-suspected-body =
    Pozdravljeni, { $name }!

    Dva računalnika sta pravkar predložila isto aktivacijo vaše licence za { $product } (naprava »{ $device }«). To običajno pomeni, da je bila slika diska ali navidezni računalnik kopiran skupaj z licenco.

    Aktivacija je začasno ustavljena. Če poznate oba računalnika, na strani Moje licence sprostite starega in aktivirajte novega:

    { $link }

    Če ju ne poznate, morda vaš licenčni ključ uporablja nekdo drug: obrnite se na prodajalca.
email-receipt-subject = Vaše potrdilo o nakupu { $number }
email-receipt-body =
    Pozdravljeni, { $name }!

    Hvala za nakup. Račun { $number } v skupnem znesku { $total } je bil plačan iz vaše denarnice.

    Vaši licenčni ključi so na strani Moje licence:

    { $licenses }

    PDF računa lahko kadar koli prenesete s strani denarnice:

    { $billing }
email-sub-license-invite-subject = { $inviter } vam dodeljuje licenco
email-sub-license-invite-body =
    Pozdravljeni!

    { $inviter } vam dodeljuje { $seats ->
        [one] { $seats } mesto
        [two] { $seats } mesti
        [few] { $seats } mesta
       *[other] { $seats } mest
    } za { $product } z lastnim licenčnim ključem.

    Za uporabo se prijavite s tem e-poštnim naslovom ali z njim ustvarite uporabniški račun in potrdite naslov. Licenca se nato prikaže na strani Moje licence:

    { $link }

    Če ne poznate pošiljatelja { $inviter }, to sporočilo prezrite.
email-license-invite-subject = Trgovina { $store } vam je izdala licenco
email-license-invite-body =
    Pozdravljeni!

    Trgovina { $store } vam je izdala licenco za { $product } ({ $plan }).

    Za uporabo prek te povezave ustvarite uporabniški račun s tem e-poštnim naslovom; licenca in njen ključ bosta nato na strani Moje licence:

    { $link }

    Če tega niste pričakovali, to sporočilo prezrite.
email-top-up-receipt-subject = Vaša denarnica je bila napolnjena z zneskom { $credited }
email-top-up-receipt-body =
    Pozdravljeni, { $name }!

    Vaše plačilo { $reference } v znesku { $paid } prek { $gateway } je prispelo, v vašo denarnico pa je bil dodan znesek { $credited }.

    Stanje in zgodovina sta na strani denarnice:

    { $billing }
email-transfer-instructions-subject = Vaše bančno nakazilo v znesku { $amount }
email-transfer-instructions-body =
    Pozdravljeni, { $name }!

    Če želite napolniti denarnico, nakažite { $amount } in navedite ta sklic: { $reference }

    { $details }

    Isti podatki, vsak z gumbom za kopiranje, so na tej strani:

    { $page }

    Vaša denarnica bo napolnjena, ko denar prispe.
email-transfer-account-holder = Imetnik računa
email-transfer-account-number = IBAN ali številka računa
email-transfer-swift-bic = SWIFT/BIC
email-transfer-bank-name = Banka
email-transfer-bank-address = Naslov banke
email-transfer-no-details = Bančni podatki za to valuto še niso nastavljeni: pred nakazilom se obrnite na nas.
