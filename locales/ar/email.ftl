# Plain-text emails. Links stand on their own line so every mail client makes them clickable.

email-verify-subject = أكّد عنوان بريدك الإلكتروني
email-verify-body =
    مرحبًا { $name }،

    يُرجى تأكيد عنوان بريدك الإلكتروني بفتح هذا الرابط خلال { $minutes } دقيقة:

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

    طلب أحدهم (ونأمل أن تكون أنت) إعادة تعيين كلمة مرور حسابك. لاختيار كلمة مرور جديدة، افتح هذا الرابط خلال { $minutes } دقيقة:

    { $link }

    إن لم تطلب ذلك، فتجاهل هذه الرسالة: ستبقى كلمة مرورك كما هي.
