# Titles and details of RFC 9457 problem responses, one pair per stable error code.

problem-bad-request-title = Napačna zahteva
problem-bad-request-detail = Zahteve ni bilo mogoče razumeti: { $reason }
bad-request-not-json = telo ni veljaven JSON.
bad-request-missing-field = polje »{ $field }« je obvezno.
bad-request-unknown-field = »{ $field }« ni polje, ki ga ta zahteva sprejema.
bad-request-malformed-field = polje »{ $field }« nima vrednosti prave vrste ali oblike.
bad-request-malformed = ena od vrednosti v njej nima prave vrste ali oblike.
problem-not-found-title = Ni najdeno
problem-not-found-detail = Na tem naslovu ni ničesar.
problem-method-not-allowed-title = Metoda ni dovoljena
problem-method-not-allowed-detail = Ta naslov ne sprejema metode { $method }.
problem-payload-too-large-title = Zahteva je prevelika
problem-payload-too-large-detail = Telo zahteve je večje, kot ga ta strežnik sprejme (največ { $limit } B).
problem-unsupported-media-type-title = Nepodprta vrsta vsebine
problem-unsupported-media-type-detail = Telo zahteve pošljite kot JSON z glavo Content-Type: application/json.
problem-request-timeout-title = Čas zahteve je potekel
problem-request-timeout-detail = Zahteva je trajala dlje kot { $seconds } s in je bila ustavljena. Nič ni bilo shranjeno, razen če je odgovor navedel drugače.
problem-too-many-requests-title = Preveč zahtev
problem-too-many-requests-detail = Preveč zahtev v kratkem času. Počakajte in poskusite znova.
problem-internal-error-title = Notranja napaka
problem-internal-error-detail = Na naši strani je šlo nekaj narobe. Napaka je zabeležena; če se obrnete na podporo, navedite ID zahteve { $request_id }.
problem-service-unavailable-title = Storitev ni na voljo
problem-service-unavailable-detail = Storitev začasno ni na voljo. Poskusite znova čez nekaj trenutkov.
problem-http-error-title = Zahteva ni uspela
problem-http-error-detail = Zahteva ni uspela s stanjem HTTP { $status }.

## Accounts and sessions

