# Titles and details of RFC 9457 problem responses, one pair per stable error code.

problem-bad-request-title = Ugyldig forespørsel
problem-bad-request-detail = Forespørselen kunne ikke forstås: { $reason }
bad-request-not-json = innholdet er ikke gyldig JSON.
bad-request-missing-field = «{ $field }» er påkrevd.
bad-request-unknown-field = «{ $field }» er ikke et felt denne forespørselen godtar.
bad-request-malformed-field = «{ $field }» har ikke en verdi av riktig type eller i riktig format.
bad-request-malformed = en verdi i den har ikke riktig type eller riktig format.
problem-not-found-title = Ikke funnet
problem-not-found-detail = Det finnes ingenting på denne adressen.
problem-method-not-allowed-title = Metoden er ikke tillatt
problem-method-not-allowed-detail = Denne adressen godtar ikke metoden { $method }.
problem-payload-too-large-title = Forespørselen er for stor
problem-payload-too-large-detail = Innholdet i forespørselen er større enn denne serveren godtar (maks. { $limit } byte).
problem-unsupported-media-type-title = Medietypen støttes ikke
problem-unsupported-media-type-detail = Send innholdet i forespørselen som JSON med headeren Content-Type: application/json.
problem-request-timeout-title = Tidsavbrudd for forespørselen
problem-request-timeout-detail = Forespørselen tok lengre tid enn { $seconds } sekunder og ble stoppet. Ingenting ble lagret med mindre svaret sa noe annet.
problem-too-many-requests-title = For mange forespørsler
problem-too-many-requests-detail = For mange forespørsler på kort tid. Vent litt, og prøv igjen.
problem-internal-error-title = Intern feil
problem-internal-error-detail = Noe gikk galt hos oss. Feilen er logget; oppgi forespørsels-ID { $request_id } hvis du kontakter kundestøtte.
problem-service-unavailable-title = Tjenesten er utilgjengelig
problem-service-unavailable-detail = Tjenesten er midlertidig utilgjengelig. Prøv igjen om et øyeblikk.
problem-http-error-title = Forespørselen mislyktes
problem-http-error-detail = Forespørselen mislyktes med HTTP-status { $status }.

## Accounts and sessions

