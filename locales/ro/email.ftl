# Plain-text emails. Links stand on their own line so every mail client makes them clickable.

email-verify-subject = Confirmați adresa de e-mail
email-verify-body =
    Bună ziua, { $name },

    Vă rugăm să vă confirmați adresa de e-mail deschizând acest link în { $minutes ->
        [one] următorul minut
        [few] următoarele { $minutes } minute
       *[other] următoarele { $minutes } de minute
    }:

    { $link }

    Dacă nu ați creat un cont, puteți ignora acest e-mail.
email-registration-attempt-subject = Cineva a încercat să se înregistreze cu adresa dumneavoastră de e-mail
email-registration-attempt-body =
    Bună ziua, { $name },

    Cineva tocmai a încercat să creeze un cont nou cu adresa dumneavoastră de e-mail, pentru care există deja un cont.
    Dacă ați fost dumneavoastră, pur și simplu conectați-vă:

    { $link }

    Dacă nu ați fost dumneavoastră, nu trebuie să faceți nimic: nu s-a modificat nimic.
email-reset-subject = Resetați-vă parola
email-reset-body =
    Bună ziua, { $name },

    Cineva (sperăm că dumneavoastră) a cerut resetarea parolei contului dumneavoastră. Pentru a alege o parolă nouă, deschideți acest link în { $minutes ->
        [one] următorul minut
        [few] următoarele { $minutes } minute
       *[other] următoarele { $minutes } de minute
    }:

    { $link }

    Dacă nu ați cerut acest lucru, ignorați acest e-mail: parola rămâne neschimbată.
email-clone-suspected-subject = O licență a dumneavoastră pare să ruleze pe un calculator copiat
email-clone-suspected-body =
    Bună ziua, { $name },

    Două calculatoare tocmai au prezentat aceeași activare a licenței dumneavoastră pentru { $product } (dispozitivul „{ $device }”). De obicei, aceasta înseamnă că o imagine de disc sau o mașină virtuală a fost copiată împreună cu licența.

    Activarea a fost pusă în pauză. Dacă recunoașteți ambele calculatoare, eliberați-l pe cel vechi în pagina de licențe și activați-l pe cel nou:

    { $link }

    Dacă nu le recunoașteți, este posibil ca altcineva să vă folosească cheia de licență: contactați furnizorul.
email-receipt-subject = Chitanța dumneavoastră { $number }
email-receipt-body =
    Bună ziua, { $name },

    Vă mulțumim pentru achiziție. Factura { $number }, în valoare totală de { $total }, a fost plătită din portofel.

    Cheile de licență se află în pagina de licențe:

    { $licenses }

    PDF-ul facturii poate fi descărcat oricând din pagina portofelului:

    { $billing }
email-sub-license-invite-subject = { $inviter } v-a oferit o licență
email-sub-license-invite-body =
    Bună ziua,

    { $inviter } v-a oferit { $seats ->
        [one] un loc
        [few] { $seats } locuri
       *[other] { $seats } de locuri
    } pentru { $product }, cu o cheie de licență proprie.

    Pentru a folosi licența, conectați-vă cu această adresă de e-mail sau creați un cont cu ea și confirmați adresa. Licența va apărea apoi în pagina de licențe:

    { $link }

    Dacă nu știți cine este { $inviter }, ignorați acest e-mail.
email-license-invite-subject = { $store } v-a emis o licență
email-license-invite-body =
    Bună ziua,

    { $store } v-a emis o licență pentru { $product } ({ $plan }).

    Pentru a o folosi, creați-vă contul cu această adresă de e-mail, prin acest link; licența și cheia sa se vor afla apoi în pagina de licențe:

    { $link }

    Dacă nu vă așteptați la acest mesaj, ignorați acest e-mail.
email-top-up-receipt-subject = Portofelul dumneavoastră a fost alimentat cu { $credited }
email-top-up-receipt-body =
    Bună ziua, { $name },

    Plata dumneavoastră { $reference } în valoare de { $paid }, efectuată prin { $gateway }, a fost primită, iar suma de { $credited } a fost adăugată în portofel.

    Soldul și istoricul se află în pagina portofelului:

    { $billing }
email-transfer-instructions-subject = Transferul dumneavoastră bancar de { $amount }
email-transfer-instructions-body =
    Bună ziua, { $name },

    Pentru a vă alimenta portofelul, transferați suma de { $amount } și menționați această referință: { $reference }

    { $details }

    Aceleași detalii, fiecare cu un buton de copiere, se află pe această pagină:

    { $page }

    Portofelul este creditat după ce banii ajung în cont.
email-transfer-account-holder = Titularul contului
email-transfer-account-number = IBAN sau număr de cont
email-transfer-swift-bic = SWIFT/BIC
email-transfer-bank-name = Banca
email-transfer-bank-address = Adresa băncii
email-transfer-no-details = Detaliile bancare pentru această monedă nu sunt încă configurate: vă rugăm să ne contactați înainte de a efectua transferul.
