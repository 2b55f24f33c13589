# Notifications: one subject (also the in-app title) and one body per kind. Arguments come from
# what happened: $name is always the person's name; links are added below the body by the sender.
# A kind may add `-details`, a paragraph shown only when its arguments are all there (notices
# stored by an older version lack some).

notify-footer = Siz bu xabarni { $seller } saytidagi hisobingiz tufayli olmoqdasiz. Qaysi xabarlarni va qayerda olishni hisobingiz sahifasida tanlang.
notify-open = Ochish
notify-unsubscribe = Bu xatlarga obunani bekor qilish
notify-unsubscribe-intro = Bu turdagi xatlarni olish toʻxtatilsinmi? Xavfsizlik bildirishnomalari va boshqa turlarga bu taʼsir qilmaydi; ularni hisobingiz sahifasidan qayta yoqishingiz mumkin.
notify-unsubscribe-confirm = Obunani bekor qilish
notify-unsubscribe-done = Tayyor: endi bu xatlarni olmaysiz.

notify-top_up_credited-subject = Hamyoningiz toʻldirildi: { $amount }
notify-top_up_credited-body = Hurmatli { $name }, hamyoningizga { $amount } qoʻshildi.
notify-top_up_credited-details = { $gateway } orqali yuborilgan { $paid } miqdoridagi { $reference } toʻlovingiz qabul qilindi. Balansingiz va operatsiyalar tarixi hamyon sahifangizda.
notify-transfer_confirmed-subject = { $amount } miqdoridagi bank oʻtkazmangiz kelib tushdi
notify-transfer_confirmed-body = Hurmatli { $name }, bank oʻtkazmangizni qabul qildik: { $amount } endi hamyoningizda.
notify-transfer_confirmed-details = Uning toʻlov kodi: { $reference }; siz { $paid } yuborgansiz.
notify-purchase_receipt-subject = Xaridingiz kvitansiyasi ({ $invoice })
notify-purchase_receipt-body = Hurmatli { $name }, xaridingiz uchun rahmat. Jami { $amount } boʻlgan { $invoice } raqamli hisob-faktura hamyoningizdan toʻlandi. Litsenziya kalitlaringiz litsenziyalar sahifangizda; hisob-fakturaning PDF faylini istalgan vaqtda hamyon sahifangizdan yuklab olishingiz mumkin.
notify-order_failed-subject = Buyurtmangizni bajarib boʻlmadi
notify-order_failed-body = Hurmatli { $name }, buyurtmangizni bajarib boʻlmadi. { $reason ->
        [unpaid] Uning toʻlovi amalga oshmadi, shuning uchun hech qanday mablagʻ yechilmadi. Doʻkondan qayta buyurtma berishingiz mumkin.
        [returned] Toʻlov provayderi toʻlovni qaytarib oldi, shuning uchun hech narsa sotib olinmadi.
        [late] Toʻlov sizga aytilgan narxda xarid qilish uchun juda kech kelib tushdi. Siz toʻlagan { $amount } hamyoningizda: istalgan vaqtda doʻkondan qayta xarid qilishingiz mumkin.
       *[refused] Doʻkon uni buyurtma qilingan shaklda endi sota olmadi (promokod tugagan yoki tarif endi sotilmaydi). Siz toʻlagan { $amount } hamyoningizda.
    }
notify-refund-subject = Sizga { $amount } qaytarildi
notify-refund-body = Hurmatli { $name }, { $invoice } raqamli hisob-faktura boʻyicha { $amount } hamyoningizga qaytarildi.
notify-payment_attention-subject = Toʻlov eʼtiboringizni talab qiladi
notify-payment_attention-body = Hurmatli { $name }, { $amount } miqdoridagi toʻlov qaror qabul qilinishini kutmoqda.
notify-license_issued-subject = { $product } litsenziyangiz tayyor
notify-license_issued-body = Hurmatli { $name }, sizga { $product } ({ $plan }) litsenziyasi berildi. Uning kaliti litsenziyalar sahifangizda.
notify-device_activated-subject = { $product } yangi qurilmada faollashtirildi
notify-device_activated-body = Hurmatli { $name }, { $product } litsenziyangiz { $device } qurilmasida faollashtirildi. Agar bu siz boʻlmasangiz, litsenziyalar sahifangizda oʻrinni boʻshating.
notify-seat_freed-subject = { $product } litsenziyasidagi oʻrin boʻshatildi
notify-seat_freed-body = Hurmatli { $name }, { $device } qurilmasi endi { $product } litsenziyangizdagi oʻrinni egallamaydi.
notify-license_expiring-subject = { $product } litsenziyangiz muddati { $days ->
        [one] { $days } kundan
       *[other] { $days } kundan
    } keyin tugaydi
