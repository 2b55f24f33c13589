### Layout shared by every page: language selector, navigation, landing, docs and error pages.

# The language's name for itself, shown in the language selector.
language-name = Deutsch

-brand = RMS License Server

## Layout shared by every page

skip-to-content = Zum Inhalt springen
nav-home = Startseite
nav-sign-in = Anmelden
nav-api-docs = API-Dokumentation
nav-menu = Menü
notice-dismiss = Schließen
language-label = Sprache
language-apply = Wechseln
footer-text = { -brand } — Lizenzierung und Abrechnung auf Ihrem eigenen Server.
footer-support = Support

## Landing page

landing-page-title = { -brand }
landing-tagline = Verkaufen Sie Ihre Software, schützen Sie sie und werden Sie bezahlt — auf Ihrem eigenen Server.
landing-intro = { -brand } stellt kryptografische Lizenzschlüssel aus, bindet sie an Geräte oder Domains, prüft sie online und offline, verkauft über einen Shop mit Guthabenkonto und Zahlungs-Gateways und spricht mit Ihren Kunden in deren Sprache.
landing-feature-keys-title = Schlüssel, die sich nicht fälschen lassen
landing-feature-keys-body = Jede Lizenz ist mit Ed25519 signiert. Ihre Software prüft sie mit einem öffentlichen Schlüssel, auch ohne Netzwerkverbindung.
landing-feature-store-title = Ein Shop, der auf den Cent genau rechnet
landing-feature-store-body = Preise werden auf dem Server berechnet, jede Zahlung wird genau einmal gutgeschrieben und jede Rechnungsnummer genau einmal vergeben.
landing-feature-scale-title = Ein Programm, vom Laptop bis zum Cluster
landing-feature-scale-body = Starten Sie mit einem einzigen Befehl auf einer eingebetteten Datenbank und wachsen Sie auf viele Knoten mit PostgreSQL und Redis, ohne eine Zeile zu ändern.
landing-cta-sign-in = Anmelden
landing-cta-store = Zum Shop
landing-cta-docs = API erkunden
landing-languages = Verfügbar in { $count ->
        [one] einer Sprache
       *[other] { $count } Sprachen
    }.

## API documentation page

docs-page-title = API-Dokumentation
docs-noscript = Die interaktive Referenz benötigt JavaScript. Das OpenAPI-Dokument selbst finden Sie unter { $url }.

## Error pages

error-page-back = Zurück zur Startseite
error-page-request-id = Anfrage-ID: { $id }
