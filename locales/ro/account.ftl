### Accounts: verification, password reset, first-run setup, signing in, settings, two-factor, API keys.

## Email verification page

verify-email-page-title = Confirmarea adresei de e-mail
verify-email-intro = Apăsați butonul pentru a confirma că această adresă de e-mail vă aparține.
verify-email-confirm = Confirmați adresa de e-mail
verify-email-done = Vă mulțumim: adresa dumneavoastră de e-mail este confirmată.

## Password reset page

reset-page-title = Alegeți o parolă nouă
reset-new-password = Parola nouă
reset-password-hint = Între 12 și 128 de caractere. Nu poate fi una dintre cele mai folosite parole și nici adresa dumneavoastră de e-mail.
reset-submit = Setați parola nouă
reset-done = Parola a fost schimbată și toate sesiunile au fost încheiate. Conectați-vă cu parola nouă.

## First-run setup page

setup-page-title = Crearea primului administrator
setup-intro = Acest server nu are încă un administrator. Contul creat aici poate gestiona totul; acest link funcționează o singură dată.
setup-email = Adresă de e-mail
setup-name = Nume
setup-password = Parolă
setup-store-name = Numele magazinului dumneavoastră
setup-store-name-hint = Este afișat clienților în antetul fiecărei pagini și în e-mailuri. Îl puteți schimba și puteți adăuga un logo și culori în pagina Brand.
setup-seller = Cine vinde (apare pe facturi)
setup-seller-hint = Opțional deocamdată: completați aceste date înainte de prima vânzare, aici sau în pagina de facturare. Fără o denumire legală, pe facturi apare numele magazinului.
setup-submit = Creați administratorul
setup-done = Contul de administrator este gata. Conectați-vă cu el.

## Signing in and up, account settings

nav-sign-up = Creare cont
nav-sign-out = Deconectare
field-email = Adresă de e-mail
field-password = Parolă
field-name = Nume
sign-in-title = Conectare
sign-in-submit = Conectați-vă
sign-in-code = Cod de unică folosință
sign-in-code-hint = Codul din 6 cifre afișat de aplicația de autentificare sau unul dintre codurile de recuperare.
sign-in-forgot = Ați uitat parola?
sign-in-no-account = Creați un cont
sign-up-title = Creare cont
sign-up-submit = Creați contul
sign-up-done = Vă mulțumim. Am trimis un link de confirmare la adresa introdusă; deschideți-l pentru a vă confirma adresa de e-mail. Apoi conectați-vă.
sign-up-invited = Vă așteaptă o licență. Creați-vă contul cu adresa la care a fost trimisă.
sign-up-invited-done = Contul dumneavoastră este gata, iar adresa sa este confirmată. Conectați-vă: licența care vă așteaptă se află în pagina de licențe.
forgot-title = Ați uitat parola?
forgot-submit = Trimiteți-mi un link de resetare
forgot-done = Dacă există un cont cu această adresă, un link pentru alegerea unei parole noi este pe drum. Este valabil 30 de minute.
account-title = Contul dumneavoastră
account-profile = Profil
account-email-verified = confirmată
account-email-unverified = neconfirmată încă
account-timezone = Fus orar
account-digits = Cifre
account-save = Salvați
account-saved = Modificările au fost salvate.
account-password = Parolă
account-current-password = Parola actuală
account-change-password = Schimbați parola
account-password-changed = Parola a fost schimbată. Toate celelalte sesiuni au fost încheiate.
account-security = Securitate
account-2fa-on = Autentificarea în doi pași este activată.
account-2fa-off = Autentificarea în doi pași este dezactivată.
account-sessions-hint = Încheie toate sesiunile acestui cont, pe toate dispozitivele, inclusiv pe acesta.
account-sign-out-everywhere = Deconectați-vă peste tot

## Two-factor sign-in and API key pages

account-2fa-manage = Gestionați
account-export = Descărcați datele mele
account-export-hint = O arhivă ZIP cu fișiere JSON: contul, licențele și cheile acestora, dispozitivele, facturile, plățile, portofelul, notificările și cheile API (niciodată secretele lor).
tfa-title = Autentificare în doi pași
tfa-intro = Cu autentificarea în doi pași, conectarea necesită și un cod dintr-o aplicație de autentificare de pe telefon, astfel încât o parolă furată nu mai este suficientă.
tfa-start = Configurați
tfa-scan = Scanați acest cod cu aplicația de autentificare, apoi introduceți codul din 6 cifre afișat de aceasta.
tfa-qr-alt = Cod QR pentru aplicația de autentificare
tfa-secret = Sau introduceți această cheie:
tfa-confirm = Activați autentificarea în doi pași
tfa-enabled = Autentificarea în doi pași este activată. Celelalte sesiuni au fost încheiate; acest browser rămâne conectat.
tfa-confirm-password-hint = Parola dovedește că sunteți chiar dumneavoastră: celelalte sesiuni se încheie, acest browser rămâne conectat.
tfa-codes-saved = Le-am salvat: înapoi la contul meu
tfa-codes-intro = Păstrați aceste coduri de recuperare într-un loc sigur. Dacă vă pierdeți telefonul, fiecare cod funcționează o singură dată. Sunt afișate doar acum.
tfa-disable = Dezactivați autentificarea în doi pași
keys-title = Chei API
keys-new = Cheie nouă
keys-scopes = Permisiuni
keys-scope-read = Citirea datelor dumneavoastră
keys-scope-licenses = Gestionarea licențelor
keys-scope-releases = Publicarea versiunilor
keys-expires = Expiră după (zile, opțional)
keys-create = Creați cheia
keys-created = Noua cheie este afișată mai jos. Copiați-o acum: este afișată o singură dată.
keys-yours = Cheile dumneavoastră
keys-none = Nu aveți încă nicio cheie API.
keys-prefix = Începe cu
keys-revoke = Revocați
keys-confirm-revoke = Revocați această cheie API? Scripturile care o folosesc nu vor mai funcționa imediat; acțiunea este ireversibilă.
keys-revoked = revocată
