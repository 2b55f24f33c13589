# Titles and details of RFC 9457 problem responses, one pair per stable error code.

problem-bad-request-title = Felaktig förfrågan
problem-bad-request-detail = Förfrågan kunde inte tolkas: { $reason }
bad-request-not-json = innehållet är inte giltig JSON.
bad-request-missing-field = ”{ $field }” är obligatoriskt.
bad-request-unknown-field = ”{ $field }” är inte ett fält som den här förfrågan accepterar.
bad-request-malformed-field = ”{ $field }” har inte ett värde av rätt typ eller format.
bad-request-malformed = ett värde i den har inte rätt typ eller format.
problem-not-found-title = Hittades inte
problem-not-found-detail = Det finns inget på den här adressen.
problem-method-not-allowed-title = Metoden är inte tillåten
problem-method-not-allowed-detail = Den här adressen accepterar inte metoden { $method }.
problem-payload-too-large-title = Förfrågan är för stor
problem-payload-too-large-detail = Förfrågans innehåll är större än den här servern accepterar (högst { $limit } byte).
problem-unsupported-media-type-title = Medietypen stöds inte
problem-unsupported-media-type-detail = Skicka förfrågans innehåll som JSON med headern Content-Type: application/json.
problem-request-timeout-title = Tidsgränsen för förfrågan överskreds
problem-request-timeout-detail = Förfrågan tog längre tid än { $seconds } sekunder och avbröts. Ingenting sparades, om inte svaret angav något annat.
problem-too-many-requests-title = För många förfrågningar
problem-too-many-requests-detail = För många förfrågningar på kort tid. Vänta en stund och försök igen.
problem-internal-error-title = Internt fel
problem-internal-error-detail = Något gick fel hos oss. Felet har loggats; ange förfrågnings-ID { $request_id } om du kontaktar supporten.
problem-service-unavailable-title = Tjänsten är inte tillgänglig
problem-service-unavailable-detail = Tjänsten är tillfälligt otillgänglig. Försök igen om en liten stund.
problem-http-error-title = Förfrågan misslyckades
problem-http-error-detail = Förfrågan misslyckades med HTTP-status { $status }.

## Accounts and sessions

