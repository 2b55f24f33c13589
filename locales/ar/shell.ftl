### Layout shared by every page: language selector, navigation, landing, docs and error pages.

# The language's name for itself, shown in the language selector.
language-name = العربية

-brand = RMS License Server

## Layout shared by every page

skip-to-content = انتقل إلى المحتوى
nav-home = الرئيسية
nav-sign-in = تسجيل الدخول
nav-api-docs = توثيق واجهة البرمجة
nav-menu = القائمة
notice-dismiss = إغلاق
language-label = اللغة
language-apply = تبديل
footer-text = { -brand } — الترخيص والفوترة على خادمك الخاص.
footer-support = الدعم

## Landing page

landing-page-title = { -brand }
landing-tagline = بِع برمجياتك واحمِها واحصل على أموالك — على خادمك الخاص.
landing-intro = يُصدر { -brand } مفاتيح ترخيص مشفّرة، ويربطها بالأجهزة أو النطاقات، ويتحقق منها متصلًا بالإنترنت ودون اتصال، ويبيع عبر متجر مزوّد بمحفظة وبوابات دفع، ويخاطب عملاءك بلغتهم.
landing-feature-keys-title = مفاتيح لا يمكن تزويرها
landing-feature-keys-body = كل ترخيص موقّع بخوارزمية Ed25519، ويتحقق منه برنامجك بمفتاح عام حتى دون اتصال بالشبكة.
landing-feature-store-title = متجر بحسابات مالية دقيقة
landing-feature-store-body = تُحسب الأسعار على الخادم وحده، وتُقيَّد كل دفعة مرة واحدة بالضبط، ويُستخدم كل رقم فاتورة مرة واحدة بالضبط.
landing-feature-scale-title = ملف تنفيذي واحد، من الحاسوب المحمول إلى العنقود
landing-feature-scale-body = ابدأ بأمر واحد على قاعدة بيانات مدمجة، ثم توسّع إلى عقد متعددة على PostgreSQL وRedis دون تغيير سطر واحد.
landing-cta-sign-in = تسجيل الدخول
landing-cta-store = تصفّح المتجر
landing-cta-docs = استكشف واجهة البرمجة
landing-languages = { $count ->
        [zero] غير متوفر بأي لغة.
        [one] متوفر بلغة واحدة.
        [two] متوفر بلغتين.
        [few] متوفر بـ { $count } لغات.
        [many] متوفر بـ { $count } لغةً.
       *[other] متوفر بـ { $count } لغة.
    }

## API documentation page

docs-page-title = توثيق واجهة البرمجة
docs-noscript = يحتاج المرجع التفاعلي إلى JavaScript. أما مستند OpenAPI نفسه فمتاح على { $url }.

## Error pages

error-page-back = العودة إلى الصفحة الرئيسية
error-page-request-id = معرّف الطلب: { $id }
