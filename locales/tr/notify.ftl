# Notifications: one subject (also the in-app title) and one body per kind. Arguments come from
# what happened: $name is always the person's name; links are added below the body by the sender.
# A kind may add `-details`, a paragraph shown only when its arguments are all there (notices
# stored by an older version lack some).

notify-footer = Bu iletiyi { $seller } üzerindeki hesabınız nedeniyle alıyorsunuz. Hangi konularda ve nereden bildirim alacağınızı hesap sayfanızdan seçebilirsiniz.
notify-open = Aç
notify-unsubscribe = Bu e-postaların aboneliğinden çık
notify-unsubscribe-intro = Bu türdeki e-postaları almayı durdurmak istiyor musunuz? Güvenlik bildirimleri ve diğer türler etkilenmez; bu türü hesap sayfanızdan yeniden açabilirsiniz.
notify-unsubscribe-confirm = Abonelikten çık
notify-unsubscribe-done = Tamam: artık bu e-postaları almayacaksınız.

notify-top_up_credited-subject = Cüzdanınıza { $amount } yüklendi
notify-top_up_credited-body = Merhaba { $name }, cüzdanınıza { $amount } eklendi.
notify-top_up_credited-details = { $gateway } üzerinden yaptığınız { $paid } tutarındaki { $reference } referanslı ödemeniz ulaştı. Bakiyeniz ve hesap geçmişiniz cüzdan sayfanızda.
notify-transfer_confirmed-subject = { $amount } tutarındaki banka havaleniz ulaştı
notify-transfer_confirmed-body = Merhaba { $name }, banka havalenizi aldık: { $amount } artık cüzdanınızda.
notify-transfer_confirmed-details = Havalenin referansı: { $reference }; gönderdiğiniz tutar: { $paid }.
notify-purchase_receipt-subject = Satın alma makbuzunuz ({ $invoice })
notify-purchase_receipt-body = Merhaba { $name }, satın aldığınız için teşekkür ederiz. { $invoice } numaralı fatura, toplam { $amount }, cüzdanınızdan ödendi. Lisans anahtarlarınız lisanslar sayfanızda; fatura PDF'ini istediğiniz zaman cüzdan sayfanızdan indirebilirsiniz.
notify-order_failed-subject = Siparişiniz tamamlanamadı
notify-order_failed-body = Merhaba { $name }, siparişiniz tamamlanamadı. { $reason ->
        [unpaid] Ödemesi gerçekleşmediği için sizden herhangi bir ücret alınmadı. Mağazadan yeniden sipariş verebilirsiniz.
        [returned] Ödemesi ödeme sağlayıcısı tarafından geri alındığı için hiçbir şey satın alınmadı.
        [late] Ödemesi, size bildirilen fiyattan satın almak için çok geç ulaştı. Ödediğiniz { $amount } cüzdanınızda: dilediğiniz zaman mağazadan yeniden satın alabilirsiniz.
       *[refused] Mağaza siparişi artık verildiği şekilde satamıyordu (promosyon kodunun kullanım hakkı dolmuş veya plan artık satılmıyor). Ödediğiniz { $amount } cüzdanınızda.
    }
notify-refund-subject = Size { $amount } iade edildi
notify-refund-body = Merhaba { $name }, { $invoice } numaralı faturadan { $amount } cüzdanınıza iade edildi.
notify-payment_attention-subject = Bir ödeme ilginizi bekliyor
notify-payment_attention-body = Merhaba { $name }, { $amount } tutarında bir ödeme karar bekliyor.
notify-license_issued-subject = { $product } lisansınız hazır
notify-license_issued-body = Merhaba { $name }, size { $product } ({ $plan }) için bir lisans verildi. Lisansın anahtarı lisanslar sayfanızda.
notify-device_activated-subject = { $product } yeni bir cihazda etkinleştirildi
notify-device_activated-body = Merhaba { $name }, { $product } lisansınız “{ $device }” cihazında etkinleştirildi. Bunu siz yapmadıysanız koltuğu lisanslar sayfanızdan serbest bırakın.
notify-seat_freed-subject = Bir { $product } koltuğu serbest bırakıldı
notify-seat_freed-body = Merhaba { $name }, “{ $device }” cihazı artık { $product } lisansınızın bir koltuğunu kullanmıyor.
notify-license_expiring-subject = { $product } lisansınızın süresi { $days ->
        [one] { $days } gün
       *[other] { $days } gün
    } içinde doluyor
notify-license_expiring-body = Merhaba { $name }, { $product } lisansınızın süresi { $days ->
        [one] { $days } gün
       *[other] { $days } gün
    } içinde doluyor. { $product } ürününü kullanmaya ve güncelleme almaya devam etmek için lisansınızı yenileyin.
