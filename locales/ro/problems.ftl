# Titles and details of RFC 9457 problem responses, one pair per stable error code.

problem-bad-request-title = Cerere incorectă
problem-bad-request-detail = Cererea nu a putut fi înțeleasă: { $reason }
bad-request-not-json = corpul cererii nu este un JSON valid.
bad-request-missing-field = „{ $field }” este obligatoriu.
bad-request-unknown-field = „{ $field }” nu este un câmp acceptat de această cerere.
bad-request-malformed-field = „{ $field }” nu are o valoare de tipul sau în formatul corect.
bad-request-malformed = o valoare din cerere nu are tipul sau formatul corect.
problem-not-found-title = Negăsit
problem-not-found-detail = Nu există nimic la această adresă.
problem-method-not-allowed-title = Metodă nepermisă
problem-method-not-allowed-detail = Această adresă nu acceptă metoda { $method }.
problem-payload-too-large-title = Cerere prea mare
problem-payload-too-large-detail = Corpul cererii depășește dimensiunea acceptată de acest server ({ $limit ->
        [one] cel mult un octet
        [few] cel mult { $limit } octeți
       *[other] cel mult { $limit } de octeți
    }).
problem-unsupported-media-type-title = Tip de conținut neacceptat
problem-unsupported-media-type-detail = Trimiteți corpul cererii ca JSON, cu antetul Content-Type: application/json.
problem-request-timeout-title = Timpul cererii a expirat
problem-request-timeout-detail = Cererea a durat mai mult de { $seconds ->
        [one] o secundă
        [few] { $seconds } secunde
       *[other] { $seconds } de secunde
    } și a fost oprită. Nu s-a salvat nimic, cu excepția cazului în care răspunsul a indicat altfel.
problem-too-many-requests-title = Prea multe cereri
problem-too-many-requests-detail = Prea multe cereri într-un timp scurt. Vă rugăm să așteptați și să încercați din nou.
problem-internal-error-title = Eroare internă
problem-internal-error-detail = A apărut o problemă din partea noastră. Aceasta a fost înregistrată; vă rugăm să menționați ID-ul cererii { $request_id } dacă contactați asistența.
problem-service-unavailable-title = Serviciu indisponibil
problem-service-unavailable-detail = Serviciul este temporar indisponibil. Vă rugăm să încercați din nou în câteva momente.
problem-http-error-title = Cererea a eșuat
problem-http-error-detail = Cererea a eșuat cu starea HTTP { $status }.

## Accounts and sessions

problem-invalid-email-title = Adresă de e-mail invalidă
problem-invalid-email-detail = „{ $field }” nu este o adresă de e-mail validă.
problem-password-length-title = Lungimea parolei
problem-password-length-detail = Parola trebuie să aibă între { $min } și { $max ->
        [one] { $max } caracter
        [few] { $max } caractere
       *[other] { $max } de caractere
    }.
