### Layout shared by every page: language selector, navigation, landing, docs and error pages.

# The language's name for itself, shown in the language selector.
language-name = Dansk

-brand = RMS License Server

## Layout shared by every page

skip-to-content = Gå til indholdet
nav-home = Forside
nav-sign-in = Log ind
nav-api-docs = API-dokumentation
nav-menu = Menu
notice-dismiss = Luk
language-label = Sprog
language-apply = Skift
footer-text = { -brand } – licensering og fakturering, som du selv hoster.
footer-support = Support

## Landing page

landing-page-title = { -brand }
landing-tagline = Sælg din software, beskyt den, og få betaling – på din egen server.
landing-intro = { -brand } udsteder kryptografiske licensnøgler, knytter dem til enheder eller domæner, kontrollerer dem online og offline, sælger via en butik med tegnebog og betalingsgateways og taler med dine kunder på deres eget sprog.
landing-feature-keys-title = Nøgler, der ikke kan forfalskes
landing-feature-keys-body = Hver licens er signeret med Ed25519. Din software verificerer den med en offentlig nøgle – også uden netværksforbindelse.
landing-feature-store-title = En butik, der regner præcist med penge
landing-feature-store-body = Priserne beregnes på serveren, hver betaling krediteres præcis én gang, og hvert fakturanummer bruges præcis én gang.
landing-feature-scale-title = Én binær fil, fra bærbar til klynge
landing-feature-scale-body = Start med én kommando på en indbygget database; voks til mange noder på PostgreSQL og Redis uden at ændre en eneste linje.
landing-cta-sign-in = Log ind
landing-cta-store = Gå til butikken
landing-cta-docs = Udforsk API'et
landing-languages = Findes på { $count ->
        [one] { $count } sprog
       *[other] { $count } sprog
    }.

## API documentation page

docs-page-title = API-dokumentation
docs-noscript = Den interaktive reference kræver JavaScript. Selve OpenAPI-dokumentet findes på { $url }.

## Error pages

error-page-back = Tilbage til forsiden
error-page-request-id = Anmodnings-id: { $id }
