# Notifications: one subject (also the in-app title) and one body per kind. Arguments come from
# what happened: $name is always the person's name; links are added below the body by the sender.
# A kind may add `-details`, a paragraph shown only when its arguments are all there (notices
# stored by an older version lack some).

notify-footer = Bu məktubu { $seller } mağazasındakı hesabınıza görə alırsınız. Hansı bildirişləri və harada alacağınızı hesab səhifənizdə seçə bilərsiniz.
notify-open = Aç
notify-unsubscribe = Bu məktubları almaqdan imtina et
notify-unsubscribe-intro = Bu növ məktubları almaqdan imtina edirsiniz? Təhlükəsizlik bildirişlərinə və digər növlərə təsir etmir; bu növü hesab səhifənizdən yenidən qoşa bilərsiniz.
notify-unsubscribe-confirm = Abunəlikdən çıx
notify-unsubscribe-done = Hazırdır: artıq bu məktubları almayacaqsınız.

notify-top_up_credited-subject = Pul kisənizə { $amount } əlavə edildi
notify-top_up_credited-body = Salam, { $name }! Pul kisənizə { $amount } əlavə edildi.
notify-top_up_credited-details = { $gateway } vasitəsilə etdiyiniz { $paid } məbləğində ödəniş ({ $reference }) daxil oldu. Balansınız və əməliyyat tarixçəniz pul kisəsi səhifənizdədir.
notify-transfer_confirmed-subject = { $amount } məbləğində bank köçürməniz daxil oldu
notify-transfer_confirmed-body = Salam, { $name }! Bank köçürmənizi aldıq: { $amount } artıq pul kisənizdədir.
notify-transfer_confirmed-details = Köçürmənin istinad kodu: { $reference }; göndərdiyiniz məbləğ: { $paid }.
notify-purchase_receipt-subject = Alışınızın qəbzi ({ $invoice })
notify-purchase_receipt-body = Salam, { $name }! Alışınız üçün təşəkkür edirik. { $invoice } nömrəli hesab-faktura, cəmi { $amount }, pul kisənizdən ödənildi. Lisenziya açarlarınız lisenziyalar səhifənizdədir; hesab-fakturanın PDF-ini istənilən vaxt pul kisəsi səhifənizdən endirə bilərsiniz.
notify-order_failed-subject = Sifarişinizi tamamlamaq mümkün olmadı
notify-order_failed-body = Salam, { $name }! Sifarişinizi tamamlamaq mümkün olmadı. { $reason ->
        [unpaid] Onun ödənişi həyata keçmədi, buna görə sizdən heç bir məbləğ tutulmadı. Mağazadan yenidən sifariş verə bilərsiniz.
        [returned] Onun ödənişi ödəniş provayderi tərəfindən geri alındı, buna görə heç nə alınmadı.
        [late] Onun ödənişi sizə təklif olunan qiymətlə almaq üçün çox gec daxil oldu. Ödədiyiniz { $amount } pul kisənizdədir: istədiyiniz vaxt mağazadan yenidən ala bilərsiniz.
       *[refused] Mağaza onu artıq sifariş edildiyi kimi sata bilmədi (promokodun limiti bitib və ya plan artıq satılmır). Ödədiyiniz { $amount } pul kisənizdədir.
    }
notify-refund-subject = Sizə { $amount } geri qaytarıldı
notify-refund-body = Salam, { $name }! { $invoice } nömrəli hesab-faktura üzrə { $amount } pul kisənizə geri qaytarıldı.
notify-payment_attention-subject = Ödəniş diqqətinizi tələb edir
notify-payment_attention-body = Salam, { $name }! { $amount } məbləğində ödəniş qərar gözləyir.
notify-license_issued-subject = { $product } lisenziyanız hazırdır
notify-license_issued-body = Salam, { $name }! Sizə { $product } ({ $plan }) üçün lisenziya verildi. Onun açarı lisenziyalar səhifənizdədir.
notify-device_activated-subject = { $product } yeni cihazda aktivləşdirildi
notify-device_activated-body = Salam, { $name }! { $product } lisenziyanız “{ $device }” cihazında aktivləşdirildi. Bunu siz etməmisinizsə, lisenziyalar səhifənizdə həmin yeri azad edin.
notify-seat_freed-subject = { $product } lisenziyasında yer azad edildi
notify-seat_freed-body = Salam, { $name }! “{ $device }” cihazı artıq { $product } lisenziyanızın yerini tutmur.
notify-license_expiring-subject = { $product } lisenziyanızın müddəti { $days ->
        [one] { $days } gün
       *[other] { $days } gün
    } sonra bitir
