# Plain-text emails. Links stand on their own line so every mail client makes them clickable.

email-verify-subject = أكّد عنوان بريدك الإلكتروني
email-verify-body =
    مرحبًا { $name }،

    يُرجى تأكيد عنوان بريدك الإلكتروني بفتح هذا الرابط خلال { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }:

    { $link }

    إن لم تُنشئ حسابًا، يمكنك تجاهل هذه الرسالة.
email-registration-attempt-subject = حاول أحدهم التسجيل باستخدام عنوان بريدك الإلكتروني
email-registration-attempt-body =
    مرحبًا { $name }،

    حاول أحدهم للتو إنشاء حساب جديد باستخدام عنوان بريدك الإلكتروني، مع أن لديك حسابًا به بالفعل.
    إن كنت أنت، فما عليك سوى تسجيل الدخول:

    { $link }

    وإن لم تكن أنت، فلا حاجة إلى أي إجراء: لم يتغير شيء.
email-reset-subject = إعادة تعيين كلمة المرور
email-reset-body =
    مرحبًا { $name }،

    طلب أحدهم (ونأمل أن تكون أنت) إعادة تعيين كلمة مرور حسابك. لاختيار كلمة مرور جديدة، افتح هذا الرابط خلال { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }:

    { $link }

    إن لم تطلب ذلك، فتجاهل هذه الرسالة: ستبقى كلمة مرورك كما هي.
email-clone-suspected-subject = يبدو أن أحد تراخيصك يعمل على جهاز منسوخ
email-clone-suspected-body =
    مرحبًا { $name }،

    قدّم جهازان للتو التفعيل نفسه لترخيص { $product } الخاص بك (الجهاز «{ $device }»). يحدث هذا عادةً عند نسخ صورة قرص أو آلة افتراضية مع الترخيص.

    تم إيقاف التفعيل مؤقتًا. إذا كنت تعرف الجهازين، فحرّر القديم من صفحة التراخيص وفعّل الجديد:

    { $link }

    وإن لم تكن تعرفهما، فقد يستخدم شخص آخر مفتاح ترخيصك: تواصل مع البائع.
email-receipt-subject = إيصالك { $number }
email-receipt-body =
    مرحبًا { $name }،

    شكرًا لشرائك. دُفعت الفاتورة { $number } بمبلغ إجمالي { $total } من محفظتك.

    مفاتيح الترخيص في صفحة تراخيصك:

    { $licenses }

    يمكنك تنزيل ملف PDF للفاتورة من صفحة المحفظة في أي وقت:

    { $billing }
email-sub-license-invite-subject = { $inviter } منحك ترخيصًا
email-sub-license-invite-body =
    مرحبًا،

    منحك { $inviter } عدد { $seats } من مقاعد { $product }، بمفتاح ترخيص خاص بها.

    لاستخدامها، سجّل الدخول بعنوان البريد هذا، أو أنشئ حسابًا به وأكّد العنوان. سيظهر الترخيص بعد ذلك في صفحة تراخيصك:

    { $link }

    إذا كنت لا تعرف { $inviter }، فتجاهل هذه الرسالة.
email-license-invite-subject = { $store } أصدر لك ترخيصًا
email-license-invite-body =
    مرحبًا،

    أصدر لك { $store } ترخيص { $product } ({ $plan }).

    لاستخدامه، أنشئ حسابك بعنوان البريد هذا عبر هذا الرابط؛ سيظهر الترخيص ومفتاحه بعد ذلك في صفحة تراخيصك:

    { $link }

    إذا لم تكن تتوقع ذلك، فتجاهل هذه الرسالة.
email-top-up-receipt-subject = شُحنت محفظتك بمبلغ { $credited }
email-top-up-receipt-body =
    مرحبًا { $name }،

    وصلت دفعتك { $reference } بمبلغ { $paid } عبر { $gateway }، وأُضيف { $credited } إلى محفظتك.

    رصيدك وسجلّك في صفحة المحفظة:

    { $billing }
email-transfer-instructions-subject = تحويلك المصرفي بمبلغ { $amount }
email-transfer-instructions-body =
    مرحبًا { $name }،

    لشحن محفظتك، حوّل { $amount } واذكر هذا المرجع: { $reference }

    { $details }

    البيانات نفسها، مع زر نسخ لكل منها، في هذه الصفحة:

    { $page }

    تُشحن محفظتك عند وصول المال.
email-transfer-account-holder = صاحب الحساب
email-transfer-account-number = رقم IBAN أو رقم الحساب
email-transfer-swift-bic = SWIFT/BIC
email-transfer-bank-name = المصرف
email-transfer-bank-address = عنوان المصرف
email-transfer-no-details = لم تُضبط بعد البيانات المصرفية لهذه العملة: يُرجى التواصل معنا قبل التحويل.