problem-invalid-email-title = Neveljaven e-poštni naslov
problem-invalid-email-detail = »{ $field }« ni veljaven e-poštni naslov.
problem-password-length-title = Dolžina gesla
problem-password-length-detail = Geslo mora biti dolgo od { $min } do { $max } znakov.
problem-password-too-common-title = Geslo je preveč pogosto
problem-password-too-common-detail = To geslo je med najpogosteje uporabljenimi. Izberite drugo.
problem-password-contains-email-title = Geslo vsebuje e-poštni naslov
problem-password-contains-email-detail = Geslo ne sme vsebovati vašega e-poštnega naslova. Izberite drugo.
problem-invalid-name-title = Neveljavno ime
problem-invalid-name-detail = Ime mora biti dolgo od 1 do 100 znakov, brez kontrolnih znakov.
problem-invalid-timezone-title = Neveljaven časovni pas
problem-invalid-timezone-detail = Uporabite ime časovnega pasu, na primer Europe/Berlin ali UTC.
problem-unsupported-locale-title = Nepodprt jezik
problem-unsupported-locale-detail = Ta jezik ni na voljo. Izberite enega od ponujenih jezikov.
problem-invalid-credentials-title = Prijava ni uspela
problem-invalid-credentials-detail = E-poštni naslov ali geslo ni pravilno.
problem-account-locked-title = Uporabniški račun je zaklenjen
problem-account-locked-detail = Ta uporabniški račun je zaklenjen. Obrnite se na podporo.
problem-unauthenticated-title = Niste prijavljeni
problem-unauthenticated-detail = Ta zahteva potrebuje veljaven dostopni žeton. Za novega se znova prijavite.
problem-invalid-refresh-token-title = Seja je potekla
problem-invalid-refresh-token-detail = Seja je potekla ali je bila končana. Znova se prijavite.
problem-invalid-link-token-title = Povezava ni več veljavna
problem-invalid-link-token-detail = Ta povezava je neveljavna, je bila že uporabljena ali je potekla. Zahtevajte novo.
problem-forbidden-title = Ni dovoljeno
problem-forbidden-detail = Prijavljeni ste, vendar s temi poverilnicami tega ni mogoče storiti.
problem-limit-reached-title = Dosežena omejitev
problem-limit-reached-detail = Dosegli ste omejitev ({ $limit }). Preden dodate nov vnos, odstranite enega od obstoječih.
problem-invalid-scope-title = Neveljaven obseg dovoljenj
problem-invalid-scope-detail = Izberite vsaj eno od ponujenih dovoljenj; nekatera so na voljo samo skrbnikom.
problem-out-of-range-title = Vrednost zunaj obsega
problem-out-of-range-detail = Vrednost polja »{ $field }« je zunaj dovoljenega obsega.
problem-totp-required-title = Potrebna je enkratna koda
problem-totp-required-detail = Ta uporabniški račun uporablja dvofaktorsko prijavo. Vnesite kodo iz aplikacije za preverjanje pristnosti ali obnovitveno kodo.
problem-totp-invalid-title = Napačna enkratna koda
problem-totp-invalid-detail = Koda je napačna, je potekla ali je bila že uporabljena. Počakajte na naslednjo kodo in poskusite znova.
problem-totp-locked-title = Dvofaktorska prijava je zaklenjena
problem-totp-locked-detail = Preveč napačnih kod. Dvofaktorska prijava je zaklenjena za 15 minut.
problem-totp-already-enabled-title = Dvofaktorska prijava je že vklopljena
problem-totp-already-enabled-detail = Dvofaktorska prijava je za ta uporabniški račun že vklopljena.
problem-totp-not-enabled-title = Dvofaktorska prijava je izklopljena
problem-totp-not-enabled-detail = Dvofaktorska prijava za ta uporabniški račun ni vklopljena (ali nastavitev ni bila začeta).
problem-invalid-code-title = Napačna koda
problem-invalid-code-detail = Vrednost polja »{ $field }« je napačna ali je potekla.
problem-invalid-role-title = Neznana vloga
problem-invalid-role-detail = Vloga mora biti ena od user, support ali admin.
problem-csrf-failed-title = Obrazec je potekel
problem-csrf-failed-detail = Tega obrazca ni bilo mogoče sprejeti. Znova naložite stran in poskusite znova.
problem-two-factor-required-for-staff-title = Potrebna je dvofaktorska prijava
problem-two-factor-required-for-staff-detail = Ta strežnik od osebja zahteva dvofaktorsko prijavo. Najprej jo vklopite v nastavitvah uporabniškega računa.
problem-slug-taken-title = Kratko ime je zasedeno
problem-slug-taken-detail = To kratko ime že uporablja drug izdelek. Izberite drugo.
problem-invalid-slug-title = Neveljavno kratko ime
problem-invalid-slug-detail = Kratko ime ima od 2 do 64 malih črk, števk in vezajev ter se ne sme začeti ali končati z vezajem.
problem-invalid-product-kind-title = Neveljavna vrsta izdelka
problem-invalid-product-kind-detail = Izdelek je bodisi »software« (vezan na računalnike) bodisi »site« (vezan na domene).
problem-unknown-account-title = Neznan uporabniški račun
problem-unknown-account-detail = Noben uporabniški račun nima tega e-poštnega naslova. Oseba se mora najprej registrirati.
problem-license-revoked-title = Licenca je preklicana
problem-license-revoked-detail = Ta licenca je bila preklicana; preklicane licence ni mogoče ponovno omogočiti. Namesto tega izdajte novo.
problem-seats-in-use-title = Mesta so v uporabi
problem-seats-in-use-detail = Število zasedenih mest te licence: { $in_use }. Preden zmanjšate število mest, jih nekaj sprostite (deaktivirajte naprave ali zmanjšajte podlicence).
problem-license-unusable-title = Licence ni mogoče uporabiti
problem-license-unusable-detail = Licence ni mogoče uporabiti za to ({ $code }).