notify-license_expiring-body = Salam, { $name }! { $product } lisenziyanızın müddəti { $days ->
        [one] { $days } gün
       *[other] { $days } gün
    } sonra bitir. { $product } məhsulundan istifadə etməyə və yeniləmələr almağa davam etmək üçün lisenziyanı yeniləyin.
notify-license_expired-subject = { $product } lisenziyanızın müddəti bitdi
notify-license_expired-body = Salam, { $name }! { $product } lisenziyanızın müddəti bitdi.
notify-renewal_upcoming-subject = { $product } lisenziyanız { $date } tarixində yenilənəcək
notify-renewal_upcoming-body = Salam, { $name }! { $product } lisenziyanız { $date } tarixində { $amount } müqabilində avtomatik yenilənəcək; məbləğ pul kisənizdən tutulacaq. { $reason ->
        [wallet_short] Pul kisənizdə hələ bu qədər vəsait yoxdur: həmin tarixədək balansı artırın, əks halda lisenziyanın müddəti bitəcək.
       *[other] Pul kisənizdəki vəsait bu məbləği ödəməyə kifayət edir.
    } Avtomatik yeniləməni lisenziyalar səhifənizdə söndürə bilərsiniz.
notify-license_renewed-subject = { $product } lisenziyanız yeniləndi
notify-license_renewed-body = Salam, { $name }! { $product } lisenziyanız { $date } tarixinədək avtomatik yeniləndi. { $invoice } nömrəli hesab-faktura, cəmi { $amount }, pul kisənizdən ödənildi.
notify-renewal_failed-subject = { $product } lisenziyanızı yeniləmək mümkün olmadı
notify-renewal_failed-body = Salam, { $name }! { $product } lisenziyanızı avtomatik yeniləmək mümkün olmadı. { $reason ->
        [wallet_short] Yeniləmənin qiyməti { $amount }, pul kisənizdəki vəsait isə { $paid } təşkil edir. Pul kisənizin balansını artırın və lisenziyanı lisenziyalar səhifənizdən yeniləyin.
        [not_for_sale] Onun planı artıq satılmır.
       *[other] Lisenziyanı lisenziyalar səhifənizdən yeniləyin.
    } { $date } tarixinədək yenilənsə, lisenziya öz açarını və cihazlarını saxlayacaq.
notify-clone_suspected-subject = { $product } lisenziyanız surəti çıxarılmış cihazda istifadə oluna bilər
notify-clone_suspected-body = Salam, { $name }! İki kompüter indicə { $product } lisenziyanızın eyni aktivləşdirməsini təqdim etdi (cihaz: “{ $device }”). Bu, adətən, lisenziya olan disk obrazının və ya virtual maşının surətinin çıxarıldığı deməkdir.

    Aktivləşdirmə dayandırılıb. Hər iki kompüteri tanıyırsınızsa, lisenziyalar səhifənizdə köhnəsini azad edin və yenisini aktivləşdirin. Tanımırsınızsa, lisenziya açarınızdan başqası istifadə edə bilər: satıcı ilə əlaqə saxlayın.
notify-license_status-subject = { $product } lisenziyanızın yeni statusu: { $status ->
        [active] aktiv
        [suspended] dayandırılıb
        [expired] müddəti bitib
        [revoked] ləğv edilib
       *[other] { $status }
    }
