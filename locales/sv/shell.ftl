### Layout shared by every page: language selector, navigation, landing, docs and error pages.

# The language's name for itself, shown in the language selector.
language-name = Svenska

-brand = RMS License Server

## Layout shared by every page

skip-to-content = Hoppa till innehållet
nav-home = Startsida
nav-sign-in = Logga in
nav-api-docs = API-dokumentation
nav-menu = Meny
notice-dismiss = Stäng
language-label = Språk
language-apply = Byt
footer-text = { -brand } – licensiering och fakturering på din egen server.
footer-support = Support

## Landing page

landing-page-title = { -brand }
landing-tagline = Sälj din programvara, skydda den och få betalt – på din egen server.
landing-intro = { -brand } utfärdar kryptografiska licensnycklar, knyter dem till enheter eller domäner, kontrollerar dem online och offline, säljer via en butik med plånbok och betalningstjänster och talar med dina kunder på deras eget språk.
landing-feature-keys-title = Nycklar som inte går att förfalska
landing-feature-keys-body = Varje licens signeras med Ed25519. Din programvara verifierar den med en offentlig nyckel, även utan nätverksanslutning.
landing-feature-store-title = En butik som räknar på öret
landing-feature-store-body = Priserna beräknas på servern, varje betalning krediteras exakt en gång och varje fakturanummer används exakt en gång.
landing-feature-scale-title = En enda binärfil, från laptop till kluster
landing-feature-scale-body = Börja med ett enda kommando på en inbäddad databas och väx till många noder med PostgreSQL och Redis utan att ändra en enda rad.
landing-cta-sign-in = Logga in
landing-cta-store = Till butiken
landing-cta-docs = Utforska API:et
landing-languages = Tillgänglig på { $count ->
        [one] ett språk
       *[other] { $count } språk
    }.

## API documentation page

docs-page-title = API-dokumentation
docs-noscript = Den interaktiva referensen kräver JavaScript. Själva OpenAPI-dokumentet finns på { $url }.

## Error pages

error-page-back = Tillbaka till startsidan
error-page-request-id = Förfrågnings-ID: { $id }