notify-license_expiring-body = Hurmatli { $name }, { $product } litsenziyangiz muddati { $days ->
        [one] { $days } kundan
       *[other] { $days } kundan
    } keyin tugaydi. { $product } mahsulotidan foydalanishni va yangilanishlarni olishni davom ettirish uchun litsenziyani uzaytiring.
notify-license_expired-subject = { $product } litsenziyangiz muddati tugadi
notify-license_expired-body = Hurmatli { $name }, { $product } litsenziyangiz muddati tugadi.
notify-renewal_upcoming-subject = { $product } litsenziyangiz { $date } sanasida uzaytiriladi
notify-renewal_upcoming-body = Hurmatli { $name }, { $product } litsenziyangiz { $date } sanasida { $amount } evaziga avtomatik uzaytiriladi, summa hamyoningizdan yechiladi. { $reason ->
        [wallet_short] Hamyoningizda hozircha bunchalik mablagʻ yoʻq: shu sanagacha uni toʻldiring, aks holda litsenziya muddati tugaydi.
       *[other] Hamyoningizdagi mablagʻ yetarli.
    } Avtomatik uzaytirishni litsenziyalar sahifangizda oʻchirib qoʻyishingiz mumkin.
notify-license_renewed-subject = { $product } litsenziyangiz uzaytirildi
notify-license_renewed-body = Hurmatli { $name }, { $product } litsenziyangiz { $date } sanasigacha avtomatik uzaytirildi. Jami { $amount } boʻlgan { $invoice } raqamli hisob-faktura hamyoningizdan toʻlandi.
notify-renewal_failed-subject = { $product } litsenziyangizni uzaytirib boʻlmadi
notify-renewal_failed-body = Hurmatli { $name }, { $product } litsenziyangizni avtomatik uzaytirib boʻlmadi. { $reason ->
        [wallet_short] Uzaytirish narxi { $amount }, hamyoningizda esa { $paid } bor. Hamyoningizni toʻldiring va litsenziyani litsenziyalar sahifangizdan uzaytiring.
        [not_for_sale] Uning tarifi endi sotilmaydi.
       *[other] Uni litsenziyalar sahifangizdan uzaytiring.
    } Agar { $date } sanasigacha uzaytirilsa, litsenziya oʻz kaliti va qurilmalarini saqlab qoladi.
notify-clone_suspected-subject = { $product } litsenziyangiz nusxalangan qurilmada ishlatilayotgan boʻlishi mumkin
notify-clone_suspected-body = Hurmatli { $name }, ikki kompyuter hozirgina { $product } litsenziyangizning bir xil faollashtirishini taqdim etdi (“{ $device }” qurilmasi). Odatda bu litsenziya oʻrnatilgan disk tasviri yoki virtual mashina nusxalanganini bildiradi.

    Faollashtirish toʻxtatib turildi. Agar ikkala kompyuterni ham tanisangiz, litsenziyalar sahifangizda eskisini boʻshating va yangisini faollashtiring. Agar tanimasangiz, litsenziya kalitingizdan boshqa birov foydalanayotgan boʻlishi mumkin: sotuvchiga murojaat qiling.
notify-license_status-subject = { $product } litsenziyangizning yangi holati: { $status ->
        [active] faol
        [suspended] toʻxtatilgan
        [expired] muddati tugagan
        [revoked] bekor qilingan
       *[other] { $status }
    }