notify-license_expired-subject = { $product } lisansınızın süresi doldu
notify-license_expired-body = Merhaba { $name }, { $product } lisansınızın süresi doldu.
notify-renewal_upcoming-subject = { $product } lisansınız { $date } tarihinde yenilenecek
notify-renewal_upcoming-body = Merhaba { $name }, { $product } lisansınız { $date } tarihinde { $amount } karşılığında otomatik olarak yenilenecek; tutar cüzdanınızdan alınacak. { $reason ->
        [wallet_short] Cüzdanınızda henüz bu kadar bakiye yok: o tarihten önce bakiye yükleyin, aksi halde lisansın süresi sona erer.
       *[other] Cüzdanınızdaki bakiye bu tutarı karşılıyor.
    } Otomatik yenilemeyi lisanslar sayfanızdan kapatabilirsiniz.
notify-license_renewed-subject = { $product } lisansınız yenilendi
notify-license_renewed-body = Merhaba { $name }, { $product } lisansınız { $date } tarihine kadar otomatik olarak yenilendi. { $invoice } numaralı fatura, toplam { $amount }, cüzdanınızdan ödendi.
notify-renewal_failed-subject = { $product } lisansınız yenilenemedi
notify-renewal_failed-body = Merhaba { $name }, { $product } lisansınız otomatik olarak yenilenemedi. { $reason ->
        [wallet_short] Yenileme ücreti { $amount }, cüzdanınızdaki bakiye ise { $paid }. Cüzdanınıza bakiye yükleyin ve lisansı lisanslar sayfanızdan yenileyin.
        [not_for_sale] Lisansın planı artık satılmıyor.
       *[other] Lisansı lisanslar sayfanızdan yenileyin.
    } Lisans, { $date } tarihine kadar yenilenirse anahtarını ve cihazlarını korur.
notify-clone_suspected-subject = { $product } lisansınız kopyalanmış bir cihazda kullanılıyor olabilir
notify-clone_suspected-body = Merhaba { $name }, iki makine az önce { $product } lisansınızın aynı etkinleştirmesini sundu (“{ $device }” cihazı). Bu genellikle, üzerinde lisans bulunan bir disk görüntüsünün veya sanal makinenin kopyalandığı anlamına gelir.

    Etkinleştirme duraklatıldı. Her iki makineyi de tanıyorsanız, lisanslar sayfanızda eskisini serbest bırakın ve yenisini etkinleştirin. Tanımıyorsanız, lisans anahtarınızı başka biri kullanıyor olabilir: satıcıyla iletişime geçin.
notify-license_status-subject = { $product } lisansınızın yeni durumu: { $status ->
        [active] etkin
        [suspended] askıya alındı
        [expired] süresi doldu
        [revoked] iptal edildi
       *[other] { $status }
    }
notify-license_status-body = Merhaba { $name }, { $product } lisansınızın durumu “{ $status ->
        [active] Etkin
        [suspended] Askıya alındı
        [expired] Süresi doldu
        [revoked] İptal edildi
       *[other] { $status }
    }” olarak değişti.
notify-release_published-subject = { $product } { $version } yayımlandı
notify-release_published-body = Merhaba { $name }, { $product } ürününün { $version } sürümü { $channel ->
        [stable] kararlı kanalda
        [beta] beta kanalında
        [alpha] alfa kanalında
       *[other] “{ $channel }” kanalında
    } yayımlandı. Sürümü İndirmeler sayfanızda bulabilirsiniz.
notify-new_sign_in-subject = Hesabınızda yeni giriş
notify-new_sign_in-body = Merhaba { $name }, az önce “{ $device }” üzerinden hesabınıza giriş yapıldı. Bunu siz yapmadıysanız parolanızı hemen değiştirin.
notify-password_changed-subject = Parolanız değiştirildi
notify-password_changed-body = Merhaba { $name }, hesabınızın parolası değiştirildi. Bunu siz yapmadıysanız parolanızı hemen sıfırlayın ve destek ekibiyle iletişime geçin.
notify-two_factor_changed-subject = İki faktörlü giriş { $status ->
        [on] açıldı
        [off] kapatıldı
       *[other] değiştirildi ({ $status })
    }
notify-two_factor_changed-body = Merhaba { $name }, hesabınızın iki faktörlü girişi { $status ->
        [on] açıldı
        [off] kapatıldı
       *[other] değiştirildi ({ $status })
    }. Bunu siz yapmadıysanız hemen destek ekibiyle iletişime geçin.
notify-api_key_created-subject = Yeni bir API anahtarı oluşturuldu
notify-api_key_created-body = Merhaba { $name }, hesabınız için “{ $key_name }” adlı API anahtarı oluşturuldu. Bunu siz yapmadıysanız anahtarı hemen iptal edin.
notify-commission_earned-subject = { $amount } komisyon kazandınız
notify-commission_earned-body = Merhaba { $name }, yönlendirme bağlantınız üzerinden yapılan bir satın alma size { $amount } kazandırdı. Tutar, iade süresi dolana kadar bekletilir.
notify-commission_released-subject = { $amount } tutarındaki komisyon artık sizin
notify-commission_released-body = Merhaba { $name }, { $amount } tutarındaki komisyonlar cüzdanınıza aktarıldı.
notify-marketing-subject = { $headline }
notify-marketing-body = Merhaba { $name },

    { $text }

