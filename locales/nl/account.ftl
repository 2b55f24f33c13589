### Accounts: verification, password reset, first-run setup, signing in, settings, two-factor, API keys.

## Email verification page

verify-email-page-title = Bevestig uw e-mailadres
verify-email-intro = Klik op de knop om te bevestigen dat dit e-mailadres van u is.
verify-email-confirm = Mijn e-mailadres bevestigen
verify-email-done = Dank u: uw e-mailadres is bevestigd.

## Password reset page

reset-page-title = Kies een nieuw wachtwoord
reset-new-password = Nieuw wachtwoord
reset-password-hint = 12 tot 128 tekens. Niet een van de meest gebruikte wachtwoorden en niet uw e-mailadres.
reset-submit = Nieuw wachtwoord instellen
reset-done = Uw wachtwoord is gewijzigd en alle sessies zijn beëindigd. Log in met het nieuwe wachtwoord.

## First-run setup page

setup-page-title = De eerste beheerder aanmaken
setup-intro = Deze server heeft nog geen beheerder. Met het account dat u hier aanmaakt, kunt u alles beheren; deze link werkt één keer.
setup-email = E-mailadres
setup-name = Naam
setup-password = Wachtwoord
setup-store-name = Naam van uw winkel
setup-store-name-hint = Wordt aan uw klanten getoond in de kop van elke pagina en in e-mails. U kunt de naam wijzigen en een logo en kleuren toevoegen op de pagina Huisstijl.
setup-seller = Wie verkoopt (vermeld op facturen)
setup-seller-hint = Nu nog optioneel: vul dit vóór de eerste verkoop in, hier of op de factuurpagina. Zonder juridische naam vermelden facturen de naam van de winkel.
setup-submit = Beheerder aanmaken
setup-done = Het beheerdersaccount is klaar. Log ermee in.

## Signing in and up, account settings

nav-sign-up = Account aanmaken
nav-sign-out = Uitloggen
field-email = E-mailadres
field-password = Wachtwoord
field-name = Naam
sign-in-title = Inloggen
sign-in-submit = Inloggen
sign-in-code = Eenmalige code
sign-in-code-hint = De 6-cijferige code uit uw authenticatie-app, of een van uw herstelcodes.
sign-in-forgot = Wachtwoord vergeten?
sign-in-no-account = Een account aanmaken
sign-up-title = Een account aanmaken
sign-up-submit = Account aanmaken
sign-up-done = Dank u. We hebben een bevestigingslink gestuurd naar het adres dat u hebt opgegeven; open deze om uw e-mailadres te bevestigen. Log daarna in.
sign-up-invited = Er staat een licentie voor u klaar. Maak uw account aan met het adres waarnaar deze is verzonden.
sign-up-invited-done = Uw account is klaar en het adres is bevestigd. Log in: de licentie die voor u klaarstaat, vindt u op uw licentiepagina.
forgot-title = Wachtwoord vergeten?
forgot-submit = Stuur mij een herstellink
forgot-done = Als een account dit adres gebruikt, is er een link onderweg om een nieuw wachtwoord te kiezen. Deze werkt 30 minuten.
account-title = Uw account
account-profile = Profiel
account-email-verified = bevestigd
account-email-unverified = nog niet bevestigd
account-timezone = Tijdzone
account-digits = Cijfers
account-save = Opslaan
account-saved = Uw wijzigingen zijn opgeslagen.
account-password = Wachtwoord
account-current-password = Huidig wachtwoord
account-change-password = Wachtwoord wijzigen
account-password-changed = Uw wachtwoord is gewijzigd. Alle andere sessies zijn beëindigd.
account-security = Beveiliging
account-2fa-on = Tweestapsverificatie staat aan.
account-2fa-off = Tweestapsverificatie staat uit.
account-sessions-hint = Beëindigt elke sessie van dit account, op elk apparaat, ook deze.
account-sign-out-everywhere = Overal uitloggen

## Two-factor sign-in and API key pages

account-2fa-manage = Beheren
account-export = Mijn gegevens downloaden
account-export-hint = Een ZIP met JSON-bestanden: uw account, licenties en de bijbehorende sleutels, apparaten, facturen, betalingen, portemonnee, meldingen en API-sleutels (nooit de geheime waarden ervan).
tfa-title = Tweestapsverificatie
tfa-intro = Met tweestapsverificatie hebt u bij het inloggen ook een code nodig uit een authenticatie-app op uw telefoon, zodat een gestolen wachtwoord alleen niet volstaat.
tfa-start = Instellen
tfa-scan = Scan deze code met uw authenticatie-app en voer daarna de 6-cijferige code in die de app toont.
tfa-qr-alt = QR-code voor uw authenticatie-app
tfa-secret = Of typ deze sleutel:
tfa-confirm = Tweestapsverificatie inschakelen
tfa-enabled = Tweestapsverificatie staat aan. Uw andere sessies zijn beëindigd; in deze browser blijft u ingelogd.
tfa-confirm-password-hint = Met uw wachtwoord bewijst u dat u het bent: uw andere sessies worden beëindigd, in deze browser blijft u ingelogd.
tfa-codes-saved = Ik heb ze bewaard: terug naar mijn account
tfa-codes-intro = Bewaar deze herstelcodes op een veilige plek. Elke code werkt één keer, voor als u uw telefoon kwijtraakt. Ze worden alleen nu getoond.
tfa-disable = Tweestapsverificatie uitschakelen
keys-title = API-sleutels
keys-new = Nieuwe sleutel
keys-scopes = Bevoegdheden
keys-scope-read = Uw gegevens lezen
keys-scope-licenses = Licenties beheren
keys-scope-releases = Versies publiceren
keys-expires = Verloopt na (dagen, optioneel)
keys-create = Sleutel aanmaken
keys-created = Uw nieuwe sleutel staat hieronder. Kopieer hem nu: hij wordt maar één keer getoond.
keys-yours = Uw sleutels
keys-none = U hebt nog geen API-sleutels.
keys-prefix = Begint met
keys-revoke = Intrekken
keys-confirm-revoke = Deze API-sleutel intrekken? Scripts die hem gebruiken, werken direct niet meer; dit kan niet ongedaan worden gemaakt.
keys-revoked = ingetrokken
