# Plain-text emails. Links stand on their own line so every mail client makes them clickable.

email-verify-subject = E-poçt ünvanınızı təsdiqləyin
email-verify-body =
    Salam, { $name }!

    Zəhmət olmasa, bu keçidi { $minutes } dəqiqə ərzində açaraq e-poçt ünvanınızı təsdiqləyin:

    { $link }

    Hesab yaratmamısınızsa, bu məktuba məhəl qoymaya bilərsiniz.
email-registration-attempt-subject = Kimsə e-poçt ünvanınızla qeydiyyatdan keçməyə çalışdı
email-registration-attempt-body =
    Salam, { $name }!

    Kimsə indicə artıq hesabı olan e-poçt ünvanınızla yeni hesab yaratmağa çalışdı.
    Bu sizsinizsə, sadəcə daxil olun:

    { $link }

    Siz deyilsinizsə, heç nə etməyinizə ehtiyac yoxdur: heç nə dəyişdirilməyib.
email-reset-subject = Şifrənizi sıfırlayın
email-reset-body =
    Salam, { $name }!

    Kimsə (ümid edirik ki, siz) hesabınızın şifrəsinin sıfırlanmasını istədi. Yeni şifrə seçmək üçün bu keçidi { $minutes } dəqiqə ərzində açın:

    { $link }

    Bunu siz istəməmisinizsə, bu məktuba məhəl qoymayın: şifrəniz olduğu kimi qalır.
email-clone-suspected-subject = Lisenziyalarınızdan biri, görünür, surəti çıxarılmış kompüterdə işləyir
email-clone-suspected-body =
    Salam, { $name }!

    İki kompüter indicə { $product } lisenziyanızın eyni aktivləşdirməsini təqdim etdi (cihaz: "{ $device }"). Bu, adətən, lisenziya olan disk obrazının və ya virtual maşının surətinin çıxarıldığı deməkdir.

    Aktivləşdirmə dayandırılıb. Hər iki kompüteri tanıyırsınızsa, lisenziyalar səhifənizdə köhnəsini azad edin və yenisini aktivləşdirin:

    { $link }

    Tanımırsınızsa, lisenziya açarınızdan başqası istifadə edə bilər: satıcı ilə əlaqə saxlayın.
email-receipt-subject = Qəbziniz: { $number }
email-receipt-body =
    Salam, { $name }!

    Alışınız üçün təşəkkür edirik. { $number } nömrəli hesab-faktura, cəmi { $total }, pul kisənizdən ödənildi.

    Lisenziya açarlarınız lisenziyalar səhifənizdədir:

    { $licenses }

    Hesab-fakturanın PDF-ini istənilən vaxt pul kisəsi səhifənizdən endirə bilərsiniz:

    { $billing }
email-sub-license-invite-subject = { $inviter } sizə lisenziya verdi
email-sub-license-invite-body =
    Salam!

    { $inviter } sizə { $product } üçün ayrıca lisenziya açarı ilə { $seats ->
        [one] bir yer
       *[other] { $seats } yer
    } verdi.

    Ondan istifadə etmək üçün bu e-poçt ünvanı ilə daxil olun və ya bu ünvanla hesab yaradıb ünvanı təsdiqləyin. Bundan sonra lisenziya lisenziyalar səhifənizdə görünəcək:

    { $link }

    { $inviter } adlı şəxsi tanımırsınızsa, bu məktuba məhəl qoymayın.
email-license-invite-subject = { $store } sizə lisenziya verdi
email-license-invite-body =
    Salam!

    { $store } sizə { $product } ({ $plan }) lisenziyası verdi.

    Ondan istifadə etmək üçün bu keçid vasitəsilə bu e-poçt ünvanı ilə hesab yaradın; bundan sonra lisenziya və onun açarı lisenziyalar səhifənizdə olacaq:

    { $link }

    Bunu gözləmirdinizsə, bu məktuba məhəl qoymayın.
email-top-up-receipt-subject = Pul kisənizə { $credited } əlavə edildi
email-top-up-receipt-body =
    Salam, { $name }!

    { $gateway } vasitəsilə etdiyiniz { $paid } məbləğində ödəniş ({ $reference }) daxil oldu və pul kisənizə { $credited } əlavə edildi.

    Balansınız və əməliyyat tarixçəniz pul kisəsi səhifənizdədir:

    { $billing }
email-transfer-instructions-subject = { $amount } məbləğində bank köçürməniz
email-transfer-instructions-body =
    Salam, { $name }!

    Pul kisənizin balansını artırmaq üçün { $amount } köçürün və bu istinad kodunu göstərin: { $reference }

    { $details }

    Eyni rekvizitlər, hər birinin yanında kopyalama düyməsi ilə, bu səhifədədir:

    { $page }

    Pul daxil olan kimi pul kisənizə köçürülür.
email-transfer-account-holder = Hesab sahibi
email-transfer-account-number = IBAN və ya hesab nömrəsi
email-transfer-swift-bic = SWIFT/BIC
email-transfer-bank-name = Bank
email-transfer-bank-address = Bankın ünvanı
email-transfer-no-details = Bu valyuta üçün bank rekvizitləri hələ təyin edilməyib: köçürmədən əvvəl bizimlə əlaqə saxlayın.
