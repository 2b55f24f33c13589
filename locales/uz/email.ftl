# Plain-text emails. Links stand on their own line so every mail client makes them clickable.

email-verify-subject = Elektron pochta manzilingizni tasdiqlang
email-verify-body =
    Hurmatli { $name }!

    Iltimos, ushbu havolani { $minutes } daqiqa ichida ochib, elektron pochta manzilingizni tasdiqlang:

    { $link }

    Agar siz hisob yaratmagan boʻlsangiz, bu xatga eʼtibor bermasangiz ham boʻladi.
email-registration-attempt-subject = Kimdir elektron pochta manzilingiz bilan roʻyxatdan oʻtishga urindi
email-registration-attempt-body =
    Hurmatli { $name }!

    Kimdir hozirgina elektron pochta manzilingiz bilan yangi hisob yaratishga urindi, biroq bu manzilga allaqachon hisob bogʻlangan.
    Agar bu siz boʻlsangiz, shunchaki tizimga kiring:

    { $link }

    Agar bu siz boʻlmasangiz, hech narsa qilishingiz shart emas: hech narsa oʻzgartirilmadi.
email-reset-subject = Parolingizni tiklash
email-reset-body =
    Hurmatli { $name }!

    Kimdir (umid qilamizki, siz) hisobingiz parolini tiklashni soʻradi. Yangi parol tanlash uchun ushbu havolani { $minutes } daqiqa ichida oching:

    { $link }

    Agar buni siz soʻramagan boʻlsangiz, bu xatga eʼtibor bermang: parolingiz oʻzgarmaydi.
email-clone-suspected-subject = Litsenziyalaringizdan biri nusxalangan kompyuterda ishlayotganga oʻxshaydi
email-clone-suspected-body =
    Hurmatli { $name }!

    Ikki kompyuter hozirgina { $product } litsenziyangizning bir xil faollashtirishini taqdim etdi ("{ $device }" qurilmasi). Odatda bu litsenziya oʻrnatilgan disk tasviri yoki virtual mashina nusxalanganini bildiradi.

    Faollashtirish toʻxtatib turildi. Agar ikkala kompyuterni ham tanisangiz, litsenziyalar sahifangizda eskisini boʻshating va yangisini faollashtiring:

    { $link }

    Agar tanimasangiz, litsenziya kalitingizdan boshqa birov foydalanayotgan boʻlishi mumkin: sotuvchiga murojaat qiling.
email-receipt-subject = Kvitansiyangiz: { $number }
email-receipt-body =
    Hurmatli { $name }!

    Xaridingiz uchun rahmat. Jami { $total } boʻlgan { $number } raqamli hisob-faktura hamyoningizdan toʻlandi.

    Litsenziya kalitlaringiz litsenziyalar sahifangizda:

    { $licenses }

    Hisob-fakturaning PDF faylini istalgan vaqtda hamyon sahifangizdan yuklab olishingiz mumkin:

    { $billing }
email-sub-license-invite-subject = { $inviter } sizga litsenziya berdi
email-sub-license-invite-body =
    Assalomu alaykum!

    { $inviter } sizga { $product } mahsulotining { $seats ->
        [one] bitta oʻrnini
       *[other] { $seats } ta oʻrnini
    } alohida litsenziya kaliti bilan berdi.

    Ulardan foydalanish uchun ushbu elektron pochta manzili bilan tizimga kiring yoki u bilan hisob yaratib, manzilni tasdiqlang. Shundan soʻng litsenziya litsenziyalar sahifangizda paydo boʻladi:

    { $link }

    Agar { $inviter } sizga notanish boʻlsa, bu xatga eʼtibor bermang.
email-license-invite-subject = { $store } sizga litsenziya berdi
email-license-invite-body =
    Assalomu alaykum!

    { $store } sizga { $product } ({ $plan }) litsenziyasini berdi.

    Undan foydalanish uchun ushbu havola orqali shu elektron pochta manzili bilan hisobingizni yarating; shundan soʻng litsenziya va uning kaliti litsenziyalar sahifangizda boʻladi:

    { $link }

    Agar buni kutmagan boʻlsangiz, bu xatga eʼtibor bermang.
email-top-up-receipt-subject = Hamyoningiz toʻldirildi: { $credited }
email-top-up-receipt-body =
    Hurmatli { $name }!

    { $gateway } orqali yuborilgan { $paid } miqdoridagi { $reference } toʻlovingiz qabul qilindi va hamyoningizga { $credited } qoʻshildi.

    Balansingiz va operatsiyalar tarixi hamyon sahifangizda:

    { $billing }
email-transfer-instructions-subject = { $amount } miqdoridagi bank oʻtkazmangiz
email-transfer-instructions-body =
    Hurmatli { $name }!

    Hamyoningizni toʻldirish uchun { $amount } miqdorida pul oʻtkazing va ushbu toʻlov kodini koʻrsating: { $reference }

    { $details }

    Xuddi shu rekvizitlar, har biri nusxalash tugmasi bilan, ushbu sahifada ham bor:

    { $page }

    Pul kelib tushgach, hamyoningiz toʻldiriladi.
email-transfer-account-holder = Hisob egasi
email-transfer-account-number = IBAN yoki hisob raqami
email-transfer-swift-bic = SWIFT/BIC
email-transfer-bank-name = Bank
email-transfer-bank-address = Bank manzili
email-transfer-no-details = Bu valyuta uchun bank rekvizitlari hali sozlanmagan: iltimos, pul oʻtkazishdan oldin biz bilan bogʻlaning.