notify-license_status-body = Hurmatli { $name }, { $product } litsenziyangiz holati oʻzgardi. Yangi holat: “{ $status ->
        [active] Faol
        [suspended] Toʻxtatilgan
        [expired] Muddati tugagan
        [revoked] Bekor qilingan
       *[other] { $status }
    }”.
notify-release_published-subject = { $product } { $version } chiqdi
notify-release_published-body = Hurmatli { $name }, { $product } mahsulotining { $version } versiyasi { $channel ->
        [stable] barqaror kanalda
        [beta] beta kanalida
        [alpha] alfa kanalida
       *[other] “{ $channel }” kanalida
    } nashr qilindi. U yuklab olishlar sahifangizda.
notify-new_sign_in-subject = Hisobingizga yangi kirish
notify-new_sign_in-body = Hurmatli { $name }, hozirgina hisobingizga { $device } orqali kirildi. Agar bu siz boʻlmasangiz, parolingizni darhol oʻzgartiring.
notify-password_changed-subject = Parolingiz oʻzgartirildi
notify-password_changed-body = Hurmatli { $name }, hisobingiz paroli oʻzgartirildi. Agar bu siz boʻlmasangiz, parolni darhol tiklang va qoʻllab-quvvatlash xizmatiga murojaat qiling.
notify-two_factor_changed-subject = Ikki bosqichli kirish { $status ->
        [on] yoqildi
        [off] oʻchirildi
       *[other] oʻzgartirildi ({ $status })
    }
notify-two_factor_changed-body = Hurmatli { $name }, hisobingiz uchun ikki bosqichli kirish { $status ->
        [on] yoqildi
        [off] oʻchirildi
       *[other] oʻzgartirildi ({ $status })
    }. Agar bu siz boʻlmasangiz, darhol qoʻllab-quvvatlash xizmatiga murojaat qiling.
notify-api_key_created-subject = Yangi API kaliti yaratildi
notify-api_key_created-body = Hurmatli { $name }, hisobingiz uchun “{ $key_name }” API kaliti yaratildi. Agar bu siz boʻlmasangiz, uni darhol bekor qiling.
notify-commission_earned-subject = Siz { $amount } komissiya ishlab topdingiz
notify-commission_earned-body = Hurmatli { $name }, referal havolangiz orqali amalga oshirilgan xarid sizga { $amount } keltirdi. U qaytarish muddati tugaguncha ushlab turiladi.
notify-commission_released-subject = { $amount } miqdoridagi komissiya endi sizniki
notify-commission_released-body = Hurmatli { $name }, { $amount } miqdoridagi komissiyalar hamyoningizga oʻtkazildi.
notify-marketing-subject = { $headline }
notify-marketing-body = Hurmatli { $name }!

    { $text }

