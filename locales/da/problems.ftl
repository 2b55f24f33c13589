# Titles and details of RFC 9457 problem responses, one pair per stable error code.

problem-bad-request-title = Ugyldig anmodning
problem-bad-request-detail = Anmodningen kunne ikke forstås: { $reason }
bad-request-not-json = brødteksten er ikke gyldig JSON.
bad-request-missing-field = »{ $field }« er påkrævet.
bad-request-unknown-field = »{ $field }« er ikke et felt, som denne anmodning accepterer.
bad-request-malformed-field = »{ $field }« har ikke en værdi af den rigtige type eller i det rigtige format.
bad-request-malformed = en værdi i den har ikke den rigtige type eller det rigtige format.
problem-not-found-title = Ikke fundet
problem-not-found-detail = Der er intet på denne adresse.
problem-method-not-allowed-title = Metoden er ikke tilladt
problem-method-not-allowed-detail = Denne adresse accepterer ikke metoden { $method }.
problem-payload-too-large-title = Anmodningen er for stor
problem-payload-too-large-detail = Anmodningens brødtekst er større, end denne server accepterer (højst { $limit } byte).
problem-unsupported-media-type-title = Medietypen understøttes ikke
problem-unsupported-media-type-detail = Send anmodningens brødtekst som JSON med headeren Content-Type: application/json.
problem-request-timeout-title = Anmodningen fik timeout
problem-request-timeout-detail = Anmodningen tog længere end { $seconds } sekunder og blev stoppet. Intet blev gemt, medmindre svaret sagde det.
problem-too-many-requests-title = For mange anmodninger
problem-too-many-requests-detail = For mange anmodninger på kort tid. Vent lidt, og prøv igen.
problem-internal-error-title = Intern fejl
problem-internal-error-detail = Noget gik galt hos os. Det er blevet logget; angiv venligst anmodnings-id { $request_id }, hvis du kontakter support.
problem-service-unavailable-title = Tjenesten er ikke tilgængelig
problem-service-unavailable-detail = Tjenesten er midlertidigt utilgængelig. Prøv igen om lidt.
problem-http-error-title = Anmodningen mislykkedes
problem-http-error-detail = Anmodningen mislykkedes med HTTP-status { $status }.

## Accounts and sessions

