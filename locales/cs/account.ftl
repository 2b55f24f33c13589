### Accounts: verification, password reset, first-run setup, signing in, settings, two-factor, API keys.

## Email verification page

verify-email-page-title = Potvrďte svou e-mailovou adresu
verify-email-intro = Stisknutím tlačítka potvrďte, že tato e-mailová adresa patří vám.
verify-email-confirm = Potvrdit e-mailovou adresu
verify-email-done = Děkujeme, vaše e-mailová adresa je potvrzena.

## Password reset page

reset-page-title = Zvolte nové heslo
reset-new-password = Nové heslo
reset-password-hint = 12 až 128 znaků. Nesmí jít o jedno z nejběžnějších hesel ani o vaši e-mailovou adresu.
reset-submit = Nastavit nové heslo
reset-done = Heslo bylo změněno a všechny relace byly ukončeny. Přihlaste se novým heslem.

## First-run setup page

setup-page-title = Vytvoření prvního administrátora
setup-intro = Tento server zatím nemá žádného administrátora. Účet, který zde vytvoříte, může spravovat vše; tento odkaz funguje jen jednou.
setup-email = E-mailová adresa
setup-name = Jméno
setup-password = Heslo
setup-store-name = Název vašeho obchodu
setup-store-name-hint = Zobrazuje se zákazníkům v záhlaví každé stránky a v e-mailech. Můžete ho změnit a přidat logo a barvy na stránce Značka.
setup-seller = Prodávající (uvádí se na fakturách)
setup-seller-hint = Teď nepovinné: vyplňte před prvním prodejem, zde nebo na stránce fakturace. Bez obchodní firmy se na fakturách uvádí název obchodu.
setup-submit = Vytvořit administrátora
setup-done = Účet administrátora je připraven. Přihlaste se jím.

## Signing in and up, account settings

nav-sign-up = Vytvořit účet
nav-sign-out = Odhlásit se
field-email = E-mailová adresa
field-password = Heslo
field-name = Jméno
sign-in-title = Přihlášení
sign-in-submit = Přihlásit se
sign-in-code = Jednorázový kód
sign-in-code-hint = Šestimístný kód z ověřovací aplikace nebo jeden z vašich kódů pro obnovení.
sign-in-forgot = Zapomenuté heslo?
sign-in-no-account = Vytvořit účet
sign-up-title = Vytvoření účtu
sign-up-submit = Vytvořit účet
sign-up-done = Děkujeme. Na zadanou adresu jsme poslali potvrzovací odkaz; otevřete ho a potvrďte tím svůj e-mail. Poté se přihlaste.
sign-up-invited = Čeká na vás licence. Vytvořte si účet s adresou, na kterou byla zaslána.
sign-up-invited-done = Váš účet je připraven a jeho adresa potvrzena. Přihlaste se: licence, která na vás čeká, je na stránce Moje licence.
forgot-title = Zapomenuté heslo?
forgot-submit = Poslat odkaz pro obnovení hesla
forgot-done = Pokud tuto adresu používá některý účet, odkaz pro volbu nového hesla je na cestě. Platí 30 minut.
account-title = Váš účet
account-profile = Profil
account-email-verified = potvrzeno
account-email-unverified = zatím nepotvrzeno
account-timezone = Časové pásmo
account-digits = Číslice
account-save = Uložit
account-saved = Změny byly uloženy.
account-password = Heslo
account-current-password = Současné heslo
account-change-password = Změnit heslo
account-password-changed = Heslo bylo změněno. Všechny ostatní relace byly ukončeny.
account-security = Zabezpečení
account-2fa-on = Dvoufázové přihlašování je zapnuto.
account-2fa-off = Dvoufázové přihlašování je vypnuto.
account-sessions-hint = Ukončí všechny relace tohoto účtu na všech zařízeních, včetně tohoto.
account-sign-out-everywhere = Odhlásit se všude

## Two-factor sign-in and API key pages

account-2fa-manage = Spravovat
account-export = Stáhnout moje data
account-export-hint = Archiv ZIP se soubory JSON: váš účet, licence a jejich klíče, zařízení, faktury, platby, peněženka, oznámení a klíče API (nikdy ne jejich tajné části).
tfa-title = Dvoufázové přihlašování
tfa-intro = S dvoufázovým přihlašováním je k přihlášení potřeba také kód z ověřovací aplikace v telefonu, takže samotné ukradené heslo nestačí.
tfa-start = Nastavit
tfa-scan = Naskenujte tento kód ověřovací aplikací a pak zadejte šestimístný kód, který zobrazí.
tfa-qr-alt = QR kód pro ověřovací aplikaci
tfa-secret = Nebo zadejte tento klíč:
tfa-confirm = Zapnout dvoufázové přihlašování
tfa-enabled = Dvoufázové přihlašování je zapnuto. Ostatní relace byly ukončeny; tento prohlížeč zůstává přihlášený.
tfa-confirm-password-hint = Heslem prokážete, že jde o vás: ostatní relace se ukončí, tento prohlížeč zůstane přihlášený.
tfa-codes-saved = Mám je uložené: zpět na můj účet
tfa-codes-intro = Uschovejte tyto kódy pro obnovení na bezpečném místě. Pokud ztratíte telefon, každý z nich funguje jednou. Zobrazují se pouze teď.
tfa-disable = Vypnout dvoufázové přihlašování
keys-title = Klíče API
keys-new = Nový klíč
keys-scopes = Oprávnění
keys-scope-read = Čtení vašich dat
keys-scope-licenses = Správa licencí
keys-scope-releases = Publikování vydání
keys-expires = Platnost ve dnech (nepovinné)
keys-create = Vytvořit klíč
keys-created = Váš nový klíč je níže. Zkopírujte si ho hned: zobrazí se pouze jednou.
keys-yours = Vaše klíče
keys-none = Zatím nemáte žádné klíče API.
keys-prefix = Začíná na
keys-revoke = Zrušit
keys-confirm-revoke = Zrušit tento klíč API? Skripty, které ho používají, okamžitě přestanou fungovat. Tuto akci nelze vrátit zpět.
keys-revoked = zrušen