# Answers of the product-facing API (validate, activate, heartbeat, deactivate, license file).
answer-not-found = Nobena licenca nima tega ključa.
answer-revoked = Ta licenca je bila preklicana.
answer-suspended = Ta licenca je začasno onemogočena.
answer-expired = Ta licenca je potekla.
answer-product-mismatch = Ta ključ pripada drugemu izdelku.
answer-not-activated = Ta licenca tukaj še ni aktivirana.
answer-fingerprint-mismatch = Ta licenca je aktivirana na drugih napravah, ne na tej.
answer-domain-mismatch = Ta licenca je aktivirana na drugih domenah, ne na tej.
answer-heartbeat-dead = Ta naprava ne pošilja več signalov delovanja; znova jo aktivirajte.
answer-too-many-activations = Aktivnih naprav je več, kot ima licenca mest.
answer-entitlement-missing = Licenca ne vključuje zahtevane funkcije.
answer-version-not-covered = Ta različica je izšla po izteku obdobja posodobitev licence.
answer-valid = Licenca je veljavna.
answer-activation-limit = Vsa mesta te licence so zasedena (skupaj: { $seats }). Če jo želite uporabiti tukaj, sprostite eno od navedenih aktivacij.
answer-clone-suspected = To aktivacijo uporablja drug računalnik; začasno je ustavljena, dokler je lastnik ne sprosti.
answer-reassignment-limit = Ta licenca je za zdaj porabila menjave naprav. Naslednja bo dovoljena { $at }.
answer-refused-title = Licenčni strežnik je zavrnil to zahtevo
problem-reassignment-limit-title = Za zdaj ni več menjav naprav
problem-reassignment-limit-detail = Ta licenca je za zdaj porabila menjave naprav. Naslednja bo dovoljena { $at }.
problem-not-enough-seats-title = Ni dovolj prostih mest
problem-not-enough-seats-detail = { $free ->
    [0] Nobeno mesto te licence ni prosto.
    [1] Prosto je samo eno mesto te licence.
    [one] Prosto je samo { $free } mesto te licence.
    [two] Prosti sta samo { $free } mesti te licence.
    [few] Prosta so samo { $free } mesta te licence.
   *[other] Prostih je samo { $free } mest te licence.
}
problem-invalid-activation-request-title = Neveljavna zahteva za aktivacijo
problem-invalid-activation-request-detail = To ni zahteva za aktivacijo, ustvarjena s ključem te licence. Znova jo ustvarite na računalniku, ki ga želite aktivirati, s ključem te licence.
problem-not-for-sale-title = Ni naprodaj
problem-not-for-sale-detail = Ta paket ni naprodaj.
problem-promo-not-found-title = Neznana promocijska koda
problem-promo-not-found-detail = Ta promocijska koda ne obstaja ali trenutno ni veljavna.
problem-insufficient-funds-title = V denarnici ni dovolj sredstev
problem-insufficient-funds-detail = Stanje vaše denarnice je za ta nakup prenizko. Napolnite denarnico in poskusite znova; nič vam ni bilo zaračunano.
problem-promo-expired-title = Promocijska koda trenutno ni veljavna
problem-promo-expired-detail = Ta promocijska koda v tem času ni veljavna.
problem-promo-not-applicable-title = Promocijska koda ne velja
problem-promo-not-applicable-detail = Ta promocijska koda ne velja za noben izdelek v vaši košarici.
problem-promo-below-minimum-title = Naročilo pod najnižjim zneskom promocijske kode
problem-promo-below-minimum-detail = Vaše naročilo ne dosega najnižjega zneska, ki ga zahteva ta promocijska koda.
problem-promo-first-purchase-only-title = Promocijska koda za prvi nakup
problem-promo-first-purchase-only-detail = Ta promocijska koda velja samo za prvi nakup.
problem-promo-exhausted-title = Promocijska koda je porabljena
problem-promo-exhausted-detail = Ta promocijska koda je bila za zdaj uporabljena tolikokrat, kolikor je dovoljeno.
problem-promo-user-limit-title = Promocijska koda je že uporabljena
problem-promo-user-limit-detail = To promocijsko kodo ste že uporabili tolikokrat, kolikor je dovoljeno.
problem-promo-paused-title = Promocijska koda je začasno ustavljena
problem-promo-paused-detail = Ta promocijska koda je trenutno začasno ustavljena.
problem-promo-code-taken-title = Promocijska koda že obstaja
problem-promo-code-taken-detail = Druga promocijska koda že ima to ime.
problem-idempotency-key-reused-title = Ključ idempotentnosti je bil uporabljen za drugo zahtevo
problem-idempotency-key-reused-detail = Ta Idempotency-Key je bil že uporabljen z drugačno zahtevo. Za novo zahtevo uporabite nov ključ.
problem-idempotency-key-in-use-title = Zahteva je v obdelavi
problem-idempotency-key-in-use-detail = Zahteva s tem Idempotency-Key se še obdeluje. Čez trenutek poskusite znova, da prejmete njen odgovor.
problem-self-referral-title = Priporočilo samemu sebi
problem-self-referral-detail = Svoje lastne kode za priporočila ne morete uporabiti.
problem-wrong-state-title = V tem stanju ni mogoče
problem-wrong-state-detail = Tega trenutno ni mogoče storiti ({ $state }).
problem-gateway-disabled-title = Način plačila ni na voljo
problem-gateway-disabled-detail = Ta način plačila na tem strežniku ni omogočen.
problem-gateway-unavailable-title = Ponudnik plačil ni dosegljiv
problem-gateway-unavailable-detail = Ponudnika plačil ni bilo mogoče doseči. Nič vam ni bilo zaračunano; poskusite znova čez nekaj minut ali izberite drug način plačila.
problem-webhook-signature-invalid-title = Neveljaven podpis webhooka
problem-webhook-signature-invalid-detail = Podpis webhooka se ne ujema z nastavitvami tega prehoda. Nič ni bilo spremenjeno.
problem-invalid-number-format-title = Neveljaven vzorec številke
problem-invalid-number-format-detail = Polje »{ $field }« potrebuje enkrat {"{"}YYYY{"}"} in eno zaporedje števk v zavitih oklepajih, na primer INV-{"{"}YYYY{"}"}-{"{"}000001{"}"}: številčenje se vsako leto začne znova.
problem-number-formats-clash-title = Številke bi se lahko podvajale
problem-number-formats-clash-detail = Polje »{ $field }« bi lahko ustvarilo enake številke kot vzorec za račune. Vzorcema dodelite različni predponi, na primer INV- in CN-.
problem-invalid-staging-pattern-title = Neveljaven vzorec testnega gostitelja
problem-invalid-staging-pattern-detail = Vpišite enega gostitelja na vrstico: točen gostitelj (staging.shop.com), vsi gostitelji pod domeno (*.preview.shop.com), vsi gostitelji, ki se začnejo z oznako (staging.*) ali oznako vsebujejo (*.staging.*). Celotna vrhnja domena, kot je *.dev, je javna in je ni mogoče izvzeti iz štetja mest.
problem-insufficient-scope-title = S tem ključem ni dovoljeno
problem-insufficient-scope-detail = Za to { $scope ->
        [session] je potrebna seja prijavljenega uporabnika: ključ API tega ne more storiti
       *[other] je potreben ključ API z obsegom dovoljenj »{ $scope }«
    }.
