# Titles and details of RFC 9457 problem responses, one pair per stable error code.

problem-bad-request-title = Ongeldig verzoek
problem-bad-request-detail = Het verzoek kon niet worden begrepen: { $reason }
bad-request-not-json = de body is geen geldige JSON.
bad-request-missing-field = “{ $field }” is verplicht.
bad-request-unknown-field = “{ $field }” is geen veld dat dit verzoek accepteert.
bad-request-malformed-field = “{ $field }” heeft geen waarde van het juiste type of formaat.
bad-request-malformed = een waarde erin heeft niet het juiste type of formaat.
problem-not-found-title = Niet gevonden
problem-not-found-detail = Er is niets op dit adres.
problem-method-not-allowed-title = Methode niet toegestaan
problem-method-not-allowed-detail = Dit adres accepteert de methode { $method } niet.
problem-payload-too-large-title = Verzoek te groot
problem-payload-too-large-detail = De body van het verzoek is groter dan deze server accepteert (maximaal { $limit } bytes).
problem-unsupported-media-type-title = Mediatype niet ondersteund
problem-unsupported-media-type-detail = Verstuur de body van het verzoek als JSON met de header Content-Type: application/json.
problem-request-timeout-title = Time-out van het verzoek
problem-request-timeout-detail = Het verzoek duurde langer dan { $seconds } seconden en is afgebroken. Er is niets opgeslagen, tenzij het antwoord iets anders zei.
problem-too-many-requests-title = Te veel verzoeken
problem-too-many-requests-detail = Te veel verzoeken in korte tijd. Wacht even en probeer het opnieuw.
problem-internal-error-title = Interne fout
problem-internal-error-detail = Er is aan onze kant iets misgegaan. Dit is vastgelegd; vermeld verzoek-ID { $request_id } als u contact opneemt met de klantenservice.
problem-service-unavailable-title = Dienst niet beschikbaar
problem-service-unavailable-detail = De dienst is tijdelijk niet beschikbaar. Probeer het over een ogenblik opnieuw.
problem-http-error-title = Verzoek mislukt
problem-http-error-detail = Het verzoek is mislukt met HTTP-status { $status }.

## Accounts and sessions