problem-invalid-email-title = Ugyldig e-mailadresse
problem-invalid-email-detail = »{ $field }« er ikke en gyldig e-mailadresse.
problem-password-length-title = Adgangskodens længde
problem-password-length-detail = Adgangskoden skal være mellem { $min } og { $max } tegn lang.
problem-password-too-common-title = Adgangskoden er for almindelig
problem-password-too-common-detail = Denne adgangskode er blandt de mest brugte. Vælg venligst en anden.
problem-password-contains-email-title = Adgangskoden indeholder e-mailadressen
problem-password-contains-email-detail = Adgangskoden må ikke indeholde din e-mailadresse. Vælg venligst en anden.
problem-invalid-name-title = Ugyldigt navn
problem-invalid-name-detail = Navnet skal være 1 til 100 tegn langt og uden kontroltegn.
problem-invalid-timezone-title = Ugyldig tidszone
problem-invalid-timezone-detail = Brug et tidszonenavn som Europe/Berlin eller UTC.
problem-unsupported-locale-title = Sproget understøttes ikke
problem-unsupported-locale-detail = Dette sprog er ikke tilgængeligt. Vælg et af de tilbudte sprog.
problem-invalid-credentials-title = Login mislykkedes
problem-invalid-credentials-detail = E-mailadressen eller adgangskoden er forkert.
problem-account-locked-title = Kontoen er spærret
problem-account-locked-detail = Denne konto er spærret. Kontakt venligst support.
problem-unauthenticated-title = Ikke logget ind
problem-unauthenticated-detail = Denne anmodning kræver et gyldigt adgangstoken. Log ind igen for at få et.
problem-invalid-refresh-token-title = Sessionen er udløbet
problem-invalid-refresh-token-detail = Sessionen er udløbet eller blev afsluttet. Log venligst ind igen.
problem-invalid-link-token-title = Linket er ikke længere gyldigt
problem-invalid-link-token-detail = Dette link er ugyldigt, allerede brugt eller udløbet. Anmod om et nyt.
problem-forbidden-title = Ikke tilladt
problem-forbidden-detail = Du er logget ind, men disse loginoplysninger giver ikke lov til dette.
problem-limit-reached-title = Grænsen er nået
problem-limit-reached-detail = Du har nået grænsen på { $limit }. Fjern en, før du tilføjer en ny.
problem-invalid-scope-title = Ugyldig tilladelse
problem-invalid-scope-detail = Vælg mindst én af de tilbudte tilladelser; nogle er kun tilgængelige for administratorer.
problem-out-of-range-title = Værdien er uden for intervallet
problem-out-of-range-detail = Værdien af »{ $field }« ligger uden for det tilladte interval.
problem-totp-required-title = Engangskode påkrævet
problem-totp-required-detail = Denne konto bruger totrinslogin. Indtast koden fra din godkendelsesapp eller en gendannelseskode.
problem-totp-invalid-title = Forkert engangskode
problem-totp-invalid-detail = Koden er forkert, udløbet eller allerede brugt. Vent på den næste kode, og prøv igen.
problem-totp-locked-title = Totrinslogin er spærret
problem-totp-locked-detail = For mange forkerte koder. Totrinslogin er spærret i 15 minutter.
problem-totp-already-enabled-title = Totrinslogin er allerede slået til
problem-totp-already-enabled-detail = Totrinslogin er allerede slået til for denne konto.
problem-totp-not-enabled-title = Totrinslogin er slået fra
problem-totp-not-enabled-detail = Totrinslogin er ikke slået til for denne konto (eller opsætningen blev ikke startet).
problem-invalid-code-title = Forkert kode
problem-invalid-code-detail = Værdien af »{ $field }« er forkert eller udløbet.
problem-invalid-role-title = Ukendt rolle
problem-invalid-role-detail = Rollen skal være en af user, support eller admin.
problem-csrf-failed-title = Formularen er udløbet
problem-csrf-failed-detail = Formularen kunne ikke accepteres. Genindlæs siden, og prøv igen.
problem-two-factor-required-for-staff-title = Totrinslogin påkrævet
problem-two-factor-required-for-staff-detail = Denne server kræver, at personalet bruger totrinslogin. Slå det først til i dine kontoindstillinger.
problem-slug-taken-title = Kortnavnet er optaget
problem-slug-taken-detail = Et andet produkt bruger allerede dette kortnavn. Vælg et andet.
problem-invalid-slug-title = Ugyldigt kortnavn
problem-invalid-slug-detail = Et kortnavn består af 2 til 64 små bogstaver, cifre og bindestreger og må ikke begynde eller slutte med en bindestreg.
problem-invalid-product-kind-title = Ugyldig produkttype
problem-invalid-product-kind-detail = Et produkt er enten »software« (knyttet til maskiner) eller »site« (knyttet til domæner).
problem-unknown-account-title = Ukendt konto
problem-unknown-account-detail = Ingen konto har denne e-mailadresse. Personen skal først oprette en konto.
problem-license-revoked-title = Licensen er tilbagekaldt
problem-license-revoked-detail = Denne licens blev tilbagekaldt; en tilbagekaldt licens kan ikke genaktiveres. Udsted i stedet en ny.
problem-seats-in-use-title = Pladser i brug
problem-seats-in-use-detail = { $in_use ->
        [one] { $in_use } plads i denne licens er i brug.
       *[other] { $in_use } pladser i denne licens er i brug.
    } Frigiv nogle (deaktivér enheder, eller formindsk underlicenser), før du sænker antallet af pladser.
problem-license-unusable-title = Licensen kan ikke bruges
problem-license-unusable-detail = Licensen kan ikke bruges til dette ({ $code }).