notify-license_status-body = Salam, { $name }! { $product } lisenziyanızın statusu dəyişdi. Yeni status: “{ $status ->
        [active] Aktiv
        [suspended] Dayandırılıb
        [expired] Müddəti bitib
        [revoked] Ləğv edilib
       *[other] { $status }
    }”.
notify-release_published-subject = { $product } { $version } buraxıldı
notify-release_published-body = Salam, { $name }! { $product } məhsulunun { $version } versiyası { $channel ->
        [stable] stabil kanalda
        [beta] beta kanalında
        [alpha] alfa kanalında
       *[other] “{ $channel }” kanalında
    } dərc edildi. Onu endirmələr səhifənizdə tapa bilərsiniz.
notify-new_sign_in-subject = Hesabınıza yeni giriş
notify-new_sign_in-body = Salam, { $name }! İndicə hesabınıza “{ $device }” cihazından daxil olundu. Bu siz deyilsinizsə, şifrənizi dərhal dəyişin.
notify-password_changed-subject = Şifrəniz dəyişdirildi
notify-password_changed-body = Salam, { $name }! Hesabınızın şifrəsi dəyişdirildi. Bunu siz etməmisinizsə, şifrəni dərhal sıfırlayın və dəstək xidməti ilə əlaqə saxlayın.
notify-two_factor_changed-subject = İki faktorlu giriş { $status ->
        [on] qoşuldu
        [off] söndürüldü
       *[other] dəyişdirildi ({ $status })
    }
notify-two_factor_changed-body = Salam, { $name }! Hesabınızda iki faktorlu giriş { $status ->
        [on] qoşuldu
        [off] söndürüldü
       *[other] dəyişdirildi ({ $status })
    }. Bunu siz etməmisinizsə, dərhal dəstək xidməti ilə əlaqə saxlayın.
notify-api_key_created-subject = Yeni API açarı yaradıldı
notify-api_key_created-body = Salam, { $name }! Hesabınız üçün “{ $key_name }” adlı API açarı yaradıldı. Bunu siz etməmisinizsə, açarı dərhal ləğv edin.
notify-commission_earned-subject = { $amount } komissiya qazandınız
notify-commission_earned-body = Salam, { $name }! Referal keçidiniz vasitəsilə edilən alış sizə { $amount } qazandırdı. Məbləğ geri qaytarma müddəti bitənədək saxlanılır.
notify-commission_released-subject = { $amount } məbləğində komissiya artıq sizindir
notify-commission_released-body = Salam, { $name }! { $amount } məbləğində komissiyalar pul kisənizə köçürüldü.
notify-marketing-subject = { $headline }
notify-marketing-body = Salam, { $name }!

    { $text }