problem-invalid-email-title = Ongeldig e-mailadres
problem-invalid-email-detail = “{ $field }” is geen geldig e-mailadres.
problem-password-length-title = Lengte van het wachtwoord
problem-password-length-detail = Het wachtwoord moet tussen { $min } en { $max } tekens lang zijn.
problem-password-too-common-title = Wachtwoord te gangbaar
problem-password-too-common-detail = Dit wachtwoord hoort bij de meest gebruikte wachtwoorden. Kies een ander wachtwoord.
problem-password-contains-email-title = Wachtwoord bevat het e-mailadres
problem-password-contains-email-detail = Het wachtwoord mag uw e-mailadres niet bevatten. Kies een ander wachtwoord.
problem-invalid-name-title = Ongeldige naam
problem-invalid-name-detail = De naam moet 1 tot 100 tekens lang zijn, zonder stuurtekens.
problem-invalid-timezone-title = Ongeldige tijdzone
problem-invalid-timezone-detail = Gebruik de naam van een tijdzone, zoals Europe/Berlin of UTC.
problem-unsupported-locale-title = Taal niet ondersteund
problem-unsupported-locale-detail = Deze taal is niet beschikbaar. Kies een van de aangeboden talen.
problem-invalid-credentials-title = Inloggen mislukt
problem-invalid-credentials-detail = Het e-mailadres of wachtwoord is onjuist.
problem-account-locked-title = Account geblokkeerd
problem-account-locked-detail = Dit account is geblokkeerd. Neem contact op met de klantenservice.
problem-unauthenticated-title = Niet ingelogd
problem-unauthenticated-detail = Voor dit verzoek is een geldig toegangstoken nodig. Log opnieuw in om er een te krijgen.
problem-invalid-refresh-token-title = Sessie verlopen
problem-invalid-refresh-token-detail = De sessie is verlopen of beëindigd. Log opnieuw in.
problem-invalid-link-token-title = Link niet meer geldig
problem-invalid-link-token-detail = Deze link is ongeldig, al gebruikt of verlopen. Vraag een nieuwe aan.
problem-forbidden-title = Niet toegestaan
problem-forbidden-detail = U bent ingelogd, maar met deze toegangsgegevens mag dit niet.
problem-limit-reached-title = Limiet bereikt
problem-limit-reached-detail = U hebt de limiet van { $limit } bereikt. Verwijder er een voordat u een nieuwe toevoegt.
problem-invalid-scope-title = Ongeldige bevoegdheid
problem-invalid-scope-detail = Kies ten minste een van de aangeboden bevoegdheden; sommige zijn alleen beschikbaar voor beheerders.
problem-out-of-range-title = Waarde buiten bereik
problem-out-of-range-detail = De waarde van “{ $field }” valt buiten het toegestane bereik.
problem-totp-required-title = Eenmalige code vereist
problem-totp-required-detail = Dit account gebruikt tweestapsverificatie. Voer de code uit uw authenticatie-app in, of een herstelcode.
problem-totp-invalid-title = Onjuiste eenmalige code
problem-totp-invalid-detail = De code is onjuist, verlopen of al gebruikt. Wacht op de volgende code en probeer het opnieuw.
problem-totp-locked-title = Tweestapsverificatie geblokkeerd
problem-totp-locked-detail = Te veel onjuiste codes. Tweestapsverificatie is 15 minuten geblokkeerd.
problem-totp-already-enabled-title = Tweestapsverificatie staat al aan
problem-totp-already-enabled-detail = Tweestapsverificatie staat voor dit account al aan.
problem-totp-not-enabled-title = Tweestapsverificatie staat uit
problem-totp-not-enabled-detail = Tweestapsverificatie staat voor dit account niet aan (of het instellen is niet gestart).
problem-invalid-code-title = Onjuiste code
problem-invalid-code-detail = De waarde van “{ $field }” is onjuist of verlopen.
problem-invalid-role-title = Onbekende rol
problem-invalid-role-detail = De rol moet user, support of admin zijn.
problem-csrf-failed-title = Formulier verlopen
problem-csrf-failed-detail = Dit formulier kon niet worden geaccepteerd. Laad de pagina opnieuw en probeer het nog eens.
problem-two-factor-required-for-staff-title = Tweestapsverificatie vereist
problem-two-factor-required-for-staff-detail = Deze server vereist dat medewerkers tweestapsverificatie gebruiken. Schakel deze eerst in via uw accountinstellingen.
problem-slug-taken-title = URL-naam al in gebruik
problem-slug-taken-detail = Een ander product gebruikt deze URL-naam al. Kies een andere.
problem-invalid-slug-title = Ongeldige URL-naam
problem-invalid-slug-detail = Een URL-naam bestaat uit 2 tot 64 kleine letters, cijfers en streepjes, en begint of eindigt niet met een streepje.
problem-invalid-product-kind-title = Ongeldige productsoort
problem-invalid-product-kind-detail = Een product is “software” (gekoppeld aan machines) of “site” (gekoppeld aan domeinen).
problem-unknown-account-title = Onbekend account
problem-unknown-account-detail = Geen enkel account heeft dit e-mailadres. De persoon moet zich eerst registreren.
problem-license-revoked-title = Licentie ingetrokken
problem-license-revoked-detail = Deze licentie is ingetrokken; een ingetrokken licentie kan niet worden hersteld. Geef in plaats daarvan een nieuwe uit.
problem-seats-in-use-title = Plaatsen in gebruik
problem-seats-in-use-detail = { $in_use ->
        [one] { $in_use } plaats van deze licentie is in gebruik.
       *[other] { $in_use } plaatsen van deze licentie zijn in gebruik.
    } Geef er enkele vrij (deactiveer apparaten of verklein sublicenties) voordat u het aantal plaatsen verlaagt.
problem-license-unusable-title = Licentie niet bruikbaar
problem-license-unusable-detail = De licentie kan hiervoor niet worden gebruikt ({ $code }).

# Answers of the product-facing API (validate, activate, heartbeat, deactivate, license file).
answer-not-found = Er is geen licentie met deze sleutel.
answer-revoked = Deze licentie is ingetrokken.
answer-suspended = Deze licentie is opgeschort.
answer-expired = Deze licentie is verlopen.
answer-product-mismatch = Deze sleutel hoort bij een ander product.
answer-not-activated = Deze licentie is hier nog niet geactiveerd.
answer-fingerprint-mismatch = Deze licentie is op andere apparaten geactiveerd, niet op dit apparaat.
answer-domain-mismatch = Deze licentie is op andere domeinen geactiveerd, niet op dit domein.
answer-heartbeat-dead = Dit apparaat verstuurt geen levenssignalen meer; activeer het opnieuw.
answer-too-many-activations = Er zijn meer apparaten actief dan de licentie plaatsen heeft.
answer-entitlement-missing = De licentie omvat een gevraagde functie niet.
answer-version-not-covered = Deze versie is uitgebracht na de updateperiode van de licentie.
answer-valid = De licentie is geldig.
answer-activation-limit = { $seats ->
        [one] De enige plaats van deze licentie is in gebruik.
       *[other] Alle { $seats } plaatsen van deze licentie zijn in gebruik.
    } Geef een van de vermelde activeringen vrij om de licentie hier te gebruiken.