# Answers of the product-facing API (validate, activate, heartbeat, deactivate, license file).
answer-not-found = Ingen licens har denne nøgle.
answer-revoked = Denne licens er blevet tilbagekaldt.
answer-suspended = Denne licens er spærret.
answer-expired = Denne licens er udløbet.
answer-product-mismatch = Denne nøgle hører til et andet produkt.
answer-not-activated = Denne licens er endnu ikke aktiveret her.
answer-fingerprint-mismatch = Denne licens er aktiveret på andre enheder, ikke på denne.
answer-domain-mismatch = Denne licens er aktiveret på andre domæner, ikke på dette.
answer-heartbeat-dead = Denne enhed holdt op med at sende livstegn; aktivér den igen.
answer-too-many-activations = Der er flere aktive enheder, end licensen har pladser.
answer-entitlement-missing = Licensen omfatter ikke en funktion, der blev anmodet om.
answer-version-not-covered = Denne version blev udgivet efter licensens opdateringsperiode.
answer-valid = Licensen er gyldig.
answer-activation-limit = Alle { $seats } pladser i denne licens er i brug. Frigiv en af de viste aktiveringer for at bruge den her.
answer-clone-suspected = En anden maskine bruger denne aktivering; den er sat på pause, indtil ejeren frigiver den.
answer-reassignment-limit = Denne licens har brugt sine enhedsskift for nu. Det næste er tilladt fra { $at }.
answer-refused-title = Licensserveren afviste denne anmodning
problem-reassignment-limit-title = Ikke flere enhedsskift for nu
problem-reassignment-limit-detail = Denne licens har brugt sine enhedsskift for nu. Det næste er tilladt fra { $at }.
problem-not-enough-seats-title = Ikke nok ledige pladser
problem-not-enough-seats-detail = { $free ->
    [0] Ingen plads i denne licens er ledig.
    [one] Kun { $free } plads i denne licens er ledig.
   *[other] Kun { $free } pladser i denne licens er ledige.
}
problem-invalid-activation-request-title = Ikke en gyldig aktiveringsanmodning
problem-invalid-activation-request-detail = Dette er ikke en aktiveringsanmodning skrevet med denne licens' nøgle. Opret den igen på den maskine, der skal aktiveres, med denne licens' nøgle.
problem-not-for-sale-title = Ikke til salg
problem-not-for-sale-detail = Denne pakke er ikke til salg.
problem-promo-not-found-title = Ukendt rabatkode
problem-promo-not-found-detail = Denne rabatkode findes ikke eller er ikke gyldig nu.
problem-insufficient-funds-title = Ikke nok penge i tegnebogen
problem-insufficient-funds-detail = Saldoen i din tegnebog er for lav til dette køb. Tank din tegnebog op, og prøv igen; der er ikke trukket noget.
problem-promo-expired-title = Rabatkoden er ikke gyldig nu
problem-promo-expired-detail = Denne rabatkode er ikke gyldig på nuværende tidspunkt.
problem-promo-not-applicable-title = Rabatkoden gælder ikke
problem-promo-not-applicable-detail = Denne rabatkode gælder ikke for noget produkt i din indkøbskurv.
problem-promo-below-minimum-title = Ordren er under rabatkodens minimum
problem-promo-below-minimum-detail = Din ordre er under det minimum, som denne rabatkode kræver.
problem-promo-first-purchase-only-title = Rabatkode til første køb
problem-promo-first-purchase-only-detail = Denne rabatkode gælder kun for et første køb.
problem-promo-exhausted-title = Rabatkoden er brugt op
problem-promo-exhausted-detail = Denne rabatkode er brugt så mange gange, som den må for nu.
problem-promo-user-limit-title = Rabatkoden er allerede brugt
problem-promo-user-limit-detail = Du har allerede brugt denne rabatkode så mange gange, som den tillader.
problem-promo-paused-title = Rabatkoden er sat på pause
problem-promo-paused-detail = Denne rabatkode er sat på pause i øjeblikket.
problem-promo-code-taken-title = Rabatkoden findes allerede
problem-promo-code-taken-detail = En anden rabatkode har allerede dette navn.
problem-idempotency-key-reused-title = Idempotensnøglen er brugt til en anden anmodning
problem-idempotency-key-reused-detail = Denne Idempotency-Key er allerede brugt med en anden anmodning. Brug en ny nøgle til en ny anmodning.
problem-idempotency-key-in-use-title = Anmodningen er i gang
problem-idempotency-key-in-use-detail = En anmodning med denne Idempotency-Key er stadig under behandling. Prøv igen om lidt for at få dens svar.
problem-self-referral-title = Selvhenvisning
problem-self-referral-detail = Du kan ikke bruge din egen henvisningskode.
problem-wrong-state-title = Ikke muligt i denne tilstand
problem-wrong-state-detail = Dette kan ikke gøres nu ({ $state }).
problem-gateway-disabled-title = Betalingsmetoden er ikke tilgængelig
problem-gateway-disabled-detail = Denne betalingsmetode er ikke slået til på denne server.
problem-gateway-unavailable-title = Betalingsudbyderen er ikke tilgængelig
problem-gateway-unavailable-detail = Betalingsudbyderen kunne ikke nås. Der er ikke trukket noget; prøv igen om et par minutter, eller vælg en anden betalingsmetode.
problem-webhook-signature-invalid-title = Ugyldig webhook-signatur
problem-webhook-signature-invalid-detail = Webhookens signatur passer ikke til denne gateways indstillinger. Intet blev ændret.
problem-invalid-number-format-title = Ugyldigt nummermønster
problem-invalid-number-format-detail = »{ $field }« skal indeholde {"{"}YYYY{"}"} én gang og én række cifre i krøllede parenteser, f.eks. INV-{"{"}YYYY{"}"}-{"{"}000001{"}"}: nummereringen starter forfra hvert år.
problem-number-formats-clash-title = Numrene kan kollidere
problem-number-formats-clash-detail = »{ $field }« kan give de samme numre som fakturamønstret. Giv de to mønstre forskellige præfikser, f.eks. INV- og CN-.
problem-invalid-staging-pattern-title = Ugyldigt mønster for testværter
problem-invalid-staging-pattern-detail = Skriv én vært pr. linje: en præcis vært (staging.shop.com), alle værter under et domæne (*.preview.shop.com), alle værter, der begynder med en etiket (staging.*), eller som indeholder en etiket (*.staging.*). Et helt topdomæne som *.dev er offentligt og kan ikke køre gratis.
problem-insufficient-scope-title = Ikke tilladt med denne nøgle
problem-insufficient-scope-detail = Dette kræver { $scope ->
        [session] en session, hvor du er logget ind: en API-nøgle kan ikke gøre det
       *[other] en API-nøgle med tilladelsen »{ $scope }«
    }.