# The notifications page, the header's bell, and the choices per kind.
nav-notifications = Bildirişlər
notifications-title = Bildirişlər
notifications-none = Hələ heç nə yoxdur. Lisenziyalarınız, ödənişləriniz və hesabınızla bağlı baş verənlər burada görünəcək.
notifications-mark-all = Hamısını oxunmuş kimi qeyd et
notifications-unread = yeni
account-notifications-title = Bildiriş ayarları
account-notifications-intro = Hər bildiriş növü üçün onun sizə e-poçtla və tətbiqdə çatıb-çatmayacağını seçin. Təhlükəsizlik bildirişləri üçün həmişə ən azı bir kanal qalır.
account-notifications-save = Bildiriş ayarlarını yadda saxla
account-notifications-saved = Bildiriş ayarları yadda saxlanıldı.
account-notifications-security = təhlükəsizlik
notify-kind = Bildiriş
notify-channel-email = E-poçt
notify-channel-in_app = Tətbiqdə
notify-channel-telegram = Telegram
notify-group-transactions = Ödənişlər
notify-group-licenses = Lisenziyalar
notify-group-releases = Buraxılışlar
notify-group-security = Təhlükəsizlik
notify-group-affiliate = Partnyorluq proqramı
notify-group-marketing = Xəbərlər
notify-kind-top_up_credited = Pul kisəsinin balansı artırıldı
notify-kind-transfer_confirmed = Bank köçürməsi daxil oldu
notify-kind-purchase_receipt = Alış qəbzləri
notify-kind-order_failed = Tamamlanmayan sifarişlər
notify-kind-refund = Geri qaytarmalar
notify-kind-payment_attention = Qərar gözləyən ödənişlər
notify-kind-license_issued = Sizə verilən lisenziya
notify-kind-device_activated = Yeni cihazda aktivləşdirmə
notify-kind-seat_freed = Yerin azad edilməsi
notify-kind-license_expiring = Müddəti bitmək üzrə olan lisenziya (14 və 3 gün əvvəl)
notify-kind-license_expired = Müddəti bitmiş lisenziya
notify-kind-renewal_upcoming = Qarşıdakı avtomatik yeniləmə (7 gün əvvəl)
notify-kind-license_renewed = Avtomatik yenilənmiş lisenziya
notify-kind-renewal_failed = Uğursuz avtomatik yeniləmə
notify-kind-clone_suspected = Surəti çıxarılmış ola biləcək cihaz
notify-kind-license_status = Lisenziyanın dayandırılması, ləğvi və ya bərpası
notify-kind-release_published = Yeni versiyalar
notify-kind-new_sign_in = Yeni cihazdan giriş
notify-kind-password_changed = Şifrənin dəyişdirilməsi
notify-kind-two_factor_changed = İki faktorlu girişin dəyişdirilməsi
notify-kind-api_key_created = API açarının yaradılması
notify-kind-commission_earned = Qazanılmış komissiya
notify-kind-commission_released = Ödənilmiş komissiya
notify-kind-marketing = Xəbərlər və təkliflər

# New versions per product, on the notification settings page.
account-releases-title = Yeni versiyalar
account-releases-intro = Lisenziyasına sahib olduğunuz hər məhsul üçün: hansı versiyalar barədə və harada məlumat alacağınız. Beta seçimi stabil versiyalar barədə də xəbər verir, alfa isə hamısı barədə.
account-releases-none = Heç biri
account-releases-stable = Stabil versiyalar
account-releases-beta = Beta və stabil versiyalar
account-releases-alpha = Bütün versiyalar, alfa daxil olmaqla

# The Telegram bot's replies.
telegram-linked = Salam, { $name }! Bu söhbət artıq hesabınıza bağlıdır: Telegram üçün seçdiyiniz bildirişlər bura gələcək. Bağlantını dayandırmaq üçün /stop göndərin.
telegram-unlinked = Bu söhbət artıq heç bir hesaba bağlı deyil. Onu hesab səhifənizdən yenidən bağlaya bilərsiniz.
telegram-link-invalid = Bu keçidin müddəti bitib və ya o artıq istifadə olunub. Hesab səhifənizdə yenisini yaradın.
telegram-help = Bildirişləri burada almaq üçün hesab səhifənizdəki Telegram keçidini açın. Bu söhbəti ayırmaq üçün /stop göndərin.

# Telegram on the notification settings page.
account-telegram-intro = Seçdiyiniz bildirişləri Telegram-da alın: bu hesabı mağazanın botu ilə söhbətə bağlayın.
account-telegram-link = Telegram-ı bağla
account-telegram-open = Bu keçidi 15 dəqiqə ərzində Telegram-da açın və Start düyməsini basın:
account-telegram-linked = Bu hesab Telegram söhbətinə bağlıdır.
account-telegram-unlink = Telegram-ı ayır

# Alerts to the admins' Telegram chat.
telegram-alert-payment_review = Ödəniş qərar gözləyir: { $payment } ({ $reason }).
telegram-alert-clone_suspected = Cihaz surət ola bilər: lisenziya { $license }, cihaz { $device }.
telegram-alert-reconciliation = Mühasibat kitabının uzlaşdırılması { $count } pozuntu aşkar etdi: pul yoxdan yaranmış və ya itmiş ola bilər.
telegram-alert-job_dead = Fon tapşırığının cəhdləri dayandırıldı: { $job } ({ $id }). Son xəta: { $reason }