problem-invalid-email-title = Ugyldig e-postadresse
problem-invalid-email-detail = «{ $field }» er ikke en gyldig e-postadresse.
problem-password-length-title = Passordets lengde
problem-password-length-detail = Passordet må være mellom { $min } og { $max } tegn langt.
problem-password-too-common-title = Passordet er for vanlig
problem-password-too-common-detail = Dette passordet er blant de mest brukte. Velg et annet.
problem-password-contains-email-title = Passordet inneholder e-postadressen
problem-password-contains-email-detail = Passordet kan ikke inneholde e-postadressen din. Velg et annet.
problem-invalid-name-title = Ugyldig navn
problem-invalid-name-detail = Navnet må være 1 til 100 tegn langt og uten kontrolltegn.
problem-invalid-timezone-title = Ugyldig tidssone
problem-invalid-timezone-detail = Bruk et tidssonenavn som Europe/Berlin eller UTC.
problem-unsupported-locale-title = Språket støttes ikke
problem-unsupported-locale-detail = Dette språket er ikke tilgjengelig. Velg et av språkene som tilbys.
problem-invalid-credentials-title = Innloggingen mislyktes
problem-invalid-credentials-detail = E-postadressen eller passordet er feil.
problem-account-locked-title = Kontoen er sperret
problem-account-locked-detail = Denne kontoen er sperret. Kontakt kundestøtte.
problem-unauthenticated-title = Ikke logget inn
problem-unauthenticated-detail = Denne forespørselen krever et gyldig tilgangstoken. Logg inn på nytt for å få et.
problem-invalid-refresh-token-title = Økten har utløpt
problem-invalid-refresh-token-detail = Økten har utløpt eller ble avsluttet. Logg inn på nytt.
problem-invalid-link-token-title = Lenken er ikke lenger gyldig
problem-invalid-link-token-detail = Denne lenken er ugyldig, allerede brukt eller utløpt. Be om en ny.
problem-forbidden-title = Ikke tillatt
problem-forbidden-detail = Du er logget inn, men disse påloggingsopplysningene gir ikke tillatelse til dette.
problem-limit-reached-title = Grensen er nådd
problem-limit-reached-detail = Du har nådd grensen på { $limit }. Fjern en før du legger til en ny.
problem-invalid-scope-title = Ugyldig tillatelse
problem-invalid-scope-detail = Velg minst én av tillatelsene som tilbys; noen er bare tilgjengelige for administratorer.
problem-out-of-range-title = Verdien er utenfor gyldig område
problem-out-of-range-detail = Verdien av «{ $field }» er utenfor det tillatte området.
problem-totp-required-title = Engangskode påkrevd
problem-totp-required-detail = Denne kontoen bruker tofaktorinnlogging. Skriv inn koden fra autentiseringsappen din, eller en gjenopprettingskode.
problem-totp-invalid-title = Feil engangskode
problem-totp-invalid-detail = Koden er feil, utløpt eller allerede brukt. Vent på neste kode, og prøv igjen.
problem-totp-locked-title = Tofaktorinnlogging er sperret
problem-totp-locked-detail = For mange feil koder. Tofaktorinnlogging er sperret i 15 minutter.
problem-totp-already-enabled-title = Tofaktorinnlogging er allerede slått på
problem-totp-already-enabled-detail = Tofaktorinnlogging er allerede slått på for denne kontoen.
problem-totp-not-enabled-title = Tofaktorinnlogging er slått av
problem-totp-not-enabled-detail = Tofaktorinnlogging er ikke slått på for denne kontoen (eller oppsettet ble ikke startet).
problem-invalid-code-title = Feil kode
problem-invalid-code-detail = Verdien av «{ $field }» er feil eller har utløpt.
problem-invalid-role-title = Ukjent rolle
problem-invalid-role-detail = Rollen må være én av user, support eller admin.
problem-csrf-failed-title = Skjemaet har utløpt
problem-csrf-failed-detail = Dette skjemaet kunne ikke godtas. Last inn siden på nytt, og prøv igjen.
problem-two-factor-required-for-staff-title = Tofaktorinnlogging påkrevd
problem-two-factor-required-for-staff-detail = Denne serveren krever at ansatte bruker tofaktorinnlogging. Slå det først på i kontoinnstillingene dine.
problem-slug-taken-title = Kortnavnet er opptatt
problem-slug-taken-detail = Et annet produkt bruker allerede dette kortnavnet. Velg et annet.
problem-invalid-slug-title = Ugyldig kortnavn
problem-invalid-slug-detail = Et kortnavn består av 2 til 64 små bokstaver, sifre og bindestreker, og kan ikke begynne eller slutte med en bindestrek.
problem-invalid-product-kind-title = Ugyldig produkttype
problem-invalid-product-kind-detail = Et produkt er enten «software» (knyttet til maskiner) eller «site» (knyttet til domener).
problem-unknown-account-title = Ukjent konto
problem-unknown-account-detail = Ingen konto har denne e-postadressen. Personen må først opprette en konto.
problem-license-revoked-title = Lisensen er tilbakekalt
problem-license-revoked-detail = Denne lisensen ble tilbakekalt; en tilbakekalt lisens kan ikke gjenaktiveres. Utsted en ny i stedet.
problem-seats-in-use-title = Plasser i bruk
problem-seats-in-use-detail = { $in_use ->
        [one] { $in_use } plass i denne lisensen er i bruk.
       *[other] { $in_use } plasser i denne lisensen er i bruk.
    } Frigjør noen (deaktiver enheter eller reduser underlisenser) før du senker antall plasser.
problem-license-unusable-title = Lisensen kan ikke brukes
problem-license-unusable-detail = Lisensen kan ikke brukes til dette ({ $code }).