problem-password-too-common-title = Parolă prea des folosită
problem-password-too-common-detail = Această parolă se numără printre cele mai folosite. Vă rugăm să alegeți alta.
problem-password-contains-email-title = Parola conține adresa de e-mail
problem-password-contains-email-detail = Parola nu trebuie să conțină adresa dumneavoastră de e-mail. Vă rugăm să alegeți alta.
problem-invalid-name-title = Nume invalid
problem-invalid-name-detail = Numele trebuie să aibă între 1 și 100 de caractere, fără caractere de control.
problem-invalid-timezone-title = Fus orar invalid
problem-invalid-timezone-detail = Folosiți denumirea unui fus orar, de exemplu Europe/Berlin sau UTC.
problem-unsupported-locale-title = Limbă neacceptată
problem-unsupported-locale-detail = Această limbă nu este disponibilă. Alegeți una dintre limbile oferite.
problem-invalid-credentials-title = Conectare eșuată
problem-invalid-credentials-detail = Adresa de e-mail sau parola este incorectă.
problem-account-locked-title = Cont blocat
problem-account-locked-detail = Acest cont este blocat. Vă rugăm să contactați asistența.
problem-unauthenticated-title = Neconectat
problem-unauthenticated-detail = Această cerere necesită un token de acces valid. Conectați-vă din nou pentru a obține unul.
problem-invalid-refresh-token-title = Sesiune expirată
problem-invalid-refresh-token-detail = Sesiunea a expirat sau a fost încheiată. Vă rugăm să vă conectați din nou.
problem-invalid-link-token-title = Link care nu mai este valabil
problem-invalid-link-token-detail = Acest link este invalid, a fost deja folosit sau a expirat. Solicitați unul nou.
problem-forbidden-title = Nepermis
problem-forbidden-detail = Sunteți conectat, dar aceste date de autentificare nu permit această acțiune.
problem-limit-reached-title = Limită atinsă
problem-limit-reached-detail = Ați atins limita de { $limit }. Eliminați un element înainte de a adăuga altul.
problem-invalid-scope-title = Permisiune invalidă
problem-invalid-scope-detail = Alegeți cel puțin una dintre permisiunile oferite; unele sunt disponibile doar administratorilor.
problem-out-of-range-title = Valoare în afara intervalului
problem-out-of-range-detail = Valoarea câmpului „{ $field }” se află în afara intervalului acceptat.
problem-totp-required-title = Cod de unică folosință necesar
problem-totp-required-detail = Acest cont folosește autentificarea în doi pași. Introduceți codul din aplicația de autentificare sau un cod de recuperare.
problem-totp-invalid-title = Cod de unică folosință greșit
problem-totp-invalid-detail = Codul este greșit, a expirat sau a fost deja folosit. Așteptați codul următor și încercați din nou.
problem-totp-locked-title = Autentificarea în doi pași este blocată
problem-totp-locked-detail = Prea multe coduri greșite. Autentificarea în doi pași este blocată timp de 15 minute.
problem-totp-already-enabled-title = Autentificarea în doi pași este deja activată
problem-totp-already-enabled-detail = Autentificarea în doi pași este deja activată pentru acest cont.
problem-totp-not-enabled-title = Autentificarea în doi pași este dezactivată
problem-totp-not-enabled-detail = Autentificarea în doi pași nu este activată pentru acest cont (sau configurarea nu a fost începută).
problem-invalid-code-title = Cod greșit
problem-invalid-code-detail = Valoarea câmpului „{ $field }” este greșită sau a expirat.
problem-invalid-role-title = Rol necunoscut
problem-invalid-role-detail = Rolul trebuie să fie unul dintre user, support sau admin.
problem-csrf-failed-title = Formular expirat
problem-csrf-failed-detail = Acest formular nu a putut fi acceptat. Reîncărcați pagina și încercați din nou.
problem-two-factor-required-for-staff-title = Autentificare în doi pași obligatorie
problem-two-factor-required-for-staff-detail = Pe acest server, personalul trebuie să folosească autentificarea în doi pași. Activați-o mai întâi în setările contului.
problem-slug-taken-title = Slug deja folosit
problem-slug-taken-detail = Un alt produs folosește deja acest slug. Alegeți altul.
problem-invalid-slug-title = Slug invalid
problem-invalid-slug-detail = Un slug are între 2 și 64 de litere mici, cifre și cratime și nu începe și nici nu se termină cu o cratimă.
problem-invalid-product-kind-title = Tip de produs invalid
problem-invalid-product-kind-detail = Un produs este fie „software” (asociat cu calculatoare), fie „site” (asociat cu domenii).
problem-unknown-account-title = Cont necunoscut
problem-unknown-account-detail = Niciun cont nu are această adresă de e-mail. Persoana trebuie să se înregistreze mai întâi.
problem-license-revoked-title = Licență revocată
problem-license-revoked-detail = Această licență a fost revocată; o licență revocată nu poate fi reactivată. Emiteți în schimb una nouă.
problem-seats-in-use-title = Locuri ocupate
problem-seats-in-use-detail = { $in_use ->
        [one] Un loc al acestei licențe este ocupat.
        [few] { $in_use } locuri ale acestei licențe sunt ocupate.
       *[other] { $in_use } de locuri ale acestei licențe sunt ocupate.
    } Eliberați câteva (dezactivând dispozitive sau micșorând sublicențe) înainte de a reduce numărul de locuri.
problem-license-unusable-title = Licență inutilizabilă
problem-license-unusable-detail = Licența nu poate fi folosită pentru această operațiune ({ $code }).

# Answers of the product-facing API (validate, activate, heartbeat, deactivate, license file).
answer-not-found = Nicio licență nu are această cheie.
answer-revoked = Această licență a fost revocată.
answer-suspended = Această licență este suspendată.
answer-expired = Această licență a expirat.
answer-product-mismatch = Această cheie aparține altui produs.
answer-not-activated = Această licență nu este încă activată aici.
answer-fingerprint-mismatch = Această licență este activată pe alte dispozitive, nu pe acesta.
answer-domain-mismatch = Această licență este activată pe alte domenii, nu pe acesta.
answer-heartbeat-dead = Acest dispozitiv nu mai trimite semnale de activitate; activați-l din nou.
answer-too-many-activations = Sunt active mai multe dispozitive decât locurile licenței.
answer-entitlement-missing = Licența nu include o funcționalitate solicitată.
answer-version-not-covered = Această versiune a fost lansată după perioada de actualizări a licenței.
answer-valid = Licența este validă.
answer-activation-limit = { $seats ->
        [one] Singurul loc al acestei licențe este ocupat.
        [few] Toate cele { $seats } locuri ale acestei licențe sunt ocupate.
       *[other] Toate cele { $seats } de locuri ale acestei licențe sunt ocupate.
    } Eliberați una dintre activările enumerate pentru a folosi licența aici.
