# Plain-text emails. Links stand on their own line so every mail client makes them clickable.

email-verify-subject = Potvrdite svoju adresu e-pošte
email-verify-body =
    Dobar dan, { $name },

    potvrdite svoju adresu e-pošte tako da u roku od { $minutes } min otvorite ovu poveznicu:

    { $link }

    Ako niste izradili korisnički račun, ovu e-poruku možete zanemariti.
email-registration-attempt-subject = Netko se pokušao registrirati s vašom adresom e-pošte
email-registration-attempt-body =
    Dobar dan, { $name },

    netko je upravo pokušao izraditi novi korisnički račun s vašom adresom e-pošte, koja već ima korisnički račun.
    Ako ste to bili vi, jednostavno se prijavite:

    { $link }

    Ako to niste bili vi, ne morate ništa poduzeti: ništa nije promijenjeno.
email-reset-subject = Ponovno postavite lozinku
email-reset-body =
    Dobar dan, { $name },

    netko je (nadamo se vi) zatražio ponovno postavljanje lozinke vašeg korisničkog računa. Da biste odabrali novu, u roku od { $minutes } min otvorite ovu poveznicu:

    { $link }

    Ako to niste zatražili vi, zanemarite ovu e-poruku: vaša lozinka ostaje nepromijenjena.
email-clone-suspected-subject = Čini se da se jedna od vaših licenci koristi na kopiranom računalu
email-clone-suspected-body =
    Dobar dan, { $name },

    dva su računala upravo predočila istu aktivaciju vaše licence za proizvod { $product } (uređaj „{ $device }”). To obično znači da je slika diska ili virtualno računalo kopirano zajedno s licencom.

    Aktivacija je pauzirana. Ako prepoznajete oba računala, oslobodite staro na stranici Moje licence i aktivirajte novo:

    { $link }

    Ako ih ne prepoznajete, netko možda koristi vaš licencni ključ: obratite se prodavatelju.
email-receipt-subject = Vaša potvrda o kupnji { $number }
email-receipt-body =
    Dobar dan, { $name },

    hvala vam na kupnji. Faktura { $number } na ukupan iznos od { $total } plaćena je iz vašeg novčanika.

    Vaši licencni ključevi nalaze se na stranici Moje licence:

    { $licenses }

    PDF fakture možete u svakom trenutku preuzeti na stranici novčanika:

    { $billing }
email-sub-license-invite-subject = { $inviter } vam dodjeljuje licencu
email-sub-license-invite-body =
    Dobar dan,

    { $inviter } vam dodjeljuje { $seats ->
        [one] { $seats } mjesto
        [few] { $seats } mjesta
       *[other] { $seats } mjesta
    } za proizvod { $product }, s vlastitim licencnim ključem.

    Da biste ih koristili, prijavite se s ovom adresom e-pošte ili s njom izradite korisnički račun i potvrdite adresu. Licenca će se zatim prikazati na stranici Moje licence:

    { $link }

    Ako ne znate tko je { $inviter }, zanemarite ovu e-poruku.
email-license-invite-subject = Trgovina { $store } izdala vam je licencu
email-license-invite-body =
    Dobar dan,

    trgovina { $store } izdala vam je licencu za proizvod { $product } ({ $plan }).

    Da biste je koristili, putem ove poveznice izradite korisnički račun s ovom adresom e-pošte; licenca i njezin ključ zatim će se nalaziti na stranici Moje licence:

    { $link }

    Ako to niste očekivali, zanemarite ovu e-poruku.
email-top-up-receipt-subject = Vaš je novčanik dopunjen iznosom od { $credited }
email-top-up-receipt-body =
    Dobar dan, { $name },

    vaša uplata { $reference } u iznosu od { $paid } putem pristupnika { $gateway } je stigla, a u vaš je novčanik dodano { $credited }.

    Stanje i povijest novčanika nalaze se na stranici novčanika:

    { $billing }
email-transfer-instructions-subject = Vaš bankovni prijenos u iznosu od { $amount }
email-transfer-instructions-body =
    Dobar dan, { $name },

    da biste dopunili novčanik, uplatite { $amount } i navedite ovaj poziv na broj: { $reference }

    { $details }

    Isti podaci, svaki s gumbom za kopiranje, nalaze se na ovoj stranici:

    { $page }

    Iznos se uplaćuje u vaš novčanik čim novac stigne.
email-transfer-account-holder = Vlasnik računa
email-transfer-account-number = IBAN ili broj računa
email-transfer-swift-bic = SWIFT/BIC
email-transfer-bank-name = Banka
email-transfer-bank-address = Adresa banke
email-transfer-no-details = Bankovni podaci za ovu valutu još nisu postavljeni: obratite nam se prije uplate.