problem-invalid-email-title = Ogiltig e-postadress
problem-invalid-email-detail = ”{ $field }” är inte en giltig e-postadress.
problem-password-length-title = Lösenordets längd
problem-password-length-detail = Lösenordet måste vara mellan { $min } och { $max } tecken långt.
problem-password-too-common-title = Lösenordet är för vanligt
problem-password-too-common-detail = Det här lösenordet är ett av de vanligaste. Välj ett annat.
problem-password-contains-email-title = Lösenordet innehåller e-postadressen
problem-password-contains-email-detail = Lösenordet får inte innehålla din e-postadress. Välj ett annat.
problem-invalid-name-title = Ogiltigt namn
problem-invalid-name-detail = Namnet måste vara 1 till 100 tecken långt, utan styrtecken.
problem-invalid-timezone-title = Ogiltig tidszon
problem-invalid-timezone-detail = Använd namnet på en tidszon, till exempel Europe/Berlin eller UTC.
problem-unsupported-locale-title = Språket stöds inte
problem-unsupported-locale-detail = Det här språket är inte tillgängligt. Välj ett av de erbjudna språken.
problem-invalid-credentials-title = Inloggningen misslyckades
problem-invalid-credentials-detail = E-postadressen eller lösenordet är felaktigt.
problem-account-locked-title = Kontot är låst
problem-account-locked-detail = Det här kontot är låst. Kontakta supporten.
problem-unauthenticated-title = Inte inloggad
problem-unauthenticated-detail = Den här förfrågan kräver en giltig åtkomsttoken. Logga in igen för att få en.
problem-invalid-refresh-token-title = Sessionen har gått ut
problem-invalid-refresh-token-detail = Sessionen har gått ut eller har avslutats. Logga in igen.
problem-invalid-link-token-title = Länken är inte längre giltig
problem-invalid-link-token-detail = Den här länken är ogiltig, har redan använts eller har gått ut. Begär en ny.
problem-forbidden-title = Inte tillåtet
problem-forbidden-detail = Du är inloggad, men de här inloggningsuppgifterna får inte göra detta.
problem-limit-reached-title = Gränsen är nådd
problem-limit-reached-detail = Du har nått gränsen på { $limit }. Ta bort en innan du lägger till en ny.
problem-invalid-scope-title = Ogiltig behörighet
problem-invalid-scope-detail = Välj minst en av de erbjudna behörigheterna; vissa är bara tillgängliga för administratörer.
problem-out-of-range-title = Värdet ligger utanför intervallet
problem-out-of-range-detail = Värdet för ”{ $field }” ligger utanför det tillåtna intervallet.
problem-totp-required-title = Engångskod krävs
problem-totp-required-detail = Det här kontot använder tvåfaktorsinloggning. Ange koden från din autentiseringsapp eller en återställningskod.
problem-totp-invalid-title = Fel engångskod
problem-totp-invalid-detail = Koden är fel, har gått ut eller har redan använts. Vänta på nästa kod och försök igen.
problem-totp-locked-title = Tvåfaktorsinloggning låst
problem-totp-locked-detail = För många felaktiga koder. Tvåfaktorsinloggning är låst i 15 minuter.
problem-totp-already-enabled-title = Tvåfaktorsinloggning är redan på
problem-totp-already-enabled-detail = Tvåfaktorsinloggning är redan på för det här kontot.
problem-totp-not-enabled-title = Tvåfaktorsinloggning är av
problem-totp-not-enabled-detail = Tvåfaktorsinloggning är inte på för det här kontot (eller så har registreringen inte påbörjats).
problem-invalid-code-title = Fel kod
problem-invalid-code-detail = Värdet för ”{ $field }” är fel eller har gått ut.
problem-invalid-role-title = Okänd roll
problem-invalid-role-detail = Rollen måste vara en av user, support eller admin.
problem-csrf-failed-title = Formuläret har gått ut
problem-csrf-failed-detail = Formuläret kunde inte accepteras. Ladda om sidan och försök igen.
problem-two-factor-required-for-staff-title = Tvåfaktorsinloggning krävs
problem-two-factor-required-for-staff-detail = Den här servern kräver att personal använder tvåfaktorsinloggning. Aktivera den först i dina kontoinställningar.
problem-slug-taken-title = Kortnamnet är upptaget
problem-slug-taken-detail = En annan produkt använder redan det här kortnamnet. Välj ett annat.
problem-invalid-slug-title = Ogiltigt kortnamn
problem-invalid-slug-detail = Ett kortnamn består av 2 till 64 gemener, siffror och bindestreck, och får inte börja eller sluta med ett bindestreck.
problem-invalid-product-kind-title = Ogiltig produkttyp
problem-invalid-product-kind-detail = En produkt är antingen ”software” (knuten till datorer) eller ”site” (knuten till domäner).
problem-unknown-account-title = Okänt konto
problem-unknown-account-detail = Inget konto har den här e-postadressen. Personen måste registrera sig först.
problem-license-revoked-title = Licensen är återkallad
problem-license-revoked-detail = Den här licensen har återkallats; en återkallad licens kan inte återaktiveras. Utfärda en ny i stället.
problem-seats-in-use-title = Platser används
problem-seats-in-use-detail = { $in_use ->
        [one] { $in_use } plats i den här licensen används.
       *[other] { $in_use } platser i den här licensen används.
    } Frigör några (inaktivera enheter eller minska underlicenser) innan du sänker antalet platser.
problem-license-unusable-title = Licensen kan inte användas
problem-license-unusable-detail = Licensen kan inte användas för detta ({ $code }).