answer-clone-suspected = Un alt calculator folosește această activare; activarea este pusă în pauză până când titularul o eliberează.
answer-reassignment-limit = Această licență și-a epuizat deocamdată schimbările de dispozitiv. Următoarea este permisă de la { $at }.
answer-refused-title = Serverul de licențe a refuzat această cerere
problem-reassignment-limit-title = Nicio schimbare de dispozitiv disponibilă deocamdată
problem-reassignment-limit-detail = Această licență și-a epuizat deocamdată schimbările de dispozitiv. Următoarea este permisă de la { $at }.
problem-not-enough-seats-title = Nu sunt suficiente locuri libere
problem-not-enough-seats-detail = { $free ->
    [0] Niciun loc al acestei licențe nu este liber.
    [one] Doar un loc al acestei licențe este liber.
    [few] Doar { $free } locuri ale acestei licențe sunt libere.
   *[other] Doar { $free } de locuri ale acestei licențe sunt libere.
}
problem-invalid-activation-request-title = Cerere de activare invalidă
problem-invalid-activation-request-detail = Aceasta nu este o cerere de activare generată cu cheia acestei licențe. Creați-o din nou pe calculatorul de activat, cu cheia acestei licențe.
problem-not-for-sale-title = Nu este de vânzare
problem-not-for-sale-detail = Acest plan nu este de vânzare.
problem-promo-not-found-title = Cod promoțional necunoscut
problem-promo-not-found-detail = Acest cod promoțional nu există sau nu este valabil în prezent.
problem-insufficient-funds-title = Fonduri insuficiente în portofel
problem-insufficient-funds-detail = Soldul portofelului este prea mic pentru această achiziție. Alimentați portofelul și încercați din nou; nu vi s-a perceput nimic.
problem-promo-expired-title = Cod promoțional nevalabil în prezent
problem-promo-expired-detail = Acest cod promoțional nu este valabil în acest moment.
problem-promo-not-applicable-title = Codul promoțional nu se aplică
problem-promo-not-applicable-detail = Acest cod promoțional nu se aplică niciunui produs din coș.
problem-promo-below-minimum-title = Comandă sub minimul codului promoțional
problem-promo-below-minimum-detail = Comanda dumneavoastră este sub valoarea minimă cerută de acest cod promoțional.
problem-promo-first-purchase-only-title = Cod promoțional pentru prima achiziție
problem-promo-first-purchase-only-detail = Acest cod promoțional este valabil doar pentru prima achiziție.
problem-promo-exhausted-title = Cod promoțional epuizat
problem-promo-exhausted-detail = Acest cod promoțional a fost folosit de numărul maxim de ori permis deocamdată.
problem-promo-user-limit-title = Cod promoțional deja folosit
problem-promo-user-limit-detail = Ați folosit deja acest cod promoțional de numărul maxim de ori permis.
problem-promo-paused-title = Cod promoțional în pauză
problem-promo-paused-detail = Acest cod promoțional este momentan în pauză.
problem-promo-code-taken-title = Codul promoțional există deja
problem-promo-code-taken-detail = Un alt cod promoțional are deja acest nume.
problem-idempotency-key-reused-title = Cheie de idempotență folosită pentru o altă cerere
problem-idempotency-key-reused-detail = Această valoare Idempotency-Key a fost deja folosită cu o cerere diferită. Folosiți o cheie nouă pentru o cerere nouă.
problem-idempotency-key-in-use-title = Cerere în curs
problem-idempotency-key-in-use-detail = O cerere cu această valoare Idempotency-Key este încă în curs de procesare. Reîncercați în câteva momente pentru a primi răspunsul.
problem-self-referral-title = Autorecomandare
problem-self-referral-detail = Nu vă puteți folosi propriul cod de recomandare.
problem-wrong-state-title = Imposibil în această stare
problem-wrong-state-detail = Această acțiune nu poate fi efectuată acum ({ $state }).
problem-gateway-disabled-title = Metodă de plată indisponibilă
problem-gateway-disabled-detail = Această metodă de plată nu este activată pe acest server.
problem-gateway-unavailable-title = Furnizorul serviciului de plată este indisponibil
problem-gateway-unavailable-detail = Furnizorul serviciului de plată nu a putut fi contactat. Nu vi s-a perceput nimic; încercați din nou peste câteva minute sau alegeți o altă metodă de plată.
problem-webhook-signature-invalid-title = Semnătură de webhook invalidă
problem-webhook-signature-invalid-detail = Semnătura webhookului nu corespunde setărilor acestui gateway. Nu s-a modificat nimic.
problem-invalid-number-format-title = Model de numerotare invalid
problem-invalid-number-format-detail = „{ $field }” trebuie să conțină {"{"}YYYY{"}"} o singură dată și o secvență de cifre între acolade, de exemplu INV-{"{"}YYYY{"}"}-{"{"}000001{"}"}: numerotarea reîncepe în fiecare an.
problem-number-formats-clash-title = Numerele s-ar putea suprapune
problem-number-formats-clash-detail = „{ $field }” ar putea genera aceleași numere ca modelul pentru facturi. Folosiți prefixe diferite pentru cele două modele, de exemplu INV- și CN-.
problem-invalid-staging-pattern-title = Model de staging invalid
problem-invalid-staging-pattern-detail = Scrieți câte o gazdă pe linie: o gazdă exactă (staging.shop.com), toate gazdele dintr-un domeniu (*.preview.shop.com), toate gazdele care încep cu o etichetă (staging.*) sau care conțin o etichetă (*.staging.*). Un domeniu de nivel superior întreg, precum *.dev, este public și nu poate rula gratuit.
problem-insufficient-scope-title = Nepermis cu această cheie
problem-insufficient-scope-detail = Această acțiune necesită { $scope ->
        [session] o sesiune conectată: o cheie API nu o poate efectua
       *[other] o cheie API cu permisiunea „{ $scope }”
    }.