answer-clone-suspected = Een andere machine gebruikt deze activering; de activering is gepauzeerd totdat de eigenaar haar vrijgeeft.
answer-reassignment-limit = Deze licentie heeft haar apparaatwisselingen voorlopig opgebruikt. De volgende is toegestaan vanaf { $at }.
answer-refused-title = De licentieserver heeft dit verzoek geweigerd
problem-reassignment-limit-title = Voorlopig geen apparaatwisselingen meer
problem-reassignment-limit-detail = Deze licentie heeft haar apparaatwisselingen voorlopig opgebruikt. De volgende is toegestaan vanaf { $at }.
problem-not-enough-seats-title = Niet genoeg vrije plaatsen
problem-not-enough-seats-detail = { $free ->
    [0] Er is geen plaats van deze licentie vrij.
    [one] Er is nog maar één plaats van deze licentie vrij.
   *[other] Er zijn nog maar { $free } plaatsen van deze licentie vrij.
}
problem-invalid-activation-request-title = Geen geldig activeringsverzoek
problem-invalid-activation-request-detail = Dit is geen activeringsverzoek dat met de sleutel van deze licentie is aangemaakt. Maak het opnieuw aan op de te activeren machine, met de sleutel van deze licentie.
problem-not-for-sale-title = Niet te koop
problem-not-for-sale-detail = Dit pakket is niet te koop.
problem-promo-not-found-title = Onbekende kortingscode
problem-promo-not-found-detail = Deze kortingscode bestaat niet of is op dit moment niet geldig.
problem-insufficient-funds-title = Niet genoeg geld in de portemonnee
problem-insufficient-funds-detail = Het saldo van uw portemonnee is te laag voor deze aankoop. Waardeer uw portemonnee op en probeer het opnieuw; er is niets in rekening gebracht.
problem-promo-expired-title = Kortingscode nu niet geldig
problem-promo-expired-detail = Deze kortingscode is op dit moment niet geldig.
problem-promo-not-applicable-title = Kortingscode niet van toepassing
problem-promo-not-applicable-detail = Deze kortingscode is niet van toepassing op de producten in uw winkelwagen.
problem-promo-below-minimum-title = Bestelling onder het minimum van de kortingscode
problem-promo-below-minimum-detail = Uw bestelling komt niet aan het minimum dat deze kortingscode vereist.
problem-promo-first-purchase-only-title = Kortingscode voor eerste aankopen
problem-promo-first-purchase-only-detail = Deze kortingscode geldt alleen voor een eerste aankoop.
problem-promo-exhausted-title = Kortingscode opgebruikt
problem-promo-exhausted-detail = Deze kortingscode is voorlopig zo vaak gebruikt als is toegestaan.
problem-promo-user-limit-title = Kortingscode al gebruikt
problem-promo-user-limit-detail = U hebt deze kortingscode al zo vaak gebruikt als is toegestaan.
problem-promo-paused-title = Kortingscode gepauzeerd
problem-promo-paused-detail = Deze kortingscode is op dit moment gepauzeerd.
problem-promo-code-taken-title = Kortingscode bestaat al
problem-promo-code-taken-detail = Een andere kortingscode heeft deze naam al.
problem-idempotency-key-reused-title = Idempotentiesleutel gebruikt voor een ander verzoek
problem-idempotency-key-reused-detail = Deze Idempotency-Key is al gebruikt met een ander verzoek. Gebruik een nieuwe sleutel voor een nieuw verzoek.
problem-idempotency-key-in-use-title = Verzoek in behandeling
problem-idempotency-key-in-use-detail = Een verzoek met deze Idempotency-Key wordt nog verwerkt. Probeer het over een ogenblik opnieuw om het antwoord te krijgen.
problem-self-referral-title = Verwijzing naar uzelf
problem-self-referral-detail = U kunt uw eigen verwijzingscode niet gebruiken.
problem-wrong-state-title = Niet mogelijk in deze toestand
problem-wrong-state-detail = Dit kan nu niet worden gedaan ({ $state }).
problem-gateway-disabled-title = Betaalmethode niet beschikbaar
problem-gateway-disabled-detail = Deze betaalmethode is op deze server niet ingeschakeld.
problem-gateway-unavailable-title = Betaaldienstverlener niet beschikbaar
problem-gateway-unavailable-detail = De betaaldienstverlener kon niet worden bereikt. Er is niets in rekening gebracht; probeer het over een paar minuten opnieuw of kies een andere betaalmethode.
problem-webhook-signature-invalid-title = Ongeldige webhookhandtekening
problem-webhook-signature-invalid-detail = De handtekening van de webhook komt niet overeen met de instellingen van deze betaaldienst. Er is niets gewijzigd.
problem-invalid-number-format-title = Ongeldig nummerpatroon
problem-invalid-number-format-detail = “{ $field }” moet precies één keer {"{"}YYYY{"}"} bevatten en één reeks cijfers tussen accolades, zoals INV-{"{"}YYYY{"}"}-{"{"}000001{"}"}: de nummering begint elk jaar opnieuw.
problem-number-formats-clash-title = Nummers kunnen samenvallen
problem-number-formats-clash-detail = “{ $field }” kan dezelfde nummers opleveren als het factuurpatroon. Geef de twee patronen verschillende voorvoegsels, zoals INV- en CN-.
problem-invalid-staging-pattern-title = Ongeldig patroon voor testhosts
problem-invalid-staging-pattern-detail = Schrijf één host per regel: een exacte host (staging.shop.com), elke host onder een domein (*.preview.shop.com), elke host die met een label begint (staging.*) of een label bevat (*.staging.*). Een volledig topleveldomein zoals *.dev is openbaar en kan niet vrijgesteld worden.
problem-insufficient-scope-title = Niet toegestaan met deze sleutel
problem-insufficient-scope-detail = Hiervoor is { $scope ->
        [session] een ingelogde sessie nodig: een API-sleutel kan dit niet
       *[other] een API-sleutel met de bevoegdheid “{ $scope }” nodig
    }.
