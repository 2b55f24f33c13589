### Layout shared by every page: language selector, navigation, landing, docs and error pages.

# The language's name for itself, shown in the language selector.
language-name = Norsk bokmål

-brand = RMS License Server

## Layout shared by every page

skip-to-content = Gå til innholdet
nav-home = Forside
nav-sign-in = Logg inn
nav-api-docs = API-dokumentasjon
nav-menu = Meny
notice-dismiss = Lukk
language-label = Språk
language-apply = Bytt
footer-text = { -brand } – lisensiering og fakturering som du drifter selv.
footer-support = Kundestøtte

## Landing page

landing-page-title = { -brand }
landing-tagline = Selg programvaren din, beskytt den og få betalt – på din egen server.
landing-intro = { -brand } utsteder kryptografiske lisensnøkler, knytter dem til enheter eller domener, kontrollerer dem både med og uten nettilgang, selger gjennom en butikk med lommebok og betalingsgatewayer og snakker med kundene dine på deres eget språk.
landing-feature-keys-title = Nøkler som ikke kan forfalskes
landing-feature-keys-body = Hver lisens er signert med Ed25519. Programvaren din verifiserer den med en offentlig nøkkel – også uten nettverkstilkobling.
landing-feature-store-title = En butikk som regner nøyaktig med penger
landing-feature-store-body = Prisene beregnes på serveren, hver betaling krediteres nøyaktig én gang, og hvert fakturanummer brukes nøyaktig én gang.
landing-feature-scale-title = Én binærfil, fra bærbar PC til klynge
landing-feature-scale-body = Start med én kommando på en innebygd database, og voks til mange noder på PostgreSQL og Redis uten å endre en eneste linje.
landing-cta-sign-in = Logg inn
landing-cta-store = Gå til butikken
landing-cta-docs = Utforsk API-et
landing-languages = Tilgjengelig på { $count ->
        [one] { $count } språk
       *[other] { $count } språk
    }.

## API documentation page

docs-page-title = API-dokumentasjon
docs-noscript = Den interaktive referansen krever JavaScript. Selve OpenAPI-dokumentet finner du på { $url }.

## Error pages

error-page-back = Tilbake til forsiden
error-page-request-id = Forespørsels-ID: { $id }
