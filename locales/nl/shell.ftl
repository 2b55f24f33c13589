### Layout shared by every page: language selector, navigation, landing, docs and error pages.

# The language's name for itself, shown in the language selector.
language-name = Nederlands

-brand = RMS License Server

## Layout shared by every page

skip-to-content = Naar de inhoud
nav-home = Startpagina
nav-sign-in = Inloggen
nav-api-docs = API-documentatie
nav-menu = Menu
notice-dismiss = Sluiten
language-label = Taal
language-apply = Wijzigen
footer-text = { -brand } — licenties en facturatie op uw eigen server.
footer-support = Klantenservice

## Landing page

landing-page-title = { -brand }
landing-tagline = Verkoop uw software, bescherm deze en word betaald — op uw eigen server.
landing-intro = { -brand } geeft cryptografische licentiesleutels uit, koppelt ze aan apparaten of domeinen, controleert ze online en offline, verkoopt via een winkel met een portemonnee en betaaldiensten, en communiceert met uw klanten in hun eigen taal.
landing-feature-keys-title = Sleutels die niet te vervalsen zijn
landing-feature-keys-body = Elke licentie is ondertekend met Ed25519. Uw software controleert deze met een publieke sleutel, zelfs zonder netwerkverbinding.
landing-feature-store-title = Een winkel die tot op de cent klopt
landing-feature-store-body = Prijzen worden op de server berekend, elke betaling wordt precies één keer bijgeschreven en elk factuurnummer wordt precies één keer gebruikt.
landing-feature-scale-title = Eén uitvoerbaar bestand, van laptop tot cluster
landing-feature-scale-body = Begin met één opdracht op een ingebouwde database; groei door naar vele nodes op PostgreSQL en Redis zonder een regel te wijzigen.
landing-cta-sign-in = Inloggen
landing-cta-store = Naar de winkel
landing-cta-docs = De API verkennen
landing-languages = Beschikbaar in { $count ->
        [one] { $count } taal
       *[other] { $count } talen
    }.

## API documentation page

docs-page-title = API-documentatie
docs-noscript = De interactieve naslag vereist JavaScript. Het OpenAPI-document zelf staat op { $url }.

## Error pages

error-page-back = Terug naar de startpagina
error-page-request-id = Verzoek-ID: { $id }
