### Layout shared by every page: language selector, navigation, landing, docs and error pages.

# The language's name for itself, shown in the language selector.
language-name = Eesti

-brand = RMS License Server

## Layout shared by every page

skip-to-content = Liigu sisu juurde
nav-home = Avaleht
nav-sign-in = Logi sisse
nav-api-docs = API dokumentatsioon
nav-menu = Menüü
notice-dismiss = Sulge
language-label = Keel
language-apply = Vaheta
footer-text = { -brand } — litsentsimine ja arveldus teie enda serveris.
footer-support = Klienditugi

## Landing page

landing-page-title = { -brand }
landing-tagline = Müüge oma tarkvara, kaitske seda ja saage tasu — oma serveris.
landing-intro = { -brand } väljastab krüptograafilisi litsentsivõtmeid, seob need seadmete või domeenidega, kontrollib neid nii võrgus kui ka võrguühenduseta, müüb rahakoti ja makselahendustega poe kaudu ning suhtleb teie klientidega nende keeles.
landing-feature-keys-title = Võtmed, mida ei saa võltsida
landing-feature-keys-body = Iga litsents on allkirjastatud Ed25519-ga. Teie tarkvara kontrollib seda avaliku võtmega, ka ilma võrguühenduseta.
landing-feature-store-title = Pood, kus raha klapib sendi pealt
landing-feature-store-body = Hinnad arvutatakse serveris, iga makse kantakse arvele täpselt üks kord ja iga arvenumbrit kasutatakse täpselt üks kord.
landing-feature-scale-title = Üks käivitatav fail sülearvutist klastrini
landing-feature-scale-body = Alustage ühe käsuga sisseehitatud andmebaasiga; kasvage PostgreSQL-i ja Redisega paljudele sõlmedele ilma ühtegi rida muutmata.
landing-cta-sign-in = Logi sisse
landing-cta-store = Sirvi poodi
landing-cta-docs = Tutvu API-ga
landing-languages = Saadaval { $count } keeles.

## API documentation page

docs-page-title = API dokumentatsioon
docs-noscript = Interaktiivne teatmik vajab JavaScripti. OpenAPI dokument ise asub aadressil { $url }.

## Error pages

error-page-back = Tagasi avalehele
error-page-request-id = Päringu ID: { $id }
