### Accounts: verification, password reset, first-run setup, signing in, settings, two-factor, API keys.

## Email verification page

verify-email-page-title = Vahvista sähköpostiosoitteesi
verify-email-intro = Vahvista painikkeella, että tämä sähköpostiosoite on sinun.
verify-email-confirm = Vahvista sähköpostiosoitteeni
verify-email-done = Kiitos: sähköpostiosoitteesi on vahvistettu.

## Password reset page

reset-page-title = Valitse uusi salasana
reset-new-password = Uusi salasana
reset-password-hint = 12–128 merkkiä. Ei mikään yleisimmistä salasanoista eikä sähköpostiosoitteesi.
reset-submit = Aseta uusi salasana
reset-done = Salasanasi on vaihdettu ja kaikki istunnot on päätetty. Kirjaudu sisään uudella salasanalla.

## First-run setup page

setup-page-title = Luo ensimmäinen ylläpitäjä
setup-intro = Tällä palvelimella ei ole vielä ylläpitäjää. Tässä luomasi tili voi hallita kaikkea; tämä linkki toimii vain kerran.
setup-email = Sähköpostiosoite
setup-name = Nimi
setup-password = Salasana
setup-store-name = Kauppasi nimi
setup-store-name-hint = Näytetään asiakkaillesi jokaisen sivun ylätunnisteessa ja sähköposteissa. Voit muuttaa sitä sekä lisätä logon ja värit Brändi-sivulla.
setup-seller = Myyjä (tulostetaan laskuihin)
setup-seller-hint = Vapaaehtoinen nyt: täytä tiedot ennen ensimmäistä myyntiä, täällä tai laskutussivulla. Ilman virallista nimeä laskuihin tulostetaan kaupan nimi.
setup-submit = Luo ylläpitäjä
setup-done = Ylläpitäjän tili on valmis. Kirjaudu sisään sillä.

## Signing in and up, account settings

nav-sign-up = Luo tili
nav-sign-out = Kirjaudu ulos
field-email = Sähköpostiosoite
field-password = Salasana
field-name = Nimi
sign-in-title = Kirjaudu sisään
sign-in-submit = Kirjaudu sisään
sign-in-code = Kertakäyttökoodi
sign-in-code-hint = Todennussovelluksesi näyttämä 6-numeroinen koodi tai jokin palautuskoodeistasi.
sign-in-forgot = Unohditko salasanasi?
sign-in-no-account = Luo tili
sign-up-title = Luo tili
sign-up-submit = Luo tili
sign-up-done = Kiitos. Lähetimme vahvistuslinkin antamaasi osoitteeseen; vahvista sähköpostiosoitteesi avaamalla se. Kirjaudu sen jälkeen sisään.
sign-up-invited = Sinua odottaa lisenssi. Luo tilisi sillä osoitteella, johon lisenssi lähetettiin.
sign-up-invited-done = Tilisi on valmis ja sen osoite vahvistettu. Kirjaudu sisään: sinua odottava lisenssi on lisenssisivullasi.
forgot-title = Unohditko salasanasi?
forgot-submit = Lähetä minulle palautuslinkki
forgot-done = Jos tätä osoitetta käyttää jokin tili, linkki uuden salasanan valitsemiseen on matkalla. Se toimii 30 minuuttia.
account-title = Tilisi
account-profile = Profiili
account-email-verified = vahvistettu
account-email-unverified = ei vielä vahvistettu
account-timezone = Aikavyöhyke
account-digits = Numerot
account-save = Tallenna
account-saved = Muutoksesi on tallennettu.
account-password = Salasana
account-current-password = Nykyinen salasana
account-change-password = Vaihda salasana
account-password-changed = Salasanasi on vaihdettu. Kaikki muut istunnot on päätetty.
account-security = Tietoturva
account-2fa-on = Kaksivaiheinen kirjautuminen on käytössä.
account-2fa-off = Kaksivaiheinen kirjautuminen ei ole käytössä.
account-sessions-hint = Päättää tämän tilin kaikki istunnot kaikilla laitteilla, myös tällä.
account-sign-out-everywhere = Kirjaudu ulos kaikkialta

## Two-factor sign-in and API key pages

account-2fa-manage = Hallitse
account-export = Lataa tietoni
account-export-hint = ZIP-tiedosto, jossa on JSON-tiedostoja: tilisi, lisenssit avaimineen, laitteet, laskut, maksut, lompakko, ilmoitukset ja API-avaimet (ei koskaan niiden salaisuuksia).
tfa-title = Kaksivaiheinen kirjautuminen
tfa-intro = Kun kaksivaiheinen kirjautuminen on käytössä, kirjautumiseen tarvitaan myös koodi puhelimesi todennussovelluksesta, joten pelkkä varastettu salasana ei riitä.
tfa-start = Määritä
tfa-scan = Skannaa tämä koodi todennussovelluksellasi ja syötä sitten sen näyttämä 6-numeroinen koodi.
tfa-qr-alt = QR-koodi todennussovellusta varten
tfa-secret = Tai kirjoita tämä avain:
tfa-confirm = Ota kaksivaiheinen kirjautuminen käyttöön
tfa-enabled = Kaksivaiheinen kirjautuminen on käytössä. Muut istuntosi on päätetty; tämä selain pysyy kirjautuneena.
tfa-confirm-password-hint = Salasanasi vahvistaa, että kyse on sinusta: muut istuntosi päätetään, tämä selain pysyy kirjautuneena.
tfa-codes-saved = Tallensin ne: takaisin tililleni
tfa-codes-intro = Säilytä nämä palautuskoodit turvallisessa paikassa. Kukin toimii kerran, jos kadotat puhelimesi. Ne näytetään vain nyt.
tfa-disable = Poista kaksivaiheinen kirjautuminen käytöstä
keys-title = API-avaimet
keys-new = Uusi avain
keys-scopes = Käyttöoikeudet
keys-scope-read = Tietojesi lukeminen
keys-scope-licenses = Lisenssien hallinta
keys-scope-releases = Versioiden julkaiseminen
keys-expires = Voimassaoloaika päivinä (valinnainen)
keys-create = Luo avain
keys-created = Uusi avaimesi on alla. Kopioi se nyt: se näytetään vain kerran.
keys-yours = Avaimesi
keys-none = Sinulla ei ole vielä API-avaimia.
keys-prefix = Alkaa merkeillä
keys-revoke = Peruuta
keys-confirm-revoke = Peruutetaanko tämä API-avain? Sitä käyttävät skriptit lakkaavat toimimasta heti; tätä ei voi kumota.
keys-revoked = peruutettu
