### Accounts: verification, password reset, first-run setup, signing in, settings, two-factor, API keys.

## Email verification page

verify-email-page-title = Apstipriniet savu e-pasta adresi
verify-email-intro = Nospiediet pogu, lai apstiprinātu, ka šī e-pasta adrese pieder jums.
verify-email-confirm = Apstiprināt manu e-pasta adresi
verify-email-done = Paldies! Jūsu e-pasta adrese ir apstiprināta.

## Password reset page

reset-page-title = Izvēlieties jaunu paroli
reset-new-password = Jaunā parole
reset-password-hint = No 12 līdz 128 rakstzīmēm. Tā nedrīkst būt viena no visbiežāk lietotajām parolēm vai jūsu e-pasta adrese.
reset-submit = Iestatīt jauno paroli
reset-done = Jūsu parole ir nomainīta, un visas sesijas ir beigtas. Pierakstieties ar jauno paroli.

## First-run setup page

setup-page-title = Izveidojiet pirmo administratoru
setup-intro = Šim serverim vēl nav administratora. Šeit izveidotais konts varēs pārvaldīt visu; šī saite darbojas tikai vienu reizi.
setup-email = E-pasta adrese
setup-name = Vārds
setup-password = Parole
setup-store-name = Jūsu veikala nosaukums
setup-store-name-hint = Tiek rādīts klientiem katras lapas galvenē un e-pastos. To varat mainīt, kā arī pievienot logotipu un krāsas lapā „Zīmols“.
setup-seller = Pārdevējs (norādīts rēķinos)
setup-seller-hint = Pagaidām nav obligāti: aizpildiet pirms pirmā pārdošanas darījuma — šeit vai norēķinu lapā. Ja juridiskais nosaukums nav norādīts, rēķinos tiek drukāts veikala nosaukums.
setup-submit = Izveidot administratoru
setup-done = Administratora konts ir gatavs. Pierakstieties ar to.

## Signing in and up, account settings

nav-sign-up = Izveidot kontu
nav-sign-out = Izrakstīties
field-email = E-pasta adrese
field-password = Parole
field-name = Vārds
sign-in-title = Pierakstīšanās
sign-in-submit = Pierakstīties
sign-in-code = Vienreizējais kods
sign-in-code-hint = 6 ciparu kods no jūsu autentifikatora lietotnes vai viens no jūsu atkopšanas kodiem.
sign-in-forgot = Aizmirsāt paroli?
sign-in-no-account = Izveidot kontu
sign-up-title = Konta izveide
sign-up-submit = Izveidot kontu
sign-up-done = Paldies! Uz norādīto adresi nosūtījām apstiprinājuma saiti; atveriet to, lai apstiprinātu savu e-pasta adresi. Pēc tam pierakstieties.
sign-up-invited = Jūs gaida licence. Izveidojiet kontu ar adresi, uz kuru tā tika nosūtīta.
sign-up-invited-done = Jūsu konts ir gatavs, un tā adrese ir apstiprināta. Pierakstieties: licence, kas jūs gaida, ir jūsu licenču lapā.
forgot-title = Aizmirsāt paroli?
forgot-submit = Sūtīt man atiestatīšanas saiti
forgot-done = Ja šo adresi izmanto kāds konts, uz to jau tiek sūtīta saite jaunas paroles izvēlei. Tā darbojas 30 minūtes.
account-title = Jūsu konts
account-profile = Profils
account-email-verified = apstiprināta
account-email-unverified = vēl nav apstiprināta
account-timezone = Laika josla
account-digits = Cipari
account-save = Saglabāt
account-saved = Jūsu izmaiņas ir saglabātas.
account-password = Parole
account-current-password = Pašreizējā parole
account-change-password = Mainīt paroli
account-password-changed = Jūsu parole ir nomainīta. Visas pārējās sesijas ir beigtas.
account-security = Drošība
account-2fa-on = Divpakāpju pierakstīšanās ir ieslēgta.
account-2fa-off = Divpakāpju pierakstīšanās ir izslēgta.
account-sessions-hint = Beidz visas šī konta sesijas visās ierīcēs, arī šajā.
account-sign-out-everywhere = Izrakstīties visur

## Two-factor sign-in and API key pages

account-2fa-manage = Pārvaldīt
account-export = Lejupielādēt manus datus
account-export-hint = ZIP arhīvs ar JSON datnēm: jūsu konts, licences un to atslēgas, ierīces, rēķini, maksājumi, maks, paziņojumi un API atslēgas (bez to slepenajām vērtībām).
tfa-title = Divpakāpju pierakstīšanās
tfa-intro = Ja ir ieslēgta divpakāpju pierakstīšanās, pierakstoties nepieciešams arī kods no autentifikatora lietotnes jūsu tālrunī, tāpēc ar nozagtu paroli vien nepietiek.
tfa-start = Iestatīt
tfa-scan = Noskenējiet šo kodu ar autentifikatora lietotni un pēc tam ievadiet tajā redzamo 6 ciparu kodu.
tfa-qr-alt = QR kods jūsu autentifikatora lietotnei
tfa-secret = Vai ievadiet šo atslēgu:
tfa-confirm = Ieslēgt divpakāpju pierakstīšanos
tfa-enabled = Divpakāpju pierakstīšanās ir ieslēgta. Jūsu pārējās sesijas ir beigtas; šī pārlūkprogramma paliek pierakstīta.
tfa-confirm-password-hint = Parole apliecina, ka tas esat jūs: pārējās sesijas tiks beigtas, šī pārlūkprogramma paliks pierakstīta.
tfa-codes-saved = Kodi saglabāti — atpakaļ uz manu kontu
tfa-codes-intro = Glabājiet šos atkopšanas kodus drošā vietā. Ja pazaudēsiet tālruni, katru no tiem varēs izmantot vienu reizi. Tie tiek parādīti tikai tagad.
tfa-disable = Izslēgt divpakāpju pierakstīšanos
keys-title = API atslēgas
keys-new = Jauna atslēga
keys-scopes = Atļaujas
keys-scope-read = Lasīt jūsu datus
keys-scope-licenses = Pārvaldīt licences
keys-scope-releases = Publicēt laidienus
keys-expires = Derīguma termiņš (dienās, nav obligāts)
keys-create = Izveidot atslēgu
keys-created = Jūsu jaunā atslēga ir redzama zemāk. Nokopējiet to tagad: tā tiek parādīta tikai vienu reizi.
keys-yours = Jūsu atslēgas
keys-none = Jums vēl nav nevienas API atslēgas.
keys-prefix = Sākas ar
keys-revoke = Atsaukt
keys-confirm-revoke = Atsaukt šo API atslēgu? Skripti, kas to izmanto, nekavējoties pārstās darboties; šo darbību nevar atcelt.
keys-revoked = atsaukta
