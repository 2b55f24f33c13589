### Layout shared by every page: language selector, navigation, landing, docs and error pages.

# The language's name for itself, shown in the language selector.
language-name = Suomi

-brand = RMS License Server

## Layout shared by every page

skip-to-content = Siirry sisältöön
nav-home = Etusivu
nav-sign-in = Kirjaudu sisään
nav-api-docs = API-dokumentaatio
nav-menu = Valikko
notice-dismiss = Sulje
language-label = Kieli
language-apply = Vaihda
footer-text = { -brand } — lisensointi ja laskutus omalla palvelimellasi.
footer-support = Tuki

## Landing page

landing-page-title = { -brand }
landing-tagline = Myy ohjelmistoasi, suojaa se ja saa maksusi — omalla palvelimellasi.
landing-intro = { -brand } myöntää kryptografisia lisenssiavaimia, sitoo ne laitteisiin tai verkkotunnuksiin, tarkistaa ne verkossa ja ilman verkkoyhteyttä, myy kaupassa, jossa on lompakko ja maksupalvelut, ja viestii asiakkaidesi kanssa heidän omalla kielellään.
landing-feature-keys-title = Avaimet, joita ei voi väärentää
landing-feature-keys-body = Jokainen lisenssi allekirjoitetaan Ed25519-algoritmilla. Ohjelmistosi tarkistaa sen julkisella avaimella, myös ilman verkkoyhteyttä.
landing-feature-store-title = Kauppa, jossa rahat täsmäävät sentilleen
landing-feature-store-body = Hinnat lasketaan palvelimella, jokainen maksu hyvitetään täsmälleen kerran ja jokainen laskunumero käytetään täsmälleen kerran.
landing-feature-scale-title = Yksi ohjelmatiedosto kannettavasta klusteriin
landing-feature-scale-body = Aloita yhdellä komennolla sulautetulla tietokannalla; laajenna moneen solmuun PostgreSQL:n ja Redisin avulla muuttamatta riviäkään.
landing-cta-sign-in = Kirjaudu sisään
landing-cta-store = Selaa kauppaa
landing-cta-docs = Tutustu API-rajapintaan
landing-languages = Saatavilla { $count } kielellä.

## API documentation page

docs-page-title = API-dokumentaatio
docs-noscript = Interaktiivinen viiteopas vaatii JavaScriptin. Itse OpenAPI-dokumentti on osoitteessa { $url }.

## Error pages

error-page-back = Takaisin etusivulle
error-page-request-id = Pyynnön tunnus: { $id }
