### Accounts: verification, password reset, first-run setup, signing in, settings, two-factor, API keys.

## Email verification page

verify-email-page-title = Bekreft e-postadressen din
verify-email-intro = Trykk på knappen for å bekrefte at denne e-postadressen er din.
verify-email-confirm = Bekreft e-postadressen min
verify-email-done = Takk: e-postadressen din er bekreftet.

## Password reset page

reset-page-title = Velg et nytt passord
reset-new-password = Nytt passord
reset-password-hint = 12 til 128 tegn. Ikke et av de vanligste passordene, og ikke e-postadressen din.
reset-submit = Lagre det nye passordet
reset-done = Passordet ditt er endret, og alle økter er avsluttet. Logg inn med det nye passordet.

## First-run setup page

setup-page-title = Opprett den første administratoren
setup-intro = Denne serveren har ingen administrator ennå. Kontoen du oppretter her, kan administrere alt; denne lenken virker bare én gang.
setup-email = E-postadresse
setup-name = Navn
setup-password = Passord
setup-store-name = Navnet på butikken din
setup-store-name-hint = Vises for kundene dine øverst på hver side og i e-poster. Du kan endre det og legge til logo og farger på siden Merkevare.
setup-seller = Hvem som selger (står på fakturaene)
setup-seller-hint = Valgfritt nå: fyll det ut før det første salget, her eller på faktureringssiden. Uten et juridisk navn står butikkens navn på fakturaene.
setup-submit = Opprett administratoren
setup-done = Administratorkontoen er klar. Logg inn med den.

## Signing in and up, account settings

nav-sign-up = Opprett konto
nav-sign-out = Logg ut
field-email = E-postadresse
field-password = Passord
field-name = Navn
sign-in-title = Logg inn
sign-in-submit = Logg inn
sign-in-code = Engangskode
sign-in-code-hint = Den sekssifrede koden fra autentiseringsappen din, eller en av gjenopprettingskodene dine.
sign-in-forgot = Har du glemt passordet?
sign-in-no-account = Opprett en konto
sign-up-title = Opprett en konto
sign-up-submit = Opprett kontoen
sign-up-done = Takk. Vi har sendt en bekreftelseslenke til adressen du oppga. Åpne den for å bekrefte e-postadressen din, og logg deretter inn.
sign-up-invited = En lisens venter på deg. Opprett kontoen din med adressen den ble sendt til.
sign-up-invited-done = Kontoen din er klar, og adressen er bekreftet. Logg inn: lisensen som venter på deg, finner du på lisenssiden din.
forgot-title = Har du glemt passordet?
forgot-submit = Send meg en lenke for tilbakestilling
forgot-done = Hvis en konto bruker denne adressen, er en lenke for å velge nytt passord på vei. Den virker i 30 minutter.
account-title = Kontoen din
account-profile = Profil
account-email-verified = bekreftet
account-email-unverified = ikke bekreftet ennå
account-timezone = Tidssone
account-digits = Sifre
account-save = Lagre
account-saved = Endringene dine er lagret.
account-password = Passord
account-current-password = Nåværende passord
account-change-password = Endre passordet
account-password-changed = Passordet ditt er endret. Alle andre økter er avsluttet.
account-security = Sikkerhet
account-2fa-on = Tofaktorinnlogging er slått på.
account-2fa-off = Tofaktorinnlogging er slått av.
account-sessions-hint = Avslutter alle økter for denne kontoen, på alle enheter, også denne.
account-sign-out-everywhere = Logg ut overalt

## Two-factor sign-in and API key pages

account-2fa-manage = Administrer
account-export = Last ned dataene mine
account-export-hint = En ZIP-fil med JSON-filer: kontoen din, lisensene og nøklene deres, enheter, fakturaer, betalinger, lommebok, varsler og API-nøkler (aldri hemmelighetene deres).
tfa-title = Tofaktorinnlogging
tfa-intro = Med tofaktorinnlogging trenger du i tillegg en kode fra en autentiseringsapp på telefonen for å logge inn, så et stjålet passord alene er ikke nok.
tfa-start = Konfigurer det
tfa-scan = Skann denne koden med autentiseringsappen din, og skriv deretter inn den sekssifrede koden den viser.
tfa-qr-alt = QR-kode for autentiseringsappen din
tfa-secret = Eller skriv inn denne nøkkelen:
tfa-confirm = Slå på tofaktorinnlogging
tfa-enabled = Tofaktorinnlogging er slått på. De andre øktene dine er avsluttet; denne nettleseren forblir innlogget.
tfa-confirm-password-hint = Passordet ditt bekrefter at det er deg: de andre øktene dine avsluttes, og denne nettleseren forblir innlogget.
tfa-codes-saved = Jeg har lagret dem: tilbake til kontoen min
tfa-codes-intro = Oppbevar disse gjenopprettingskodene på et trygt sted. Hver kode virker én gang hvis du mister telefonen. De vises bare nå.
tfa-disable = Slå av tofaktorinnlogging
keys-title = API-nøkler
keys-new = Ny nøkkel
keys-scopes = Tillatelser
keys-scope-read = Lese dataene dine
keys-scope-licenses = Administrere lisenser
keys-scope-releases = Publisere utgivelser
keys-expires = Utløper etter (dager, valgfritt)
keys-create = Opprett nøkkelen
keys-created = Den nye nøkkelen din står nedenfor. Kopier den nå: den vises bare én gang.
keys-yours = Nøklene dine
keys-none = Du har ingen API-nøkler ennå.
keys-prefix = Begynner med
keys-revoke = Tilbakekall
keys-confirm-revoke = Vil du tilbakekalle denne API-nøkkelen? Skript som bruker den, slutter å virke med én gang. Dette kan ikke angres.
keys-revoked = tilbakekalt
