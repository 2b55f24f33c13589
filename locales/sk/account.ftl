### Accounts: verification, password reset, first-run setup, signing in, settings, two-factor, API keys.

## Email verification page

verify-email-page-title = Potvrďte svoju e-mailovú adresu
verify-email-intro = Stlačením tlačidla potvrďte, že táto e-mailová adresa patrí vám.
verify-email-confirm = Potvrdiť e-mailovú adresu
verify-email-done = Ďakujeme, vaša e-mailová adresa je potvrdená.

## Password reset page

reset-page-title = Zvoľte si nové heslo
reset-new-password = Nové heslo
reset-password-hint = 12 až 128 znakov. Nesmie ísť o jedno z najbežnejších hesiel ani o vašu e-mailovú adresu.
reset-submit = Nastaviť nové heslo
reset-done = Heslo bolo zmenené a všetky relácie boli ukončené. Prihláste sa novým heslom.

## First-run setup page

setup-page-title = Vytvorenie prvého administrátora
setup-intro = Tento server zatiaľ nemá žiadneho administrátora. Účet, ktorý tu vytvoríte, môže spravovať všetko; tento odkaz funguje iba raz.
setup-email = E-mailová adresa
setup-name = Meno
setup-password = Heslo
setup-store-name = Názov vášho obchodu
setup-store-name-hint = Zobrazuje sa zákazníkom v hlavičke každej stránky a v e-mailoch. Na stránke Značka ho môžete zmeniť a pridať logo a farby.
setup-seller = Predávajúci (uvádza sa na faktúrach)
setup-seller-hint = Teraz nepovinné: vyplňte pred prvým predajom, tu alebo na stránke fakturácie. Bez obchodného mena sa na faktúrach uvádza názov obchodu.
setup-submit = Vytvoriť administrátora
setup-done = Účet administrátora je pripravený. Prihláste sa ním.

## Signing in and up, account settings

nav-sign-up = Vytvoriť účet
nav-sign-out = Odhlásiť sa
field-email = E-mailová adresa
field-password = Heslo
field-name = Meno
sign-in-title = Prihlásenie
sign-in-submit = Prihlásiť sa
sign-in-code = Jednorazový kód
sign-in-code-hint = Šesťmiestny kód z overovacej aplikácie alebo jeden z vašich kódov na obnovenie.
sign-in-forgot = Zabudnuté heslo?
sign-in-no-account = Vytvoriť účet
sign-up-title = Vytvorenie účtu
sign-up-submit = Vytvoriť účet
sign-up-done = Ďakujeme. Na zadanú adresu sme poslali potvrdzovací odkaz; otvorte ho a potvrďte tak svoj e-mail. Potom sa prihláste.
sign-up-invited = Čaká na vás licencia. Vytvorte si účet s adresou, na ktorú bola zaslaná.
sign-up-invited-done = Váš účet je pripravený a jeho adresa potvrdená. Prihláste sa: licencia, ktorá na vás čaká, je na stránke Moje licencie.
forgot-title = Zabudnuté heslo?
forgot-submit = Poslať odkaz na obnovenie hesla
forgot-done = Ak túto adresu používa niektorý účet, odkaz na zvolenie nového hesla je na ceste. Platí 30 minút.
account-title = Váš účet
account-profile = Profil
account-email-verified = potvrdená
account-email-unverified = zatiaľ nepotvrdená
account-timezone = Časové pásmo
account-digits = Číslice
account-save = Uložiť
account-saved = Zmeny boli uložené.
account-password = Heslo
account-current-password = Súčasné heslo
account-change-password = Zmeniť heslo
account-password-changed = Heslo bolo zmenené. Všetky ostatné relácie boli ukončené.
account-security = Zabezpečenie
account-2fa-on = Dvojstupňové prihlasovanie je zapnuté.
account-2fa-off = Dvojstupňové prihlasovanie je vypnuté.
account-sessions-hint = Ukončí všetky relácie tohto účtu na všetkých zariadeniach vrátane tohto.
account-sign-out-everywhere = Odhlásiť sa všade

## Two-factor sign-in and API key pages

account-2fa-manage = Spravovať
account-export = Stiahnuť moje údaje
account-export-hint = Archív ZIP so súbormi JSON: váš účet, licencie a ich kľúče, zariadenia, faktúry, platby, peňaženka, upozornenia a kľúče API (nikdy nie ich tajné časti).
tfa-title = Dvojstupňové prihlasovanie
tfa-intro = Pri dvojstupňovom prihlasovaní je na prihlásenie potrebný aj kód z overovacej aplikácie v telefóne, takže samotné ukradnuté heslo nestačí.
tfa-start = Nastaviť
tfa-scan = Naskenujte tento kód overovacou aplikáciou a potom zadajte šesťmiestny kód, ktorý zobrazí.
tfa-qr-alt = QR kód pre overovaciu aplikáciu
tfa-secret = Alebo zadajte tento kľúč:
tfa-confirm = Zapnúť dvojstupňové prihlasovanie
tfa-enabled = Dvojstupňové prihlasovanie je zapnuté. Ostatné relácie boli ukončené; tento prehliadač zostáva prihlásený.
tfa-confirm-password-hint = Heslom preukážete, že ide o vás: ostatné relácie sa ukončia, tento prehliadač zostane prihlásený.
tfa-codes-saved = Mám ich uložené: späť na môj účet
tfa-codes-intro = Uschovajte tieto kódy na obnovenie na bezpečnom mieste. Ak stratíte telefón, každý z nich funguje raz. Zobrazujú sa iba teraz.
tfa-disable = Vypnúť dvojstupňové prihlasovanie
keys-title = Kľúče API
keys-new = Nový kľúč
keys-scopes = Oprávnenia
keys-scope-read = Čítanie vašich údajov
keys-scope-licenses = Správa licencií
keys-scope-releases = Publikovanie vydaní
keys-expires = Platnosť v dňoch (nepovinné)
keys-create = Vytvoriť kľúč
keys-created = Váš nový kľúč je nižšie. Skopírujte si ho hneď: zobrazí sa iba raz.
keys-yours = Vaše kľúče
keys-none = Zatiaľ nemáte žiadne kľúče API.
keys-prefix = Začína sa na
keys-revoke = Zrušiť
keys-confirm-revoke = Zrušiť tento kľúč API? Skripty, ktoré ho používajú, okamžite prestanú fungovať. Túto akciu nemožno vrátiť späť.
keys-revoked = zrušený