problem-refund-window-closed-title = Rok za vračilo se je iztekel
problem-refund-window-closed-detail = Pri tem paketu je vračilo mogoče v { $days ->
        [one] { $days } dnevu
        [two] { $days } dneh
        [few] { $days } dneh
       *[other] { $days } dneh
    } po nakupu, ta rok pa je že potekel. Denar vrnite kljub temu samo, če to res želite.
problem-invalid-version-title = Neveljavna različica
problem-invalid-version-detail = Vpišite semantično različico, na primer 1.4.0, 2.0.0-beta.1 ali 1.4.0+build.7.
problem-invalid-platform-title = Neveljavna platforma
problem-invalid-platform-detail = Platforma ima od 1 do 64 malih črk, števk, vezajev in podčrtajev, na primer windows-x86_64 ali wordpress.
problem-invalid-file-name-title = Neveljavno ime datoteke
problem-invalid-file-name-detail = Navedite eno preprosto ime datoteke, na primer app-1.4.0.dmg: brez poševnic, brez pike na začetku, brez narekovajev ali kontrolnih znakov.
problem-version-taken-title = Različica že obstaja
problem-version-taken-detail = Ta izdelek že ima izdajo s to različico (metapodatki gradnje ne ustvarijo nove).
problem-download-link-invalid-title = Povezava za prenos ni veljavna
problem-download-link-invalid-detail = Ta povezava za prenos je potekla, je bila spremenjena ali vodi do izdaje, ki ni več na voljo. Zahtevajte novo.
problem-feed-license-required-title = Potreben je licenčni ključ
problem-feed-license-required-detail = Ta vir posodobitev je samo za stranke z licenco. Licenčni ključ pošljite v naslovu vira ali v glavi RMS-License-Key.
problem-feed-license-refused-title = Licenčni ključ ni sprejet
problem-feed-license-refused-detail = Ta licenčni ključ ne odpre vira posodobitev tega izdelka: je neznan, za drug izdelek, potekel, začasno onemogočen ali preklican.

problem-invalid-vat-id-title = Neveljavna identifikacijska številka za DDV
problem-invalid-vat-id-detail = »{ $field }« ni identifikacijska številka za DDV navedene države. Identifikacijske številke za DDV v EU se začnejo s predpono države, na primer DE123456789 (Grčija: EL). Če kupujete kot zasebnik, pustite polje prazno.

problem-entitlements-append-only-title = Licenčne pravice je mogoče samo dodajati
problem-entitlements-append-only-detail = Licenčne pravice paketa ohranite v istem vrstnem redu in nove dodajte na konec: izdani licenčni ključi jih nosijo po položaju, zato bi odstranitev ali prerazporeditev spremenila, do česa so upravičene obstoječe stranke.
problem-invalid-date-title = Neveljaven datum
problem-invalid-date-detail = Polje »{ $field }« vpišite kot datum, na primer 2026-12-31.
problem-date-range-reversed-title = Datuma v napačnem vrstnem redu
problem-date-range-reversed-detail = Začetni datum je za končnim. Izberite začetni datum, ki je enak končnemu ali je pred njim.
