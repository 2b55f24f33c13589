### Accounts: verification, password reset, first-run setup, signing in, settings, two-factor, API keys.

## Email verification page

verify-email-page-title = Elektron pochta manzilingizni tasdiqlang
verify-email-intro = Ushbu elektron pochta manzili sizniki ekanini tasdiqlash uchun tugmani bosing.
verify-email-confirm = Elektron pochta manzilimni tasdiqlash
verify-email-done = Rahmat: elektron pochta manzilingiz tasdiqlandi.

## Password reset page

reset-page-title = Yangi parol tanlang
reset-new-password = Yangi parol
reset-password-hint = 12 tadan 128 tagacha belgi. Eng keng tarqalgan parollardan biri ham, elektron pochta manzilingiz ham boʻlmasligi kerak.
reset-submit = Yangi parolni oʻrnatish
reset-done = Parolingiz oʻzgartirildi va barcha seanslar yakunlandi. Yangi parol bilan tizimga kiring.

## First-run setup page

setup-page-title = Birinchi administratorni yarating
setup-intro = Bu serverda hali administrator yoʻq. Shu yerda yaratiladigan hisob hamma narsani boshqara oladi; bu havola faqat bir marta ishlaydi.
setup-email = Elektron pochta manzili
setup-name = Ism
setup-password = Parol
setup-store-name = Doʻkoningiz nomi
setup-store-name-hint = Mijozlaringizga har bir sahifaning yuqori qismida va xatlarda koʻrsatiladi. Uni Brend sahifasida oʻzgartirishingiz, shuningdek logotip va ranglar qoʻshishingiz mumkin.
setup-seller = Sotuvchi (hisob-fakturalarda koʻrsatiladi)
setup-seller-hint = Hozircha ixtiyoriy: birinchi sotuvdan oldin shu yerda yoki hisob-kitob sahifasida toʻldiring. Yuridik nom kiritilmasa, hisob-fakturalarda doʻkon nomi chiqadi.
setup-submit = Administratorni yaratish
setup-done = Administrator hisobi tayyor. U bilan tizimga kiring.

## Signing in and up, account settings

nav-sign-up = Hisob yaratish
nav-sign-out = Chiqish
field-email = Elektron pochta manzili
field-password = Parol
field-name = Ism
sign-in-title = Kirish
sign-in-submit = Kirish
sign-in-code = Bir martalik kod
sign-in-code-hint = Autentifikator ilovangizdagi 6 xonali kod yoki tiklash kodlaringizdan biri.
sign-in-forgot = Parolingizni unutdingizmi?
sign-in-no-account = Hisob yaratish
sign-up-title = Hisob yaratish
sign-up-submit = Hisobni yaratish
sign-up-done = Rahmat. Siz kiritgan manzilga tasdiqlash havolasini yubordik; elektron pochtangizni tasdiqlash uchun uni oching. Soʻngra tizimga kiring.
sign-up-invited = Sizni litsenziya kutmoqda. Hisobingizni litsenziya yuborilgan manzil bilan yarating.
sign-up-invited-done = Hisobingiz tayyor va uning manzili tasdiqlandi. Tizimga kiring: sizni kutayotgan litsenziya litsenziyalaringiz sahifasida.
forgot-title = Parolingizni unutdingizmi?
forgot-submit = Tiklash havolasini yuborish
forgot-done = Agar ushbu manzil biror hisobga tegishli boʻlsa, yangi parol tanlash havolasi yuborildi. U 30 daqiqa amal qiladi.
account-title = Hisobingiz
account-profile = Profil
account-email-verified = tasdiqlangan
account-email-unverified = hali tasdiqlanmagan
account-timezone = Vaqt mintaqasi
account-digits = Raqamlar
account-save = Saqlash
account-saved = Oʻzgarishlaringiz saqlandi.
account-password = Parol
account-current-password = Joriy parol
account-change-password = Parolni oʻzgartirish
account-password-changed = Parolingiz oʻzgartirildi. Boshqa barcha seanslar yakunlandi.
account-security = Xavfsizlik
account-2fa-on = Ikki bosqichli kirish yoqilgan.
account-2fa-off = Ikki bosqichli kirish oʻchirilgan.
account-sessions-hint = Ushbu hisobning barcha qurilmalardagi, jumladan shu qurilmadagi barcha seanslarini yakunlaydi.
account-sign-out-everywhere = Hamma joydan chiqish

## Two-factor sign-in and API key pages

account-2fa-manage = Boshqarish
account-export = Maʼlumotlarimni yuklab olish
account-export-hint = JSON fayllardan iborat ZIP arxiv: hisobingiz, litsenziyalar va ularning kalitlari, qurilmalar, hisob-fakturalar, toʻlovlar, hamyon, bildirishnomalar va API kalitlari (ularning maxfiy qismi hech qachon kiritilmaydi).
tfa-title = Ikki bosqichli kirish
tfa-intro = Ikki bosqichli kirish yoqilganda, tizimga kirish uchun telefoningizdagi autentifikator ilovasidan olingan kod ham talab qilinadi, shuning uchun oʻgʻirlangan parolning oʻzi yetarli boʻlmaydi.
tfa-start = Sozlash
tfa-scan = Ushbu kodni autentifikator ilovangiz bilan skanerlang, soʻngra u koʻrsatgan 6 xonali kodni kiriting.
tfa-qr-alt = Autentifikator ilovangiz uchun QR kod
tfa-secret = Yoki ushbu kalitni qoʻlda kiriting:
tfa-confirm = Ikki bosqichli kirishni yoqish
tfa-enabled = Ikki bosqichli kirish yoqildi. Boshqa seanslaringiz yakunlandi; ushbu brauzerda tizimda qolasiz.
tfa-confirm-password-hint = Parolingiz bu aynan siz ekaningizni tasdiqlaydi: boshqa seanslaringiz yakunlanadi, ushbu brauzerda esa tizimda qolasiz.
tfa-codes-saved = Saqlab oldim: hisobimga qaytish
tfa-codes-intro = Ushbu tiklash kodlarini xavfsiz joyda saqlang. Telefoningizni yoʻqotsangiz, ularning har biri bir martadan ishlaydi. Ular faqat hozir koʻrsatiladi.
tfa-disable = Ikki bosqichli kirishni oʻchirish
keys-title = API kalitlari
keys-new = Yangi kalit
keys-scopes = Ruxsatlar
keys-scope-read = Maʼlumotlaringizni oʻqish
keys-scope-licenses = Litsenziyalarni boshqarish
keys-scope-releases = Relizlarni nashr qilish
keys-expires = Amal qilish muddati (kun, ixtiyoriy)
keys-create = Kalitni yaratish
keys-created = Yangi kalitingiz quyida. Uni hozir nusxalab oling: u faqat bir marta koʻrsatiladi.
keys-yours = Kalitlaringiz
keys-none = Sizda hali API kalitlari yoʻq.
keys-prefix = Boshlanishi
keys-revoke = Bekor qilish
keys-confirm-revoke = Ushbu API kaliti bekor qilinsinmi? Undan foydalanadigan skriptlar darhol ishlashdan toʻxtaydi; bu amalni ortga qaytarib boʻlmaydi.
keys-revoked = bekor qilingan
