### Layout shared by every page: language selector, navigation, landing, docs and error pages.

# The language's name for itself, shown in the language selector.
language-name = Italiano

-brand = RMS License Server

## Layout shared by every page

skip-to-content = Vai al contenuto
nav-home = Home
nav-sign-in = Accedi
nav-api-docs = Documentazione API
nav-menu = Menu
notice-dismiss = Chiudi
language-label = Lingua
language-apply = Cambia
footer-text = { -brand } — gestione di licenze e fatturazione sul proprio server.
footer-support = Assistenza

## Landing page

landing-page-title = { -brand }
landing-tagline = Venda il suo software, lo protegga e si faccia pagare — sul suo server.
landing-intro = { -brand } emette chiavi di licenza crittografiche, le vincola a dispositivi o domini, le verifica online e offline, vende tramite un negozio con portafoglio e gateway di pagamento e comunica con i suoi clienti nella loro lingua.
landing-feature-keys-title = Chiavi impossibili da falsificare
landing-feature-keys-body = Ogni licenza è firmata con Ed25519. Il suo software la verifica con una chiave pubblica, anche senza connessione di rete.
landing-feature-store-title = Un negozio con importi esatti
landing-feature-store-body = I prezzi sono calcolati sul server, ogni pagamento viene accreditato esattamente una volta e ogni numero di fattura viene usato una sola volta.
landing-feature-scale-title = Un unico eseguibile, dal portatile al cluster
landing-feature-scale-body = Si parte con un solo comando su un database integrato; si cresce fino a molti nodi su PostgreSQL e Redis senza cambiare una riga.
landing-cta-sign-in = Accedi
landing-cta-store = Visita il negozio
landing-cta-docs = Esplora l'API
landing-languages = Disponibile in { $count ->
        [one] una lingua
       *[other] { $count } lingue
    }.

## API documentation page

docs-page-title = Documentazione API
docs-noscript = Il riferimento interattivo richiede JavaScript. Il documento OpenAPI si trova all'indirizzo { $url }.

## Error pages

error-page-back = Torna alla pagina iniziale
error-page-request-id = ID richiesta: { $id }
