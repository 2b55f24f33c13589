### Accounts: verification, password reset, first-run setup, signing in, settings, two-factor, API keys.

## Email verification page

verify-email-page-title = Bekræft din e-mailadresse
verify-email-intro = Tryk på knappen for at bekræfte, at denne e-mailadresse er din.
verify-email-confirm = Bekræft min e-mailadresse
verify-email-done = Tak: din e-mailadresse er bekræftet.

## Password reset page

reset-page-title = Vælg en ny adgangskode
reset-new-password = Ny adgangskode
reset-password-hint = 12 til 128 tegn. Ikke en af de mest almindelige adgangskoder og ikke din e-mailadresse.
reset-submit = Gem den nye adgangskode
reset-done = Din adgangskode er ændret, og alle sessioner er afsluttet. Log ind med den nye adgangskode.

## First-run setup page

setup-page-title = Opret den første administrator
setup-intro = Denne server har endnu ingen administrator. Den konto, du opretter her, kan administrere alt; dette link virker én gang.
setup-email = E-mailadresse
setup-name = Navn
setup-password = Adgangskode
setup-store-name = Din butiks navn
setup-store-name-hint = Vises for dine kunder i sidehovedet på alle sider og i e-mails. Du kan ændre det og tilføje logo og farver på siden Varemærke.
setup-seller = Hvem sælger (står på fakturaer)
setup-seller-hint = Valgfrit nu: udfyld det før det første salg, her eller på faktureringssiden. Uden et juridisk navn står butikkens navn på fakturaerne.
setup-submit = Opret administratoren
setup-done = Administratorkontoen er klar. Log ind med den.

## Signing in and up, account settings

nav-sign-up = Opret konto
nav-sign-out = Log ud
field-email = E-mailadresse
field-password = Adgangskode
field-name = Navn
sign-in-title = Log ind
sign-in-submit = Log ind
sign-in-code = Engangskode
sign-in-code-hint = Den 6-cifrede kode fra din godkendelsesapp eller en af dine gendannelseskoder.
sign-in-forgot = Har du glemt din adgangskode?
sign-in-no-account = Opret en konto
sign-up-title = Opret en konto
sign-up-submit = Opret kontoen
sign-up-done = Tak. Vi har sendt et bekræftelseslink til den adresse, du indtastede; åbn det for at bekræfte din e-mail. Log derefter ind.
sign-up-invited = En licens venter på dig. Opret din konto med den adresse, den blev sendt til.
sign-up-invited-done = Din konto er klar, og dens adresse er bekræftet. Log ind: licensen, der venter på dig, findes på din licensside.
forgot-title = Har du glemt din adgangskode?
forgot-submit = Send mig et link til nulstilling
forgot-done = Hvis en konto bruger denne adresse, er et link til at vælge en ny adgangskode på vej. Det virker i 30 minutter.
account-title = Din konto
account-profile = Profil
account-email-verified = bekræftet
account-email-unverified = endnu ikke bekræftet
account-timezone = Tidszone
account-digits = Cifre
account-save = Gem
account-saved = Dine ændringer er gemt.
account-password = Adgangskode
account-current-password = Nuværende adgangskode
account-change-password = Skift adgangskode
account-password-changed = Din adgangskode er ændret. Alle andre sessioner er afsluttet.
account-security = Sikkerhed
account-2fa-on = Totrinslogin er slået til.
account-2fa-off = Totrinslogin er slået fra.
account-sessions-hint = Afslutter alle sessioner for denne konto på alle enheder, også denne.
account-sign-out-everywhere = Log ud overalt

## Two-factor sign-in and API key pages

account-2fa-manage = Administrér
account-export = Hent mine data
account-export-hint = En ZIP-fil med JSON-filer: din konto, dine licenser og deres nøgler, enheder, fakturaer, betalinger, tegnebog, notifikationer og API-nøgler (aldrig deres hemmeligheder).
tfa-title = Totrinslogin
tfa-intro = Med totrinslogin kræver det også en kode fra en godkendelsesapp på din telefon at logge ind, så en stjålet adgangskode alene ikke er nok.
tfa-start = Konfigurér det
tfa-scan = Scan denne kode med din godkendelsesapp, og indtast derefter den 6-cifrede kode, den viser.
tfa-qr-alt = QR-kode til din godkendelsesapp
tfa-secret = Eller indtast denne nøgle:
tfa-confirm = Slå totrinslogin til
tfa-enabled = Totrinslogin er slået til. Dine andre sessioner er afsluttet; denne browser forbliver logget ind.
tfa-confirm-password-hint = Din adgangskode beviser, at det er dig: dine andre sessioner afsluttes, og denne browser forbliver logget ind.
tfa-codes-saved = Jeg har gemt dem: tilbage til min konto
tfa-codes-intro = Opbevar disse gendannelseskoder et sikkert sted. Hver kode virker én gang, hvis du mister din telefon. De vises kun nu.
tfa-disable = Slå totrinslogin fra
keys-title = API-nøgler
keys-new = Ny nøgle
keys-scopes = Tilladelser
keys-scope-read = Læse dine data
keys-scope-licenses = Administrere licenser
keys-scope-releases = Publicere udgivelser
keys-expires = Udløber efter (dage, valgfrit)
keys-create = Opret nøglen
keys-created = Din nye nøgle står nedenfor. Kopiér den nu: den vises kun én gang.
keys-yours = Dine nøgler
keys-none = Du har endnu ingen API-nøgler.
keys-prefix = Begynder med
keys-revoke = Tilbagekald
keys-confirm-revoke = Vil du tilbagekalde denne API-nøgle? Scripts, der bruger den, holder straks op med at virke; det kan ikke fortrydes.
keys-revoked = tilbagekaldt