# Answers of the product-facing API (validate, activate, heartbeat, deactivate, license file).
answer-not-found = Ingen licens har den här nyckeln.
answer-revoked = Den här licensen har återkallats.
answer-suspended = Den här licensen är spärrad.
answer-expired = Den här licensen har gått ut.
answer-product-mismatch = Den här nyckeln hör till en annan produkt.
answer-not-activated = Den här licensen är inte aktiverad här ännu.
answer-fingerprint-mismatch = Den här licensen är aktiverad på andra enheter, inte på den här.
answer-domain-mismatch = Den här licensen är aktiverad på andra domäner, inte på den här.
answer-heartbeat-dead = Den här enheten har slutat skicka livstecken; aktivera den igen.
answer-too-many-activations = Fler enheter är aktiva än licensen har platser.
answer-entitlement-missing = Licensen omfattar inte en funktion som efterfrågades.
answer-version-not-covered = Den här versionen publicerades efter licensens uppdateringsperiod.
answer-valid = Licensen är giltig.
answer-activation-limit = Alla { $seats } platser i den här licensen används. Frigör en av de listade aktiveringarna för att använda den här.
answer-clone-suspected = En annan dator använder den här aktiveringen; den är pausad tills ägaren frigör den.
answer-reassignment-limit = Den här licensen har använt sina enhetsbyten för tillfället. Nästa är tillåtet från { $at }.
answer-refused-title = Licensservern avvisade den här förfrågan
problem-reassignment-limit-title = Inga fler enhetsbyten för tillfället
problem-reassignment-limit-detail = Den här licensen har använt sina enhetsbyten för tillfället. Nästa är tillåtet från { $at }.
problem-not-enough-seats-title = Inte tillräckligt med lediga platser
problem-not-enough-seats-detail = { $free ->
    [0] Ingen plats i den här licensen är ledig.
    [one] Bara en plats i den här licensen är ledig.
   *[other] Bara { $free } platser i den här licensen är lediga.
}
problem-invalid-activation-request-title = Ingen giltig aktiveringsbegäran
problem-invalid-activation-request-detail = Det här är ingen aktiveringsbegäran som skapats med den här licensens nyckel. Skapa den igen på datorn som ska aktiveras, med den här licensens nyckel.
problem-not-for-sale-title = Inte till salu
problem-not-for-sale-detail = Det här paketet är inte till salu.
problem-promo-not-found-title = Okänd kampanjkod
problem-promo-not-found-detail = Den här kampanjkoden finns inte eller är inte giltig just nu.
problem-insufficient-funds-title = Inte tillräckligt med pengar i plånboken
problem-insufficient-funds-detail = Saldot i din plånbok är för lågt för det här köpet. Fyll på din plånbok och försök igen; ingenting har debiterats.
problem-promo-expired-title = Kampanjkoden är inte giltig just nu
problem-promo-expired-detail = Den här kampanjkoden är inte giltig för närvarande.
problem-promo-not-applicable-title = Kampanjkoden gäller inte
problem-promo-not-applicable-detail = Den här kampanjkoden gäller inte för någon produkt i din varukorg.
problem-promo-below-minimum-title = Beställningen understiger kampanjkodens minimum
problem-promo-below-minimum-detail = Din beställning understiger det lägsta belopp som den här kampanjkoden kräver.
problem-promo-first-purchase-only-title = Kampanjkod för första köpet
problem-promo-first-purchase-only-detail = Den här kampanjkoden gäller bara för ett första köp.
problem-promo-exhausted-title = Kampanjkoden är förbrukad
problem-promo-exhausted-detail = Den här kampanjkoden har använts så många gånger som den får för tillfället.
problem-promo-user-limit-title = Kampanjkoden är redan använd
problem-promo-user-limit-detail = Du har redan använt den här kampanjkoden så många gånger som den tillåter.
problem-promo-paused-title = Kampanjkoden är pausad
problem-promo-paused-detail = Den här kampanjkoden är pausad för tillfället.
problem-promo-code-taken-title = Kampanjkoden finns redan
problem-promo-code-taken-detail = En annan kampanjkod har redan det här namnet.
problem-idempotency-key-reused-title = Idempotensnyckeln har använts för en annan förfrågan
problem-idempotency-key-reused-detail = Den här Idempotency-Key har redan använts med en annan förfrågan. Använd en ny nyckel för en ny förfrågan.
problem-idempotency-key-in-use-title = Förfrågan pågår
problem-idempotency-key-in-use-detail = En förfrågan med den här Idempotency-Key bearbetas fortfarande. Försök igen om en stund för att få dess svar.
problem-self-referral-title = Självvärvning
problem-self-referral-detail = Du kan inte använda din egen värvningskod.
problem-wrong-state-title = Inte möjligt i det här tillståndet
problem-wrong-state-detail = Detta kan inte göras just nu ({ $state }).
problem-gateway-disabled-title = Betalningssättet är inte tillgängligt
problem-gateway-disabled-detail = Det här betalningssättet är inte aktiverat på den här servern.
problem-gateway-unavailable-title = Betaltjänstleverantören är inte tillgänglig
problem-gateway-unavailable-detail = Det gick inte att nå betaltjänstleverantören. Ingenting har debiterats; försök igen om några minuter eller välj ett annat betalningssätt.
problem-webhook-signature-invalid-title = Ogiltig webhook-signatur
problem-webhook-signature-invalid-detail = Webhookens signatur stämmer inte med inställningarna för den här betalningstjänsten. Ingenting har ändrats.
problem-invalid-number-format-title = Ogiltigt nummermönster
problem-invalid-number-format-detail = ”{ $field }” behöver {"{"}YYYY{"}"} en gång och en sekvens av siffror inom klammerparenteser, till exempel INV-{"{"}YYYY{"}"}-{"{"}000001{"}"}: numreringen börjar om varje år.
problem-number-formats-clash-title = Numren kan krocka
problem-number-formats-clash-detail = ”{ $field }” kan ge samma nummer som fakturamönstret. Ge de två mönstren olika prefix, till exempel INV- och CN-.
problem-invalid-staging-pattern-title = Ogiltigt mönster för testvärdar
problem-invalid-staging-pattern-detail = Skriv en värd per rad: en exakt värd (staging.shop.com), alla värdar under en domän (*.preview.shop.com), alla värdar som börjar med en etikett (staging.*) eller som innehåller en etikett (*.staging.*). En hel toppdomän som *.dev är offentlig och kan inte undantas.
problem-insufficient-scope-title = Inte tillåtet med den här nyckeln
problem-insufficient-scope-detail = Detta kräver { $scope ->
        [session] en inloggad session: en API-nyckel kan inte göra det
       *[other] en API-nyckel med behörigheten ”{ $scope }”
    }.