# The notifications page, the header's bell, and the choices per kind.
nav-notifications = Bildirimler
notifications-title = Bildirimler
notifications-none = Henüz bir şey yok. Lisanslarınız, ödemeleriniz ve hesabınızla ilgili gelişmeler burada görünür.
notifications-mark-all = Tümünü okundu olarak işaretle
notifications-unread = yeni
account-notifications-title = Bildirim ayarları
account-notifications-intro = Her bildirim türü için size e-postayla ve uygulama içinde ulaşıp ulaşmayacağını seçin. Güvenlik bildirimleri her zaman en az bir kanalı korur.
account-notifications-save = Bildirim ayarlarını kaydet
account-notifications-saved = Bildirim ayarları kaydedildi.
account-notifications-security = güvenlik
notify-kind = Bildirim
notify-channel-email = E-posta
notify-channel-in_app = Uygulama içinde
notify-channel-telegram = Telegram
notify-group-transactions = Ödemeler
notify-group-licenses = Lisanslar
notify-group-releases = Sürümler
notify-group-security = Güvenlik
notify-group-affiliate = Satış ortaklığı programı
notify-group-marketing = Haberler
notify-kind-top_up_credited = Cüzdana bakiye yüklendi
notify-kind-transfer_confirmed = Banka havalesi ulaştı
notify-kind-purchase_receipt = Satın alma makbuzları
notify-kind-order_failed = Tamamlanamayan siparişler
notify-kind-refund = İadeler
notify-kind-payment_attention = Karar bekleyen ödemeler
notify-kind-license_issued = Size verilen bir lisans
notify-kind-device_activated = Yeni bir cihazda etkinleştirme
notify-kind-seat_freed = Serbest bırakılan bir koltuk
notify-kind-license_expiring = Süresi dolmak üzere olan lisans (14 ve 3 gün önce)
notify-kind-license_expired = Süresi dolan lisans
notify-kind-renewal_upcoming = Yaklaşan otomatik yenileme (7 gün önce)
notify-kind-license_renewed = Otomatik olarak yenilenen lisans
notify-kind-renewal_failed = Başarısız otomatik yenileme
notify-kind-clone_suspected = Kopyalanmış olabilecek bir cihaz
notify-kind-license_status = Askıya alınan, iptal edilen veya yeniden etkinleştirilen lisans
notify-kind-release_published = Yeni sürümler
notify-kind-new_sign_in = Yeni bir cihazdan giriş
notify-kind-password_changed = Parola değişikliği
notify-kind-two_factor_changed = İki faktörlü giriş değişikliği
notify-kind-api_key_created = API anahtarı oluşturulması
notify-kind-commission_earned = Kazanılan komisyon
notify-kind-commission_released = Ödenen komisyon
notify-kind-marketing = Haberler ve kampanyalar

# New versions per product, on the notification settings page.
account-releases-title = Yeni sürümler
account-releases-intro = Lisansına sahip olduğunuz her ürün için: hangi sürümlerden ve nerede haberdar olacağınız. Beta seçeneği kararlı sürümleri de bildirir; alfa seçeneği tümünü.
account-releases-none = Hiç
account-releases-stable = Kararlı sürümler
account-releases-beta = Beta ve kararlı sürümler
account-releases-alpha = Alfa dahil tüm sürümler

# The Telegram bot's replies.
telegram-linked = Merhaba { $name }! Bu sohbet artık hesabınıza bağlı: Telegram için seçtiğiniz bildirimler buraya gelecek. Bağlantıyı sonlandırmak için /stop gönderin.
telegram-unlinked = Bu sohbet artık bir hesaba bağlı değil. Hesap sayfanızdan yeniden bağlayabilirsiniz.
telegram-link-invalid = Bu bağlantının süresi dolmuş veya bağlantı zaten kullanılmış. Hesap sayfanızdan yeni bir bağlantı oluşturun.
telegram-help = Bildirimleri burada almak için hesap sayfanızdaki Telegram bağlantısını açın. Bu sohbetin bağlantısını kaldırmak için /stop gönderin.

# Telegram on the notification settings page.
account-telegram-intro = Seçtiğiniz bildirimleri Telegram'dan alın: bu hesabı mağazanın botuyla bir sohbete bağlayın.
account-telegram-link = Telegram'ı bağla
account-telegram-open = Bu bağlantıyı 15 dakika içinde Telegram'da açın ve Başlat'a (Start) basın:
account-telegram-linked = Bu hesap bir Telegram sohbetine bağlı.
account-telegram-unlink = Telegram bağlantısını kaldır

# Alerts to the admins' Telegram chat.
telegram-alert-payment_review = Bir ödeme karar bekliyor: { $payment } ({ $reason }).
telegram-alert-clone_suspected = Bir cihaz kopya olabilir: lisans { $license }, cihaz { $device }.
telegram-alert-reconciliation = Defter mutabakatında { $count ->
        [one] { $count } ihlal
       *[other] { $count } ihlal
    } bulundu: para yoktan oluşmuş veya kaybolmuş olabilir.
telegram-alert-job_dead = Bir arka plan görevinden vazgeçildi: { $job } ({ $id }). Son hata: { $reason }
