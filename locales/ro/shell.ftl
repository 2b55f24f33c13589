### Layout shared by every page: language selector, navigation, landing, docs and error pages.

# The language's name for itself, shown in the language selector.
language-name = Română

-brand = RMS License Server

## Layout shared by every page

skip-to-content = Salt la conținut
nav-home = Acasă
nav-sign-in = Conectare
nav-api-docs = Documentația API
nav-menu = Meniu
notice-dismiss = Închideți
language-label = Limbă
language-apply = Schimbați
footer-text = { -brand } — licențiere și facturare pe care le găzduiți chiar dumneavoastră.
footer-support = Asistență

## Landing page

landing-page-title = { -brand }
landing-tagline = Vindeți-vă software-ul, protejați-l și încasați plățile — pe propriul server.
landing-intro = { -brand } emite chei de licență criptografice, le asociază cu dispozitive sau domenii, le verifică online și offline, vinde printr-un magazin cu portofel și gateway-uri de plată și comunică cu clienții dumneavoastră în limba lor.
landing-feature-keys-title = Chei care nu pot fi falsificate
landing-feature-keys-body = Fiecare licență este semnată cu Ed25519. Software-ul dumneavoastră o verifică cu o cheie publică, chiar și fără conexiune la rețea.
landing-feature-store-title = Un magazin cu sume exacte
landing-feature-store-body = Prețurile sunt calculate pe server, fiecare plată este creditată exact o dată, iar fiecare număr de factură este folosit exact o dată.
landing-feature-scale-title = Un singur executabil, de la laptop la cluster
landing-feature-scale-body = Începeți cu o singură comandă, pe o bază de date încorporată; extindeți-vă la mai multe noduri cu PostgreSQL și Redis fără să modificați nicio linie.
landing-cta-sign-in = Conectați-vă
landing-cta-store = Vizitați magazinul
landing-cta-docs = Explorați API-ul
landing-languages = Disponibil în { $count ->
        [one] o limbă
        [few] { $count } limbi
       *[other] { $count } de limbi
    }.

## API documentation page

docs-page-title = Documentația API
docs-noscript = Referința interactivă necesită JavaScript. Documentul OpenAPI propriu-zis se află la { $url }.

## Error pages

error-page-back = Înapoi la pagina principală
error-page-request-id = ID-ul cererii: { $id }
