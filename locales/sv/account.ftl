### Accounts: verification, password reset, first-run setup, signing in, settings, two-factor, API keys.

## Email verification page

verify-email-page-title = Bekräfta din e-postadress
verify-email-intro = Klicka på knappen för att bekräfta att den här e-postadressen är din.
verify-email-confirm = Bekräfta min e-postadress
verify-email-done = Tack! Din e-postadress är bekräftad.

## Password reset page

reset-page-title = Välj ett nytt lösenord
reset-new-password = Nytt lösenord
reset-password-hint = 12 till 128 tecken. Inte ett av de vanligaste lösenorden och inte din e-postadress.
reset-submit = Spara det nya lösenordet
reset-done = Ditt lösenord har ändrats och alla sessioner har avslutats. Logga in med det nya lösenordet.

## First-run setup page

setup-page-title = Skapa den första administratören
setup-intro = Den här servern har ingen administratör ännu. Kontot du skapar här kan hantera allt; länken fungerar bara en gång.
setup-email = E-postadress
setup-name = Namn
setup-password = Lösenord
setup-store-name = Butikens namn
setup-store-name-hint = Visas för dina kunder i sidhuvudet på varje sida och i e-postmeddelanden. Du kan ändra det, och lägga till en logotyp och färger, på sidan Varumärke.
setup-seller = Säljare (skrivs ut på fakturor)
setup-seller-hint = Valfritt just nu: fyll i det före den första försäljningen, här eller på faktureringssidan. Utan ett juridiskt namn skrivs butikens namn ut på fakturorna.
setup-submit = Skapa administratören
setup-done = Administratörskontot är klart. Logga in med det.

## Signing in and up, account settings

nav-sign-up = Skapa konto
nav-sign-out = Logga ut
field-email = E-postadress
field-password = Lösenord
field-name = Namn
sign-in-title = Logga in
sign-in-submit = Logga in
sign-in-code = Engångskod
sign-in-code-hint = Den 6-siffriga koden från din autentiseringsapp, eller en av dina återställningskoder.
sign-in-forgot = Har du glömt lösenordet?
sign-in-no-account = Skapa ett konto
sign-up-title = Skapa ett konto
sign-up-submit = Skapa kontot
sign-up-done = Tack! Vi har skickat en bekräftelselänk till adressen du angav; öppna den för att bekräfta din e-postadress. Logga sedan in.
sign-up-invited = En licens väntar på dig. Skapa ditt konto med adressen som den skickades till.
sign-up-invited-done = Ditt konto är klart och adressen bekräftad. Logga in: licensen som väntar på dig finns på din licenssida.
forgot-title = Har du glömt lösenordet?
forgot-submit = Skicka en återställningslänk
forgot-done = Om ett konto använder den här adressen är en länk för att välja ett nytt lösenord på väg. Den gäller i 30 minuter.
account-title = Ditt konto
account-profile = Profil
account-email-verified = bekräftad
account-email-unverified = inte bekräftad ännu
account-timezone = Tidszon
account-digits = Siffror
account-save = Spara
account-saved = Dina ändringar har sparats.
account-password = Lösenord
account-current-password = Nuvarande lösenord
account-change-password = Byt lösenord
account-password-changed = Ditt lösenord har ändrats. Alla andra sessioner har avslutats.
account-security = Säkerhet
account-2fa-on = Tvåfaktorsinloggning är på.
account-2fa-off = Tvåfaktorsinloggning är av.
account-sessions-hint = Avslutar alla sessioner för det här kontot, på alla enheter, även den här.
account-sign-out-everywhere = Logga ut överallt

## Two-factor sign-in and API key pages

account-2fa-manage = Hantera
account-export = Ladda ned mina data
account-export-hint = En ZIP-fil med JSON-filer: ditt konto, dina licenser och deras nycklar, enheter, fakturor, betalningar, plånbok, aviseringar och API-nycklar (aldrig deras hemligheter).
tfa-title = Tvåfaktorsinloggning
tfa-intro = Med tvåfaktorsinloggning krävs även en kod från en autentiseringsapp i din telefon när du loggar in, så ett stulet lösenord räcker inte ensamt.
tfa-start = Konfigurera
tfa-scan = Skanna den här koden med din autentiseringsapp och ange sedan den 6-siffriga kod som appen visar.
tfa-qr-alt = QR-kod för din autentiseringsapp
tfa-secret = Eller skriv in den här nyckeln:
tfa-confirm = Aktivera tvåfaktorsinloggning
tfa-enabled = Tvåfaktorsinloggning är på. Dina andra sessioner har avslutats; du förblir inloggad i den här webbläsaren.
tfa-confirm-password-hint = Ditt lösenord bekräftar att det är du: dina andra sessioner avslutas, men du förblir inloggad i den här webbläsaren.
tfa-codes-saved = Jag har sparat dem: tillbaka till mitt konto
tfa-codes-intro = Förvara de här återställningskoderna på ett säkert ställe. Varje kod fungerar en gång, om du skulle förlora din telefon. De visas bara nu.
tfa-disable = Inaktivera tvåfaktorsinloggning
keys-title = API-nycklar
keys-new = Ny nyckel
keys-scopes = Behörigheter
keys-scope-read = Läsa dina data
keys-scope-licenses = Hantera licenser
keys-scope-releases = Publicera versioner
keys-expires = Går ut efter (dagar, valfritt)
keys-create = Skapa nyckeln
keys-created = Din nya nyckel visas nedan. Kopiera den nu: den visas bara en gång.
keys-yours = Dina nycklar
keys-none = Du har inga API-nycklar ännu.
keys-prefix = Börjar med
keys-revoke = Återkalla
keys-confirm-revoke = Återkalla den här API-nyckeln? Skript som använder den slutar fungera omedelbart; detta kan inte ångras.
keys-revoked = återkallad
