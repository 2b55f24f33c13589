### Layout shared by every page: language selector, navigation, landing, docs and error pages.

# The language's name for itself, shown in the language selector.
language-name = Slovenčina

-brand = RMS License Server

## Layout shared by every page

skip-to-content = Preskočiť na obsah
nav-home = Domov
nav-sign-in = Prihlásiť sa
nav-api-docs = Dokumentácia API
nav-menu = Ponuka
notice-dismiss = Zavrieť
language-label = Jazyk
language-apply = Prepnúť
footer-text = { -brand } – licencovanie a fakturácia na vlastnom serveri.
footer-support = Podpora

## Landing page

landing-page-title = { -brand }
landing-tagline = Predávajte svoj softvér, chráňte ho a nechajte si zaplatiť – na vlastnom serveri.
landing-intro = { -brand } vydáva kryptografické licenčné kľúče, viaže ich na zariadenia alebo domény, overuje ich online aj offline, predáva prostredníctvom obchodu s peňaženkou a platobnými bránami a komunikuje so zákazníkmi v ich jazyku.
landing-feature-keys-title = Kľúče, ktoré nemožno sfalšovať
landing-feature-keys-body = Každá licencia je podpísaná algoritmom Ed25519. Váš softvér ju overí verejným kľúčom, a to aj bez pripojenia k sieti.
landing-feature-store-title = Obchod s presnými peniazmi
landing-feature-store-body = Ceny sa počítajú na serveri, každá platba sa pripíše práve raz a každé číslo faktúry sa použije práve raz.
landing-feature-scale-title = Jeden binárny súbor – od notebooku po klaster
landing-feature-scale-body = Začnite jedným príkazom so vstavanou databázou a rozrastite sa na mnoho uzlov s PostgreSQL a Redis bez zmeny jediného riadka.
landing-cta-sign-in = Prihlásiť sa
landing-cta-store = Prezrieť obchod
landing-cta-docs = Preskúmať API
landing-languages = { $count ->
        [one] K dispozícii v jednom jazyku.
        [few] K dispozícii v { $count } jazykoch.
       *[other] K dispozícii v { $count } jazykoch.
    }

## API documentation page

docs-page-title = Dokumentácia API
docs-noscript = Interaktívna dokumentácia vyžaduje JavaScript. Samotný dokument OpenAPI nájdete na adrese { $url }.

## Error pages

error-page-back = Späť na úvodnú stránku
error-page-request-id = ID požiadavky: { $id }
