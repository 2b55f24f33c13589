### Accounts: verification, password reset, first-run setup, signing in, settings, two-factor, API keys.

## Email verification page

verify-email-page-title = Kinnitage oma e-posti aadress
verify-email-intro = Vajutage nuppu, et kinnitada, et see e-posti aadress kuulub teile.
verify-email-confirm = Kinnita minu e-posti aadress
verify-email-done = Aitäh! Teie e-posti aadress on kinnitatud.

## Password reset page

reset-page-title = Valige uus parool
reset-new-password = Uus parool
reset-password-hint = 12–128 märki. Ei tohi olla üks levinumaid paroole ega teie e-posti aadress.
reset-submit = Määra uus parool
reset-done = Teie parool on muudetud ja kõik seansid on lõpetatud. Logige sisse uue parooliga.

## First-run setup page

setup-page-title = Looge esimene administraator
setup-intro = Sellel serveril pole veel administraatorit. Siin loodav konto saab hallata kõike; see link töötab ainult ühe korra.
setup-email = E-posti aadress
setup-name = Nimi
setup-password = Parool
setup-store-name = Teie poe nimi
setup-store-name-hint = Kuvatakse klientidele iga lehe päises ja e-kirjades. Saate seda muuta ning lisada logo ja värvid lehel Bränd.
setup-seller = Müüja (trükitakse arvetele)
setup-seller-hint = Praegu valikuline: täitke see enne esimest müüki, siin või arvelduse lehel. Kui juriidiline nimi puudub, trükitakse arvetele poe nimi.
setup-submit = Loo administraator
setup-done = Administraatori konto on valmis. Logige sellega sisse.

## Signing in and up, account settings

nav-sign-up = Loo konto
nav-sign-out = Logi välja
field-email = E-posti aadress
field-password = Parool
field-name = Nimi
sign-in-title = Sisselogimine
sign-in-submit = Logi sisse
sign-in-code = Ühekordne kood
sign-in-code-hint = 6-kohaline kood teie autentimisrakendusest või üks teie taastekoodidest.
sign-in-forgot = Unustasite parooli?
sign-in-no-account = Loo konto
sign-up-title = Konto loomine
sign-up-submit = Loo konto
sign-up-done = Aitäh! Saatsime sisestatud aadressile kinnituslingi; avage see, et oma e-posti aadress kinnitada. Seejärel logige sisse.
sign-up-invited = Teid ootab litsents. Looge konto aadressiga, kuhu see saadeti.
sign-up-invited-done = Teie konto on valmis ja aadress kinnitatud. Logige sisse: teid ootav litsents on teie litsentside lehel.
forgot-title = Unustasite parooli?
forgot-submit = Saada mulle lähtestamislink
forgot-done = Kui mõni konto kasutab seda aadressi, saadetakse sinna link uue parooli valimiseks. See kehtib 30 minutit.
account-title = Teie konto
account-profile = Profiil
account-email-verified = kinnitatud
account-email-unverified = pole veel kinnitatud
account-timezone = Ajavöönd
account-digits = Numbrid
account-save = Salvesta
account-saved = Teie muudatused on salvestatud.
account-password = Parool
account-current-password = Praegune parool
account-change-password = Muuda parooli
account-password-changed = Teie parool on muudetud. Kõik teised seansid on lõpetatud.
account-security = Turvalisus
account-2fa-on = Kaheastmeline sisselogimine on sisse lülitatud.
account-2fa-off = Kaheastmeline sisselogimine on välja lülitatud.
account-sessions-hint = Lõpetab selle konto kõik seansid kõigis seadmetes, sealhulgas selles.
account-sign-out-everywhere = Logi kõikjal välja

## Two-factor sign-in and API key pages

account-2fa-manage = Halda
account-export = Laadi minu andmed alla
account-export-hint = ZIP-fail JSON-failidega: teie konto, litsentsid koos võtmetega, seadmed, arved, maksed, rahakott, teavitused ja API-võtmed (ilma nende salajaste osadeta).
tfa-title = Kaheastmeline sisselogimine
tfa-intro = Kaheastmelise sisselogimise korral on sisselogimiseks vaja ka koodi teie telefoni autentimisrakendusest, nii et ainult varastatud paroolist ei piisa.
tfa-start = Seadista
tfa-scan = Skannige see kood oma autentimisrakendusega ja sisestage seejärel rakenduses kuvatav 6-kohaline kood.
tfa-qr-alt = QR-kood teie autentimisrakenduse jaoks
tfa-secret = Või sisestage see võti:
tfa-confirm = Lülita kaheastmeline sisselogimine sisse
tfa-enabled = Kaheastmeline sisselogimine on sisse lülitatud. Teie teised seansid on lõpetatud; selles brauseris jääte sisselogituks.
tfa-confirm-password-hint = Parool tõendab, et see olete teie: teie teised seansid lõpetatakse, selles brauseris jääte sisselogituks.
tfa-codes-saved = Salvestasin need: tagasi minu kontole
tfa-codes-intro = Hoidke neid taastekoode turvalises kohas. Need aitavad, kui kaotate oma telefoni; iga kood töötab ühe korra. Neid näidatakse ainult praegu.
tfa-disable = Lülita kaheastmeline sisselogimine välja
keys-title = API-võtmed
keys-new = Uus võti
keys-scopes = Load
keys-scope-read = Teie andmete lugemine
keys-scope-licenses = Litsentside haldamine
keys-scope-releases = Väljalasete avaldamine
keys-expires = Aegub pärast (päevades, valikuline)
keys-create = Loo võti
keys-created = Teie uus võti on allpool. Kopeerige see kohe: seda näidatakse ainult üks kord.
keys-yours = Teie võtmed
keys-none = Teil pole veel API-võtmeid.
keys-prefix = Algus
keys-revoke = Tühista
keys-confirm-revoke = Kas tühistada see API-võti? Seda kasutavad skriptid lakkavad kohe töötamast; seda ei saa tagasi võtta.
keys-revoked = tühistatud