problem-refund-window-closed-title = Återbetalningsfristen har löpt ut
problem-refund-window-closed-detail = Det här paketet kan återbetalas inom { $days ->
        [one] { $days } dag
       *[other] { $days } dagar
    } efter köpet, och den tiden har passerat. Återbetala ändå bara om du verkligen avser det.
problem-invalid-version-title = Ogiltig version
problem-invalid-version-detail = Ange en semantisk version, till exempel 1.4.0, 2.0.0-beta.1 eller 1.4.0+build.7.
problem-invalid-platform-title = Ogiltig plattform
problem-invalid-platform-detail = En plattform består av 1 till 64 gemener, siffror, bindestreck och understreck, till exempel windows-x86_64 eller wordpress.
problem-invalid-file-name-title = Ogiltigt filnamn
problem-invalid-file-name-detail = Ange ett enkelt filnamn, till exempel app-1.4.0.dmg: inga snedstreck, ingen inledande punkt, inga citattecken eller styrtecken.
problem-version-taken-title = Versionen finns redan
problem-version-taken-detail = Den här produkten har redan en version med det här versionsnumret (byggmetadata ger ingen ny version).
problem-download-link-invalid-title = Nedladdningslänken är inte giltig
problem-download-link-invalid-detail = Den här nedladdningslänken har gått ut, har ändrats eller gäller en version som inte längre är tillgänglig. Begär en ny.
problem-feed-license-required-title = Licensnyckel krävs
problem-feed-license-required-detail = Det här uppdateringsflödet är bara för kunder med en licens. Skicka din licensnyckel i flödesadressen eller i headern RMS-License-Key.
problem-feed-license-refused-title = Licensnyckeln godtogs inte
problem-feed-license-refused-detail = Den här licensnyckeln ger inte åtkomst till den här produktens uppdateringsflöde: den är okänd, gäller en annan produkt, har gått ut, är spärrad eller har återkallats.

problem-invalid-vat-id-title = Ogiltigt momsregistreringsnummer
problem-invalid-vat-id-detail = ”{ $field }” är inte ett momsregistreringsnummer för det angivna landet. Momsregistreringsnummer inom EU börjar med landsprefixet, till exempel DE123456789 (Grekland: EL). Lämna fältet tomt om du handlar som privatperson.

problem-entitlements-append-only-title = Rättigheter kan bara läggas till
problem-entitlements-append-only-detail = Behåll paketets rättigheter i sin ordning och lägg till nya i slutet: utfärdade licensnycklar bär dem efter position, så att ta bort eller ändra ordningen på en skulle ändra vad befintliga kunder har rätt till.
problem-invalid-date-title = Ogiltigt datum
problem-invalid-date-detail = Skriv ”{ $field }” som ett datum, till exempel 2026-12-31.
problem-date-range-reversed-title = Datumen är i fel ordning
problem-date-range-reversed-detail = Startdatumet ligger efter slutdatumet. Välj ett startdatum som infaller samma dag som eller före slutdatumet.
