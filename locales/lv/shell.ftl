### Layout shared by every page: language selector, navigation, landing, docs and error pages.

# The language's name for itself, shown in the language selector.
language-name = Latviešu

-brand = RMS License Server

## Layout shared by every page

skip-to-content = Pāriet uz saturu
nav-home = Sākums
nav-sign-in = Pierakstīties
nav-api-docs = API dokumentācija
nav-menu = Izvēlne
notice-dismiss = Aizvērt
language-label = Valoda
language-apply = Pārslēgt
footer-text = { -brand } — licencēšana un norēķini jūsu pašu serverī.
footer-support = Atbalsts

## Landing page

landing-page-title = { -brand }
landing-tagline = Pārdodiet savu programmatūru, aizsargājiet to un saņemiet samaksu — savā serverī.
landing-intro = { -brand } izsniedz kriptogrāfiskas licenču atslēgas, piesaista tās ierīcēm vai domēniem, pārbauda tās tiešsaistē un bezsaistē, pārdod tās veikalā ar maku un maksājumu vārtejām un sazinās ar jūsu klientiem viņu valodā.
landing-feature-keys-title = Atslēgas, kuras nav iespējams viltot
landing-feature-keys-body = Katra licence ir parakstīta ar Ed25519. Jūsu programmatūra to pārbauda ar publisko atslēgu — arī bez tīkla savienojuma.
landing-feature-store-title = Veikals ar precīzu naudas uzskaiti
landing-feature-store-body = Cenas tiek aprēķinātas serverī, katrs maksājums tiek ieskaitīts tieši vienu reizi, un katrs rēķina numurs tiek izmantots tieši vienu reizi.
landing-feature-scale-title = Viena izpildāmā datne — no klēpjdatora līdz klasterim
landing-feature-scale-body = Sāciet ar vienu komandu un iegultu datubāzi; paplašinieties līdz daudziem mezgliem ar PostgreSQL un Redis, nemainot ne rindiņas.
landing-cta-sign-in = Pierakstīties
landing-cta-store = Apskatīt veikalu
landing-cta-docs = Iepazīt API
landing-languages = Pieejams { $count ->
        [zero] { $count } valodās
        [one] { $count } valodā
       *[other] { $count } valodās
    }.

## API documentation page

docs-page-title = API dokumentācija
docs-noscript = Interaktīvajai rokasgrāmatai nepieciešams JavaScript. Pats OpenAPI dokuments atrodas šeit: { $url }.

## Error pages

error-page-back = Atpakaļ uz sākumlapu
error-page-request-id = Pieprasījuma ID: { $id }
