### Accounts: verification, password reset, first-run setup, signing in, settings, two-factor, API keys.

## Email verification page

verify-email-page-title = E-poçt ünvanınızı təsdiqləyin
verify-email-intro = Bu e-poçt ünvanının sizə məxsus olduğunu təsdiqləmək üçün düyməni basın.
verify-email-confirm = E-poçt ünvanımı təsdiqlə
verify-email-done = Təşəkkür edirik: e-poçt ünvanınız təsdiqləndi.

## Password reset page

reset-page-title = Yeni şifrə seçin
reset-new-password = Yeni şifrə
reset-password-hint = 12–128 simvol. Ən çox istifadə olunan şifrələrdən biri və ya e-poçt ünvanınız olmamalıdır.
reset-submit = Yeni şifrəni təyin et
reset-done = Şifrəniz dəyişdirildi və bütün sessiyalar bitdi. Yeni şifrə ilə daxil olun.

## First-run setup page

setup-page-title = İlk administratoru yaradın
setup-intro = Bu serverdə hələ administrator yoxdur. Burada yaratdığınız hesab hər şeyi idarə edə bilər; bu keçid yalnız bir dəfə işləyir.
setup-email = E-poçt ünvanı
setup-name = Ad
setup-password = Şifrə
setup-store-name = Mağazanızın adı
setup-store-name-hint = Müştərilərinizə hər səhifənin başlığında və məktublarda göstərilir. Onu sonra dəyişə, Brend səhifəsində isə loqo və rənglər əlavə edə bilərsiniz.
setup-seller = Satıcı (hesab-fakturalarda göstərilir)
setup-seller-hint = İndi məcburi deyil: ilk satışdan əvvəl burada və ya Hesablaşmalar səhifəsində doldurun. Hüquqi ad göstərilməsə, hesab-fakturalarda mağazanın adı yazılır.
setup-submit = Administratoru yarat
setup-done = Administrator hesabı hazırdır. Onunla daxil olun.

## Signing in and up, account settings

nav-sign-up = Hesab yarat
nav-sign-out = Çıxış
field-email = E-poçt ünvanı
field-password = Şifrə
field-name = Ad
sign-in-title = Giriş
sign-in-submit = Daxil ol
sign-in-code = Birdəfəlik kod
sign-in-code-hint = Autentifikator tətbiqinizdəki 6 rəqəmli kod və ya bərpa kodlarınızdan biri.
sign-in-forgot = Şifrənizi unutmusunuz?
sign-in-no-account = Hesab yarat
sign-up-title = Hesab yaradın
sign-up-submit = Hesabı yarat
sign-up-done = Təşəkkür edirik. Daxil etdiyiniz ünvana təsdiq keçidi göndərdik; e-poçt ünvanınızı təsdiqləmək üçün həmin keçidi açın. Sonra daxil olun.
sign-up-invited = Sizi bir lisenziya gözləyir. Hesabınızı lisenziyanın göndərildiyi ünvanla yaradın.
sign-up-invited-done = Hesabınız hazırdır, ünvanı təsdiqlənib. Daxil olun: sizi gözləyən lisenziya lisenziyalar səhifənizdədir.
forgot-title = Şifrənizi unutmusunuz?
forgot-submit = Bərpa keçidini göndər
forgot-done = Bu ünvanla hesab varsa, yeni şifrə seçmək üçün keçid artıq yoldadır. Keçid 30 dəqiqə ərzində işləyir.
account-title = Hesabınız
account-profile = Profil
account-email-verified = təsdiqlənib
account-email-unverified = hələ təsdiqlənməyib
account-timezone = Saat qurşağı
account-digits = Rəqəmlər
account-save = Yadda saxla
account-saved = Dəyişiklikləriniz yadda saxlanıldı.
account-password = Şifrə
account-current-password = Cari şifrə
account-change-password = Şifrəni dəyiş
account-password-changed = Şifrəniz dəyişdirildi. Bütün digər sessiyalar bitdi.
account-security = Təhlükəsizlik
account-2fa-on = İki faktorlu giriş qoşulub.
account-2fa-off = İki faktorlu giriş söndürülüb.
account-sessions-hint = Bu hesabın bütün cihazlardakı, o cümlədən bu cihazdakı bütün sessiyalarını bitirir.
account-sign-out-everywhere = Bütün cihazlardan çıx

## Two-factor sign-in and API key pages

account-2fa-manage = İdarə et
account-export = Məlumatlarımı endir
account-export-hint = JSON fayllarından ibarət ZIP arxivi: hesabınız, lisenziyalar və onların açarları, cihazlar, hesab-fakturalar, ödənişlər, pul kisəsi, bildirişlər və API açarları (onların gizli açarları heç vaxt daxil edilmir).
tfa-title = İki faktorlu giriş
tfa-intro = İki faktorlu giriş qoşulduqda daxil olmaq üçün telefonunuzdakı autentifikator tətbiqindən kod da tələb olunur, buna görə oğurlanmış şifrə təkbaşına kifayət etmir.
tfa-start = Quraşdır
tfa-scan = Bu kodu autentifikator tətbiqinizlə skan edin, sonra tətbiqin göstərdiyi 6 rəqəmli kodu daxil edin.
tfa-qr-alt = Autentifikator tətbiqiniz üçün QR kod
tfa-secret = Və ya bu açarı əl ilə daxil edin:
tfa-confirm = İki faktorlu girişi qoş
tfa-enabled = İki faktorlu giriş qoşuldu. Digər sessiyalarınız bitdi; bu brauzerdə isə daxil olmuş qalırsınız.
tfa-confirm-password-hint = Şifrəniz bunun siz olduğunuzu sübut edir: digər sessiyalarınız bitir, bu brauzerdə isə daxil olmuş qalırsınız.
tfa-codes-saved = Yadda saxladım: hesabıma qayıt
tfa-codes-intro = Bu bərpa kodlarını etibarlı yerdə saxlayın. Telefonunuzu itirsəniz, onların hər biri bir dəfə işləyir. Kodlar yalnız indi göstərilir.
tfa-disable = İki faktorlu girişi söndür
keys-title = API açarları
keys-new = Yeni açar
keys-scopes = İcazələr
keys-scope-read = Məlumatlarınızı oxumaq
keys-scope-licenses = Lisenziyaları idarə etmək
keys-scope-releases = Buraxılışları dərc etmək
keys-expires = Etibarlılıq müddəti (gün, istəyə bağlı)
keys-create = Açarı yarat
keys-created = Yeni açarınız aşağıdadır. Onu indi kopyalayın: açar yalnız bir dəfə göstərilir.
keys-yours = Açarlarınız
keys-none = Hələ API açarınız yoxdur.
keys-prefix = Başlanğıcı
keys-revoke = Ləğv et
keys-confirm-revoke = Bu API açarı ləğv edilsin? Ondan istifadə edən skriptlər dərhal işləməyi dayandıracaq; bu əməliyyatı geri qaytarmaq mümkün deyil.
keys-revoked = ləğv edilib