problem-refund-window-closed-title = Termenul de rambursare a expirat
problem-refund-window-closed-detail = Acest plan poate fi rambursat în { $days ->
        [one] prima zi
        [few] primele { $days } zile
       *[other] primele { $days } de zile
    } de la achiziție, iar acest termen a trecut. Efectuați totuși rambursarea doar dacă este intenționat.
problem-invalid-version-title = Versiune invalidă
problem-invalid-version-detail = Scrieți o versiune semantică, de exemplu 1.4.0, 2.0.0-beta.1 sau 1.4.0+build.7.
problem-invalid-platform-title = Platformă invalidă
problem-invalid-platform-detail = O platformă are între 1 și 64 de litere mici, cifre, cratime și caractere de subliniere, de exemplu windows-x86_64 sau wordpress.
problem-invalid-file-name-title = Nume de fișier invalid
problem-invalid-file-name-detail = Introduceți un singur nume de fișier simplu, de exemplu app-1.4.0.dmg: fără bare oblice, fără punct la început, fără ghilimele sau caractere de control.
problem-version-taken-title = Versiunea există deja
problem-version-taken-detail = Acest produs are deja o versiune cu acest număr (metadatele de build nu creează o versiune nouă).
problem-download-link-invalid-title = Link de descărcare nevalabil
problem-download-link-invalid-detail = Acest link de descărcare a expirat, a fost modificat sau este pentru o versiune care nu mai este disponibilă. Solicitați unul nou.
problem-feed-license-required-title = Cheie de licență necesară
problem-feed-license-required-detail = Acest flux de actualizare este destinat doar clienților cu licență. Trimiteți cheia de licență în adresa fluxului sau în antetul RMS-License-Key.
problem-feed-license-refused-title = Cheie de licență neacceptată
problem-feed-license-refused-detail = Această cheie de licență nu oferă acces la fluxul de actualizare al acestui produs: este necunoscută, aparține altui produs, a expirat, este suspendată sau revocată.

problem-invalid-vat-id-title = Cod de TVA invalid
problem-invalid-vat-id-detail = „{ $field }” nu este un cod de TVA al țării indicate. Codurile de TVA din UE încep cu prefixul țării, de exemplu DE123456789 (Grecia: EL). Lăsați câmpul gol dacă cumpărați ca persoană fizică.

problem-entitlements-append-only-title = Funcționalitățile incluse pot fi doar adăugate
problem-entitlements-append-only-detail = Păstrați funcționalitățile incluse ale planului în ordinea lor și adăugați-le pe cele noi la sfârșit: cheile de licență emise le conțin după poziție, așa că eliminarea sau reordonarea uneia ar schimba drepturile clienților existenți.
problem-invalid-date-title = Dată invalidă
problem-invalid-date-detail = Scrieți „{ $field }” ca dată, de exemplu 2026-12-31.
problem-date-range-reversed-title = Date în ordine greșită
problem-date-range-reversed-detail = Data de început este după data de sfârșit. Alegeți un început anterior sfârșitului sau în aceeași zi.
