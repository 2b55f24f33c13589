### Accounts: verification, password reset, first-run setup, signing in, settings, two-factor, API keys.

## Email verification page

verify-email-page-title = Potrdite svoj e-poštni naslov
verify-email-intro = Pritisnite gumb, da potrdite, da je ta e-poštni naslov vaš.
verify-email-confirm = Potrdi moj e-poštni naslov
verify-email-done = Hvala: vaš e-poštni naslov je potrjen.

## Password reset page

reset-page-title = Izberite novo geslo
reset-new-password = Novo geslo
reset-password-hint = Od 12 do 128 znakov. Ne sme biti med najpogostejšimi gesli in ne sme biti vaš e-poštni naslov.
reset-submit = Nastavi novo geslo
reset-done = Vaše geslo je spremenjeno in vse seje so končane. Prijavite se z novim geslom.

## First-run setup page

setup-page-title = Ustvarite prvega skrbnika
setup-intro = Ta strežnik še nima skrbnika. Uporabniški račun, ki ga ustvarite tukaj, lahko upravlja vse; ta povezava deluje samo enkrat.
setup-email = E-poštni naslov
setup-name = Ime
setup-password = Geslo
setup-store-name = Ime vaše trgovine
setup-store-name-hint = Strankam se prikazuje v glavi vsake strani in v e-poštnih sporočilih. Na strani Znamka ga lahko spremenite ter dodate logotip in barve.
setup-seller = Prodajalec (natisnjen na računih)
setup-seller-hint = Zdaj ni obvezno: izpolnite pred prvo prodajo, tukaj ali na strani za obračunavanje. Brez uradnega imena je na računih natisnjeno ime trgovine.
setup-submit = Ustvari skrbnika
setup-done = Skrbniški račun je pripravljen. Prijavite se z njim.

## Signing in and up, account settings

nav-sign-up = Ustvari račun
nav-sign-out = Odjava
field-email = E-poštni naslov
field-password = Geslo
field-name = Ime
sign-in-title = Prijava
sign-in-submit = Prijava
sign-in-code = Enkratna koda
sign-in-code-hint = 6-mestna koda iz vaše aplikacije za preverjanje pristnosti ali ena od vaših obnovitvenih kod.
sign-in-forgot = Ste pozabili geslo?
sign-in-no-account = Ustvarite uporabniški račun
sign-up-title = Ustvarite uporabniški račun
sign-up-submit = Ustvari račun
sign-up-done = Hvala. Na vneseni naslov smo poslali povezavo za potrditev; odprite jo, da potrdite svoj e-poštni naslov. Nato se prijavite.
sign-up-invited = Čaka vas licenca. Ustvarite uporabniški račun z naslovom, na katerega je bila poslana.
sign-up-invited-done = Vaš uporabniški račun je pripravljen in njegov naslov potrjen. Prijavite se: licenca, ki vas čaka, je na strani Moje licence.
forgot-title = Ste pozabili geslo?
forgot-submit = Pošlji mi povezavo za ponastavitev
forgot-done = Če ta naslov uporablja kateri od uporabniških računov, je povezava za izbiro novega gesla na poti. Veljavna je 30 minut.
account-title = Vaš uporabniški račun
account-profile = Profil
account-email-verified = potrjen
account-email-unverified = še ni potrjen
account-timezone = Časovni pas
account-digits = Števke
account-save = Shrani
account-saved = Vaše spremembe so shranjene.
account-password = Geslo
account-current-password = Trenutno geslo
account-change-password = Spremeni geslo
account-password-changed = Vaše geslo je spremenjeno. Vse druge seje so končane.
account-security = Varnost
account-2fa-on = Dvofaktorska prijava je vklopljena.
account-2fa-off = Dvofaktorska prijava je izklopljena.
account-sessions-hint = Konča vse seje tega uporabniškega računa na vseh napravah, vključno s to.
account-sign-out-everywhere = Odjava povsod

## Two-factor sign-in and API key pages

account-2fa-manage = Upravljaj
account-export = Prenesi moje podatke
account-export-hint = Datoteka ZIP z datotekami JSON: vaš uporabniški račun, licence in njihovi ključi, naprave, računi, plačila, denarnica, obvestila in ključi API (nikoli njihove skrivnosti).
tfa-title = Dvofaktorska prijava
tfa-intro = Pri dvofaktorski prijavi je za prijavo potrebna tudi koda iz aplikacije za preverjanje pristnosti v vašem telefonu, zato samo ukradeno geslo ne zadošča.
tfa-start = Nastavi
tfa-scan = To kodo skenirajte z aplikacijo za preverjanje pristnosti, nato vnesite 6-mestno kodo, ki jo prikaže.
tfa-qr-alt = Koda QR za vašo aplikacijo za preverjanje pristnosti
tfa-secret = Ali pa vnesite ta ključ:
tfa-confirm = Vklopi dvofaktorsko prijavo
tfa-enabled = Dvofaktorska prijava je vklopljena. Vaše druge seje so končane; ta brskalnik ostane prijavljen.
tfa-confirm-password-hint = Geslo potrdi, da ste to vi: vaše druge seje se končajo, ta brskalnik ostane prijavljen.
tfa-codes-saved = Kode so shranjene: nazaj na moj uporabniški račun
tfa-codes-intro = Te obnovitvene kode shranite na varno mesto. Če izgubite telefon, vsaka deluje enkrat. Prikazane so samo zdaj.
tfa-disable = Izklopi dvofaktorsko prijavo
keys-title = Ključi API
keys-new = Nov ključ
keys-scopes = Dovoljenja
keys-scope-read = Branje vaših podatkov
keys-scope-licenses = Upravljanje licenc
keys-scope-releases = Objavljanje izdaj
keys-expires = Poteče po (dneh, neobvezno)
keys-create = Ustvari ključ
keys-created = Vaš novi ključ je spodaj. Kopirajte ga zdaj: prikazan je samo enkrat.
keys-yours = Vaši ključi
keys-none = Še nimate ključev API.
keys-prefix = Začne se z
keys-revoke = Prekliči
keys-confirm-revoke = Želite preklicati ta ključ API? Skripti, ki ga uporabljajo, takoj prenehajo delovati; tega ni mogoče razveljaviti.
keys-revoked = preklican
