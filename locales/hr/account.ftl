### Accounts: verification, password reset, first-run setup, signing in, settings, two-factor, API keys.

## Email verification page

verify-email-page-title = Potvrdite svoju adresu e-pošte
verify-email-intro = Pritisnite gumb kako biste potvrdili da je ova adresa e-pošte vaša.
verify-email-confirm = Potvrdi moju adresu e-pošte
verify-email-done = Hvala: vaša je adresa e-pošte potvrđena.

## Password reset page

reset-page-title = Odaberite novu lozinku
reset-new-password = Nova lozinka
reset-password-hint = Od 12 do 128 znakova. Ne smije biti jedna od najčešćih lozinki ni vaša adresa e-pošte.
reset-submit = Postavi novu lozinku
reset-done = Lozinka je promijenjena i sve su sesije završene. Prijavite se novom lozinkom.

## First-run setup page

setup-page-title = Izradite prvog administratora
setup-intro = Ovaj poslužitelj još nema administratora. Korisnički račun koji ovdje izradite može upravljati svime; ova poveznica radi samo jednom.
setup-email = Adresa e-pošte
setup-name = Ime
setup-password = Lozinka
setup-store-name = Naziv vaše trgovine
setup-store-name-hint = Prikazuje se vašim kupcima u zaglavlju svake stranice i u e-porukama. Možete ga promijeniti te dodati logotip i boje na stranici Marka.
setup-seller = Tko prodaje (ispisuje se na fakturama)
setup-seller-hint = Zasad nije obavezno: ispunite prije prve prodaje, ovdje ili na stranici naplate. Bez pravnog naziva na fakturama se ispisuje naziv trgovine.
setup-submit = Izradi administratora
setup-done = Administratorski korisnički račun je spreman. Prijavite se njime.

## Signing in and up, account settings

nav-sign-up = Izradi korisnički račun
nav-sign-out = Odjava
field-email = Adresa e-pošte
field-password = Lozinka
field-name = Ime
sign-in-title = Prijava
sign-in-submit = Prijavi se
sign-in-code = Jednokratni kôd
sign-in-code-hint = Šesteroznamenkasti kôd iz vaše aplikacije za autentifikaciju ili jedan od vaših kodova za oporavak.
sign-in-forgot = Zaboravili ste lozinku?
sign-in-no-account = Izradite korisnički račun
sign-up-title = Izrada korisničkog računa
sign-up-submit = Izradi korisnički račun
sign-up-done = Hvala. Na adresu koju ste unijeli poslali smo poveznicu za potvrdu; otvorite je kako biste potvrdili svoju adresu e-pošte. Zatim se prijavite.
sign-up-invited = Čeka vas licenca. Izradite korisnički račun s adresom na koju je poslana.
sign-up-invited-done = Vaš je korisnički račun spreman, a njegova adresa potvrđena. Prijavite se: licenca koja vas čeka nalazi se na stranici Moje licence.
forgot-title = Zaboravili ste lozinku?
forgot-submit = Pošalji mi poveznicu za ponovno postavljanje
forgot-done = Ako neki korisnički račun koristi ovu adresu, poveznica za odabir nove lozinke upravo je na putu. Vrijedi 30 minuta.
account-title = Vaš korisnički račun
account-profile = Profil
account-email-verified = potvrđena
account-email-unverified = još nije potvrđena
account-timezone = Vremenska zona
account-digits = Znamenke
account-save = Spremi
account-saved = Promjene su spremljene.
account-password = Lozinka
account-current-password = Trenutačna lozinka
account-change-password = Promijeni lozinku
account-password-changed = Lozinka je promijenjena. Sve su ostale sesije završene.
account-security = Sigurnost
account-2fa-on = Prijava u dva koraka je uključena.
account-2fa-off = Prijava u dva koraka je isključena.
account-sessions-hint = Završava sve sesije ovog korisničkog računa na svim uređajima, uključujući ovaj.
account-sign-out-everywhere = Odjavi se svugdje

## Two-factor sign-in and API key pages

account-2fa-manage = Upravljaj
account-export = Preuzmi moje podatke
account-export-hint = ZIP s datotekama JSON: vaš korisnički račun, licence i njihovi ključevi, uređaji, fakture, uplate, novčanik, obavijesti i API ključevi (nikada njihove tajne).
tfa-title = Prijava u dva koraka
tfa-intro = Uz prijavu u dva koraka za prijavu je potreban i kôd iz aplikacije za autentifikaciju na vašem telefonu, pa sama ukradena lozinka nije dovoljna.
tfa-start = Postavi
tfa-scan = Skenirajte ovaj kôd aplikacijom za autentifikaciju, a zatim unesite šesteroznamenkasti kôd koji ona prikaže.
tfa-qr-alt = QR kôd za vašu aplikaciju za autentifikaciju
tfa-secret = Ili upišite ovaj ključ:
tfa-confirm = Uključi prijavu u dva koraka
tfa-enabled = Prijava u dva koraka je uključena. Vaše su ostale sesije završene; ovaj preglednik ostaje prijavljen.
tfa-confirm-password-hint = Lozinkom potvrđujete da ste to vi: vaše se ostale sesije završavaju, a ovaj preglednik ostaje prijavljen.
tfa-codes-saved = Kodovi su spremljeni: natrag na moj korisnički račun
tfa-codes-intro = Čuvajte ove kodove za oporavak na sigurnome mjestu. Ako izgubite telefon, svaki od njih radi jednom. Prikazuju se samo sada.
tfa-disable = Isključi prijavu u dva koraka
keys-title = API ključevi
keys-new = Novi ključ
keys-scopes = Ovlasti
keys-scope-read = Čitanje vaših podataka
keys-scope-licenses = Upravljanje licencama
keys-scope-releases = Objavljivanje izdanja
keys-expires = Istječe nakon (dana, nije obavezno)
keys-create = Izradi ključ
keys-created = Vaš je novi ključ prikazan u nastavku. Kopirajte ga sada: prikazuje se samo jednom.
keys-yours = Vaši ključevi
keys-none = Još nemate API ključeva.
keys-prefix = Počinje s
keys-revoke = Opozovi
keys-confirm-revoke = Želite li opozvati ovaj API ključ? Skripte koje ga koriste odmah prestaju raditi; to se ne može poništiti.
keys-revoked = opozvan
