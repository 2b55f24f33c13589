### Layout shared by every page: language selector, navigation, landing, docs and error pages.

# The language's name for itself, shown in the language selector.
language-name = Slovenščina

-brand = RMS License Server

## Layout shared by every page

skip-to-content = Preskoči na vsebino
nav-home = Domov
nav-sign-in = Prijava
nav-api-docs = Dokumentacija API
nav-menu = Meni
notice-dismiss = Zapri
language-label = Jezik
language-apply = Preklopi
footer-text = { -brand } – licenciranje in obračunavanje na vašem lastnem strežniku.
footer-support = Podpora

## Landing page

landing-page-title = { -brand }
landing-tagline = Prodajajte svojo programsko opremo, zaščitite jo in prejmite plačilo – na lastnem strežniku.
landing-intro = { -brand } izdaja kriptografske licenčne ključe, jih veže na naprave ali domene, jih preverja na spletu in brez povezave, prodaja prek trgovine z denarnico in plačilnimi prehodi ter se s strankami pogovarja v njihovem jeziku.
landing-feature-keys-title = Ključi, ki jih ni mogoče ponarediti
landing-feature-keys-body = Vsaka licenca je podpisana z algoritmom Ed25519. Vaša programska oprema jo preveri z javnim ključem, tudi brez omrežne povezave.
landing-feature-store-title = Trgovina z natančnim denarjem
landing-feature-store-body = Cene se izračunajo na strežniku, vsako plačilo je knjiženo natanko enkrat in vsaka številka računa je uporabljena natanko enkrat.
landing-feature-scale-title = Ena izvršljiva datoteka, od prenosnika do gruče
landing-feature-scale-body = Začnite z enim ukazom na vgrajeni podatkovni zbirki, nato pa se razširite na številna vozlišča s PostgreSQL in Redis, ne da bi spremenili eno samo vrstico.
landing-cta-sign-in = Prijava
landing-cta-store = Oglejte si trgovino
landing-cta-docs = Raziščite API
landing-languages = Na voljo v { $count ->
        [one] { $count } jeziku
        [two] { $count } jezikih
        [few] { $count } jezikih
       *[other] { $count } jezikih
    }.

## API documentation page

docs-page-title = Dokumentacija API
docs-noscript = Interaktivna dokumentacija potrebuje JavaScript. Sam dokument OpenAPI je na naslovu { $url }.

## Error pages

error-page-back = Nazaj na domačo stran
error-page-request-id = ID zahteve: { $id }
