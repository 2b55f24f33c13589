# Plain-text emails. Links stand on their own line so every mail client makes them clickable.

email-verify-subject = E-posta adresinizi doğrulayın
email-verify-body =
    Merhaba { $name },

    Lütfen aşağıdaki bağlantıyı { $minutes } dakika içinde açarak e-posta adresinizi doğrulayın:

    { $link }

    Bir hesap oluşturmadıysanız bu e-postayı dikkate almayabilirsiniz.
email-registration-attempt-subject = Birisi e-posta adresinizle kaydolmaya çalıştı
email-registration-attempt-body =
    Merhaba { $name },

    Birisi az önce, zaten bir hesabı olan e-posta adresinizle yeni bir hesap oluşturmaya çalıştı.
    Bu sizseniz giriş yapmanız yeterli:

    { $link }

    Siz değilseniz herhangi bir işlem yapmanız gerekmez: hiçbir şey değiştirilmedi.
email-reset-subject = Parolanızı sıfırlayın
email-reset-body =
    Merhaba { $name },

    Birisi (umarız sizsiniz) hesabınızın parolasının sıfırlanmasını istedi. Yeni bir parola belirlemek için bu bağlantıyı { $minutes } dakika içinde açın:

    { $link }

    Bunu siz istemediyseniz bu e-postayı dikkate almayın: parolanız olduğu gibi kalır.
email-clone-suspected-subject = Lisanslarınızdan biri kopyalanmış bir makinede çalışıyor gibi görünüyor
email-clone-suspected-body =
    Merhaba { $name },

    İki makine az önce { $product } lisansınızın aynı etkinleştirmesini sundu ("{ $device }" cihazı). Bu genellikle, üzerinde lisans bulunan bir disk görüntüsünün veya sanal makinenin kopyalandığı anlamına gelir.

    Etkinleştirme duraklatıldı. Her iki makineyi de tanıyorsanız, lisanslar sayfanızda eskisini serbest bırakın ve yenisini etkinleştirin:

    { $link }

    Tanımıyorsanız, lisans anahtarınızı başka biri kullanıyor olabilir: satıcıyla iletişime geçin.
email-receipt-subject = { $number } numaralı makbuzunuz
email-receipt-body =
    Merhaba { $name },

    Satın aldığınız için teşekkür ederiz. { $number } numaralı fatura, toplam { $total }, cüzdanınızdan ödendi.

    Lisans anahtarlarınız lisanslar sayfanızda:

    { $licenses }

    Fatura PDF'ini istediğiniz zaman cüzdan sayfanızdan indirebilirsiniz:

    { $billing }
email-sub-license-invite-subject = { $inviter } size bir lisans verdi
email-sub-license-invite-body =
    Merhaba,

    { $inviter } size, ayrı bir lisans anahtarıyla birlikte { $product } için { $seats ->
        [one] bir koltuk
       *[other] { $seats } koltuk
    } verdi.

    Kullanmak için bu e-posta adresiyle giriş yapın veya bu adresle bir hesap oluşturup adresi doğrulayın. Lisans ardından lisanslar sayfanızda görünür:

    { $link }

    { $inviter } adlı kişiyi tanımıyorsanız bu e-postayı dikkate almayın.
email-license-invite-subject = { $store } size bir lisans verdi
email-license-invite-body =
    Merhaba,

    { $store } size { $product } ({ $plan }) için bir lisans verdi.

    Lisansı kullanmak için bu bağlantı üzerinden, bu e-posta adresiyle hesabınızı oluşturun; lisans ve anahtarı ardından lisanslar sayfanızda yer alır:

    { $link }

    Böyle bir şey beklemiyorsanız bu e-postayı dikkate almayın.
email-top-up-receipt-subject = Cüzdanınıza { $credited } yüklendi
email-top-up-receipt-body =
    Merhaba { $name },

    { $gateway } üzerinden yaptığınız { $paid } tutarındaki { $reference } referanslı ödemeniz ulaştı ve cüzdanınıza { $credited } eklendi.

    Bakiyeniz ve hesap geçmişiniz cüzdan sayfanızda:

    { $billing }
email-transfer-instructions-subject = { $amount } tutarındaki banka havaleniz
email-transfer-instructions-body =
    Merhaba { $name },

    Cüzdanınıza bakiye yüklemek için { $amount } tutarında havale yapın ve şu referansı belirtin: { $reference }

    { $details }

    Aynı bilgiler, her birinin yanında bir kopyalama düğmesiyle bu sayfada da yer alıyor:

    { $page }

    Para ulaştığında tutar cüzdanınıza eklenir.
email-transfer-account-holder = Hesap sahibi
email-transfer-account-number = IBAN veya hesap numarası
email-transfer-swift-bic = SWIFT/BIC
email-transfer-bank-name = Banka
email-transfer-bank-address = Banka adresi
email-transfer-no-details = Bu para birimi için banka bilgileri henüz ayarlanmadı: lütfen havale yapmadan önce bizimle iletişime geçin.