# Answers of the product-facing API (validate, activate, heartbeat, deactivate, license file).
answer-not-found = Ingen lisens har denne nøkkelen.
answer-revoked = Denne lisensen er tilbakekalt.
answer-suspended = Denne lisensen er sperret.
answer-expired = Denne lisensen har utløpt.
answer-product-mismatch = Denne nøkkelen hører til et annet produkt.
answer-not-activated = Denne lisensen er ikke aktivert her ennå.
answer-fingerprint-mismatch = Denne lisensen er aktivert på andre enheter, ikke på denne.
answer-domain-mismatch = Denne lisensen er aktivert på andre domener, ikke på dette.
answer-heartbeat-dead = Denne enheten sluttet å sende livstegn; aktiver den på nytt.
answer-too-many-activations = Flere enheter er aktive enn lisensen har plasser.
answer-entitlement-missing = Lisensen omfatter ikke en funksjon det ble bedt om.
answer-version-not-covered = Denne versjonen ble utgitt etter lisensens oppdateringsperiode.
answer-valid = Lisensen er gyldig.
answer-activation-limit = Alle { $seats } plassene i denne lisensen er i bruk. Frigjør en av aktiveringene som vises, for å bruke den her.
answer-clone-suspected = En annen maskin bruker denne aktiveringen; den er satt på pause til eieren frigjør den.
answer-reassignment-limit = Denne lisensen har brukt opp enhetsbyttene sine for nå. Det neste er tillatt fra { $at }.
answer-refused-title = Lisensserveren avviste denne forespørselen
problem-reassignment-limit-title = Ingen flere enhetsbytter for nå
problem-reassignment-limit-detail = Denne lisensen har brukt opp enhetsbyttene sine for nå. Det neste er tillatt fra { $at }.
problem-not-enough-seats-title = Ikke nok ledige plasser
problem-not-enough-seats-detail = { $free ->
    [0] Ingen plasser i denne lisensen er ledige.
    [one] Bare { $free } plass i denne lisensen er ledig.
   *[other] Bare { $free } plasser i denne lisensen er ledige.
}
problem-invalid-activation-request-title = Ikke en gyldig aktiveringsforespørsel
problem-invalid-activation-request-detail = Dette er ikke en aktiveringsforespørsel skrevet med nøkkelen til denne lisensen. Opprett den på nytt på maskinen som skal aktiveres, med nøkkelen til denne lisensen.
problem-not-for-sale-title = Ikke til salgs
problem-not-for-sale-detail = Denne pakken er ikke til salgs.
problem-promo-not-found-title = Ukjent rabattkode
problem-promo-not-found-detail = Denne rabattkoden finnes ikke eller er ikke gyldig nå.
problem-insufficient-funds-title = Ikke nok penger i lommeboken
problem-insufficient-funds-detail = Saldoen i lommeboken din er for lav for dette kjøpet. Fyll på lommeboken, og prøv igjen; ingenting ble trukket.
problem-promo-expired-title = Rabattkoden er ikke gyldig nå
problem-promo-expired-detail = Denne rabattkoden er ikke gyldig for øyeblikket.
problem-promo-not-applicable-title = Rabattkoden gjelder ikke
problem-promo-not-applicable-detail = Denne rabattkoden gjelder ikke for noen av produktene i handlekurven din.
problem-promo-below-minimum-title = Bestillingen er under rabattkodens minimum
problem-promo-below-minimum-detail = Bestillingen din er under minstebeløpet denne rabattkoden krever.
problem-promo-first-purchase-only-title = Rabattkode for første kjøp
problem-promo-first-purchase-only-detail = Denne rabattkoden gjelder bare for et første kjøp.
problem-promo-exhausted-title = Rabattkoden er brukt opp
problem-promo-exhausted-detail = Denne rabattkoden er brukt så mange ganger som tillatt for nå.
problem-promo-user-limit-title = Rabattkoden er allerede brukt
problem-promo-user-limit-detail = Du har allerede brukt denne rabattkoden så mange ganger som den tillater.
problem-promo-paused-title = Rabattkoden er satt på pause
problem-promo-paused-detail = Denne rabattkoden er satt på pause for øyeblikket.
problem-promo-code-taken-title = Rabattkoden finnes allerede
problem-promo-code-taken-detail = En annen rabattkode har allerede dette navnet.
problem-idempotency-key-reused-title = Idempotensnøkkelen er brukt for en annen forespørsel
problem-idempotency-key-reused-detail = Denne Idempotency-Key er allerede brukt med en annen forespørsel. Bruk en ny nøkkel for en ny forespørsel.
problem-idempotency-key-in-use-title = Forespørselen pågår
problem-idempotency-key-in-use-detail = En forespørsel med denne Idempotency-Key behandles fortsatt. Prøv igjen om et øyeblikk for å få svaret.
problem-self-referral-title = Egenhenvisning
problem-self-referral-detail = Du kan ikke bruke din egen henvisningskode.
problem-wrong-state-title = Ikke mulig i denne tilstanden
problem-wrong-state-detail = Dette kan ikke gjøres nå ({ $state }).
problem-gateway-disabled-title = Betalingsmåten er ikke tilgjengelig
problem-gateway-disabled-detail = Denne betalingsmåten er ikke slått på på denne serveren.
problem-gateway-unavailable-title = Betalingsleverandøren er utilgjengelig
problem-gateway-unavailable-detail = Vi fikk ikke kontakt med betalingsleverandøren. Ingenting ble trukket; prøv igjen om noen minutter, eller velg en annen betalingsmåte.
problem-webhook-signature-invalid-title = Ugyldig webhook-signatur
problem-webhook-signature-invalid-detail = Signaturen på webhooken samsvarer ikke med innstillingene for denne gatewayen. Ingenting ble endret.
problem-invalid-number-format-title = Ugyldig nummermønster
problem-invalid-number-format-detail = «{ $field }» må inneholde {"{"}YYYY{"}"} én gang og én sifferrekke i krøllparenteser, for eksempel INV-{"{"}YYYY{"}"}-{"{"}000001{"}"}: nummereringen starter på nytt hvert år.
problem-number-formats-clash-title = Numrene kan kollidere
problem-number-formats-clash-detail = «{ $field }» kan gi de samme numrene som fakturamønsteret. Gi de to mønstrene ulike prefikser, for eksempel INV- og CN-.
problem-invalid-staging-pattern-title = Ugyldig mønster for testverter
problem-invalid-staging-pattern-detail = Skriv én vert per linje: en eksakt vert (staging.shop.com), alle verter under et domene (*.preview.shop.com), alle verter som begynner med en etikett (staging.*), eller som inneholder en etikett (*.staging.*). Et helt toppnivådomene som *.dev er offentlig og kan ikke kjøre gratis.
problem-insufficient-scope-title = Ikke tillatt med denne nøkkelen
problem-insufficient-scope-detail = Dette krever { $scope ->
        [session] en innlogget økt: en API-nøkkel kan ikke gjøre det
       *[other] en API-nøkkel med tillatelsen «{ $scope }»
    }.
