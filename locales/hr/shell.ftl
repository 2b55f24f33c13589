### Layout shared by every page: language selector, navigation, landing, docs and error pages.

# The language's name for itself, shown in the language selector.
language-name = Hrvatski

-brand = RMS License Server

## Layout shared by every page

skip-to-content = Prijeđi na sadržaj
nav-home = Početna
nav-sign-in = Prijava
nav-api-docs = Dokumentacija API-ja
nav-menu = Izbornik
notice-dismiss = Zatvori
language-label = Jezik
language-apply = Promijeni
footer-text = { -brand } – licenciranje i naplata na vašem vlastitom poslužitelju.
footer-support = Podrška

## Landing page

landing-page-title = { -brand }
landing-tagline = Prodajte svoj softver, zaštitite ga i naplatite ga – na vlastitom poslužitelju.
landing-intro = { -brand } izdaje kriptografske licencne ključeve, veže ih uz uređaje ili domene, provjerava ih na mreži i izvan mreže, prodaje putem trgovine s novčanikom i pristupnicima za plaćanje te komunicira s vašim kupcima na njihovu jeziku.
landing-feature-keys-title = Ključevi koje nije moguće krivotvoriti
landing-feature-keys-body = Svaka je licenca potpisana algoritmom Ed25519. Vaš je softver provjerava javnim ključem, čak i bez mrežne veze.
landing-feature-store-title = Trgovina s točnim iznosima
landing-feature-store-body = Cijene se izračunavaju na poslužitelju, svaka se uplata knjiži točno jednom i svaki se broj fakture koristi točno jednom.
landing-feature-scale-title = Jedna izvršna datoteka, od prijenosnog računala do klastera
landing-feature-scale-body = Počnite jednom naredbom s ugrađenom bazom podataka; prijeđite na mnogo čvorova s PostgreSQL-om i Redisom bez promjene ijednog retka.
landing-cta-sign-in = Prijavi se
landing-cta-store = Pregledaj trgovinu
landing-cta-docs = Istraži API
landing-languages = Dostupno na { $count ->
        [one] { $count } jeziku
        [few] { $count } jezika
       *[other] { $count } jezika
    }.

## API documentation page

docs-page-title = Dokumentacija API-ja
docs-noscript = Interaktivna dokumentacija zahtijeva JavaScript. Sam dokument OpenAPI nalazi se na adresi { $url }.

## Error pages

error-page-back = Natrag na početnu stranicu
error-page-request-id = ID zahtjeva: { $id }
