### Layout shared by every page: language selector, navigation, landing, docs and error pages.

# The language's name for itself, shown in the language selector.
language-name = Čeština

-brand = RMS License Server

## Layout shared by every page

skip-to-content = Přejít na obsah
nav-home = Domů
nav-sign-in = Přihlásit se
nav-api-docs = Dokumentace API
nav-menu = Nabídka
notice-dismiss = Zavřít
language-label = Jazyk
language-apply = Přepnout
footer-text = { -brand } – licencování a fakturace na vlastním serveru.
footer-support = Podpora

## Landing page

landing-page-title = { -brand }
landing-tagline = Prodávejte svůj software, chraňte ho a nechte si zaplatit – na vlastním serveru.
landing-intro = { -brand } vydává kryptografické licenční klíče, váže je na zařízení nebo domény, ověřuje je online i offline, prodává prostřednictvím obchodu s peněženkou a platebními bránami a komunikuje se zákazníky v jejich jazyce.
landing-feature-keys-title = Klíče, které nelze padělat
landing-feature-keys-body = Každá licence je podepsána algoritmem Ed25519. Váš software ji ověří veřejným klíčem, a to i bez připojení k síti.
landing-feature-store-title = Obchod s přesnými penězi
landing-feature-store-body = Ceny se počítají na serveru, každá platba je připsána právě jednou a každé číslo faktury je použito právě jednou.
landing-feature-scale-title = Jeden binární soubor, od notebooku po cluster
landing-feature-scale-body = Začněte jedním příkazem s vestavěnou databází a rozšiřte se na mnoho uzlů s PostgreSQL a Redis, aniž byste změnili jediný řádek.
landing-cta-sign-in = Přihlásit se
landing-cta-store = Prohlédnout obchod
landing-cta-docs = Prozkoumat API
landing-languages = { $count ->
        [one] K dispozici v jednom jazyce.
        [few] K dispozici ve { $count } jazycích.
       *[other] K dispozici v { $count } jazycích.
    }

## API documentation page

docs-page-title = Dokumentace API
docs-noscript = Interaktivní dokumentace vyžaduje JavaScript. Samotný dokument OpenAPI najdete na adrese { $url }.

## Error pages

error-page-back = Zpět na úvodní stránku
error-page-request-id = ID požadavku: { $id }
