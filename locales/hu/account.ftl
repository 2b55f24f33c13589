### Accounts: verification, password reset, first-run setup, signing in, settings, two-factor, API keys.

## Email verification page

verify-email-page-title = E-mail-cím megerősítése
verify-email-intro = Kattintson a gombra annak megerősítéséhez, hogy ez az e-mail-cím az Öné.
verify-email-confirm = E-mail-címem megerősítése
verify-email-done = Köszönjük, e-mail-címét megerősítettük.

## Password reset page

reset-page-title = Új jelszó megadása
reset-new-password = Új jelszó
reset-password-hint = 12–128 karakter. Nem lehet a leggyakoribb jelszavak egyike, és nem lehet az Ön e-mail-címe.
reset-submit = Új jelszó beállítása
reset-done = Jelszavát megváltoztattuk, és minden munkamenet véget ért. Jelentkezzen be az új jelszóval.

## First-run setup page

setup-page-title = Az első adminisztrátor létrehozása
setup-intro = Ennek a szervernek még nincs adminisztrátora. Az itt létrehozott fiókkal mindent kezelhet; ez a link csak egyszer használható.
setup-email = E-mail-cím
setup-name = Név
setup-password = Jelszó
setup-store-name = Az áruház neve
setup-store-name-hint = Ügyfelei minden oldal fejlécében és az e-mailekben látják. Később módosíthatja, és a Márka oldalon logót és színeket is hozzáadhat.
setup-seller = Az eladó (a számlákon szerepel)
setup-seller-hint = Most nem kötelező: az első eladás előtt töltse ki, itt vagy a számlázási oldalon. Hivatalos név hiányában a számlákon az áruház neve szerepel.
setup-submit = Adminisztrátor létrehozása
setup-done = Az adminisztrátori fiók elkészült. Jelentkezzen be vele.

## Signing in and up, account settings

nav-sign-up = Fiók létrehozása
nav-sign-out = Kijelentkezés
field-email = E-mail-cím
field-password = Jelszó
field-name = Név
sign-in-title = Bejelentkezés
sign-in-submit = Bejelentkezés
sign-in-code = Egyszer használatos kód
sign-in-code-hint = A hitelesítő alkalmazás 6 jegyű kódja, vagy az egyik helyreállítási kódja.
sign-in-forgot = Elfelejtette a jelszavát?
sign-in-no-account = Fiók létrehozása
sign-up-title = Fiók létrehozása
sign-up-submit = Fiók létrehozása
sign-up-done = Köszönjük. Megerősítő linket küldtünk a megadott címre; e-mail-címe megerősítéséhez nyissa meg, majd jelentkezzen be.
sign-up-invited = Egy licenc várja Önt. Hozza létre fiókját azzal a címmel, amelyre a licencet küldték.
sign-up-invited-done = Fiókja elkészült, a címét megerősítettük. Jelentkezzen be: az Önre váró licencet a licencei oldalán találja.
forgot-title = Elfelejtette a jelszavát?
forgot-submit = Visszaállító link küldése
forgot-done = Ha ehhez a címhez tartozik fiók, hamarosan megérkezik egy link, amellyel új jelszót adhat meg. A link 30 percig érvényes.
account-title = Az Ön fiókja
account-profile = Profil
account-email-verified = megerősítve
account-email-unverified = még nincs megerősítve
account-timezone = Időzóna
account-digits = Számjegyek
account-save = Mentés
account-saved = A módosításokat mentettük.
account-password = Jelszó
account-current-password = Jelenlegi jelszó
account-change-password = Jelszó módosítása
account-password-changed = Jelszavát megváltoztattuk. Minden más munkamenet véget ért.
account-security = Biztonság
account-2fa-on = A kétlépcsős bejelentkezés be van kapcsolva.
account-2fa-off = A kétlépcsős bejelentkezés ki van kapcsolva.
account-sessions-hint = A fiók összes munkamenetét befejezi minden eszközön, ezt is beleértve.
account-sign-out-everywhere = Kijelentkezés mindenhonnan

## Two-factor sign-in and API key pages

account-2fa-manage = Kezelés
account-export = Saját adataim letöltése
account-export-hint = JSON-fájlokat tartalmazó ZIP-archívum: fiókja, licencei és azok kulcsai, eszközei, számlái, befizetései, pénztárcája, értesítései és API-kulcsai (a titkos kulcsok soha nem kerülnek bele).
tfa-title = Kétlépcsős bejelentkezés
tfa-intro = Kétlépcsős bejelentkezés esetén a belépéshez a telefonján futó hitelesítő alkalmazás kódja is szükséges, így egy ellopott jelszó önmagában nem elég.
tfa-start = Beállítás
tfa-scan = Olvassa be ezt a kódot a hitelesítő alkalmazással, majd írja be az általa mutatott 6 jegyű kódot.
tfa-qr-alt = QR-kód a hitelesítő alkalmazáshoz
tfa-secret = Vagy írja be ezt a kulcsot:
tfa-confirm = Kétlépcsős bejelentkezés bekapcsolása
tfa-enabled = A kétlépcsős bejelentkezés be van kapcsolva. A többi munkamenete véget ért; ebben a böngészőben bejelentkezve marad.
tfa-confirm-password-hint = Jelszavával igazolja, hogy Ön az: a többi munkamenete véget ér, ebben a böngészőben bejelentkezve marad.
tfa-codes-saved = Elmentettem őket – vissza a fiókomhoz
tfa-codes-intro = Tartsa biztonságos helyen ezeket a helyreállítási kódokat. Ha elveszíti a telefonját, mindegyik egyszer használható. Csak most jelennek meg.
tfa-disable = Kétlépcsős bejelentkezés kikapcsolása
keys-title = API-kulcsok
keys-new = Új kulcs
keys-scopes = Engedélyek
keys-scope-read = Adatai olvasása
keys-scope-licenses = Licencek kezelése
keys-scope-releases = Kiadások közzététele
keys-expires = Lejárat ennyi nap után (nem kötelező)
keys-create = Kulcs létrehozása
keys-created = Új kulcsa alább látható. Másolja ki most: csak egyszer jelenik meg.
keys-yours = Az Ön kulcsai
keys-none = Még nincs API-kulcsa.
keys-prefix = Kezdete
keys-revoke = Visszavonás
keys-confirm-revoke = Visszavonja ezt az API-kulcsot? Az ezt használó szkriptek azonnal leállnak; a művelet nem vonható vissza.
keys-revoked = visszavonva