# The notifications page, the header's bell, and the choices per kind.
nav-notifications = Bildirishnomalar
notifications-title = Bildirishnomalar
notifications-none = Hozircha hech narsa yoʻq. Litsenziyalaringiz, toʻlovlaringiz va hisobingiz bilan bogʻliq voqealar shu yerda paydo boʻladi.
notifications-mark-all = Barchasini oʻqilgan deb belgilash
notifications-unread = yangi
account-notifications-title = Bildirishnoma sozlamalari
account-notifications-intro = Har bir bildirishnoma turi uchun u sizga elektron pochta orqali va ilova ichida yetib borishini tanlang. Xavfsizlik bildirishnomalari uchun kamida bittasi doim yoqilgan qoladi.
account-notifications-save = Bildirishnoma sozlamalarini saqlash
account-notifications-saved = Bildirishnoma sozlamalari saqlandi.
account-notifications-security = xavfsizlik
notify-kind = Bildirishnoma
notify-channel-email = Elektron pochta
notify-channel-in_app = Ilova ichida
notify-channel-telegram = Telegram
notify-group-transactions = Toʻlovlar
notify-group-licenses = Litsenziyalar
notify-group-releases = Relizlar
notify-group-security = Xavfsizlik
notify-group-affiliate = Hamkorlik dasturi
notify-group-marketing = Yangiliklar
notify-kind-top_up_credited = Hamyon toʻldirildi
notify-kind-transfer_confirmed = Bank oʻtkazmasi kelib tushdi
notify-kind-purchase_receipt = Xarid kvitansiyalari
notify-kind-order_failed = Bajarib boʻlmagan buyurtmalar
notify-kind-refund = Pul qaytarishlar
notify-kind-payment_attention = Qaror talab qiladigan toʻlovlar
notify-kind-license_issued = Sizga berilgan litsenziya
notify-kind-device_activated = Yangi qurilmada faollashtirish
notify-kind-seat_freed = Boʻshatilgan oʻrin
notify-kind-license_expiring = Litsenziya muddati tugashi yaqin (14 va 3 kun oldin)
notify-kind-license_expired = Litsenziya muddati tugadi
notify-kind-renewal_upcoming = Yaqinlashayotgan avtomatik uzaytirish (7 kun oldin)
notify-kind-license_renewed = Litsenziya avtomatik uzaytirildi
notify-kind-renewal_failed = Avtomatik uzaytirish amalga oshmadi
notify-kind-clone_suspected = Nusxalangan boʻlishi mumkin boʻlgan qurilma
notify-kind-license_status = Litsenziya toʻxtatildi, bekor qilindi yoki qayta tiklandi
notify-kind-release_published = Yangi versiyalar
notify-kind-new_sign_in = Yangi qurilmadan kirish
notify-kind-password_changed = Parol oʻzgartirildi
notify-kind-two_factor_changed = Ikki bosqichli kirish oʻzgartirildi
notify-kind-api_key_created = API kaliti yaratildi
notify-kind-commission_earned = Komissiya ishlab topildi
notify-kind-commission_released = Komissiya toʻlab berildi
notify-kind-marketing = Yangiliklar va takliflar

# New versions per product, on the notification settings page.
account-releases-title = Yangi versiyalar
account-releases-intro = Litsenziyangiz bor har bir mahsulot uchun qaysi versiyalar haqida va qayerda xabar olishingizni tanlang. Beta tanlansa, barqaror versiyalar haqida ham xabar beriladi; alfa tanlansa — barcha versiyalar haqida.
account-releases-none = Xabar bermaslik
account-releases-stable = Barqaror versiyalar
account-releases-beta = Beta va barqaror versiyalar
account-releases-alpha = Barcha versiyalar, alfa ham

# The Telegram bot's replies.
telegram-linked = Assalomu alaykum, { $name }! Bu chat endi hisobingizga bogʻlandi: Telegram uchun tanlagan bildirishnomalaringiz shu yerga keladi. Toʻxtatish uchun /stop yuboring.
telegram-unlinked = Bu chat endi hech qanday hisobga bogʻlanmagan. Uni hisobingiz sahifasidan qayta bogʻlashingiz mumkin.
telegram-link-invalid = Bu havolaning muddati tugagan yoki u allaqachon ishlatilgan. Hisobingiz sahifasida yangisini yarating.
telegram-help = Bildirishnomalarni shu yerda olish uchun hisobingiz sahifasidagi Telegram havolasini oching. Bu chatni uzish uchun /stop yuboring.

# Telegram on the notification settings page.
account-telegram-intro = Tanlagan bildirishnomalaringizni Telegramda oling: ushbu hisobni doʻkon boti bilan chatga bogʻlang.
account-telegram-link = Telegramni bogʻlash
account-telegram-open = Ushbu havolani 15 daqiqa ichida Telegramda oching va Start tugmasini bosing:
account-telegram-linked = Bu hisob Telegram chatiga bogʻlangan.
account-telegram-unlink = Telegramni uzish

# Alerts to the admins' Telegram chat.
telegram-alert-payment_review = Toʻlov qaror talab qiladi: { $payment } ({ $reason }).
telegram-alert-clone_suspected = Qurilma nusxa boʻlishi mumkin: litsenziya { $license }, qurilma { $device }.
telegram-alert-reconciliation = Buxgalteriya daftarini solishtirishda { $count } ta buzilish aniqlandi: pul yoʻqdan paydo boʻlgan yoki yoʻqolgan boʻlishi mumkin.
telegram-alert-job_dead = Fon vazifasidan voz kechildi: { $job } ({ $id }). Oxirgi xato: { $reason }
