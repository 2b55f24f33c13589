### Visų puslapių bendras maketas: kalbos pasirinkimas, naršymas, pradžios, dokumentacijos ir klaidų puslapiai.

# Kalbos pavadinimas jos pačios kalba, rodomas kalbos pasirinkimo sąraše.
language-name = Lietuvių

-brand = RMS License Server

## Visų puslapių bendras maketas

skip-to-content = Pereiti prie turinio
nav-home = Pradžia
nav-sign-in = Prisijungti
nav-api-docs = API dokumentacija
nav-menu = Meniu
notice-dismiss = Uždaryti
language-label = Kalba
language-apply = Pakeisti
footer-text = { -brand } – licencijų ir mokėjimų valdymas Jūsų pačių serveryje.
footer-support = Pagalba

## Pradžios puslapis

landing-page-title = { -brand }
landing-tagline = Parduokite savo programinę įrangą, apsaugokite ją ir gaukite užmokestį – savo serveryje.
landing-intro = { -brand } išduoda kriptografinius licencijų raktus, susieja juos su įrenginiais ar domenais, tikrina juos prisijungus prie tinklo ir be ryšio, parduoda per parduotuvę su pinigine ir mokėjimų šliuzais bei bendrauja su Jūsų klientais jų kalba.
landing-feature-keys-title = Raktai, kurių neįmanoma suklastoti
landing-feature-keys-body = Kiekviena licencija pasirašoma Ed25519 parašu. Jūsų programinė įranga ją patikrina viešuoju raktu net ir be tinklo ryšio.
landing-feature-store-title = Parduotuvė, kurioje pinigai skaičiuojami tiksliai
landing-feature-store-body = Kainos apskaičiuojamos serveryje, kiekvienas mokėjimas įskaitomas lygiai vieną kartą, o kiekvienas sąskaitos faktūros numeris panaudojamas lygiai vieną kartą.
landing-feature-scale-title = Vienas vykdomasis failas – nuo nešiojamojo kompiuterio iki klasterio
landing-feature-scale-body = Pradėkite viena komanda su įtaisytąja duomenų baze, o vėliau plėskitės į daugelį mazgų su PostgreSQL ir Redis, nekeisdami nė vienos eilutės.
landing-cta-sign-in = Prisijungti
landing-cta-store = Peržiūrėti parduotuvę
landing-cta-docs = Susipažinti su API
landing-languages = Sąsaja prieinama { $count ->
        [one] { $count } kalba
        [few] { $count } kalbomis
       *[other] { $count } kalbų
    }.

## API dokumentacijos puslapis

docs-page-title = API dokumentacija
docs-noscript = Interaktyviam žinynui reikia JavaScript. Patį OpenAPI dokumentą rasite adresu { $url }.

## Klaidų puslapiai

error-page-back = Grįžti į pradžios puslapį
error-page-request-id = Užklausos ID: { $id }