problem-refund-window-closed-title = Refusjonsfristen er ute
problem-refund-window-closed-detail = Denne pakken kan refunderes i { $days ->
        [one] { $days } dag
       *[other] { $days } dager
    } etter kjøpet, og den tiden er gått. Refunder den likevel bare hvis det er meningen.
problem-invalid-version-title = Ugyldig versjon
problem-invalid-version-detail = Skriv en semantisk versjon som 1.4.0, 2.0.0-beta.1 eller 1.4.0+build.7.
problem-invalid-platform-title = Ugyldig plattform
problem-invalid-platform-detail = En plattform består av 1 til 64 små bokstaver, sifre, bindestreker og understreker, for eksempel windows-x86_64 eller wordpress.
problem-invalid-file-name-title = Ugyldig filnavn
problem-invalid-file-name-detail = Oppgi ett enkelt filnavn som app-1.4.0.dmg: ingen skråstreker, ikke punktum først, ingen anførselstegn eller kontrolltegn.
problem-version-taken-title = Versjonen finnes allerede
problem-version-taken-detail = Dette produktet har allerede en utgivelse med denne versjonen (byggmetadata gjør den ikke til en ny).
problem-download-link-invalid-title = Nedlastingslenken er ikke gyldig
problem-download-link-invalid-detail = Denne nedlastingslenken er utløpt, endret eller gjelder en utgivelse som ikke lenger er tilgjengelig. Be om en ny.
problem-feed-license-required-title = Lisensnøkkel påkrevd
problem-feed-license-required-detail = Denne oppdateringsfeeden er bare for kunder med lisens. Send lisensnøkkelen din i feedadressen eller i headeren RMS-License-Key.
problem-feed-license-refused-title = Lisensnøkkelen ble ikke godtatt
problem-feed-license-refused-detail = Denne lisensnøkkelen gir ikke tilgang til oppdateringsfeeden for dette produktet: den er ukjent, for et annet produkt, utløpt, sperret eller tilbakekalt.

problem-invalid-vat-id-title = Ugyldig mva-nummer
problem-invalid-vat-id-detail = «{ $field }» er ikke et mva-nummer fra det oppgitte landet. Mva-numre i EU begynner med landsprefikset, for eksempel DE123456789 (Hellas: EL). La feltet stå tomt når du kjøper som privatperson.

problem-entitlements-append-only-title = Rettigheter kan bare legges til
problem-entitlements-append-only-detail = Behold rekkefølgen på pakkens rettigheter, og legg til nye på slutten: utstedte lisensnøkler bærer dem etter posisjon, så hvis en fjernes eller flyttes, endres det eksisterende kunder har rett til.
problem-invalid-date-title = Ugyldig dato
problem-invalid-date-detail = Skriv «{ $field }» som en dato, for eksempel 2026-12-31.
problem-date-range-reversed-title = Datoene er i feil rekkefølge
problem-date-range-reversed-detail = Startdatoen er etter sluttdatoen. Velg en start på eller før sluttdatoen.
