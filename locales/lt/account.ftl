### Paskyros: patvirtinimas, slaptažodžio atkūrimas, pradinė sąranka, prisijungimas, nustatymai, dviejų veiksnių prisijungimas, API raktai.

## El. pašto adreso patvirtinimo puslapis

verify-email-page-title = Patvirtinkite savo el. pašto adresą
verify-email-intro = Paspauskite mygtuką ir patvirtinkite, kad šis el. pašto adresas priklauso Jums.
verify-email-confirm = Patvirtinti mano el. pašto adresą
verify-email-done = Ačiū: Jūsų el. pašto adresas patvirtintas.

## Slaptažodžio atkūrimo puslapis

reset-page-title = Pasirinkite naują slaptažodį
reset-new-password = Naujas slaptažodis
reset-password-hint = Nuo 12 iki 128 simbolių. Negali būti vienas iš dažniausiai naudojamų slaptažodžių ar Jūsų el. pašto adresas.
reset-submit = Nustatyti naują slaptažodį
reset-done = Jūsų slaptažodis pakeistas, o visos sesijos baigtos. Prisijunkite nauju slaptažodžiu.

## Pradinės sąrankos puslapis

setup-page-title = Pirmojo administratoriaus sukūrimas
setup-intro = Šiame serveryje dar nėra administratoriaus. Čia sukurta paskyra galės valdyti viską; ši nuoroda veikia vieną kartą.
setup-email = El. pašto adresas
setup-name = Vardas
setup-password = Slaptažodis
setup-store-name = Jūsų parduotuvės pavadinimas
setup-store-name-hint = Rodomas klientams kiekvieno puslapio antraštėje ir el. laiškuose. Pavadinimą pakeisti, taip pat pridėti logotipą ir spalvas galėsite puslapyje „Prekės ženklas“.
setup-seller = Pardavėjas (nurodomas sąskaitose faktūrose)
setup-seller-hint = Kol kas neprivaloma: užpildykite prieš pirmąjį pardavimą čia arba atsiskaitymų puslapyje. Jei juridinis pavadinimas nenurodytas, sąskaitose faktūrose nurodomas parduotuvės pavadinimas.
setup-submit = Sukurti administratorių
setup-done = Administratoriaus paskyra paruošta. Prisijunkite ja.

## Prisijungimas, registracija ir paskyros nustatymai

nav-sign-up = Sukurti paskyrą
nav-sign-out = Atsijungti
field-email = El. pašto adresas
field-password = Slaptažodis
field-name = Vardas
sign-in-title = Prisijungimas
sign-in-submit = Prisijungti
sign-in-code = Vienkartinis kodas
sign-in-code-hint = 6 skaitmenų kodas iš autentifikavimo programėlės arba vienas iš Jūsų atkūrimo kodų.
sign-in-forgot = Pamiršote slaptažodį?
sign-in-no-account = Sukurti paskyrą
sign-up-title = Paskyros kūrimas
sign-up-submit = Sukurti paskyrą
sign-up-done = Ačiū. Nurodytu adresu išsiuntėme patvirtinimo nuorodą – atidarykite ją, kad patvirtintumėte el. pašto adresą. Tada prisijunkite.
sign-up-invited = Jūsų laukia licencija. Sukurkite paskyrą naudodami adresą, kuriuo ji buvo išsiųsta.
sign-up-invited-done = Jūsų paskyra paruošta, o jos adresas patvirtintas. Prisijunkite: Jūsų laukianti licencija yra puslapyje „Mano licencijos“.
forgot-title = Pamiršote slaptažodį?
forgot-submit = Atsiųsti slaptažodžio atkūrimo nuorodą
forgot-done = Jei šiuo adresu naudojama kokia nors paskyra, nuoroda naujam slaptažodžiui pasirinkti jau siunčiama. Ji galioja 30 minučių.
account-title = Jūsų paskyra
account-profile = Profilis
account-email-verified = patvirtintas
account-email-unverified = dar nepatvirtintas
account-timezone = Laiko juosta
account-digits = Skaitmenys
account-save = Išsaugoti
account-saved = Pakeitimai išsaugoti.
account-password = Slaptažodis
account-current-password = Dabartinis slaptažodis
account-change-password = Pakeisti slaptažodį
account-password-changed = Jūsų slaptažodis pakeistas. Visos kitos sesijos baigtos.
account-security = Sauga
account-2fa-on = Dviejų veiksnių prisijungimas įjungtas.
account-2fa-off = Dviejų veiksnių prisijungimas išjungtas.
account-sessions-hint = Baigiamos visos šios paskyros sesijos visuose įrenginiuose, įskaitant šį.
account-sign-out-everywhere = Atsijungti visur

## Dviejų veiksnių prisijungimo ir API raktų puslapiai

account-2fa-manage = Tvarkyti
account-export = Atsisiųsti mano duomenis
account-export-hint = ZIP archyvas su JSON failais: Jūsų paskyra, licencijos ir jų raktai, įrenginiai, sąskaitos faktūros, mokėjimai, piniginė, pranešimai ir API raktai (be jų slaptųjų reikšmių).
tfa-title = Dviejų veiksnių prisijungimas
tfa-intro = Įjungus dviejų veiksnių prisijungimą, jungiantis reikės ir kodo iš autentifikavimo programėlės Jūsų telefone, todėl vien pavogto slaptažodžio nepakaks.
tfa-start = Nustatyti
tfa-scan = Nuskaitykite šį kodą autentifikavimo programėle, tada įveskite joje rodomą 6 skaitmenų kodą.
tfa-qr-alt = QR kodas autentifikavimo programėlei
tfa-secret = Arba įveskite šį raktą:
tfa-confirm = Įjungti dviejų veiksnių prisijungimą
tfa-enabled = Dviejų veiksnių prisijungimas įjungtas. Kitos Jūsų sesijos baigtos; šioje naršyklėje sesija lieka aktyvi.
tfa-confirm-password-hint = Slaptažodis patvirtina, kad tai Jūs: kitos Jūsų sesijos bus baigtos, o šioje naršyklėje sesija liks aktyvi.
tfa-codes-saved = Išsaugojau: grįžti į paskyrą
tfa-codes-intro = Laikykite šiuos atkūrimo kodus saugioje vietoje. Jei pamestumėte telefoną, kiekvieną jų galėsite panaudoti vieną kartą. Jie rodomi tik dabar.
tfa-disable = Išjungti dviejų veiksnių prisijungimą
keys-title = API raktai
keys-new = Naujas raktas
keys-scopes = Teisės
keys-scope-read = Skaityti Jūsų duomenis
keys-scope-licenses = Tvarkyti licencijas
keys-scope-releases = Skelbti leidimus
keys-expires = Galiojimo trukmė dienomis (neprivaloma)
keys-create = Sukurti raktą
keys-created = Jūsų naujas raktas pateiktas žemiau. Nukopijuokite jį dabar: jis rodomas tik vieną kartą.
keys-yours = Jūsų raktai
keys-none = Dar neturite API raktų.
keys-prefix = Prasideda
keys-revoke = Atšaukti
keys-confirm-revoke = Atšaukti šį API raktą? Jį naudojantys scenarijai iškart nustos veikti; šio veiksmo atšaukti nebus galima.
keys-revoked = atšauktas
