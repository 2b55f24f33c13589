### Layout shared by every page: language selector, navigation, landing, docs and error pages.

# The language's name for itself, shown in the language selector.
language-name = Magyar

-brand = RMS License Server

## Layout shared by every page

skip-to-content = Ugrás a tartalomra
nav-home = Kezdőlap
nav-sign-in = Bejelentkezés
nav-api-docs = API-dokumentáció
nav-menu = Menü
notice-dismiss = Bezárás
language-label = Nyelv
language-apply = Váltás
footer-text = { -brand } – saját szerveren üzemeltetett licencelés és számlázás.
footer-support = Ügyfélszolgálat

## Landing page

landing-page-title = { -brand }
landing-tagline = Értékesítse és védje szoftverét, és kapja meg a pénzét – a saját szerverén.
landing-intro = Az { -brand } kriptográfiai licenckulcsokat állít ki, eszközökhöz vagy domainekhez köti őket, online és offline is ellenőrzi őket, pénztárcával és fizetési átjárókkal működő áruházon keresztül értékesít, és ügyfeleivel az ő nyelvükön kommunikál.
landing-feature-keys-title = Hamisíthatatlan kulcsok
landing-feature-keys-body = Minden licencet Ed25519-aláírás véd. Szoftvere egy nyilvános kulccsal ellenőrzi, akár hálózati kapcsolat nélkül is.
landing-feature-store-title = Áruház pontos elszámolással
landing-feature-store-body = Az árakat a szerver számítja ki, minden befizetést pontosan egyszer írunk jóvá, és minden számlaszámot pontosan egyszer használunk fel.
landing-feature-scale-title = Egyetlen bináris, a laptoptól a fürtig
landing-feature-scale-body = Kezdje egyetlen paranccsal, beágyazott adatbázissal; később bővítsen több csomópontra PostgreSQL-lel és Redisszel, egyetlen kódsor módosítása nélkül.
landing-cta-sign-in = Bejelentkezés
landing-cta-store = Az áruház böngészése
landing-cta-docs = Az API felfedezése
landing-languages = Elérhető { $count ->
        [one] { $count } nyelven
       *[other] { $count } nyelven
    }.

## API documentation page

docs-page-title = API-dokumentáció
docs-noscript = Az interaktív referenciához JavaScript szükséges. Maga az OpenAPI-dokumentum itt érhető el: { $url }

## Error pages

error-page-back = Vissza a kezdőlapra
error-page-request-id = Kérésazonosító: { $id }