problem-refund-window-closed-title = Refusionsfristen er udløbet
problem-refund-window-closed-detail = Denne pakke kan refunderes i { $days ->
        [one] { $days } dag
       *[other] { $days } dage
    } efter købet, og den tid er gået. Refundér den kun alligevel, hvis det er din hensigt.
problem-invalid-version-title = Ugyldig version
problem-invalid-version-detail = Skriv en semantisk version som 1.4.0, 2.0.0-beta.1 eller 1.4.0+build.7.
problem-invalid-platform-title = Ugyldig platform
problem-invalid-platform-detail = En platform består af 1 til 64 små bogstaver, cifre, bindestreger og understregninger, f.eks. windows-x86_64 eller wordpress.
problem-invalid-file-name-title = Ugyldigt filnavn
problem-invalid-file-name-detail = Angiv ét enkelt filnavn som app-1.4.0.dmg: ingen skråstreger, intet punktum forrest, ingen anførselstegn eller kontroltegn.
problem-version-taken-title = Versionen findes allerede
problem-version-taken-detail = Dette produkt har allerede en udgivelse med denne version (build-metadata gør den ikke til en ny).
problem-download-link-invalid-title = Downloadlinket er ikke gyldigt
problem-download-link-invalid-detail = Dette downloadlink er udløbet, ændret eller gælder en udgivelse, der ikke længere er tilgængelig. Bed om et nyt.
problem-feed-license-required-title = Licensnøgle påkrævet
problem-feed-license-required-detail = Dette opdateringsfeed er kun for kunder med en licens. Send din licensnøgle i feedadressen eller i headeren RMS-License-Key.
problem-feed-license-refused-title = Licensnøglen blev ikke accepteret
problem-feed-license-refused-detail = Denne licensnøgle giver ikke adgang til dette produkts opdateringsfeed: den er ukendt, til et andet produkt, udløbet, spærret eller tilbagekaldt.

problem-invalid-vat-id-title = Ugyldigt momsnummer
problem-invalid-vat-id-detail = »{ $field }« er ikke et momsnummer fra det angivne land. EU-momsnumre begynder med landepræfikset, f.eks. DE123456789 (Grækenland: EL). Lad feltet stå tomt, når du køber som privatperson.

problem-entitlements-append-only-title = Rettigheder kan kun tilføjes
problem-entitlements-append-only-detail = Behold pakkens rettigheder i deres rækkefølge, og tilføj nye til sidst: udstedte licensnøgler bærer dem efter position, så hvis en fjernes eller flyttes, ændres det, som eksisterende kunder har ret til.
problem-invalid-date-title = Ugyldig dato
problem-invalid-date-detail = Skriv »{ $field }« som en dato, f.eks. 2026-12-31.
problem-date-range-reversed-title = Datoerne er i forkert rækkefølge
problem-date-range-reversed-detail = Startdatoen ligger efter slutdatoen. Vælg en start på eller før slutdatoen.