problem-refund-window-closed-title = Terugbetalingstermijn verstreken
problem-refund-window-closed-detail = Dit pakket kan tot { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    } na de aankoop worden terugbetaald, en die termijn is verstreken. Betaal alleen toch terug als dat echt uw bedoeling is.
problem-invalid-version-title = Ongeldige versie
problem-invalid-version-detail = Geef een semantische versie op, zoals 1.4.0, 2.0.0-beta.1 of 1.4.0+build.7.
problem-invalid-platform-title = Ongeldig platform
problem-invalid-platform-detail = Een platform bestaat uit 1 tot 64 kleine letters, cijfers, streepjes en underscores, zoals windows-x86_64 of wordpress.
problem-invalid-file-name-title = Ongeldige bestandsnaam
problem-invalid-file-name-detail = Geef één gewone bestandsnaam op, zoals app-1.4.0.dmg: geen schuine strepen, geen punt aan het begin, geen aanhalingstekens of stuurtekens.
problem-version-taken-title = Versie bestaat al
problem-version-taken-detail = Dit product heeft al een versie met dit versienummer (buildmetadata maken er geen nieuwe versie van).
problem-download-link-invalid-title = Downloadlink niet geldig
problem-download-link-invalid-detail = Deze downloadlink is verlopen, gewijzigd of hoort bij een versie die niet meer beschikbaar is. Vraag een nieuwe aan.
problem-feed-license-required-title = Licentiesleutel vereist
problem-feed-license-required-detail = Deze updatefeed is alleen voor klanten met een licentie. Stuur uw licentiesleutel mee in het feedadres of in de header RMS-License-Key.
problem-feed-license-refused-title = Licentiesleutel niet geaccepteerd
problem-feed-license-refused-detail = Deze licentiesleutel geeft geen toegang tot de updatefeed van dit product: de sleutel is onbekend, hoort bij een ander product, of is verlopen, opgeschort of ingetrokken.

problem-invalid-vat-id-title = Ongeldig btw-nummer
problem-invalid-vat-id-detail = “{ $field }” is geen btw-nummer van het opgegeven land. Btw-nummers in de EU beginnen met het landvoorvoegsel, zoals DE123456789 (Griekenland: EL). Laat het veld leeg als u als particulier koopt.

problem-entitlements-append-only-title = Functierechten kunnen alleen worden toegevoegd
problem-entitlements-append-only-detail = Houd de functierechten van het pakket in hun volgorde en voeg nieuwe toe aan het einde: uitgegeven licentiesleutels dragen ze op volgorde mee, dus het verwijderen of herschikken van een recht zou veranderen waar bestaande klanten recht op hebben.
problem-invalid-date-title = Ongeldige datum
problem-invalid-date-detail = Schrijf “{ $field }” als een datum, zoals 2026-12-31.
problem-date-range-reversed-title = Datums in de verkeerde volgorde
problem-date-range-reversed-detail = De begindatum ligt na de einddatum. Kies een begin op of vóór het einde.
