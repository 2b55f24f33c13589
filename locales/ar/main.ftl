# The language's name for itself, shown in the language selector.
language-name = العربية

-brand = RMS License Server

## Layout shared by every page

skip-to-content = انتقل إلى المحتوى
nav-home = الرئيسية
nav-sign-in = تسجيل الدخول
nav-api-docs = توثيق واجهة البرمجة
language-label = اللغة
language-apply = تبديل
footer-text = { -brand } — الترخيص والفوترة على خادمك الخاص.

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

## Email verification page

verify-email-page-title = تأكيد عنوان بريدك الإلكتروني
verify-email-intro = اضغط الزر لتأكيد أن عنوان البريد الإلكتروني هذا يخصك.
verify-email-confirm = تأكيد عنوان بريدي
verify-email-done = شكرًا لك: تم تأكيد عنوان بريدك الإلكتروني.

## Password reset page

reset-page-title = اختر كلمة مرور جديدة
reset-new-password = كلمة المرور الجديدة
reset-password-hint = من 12 إلى 128 حرفًا. ليست من كلمات المرور الأكثر شيوعًا، وليست عنوان بريدك الإلكتروني.
reset-submit = تعيين كلمة المرور الجديدة
reset-done = تم تغيير كلمة المرور وأُنهيت كل الجلسات. سجّل الدخول بكلمة المرور الجديدة.

## First-run setup page

setup-page-title = إنشاء أول مسؤول
setup-intro = لا يوجد مسؤول على هذا الخادم بعد. سيتمكن الحساب الذي تنشئه هنا من إدارة كل شيء؛ ويعمل هذا الرابط مرة واحدة فقط.
setup-email = عنوان البريد الإلكتروني
setup-name = الاسم
setup-password = كلمة المرور
setup-submit = إنشاء المسؤول
setup-done = حساب المسؤول جاهز. سجّل الدخول به.

## Signing in and up, account settings

nav-sign-up = إنشاء حساب
nav-sign-out = تسجيل الخروج
field-email = عنوان البريد الإلكتروني
field-password = كلمة المرور
field-name = الاسم
sign-in-title = تسجيل الدخول
sign-in-submit = تسجيل الدخول
sign-in-code = رمز لمرة واحدة
sign-in-code-hint = الرمز المكوّن من 6 أرقام من تطبيق المصادقة، أو أحد رموز الاسترداد.
sign-in-forgot = هل نسيت كلمة المرور؟
sign-in-no-account = إنشاء حساب
sign-up-title = إنشاء حساب
sign-up-submit = إنشاء الحساب
sign-up-done = شكرًا لك. أرسلنا رابط تأكيد إلى العنوان الذي أدخلته؛ افتحه لتأكيد بريدك الإلكتروني، ثم سجّل الدخول.
forgot-title = هل نسيت كلمة المرور؟
forgot-submit = أرسل لي رابط إعادة التعيين
forgot-done = إذا كان هذا العنوان مستخدمًا في حساب، فرابط اختيار كلمة مرور جديدة في الطريق إليك. يعمل الرابط لمدة 30 دقيقة.
account-title = حسابك
account-profile = الملف الشخصي
account-email-verified = مؤكَّد
account-email-unverified = لم يُؤكَّد بعد
account-timezone = المنطقة الزمنية
account-save = حفظ
account-saved = تم حفظ تغييراتك.
account-password = كلمة المرور
account-current-password = كلمة المرور الحالية
account-change-password = تغيير كلمة المرور
account-password-changed = تم تغيير كلمة المرور وأُنهيت جميع الجلسات الأخرى.
account-security = الأمان
account-2fa-on = تسجيل الدخول بخطوتين مفعّل.
account-2fa-off = تسجيل الدخول بخطوتين غير مفعّل.
account-sessions-hint = يُنهي كل جلسات هذا الحساب على جميع الأجهزة، بما فيها هذا الجهاز.
account-sign-out-everywhere = تسجيل الخروج من كل الأجهزة

## Two-factor sign-in and API key pages

account-2fa-manage = إدارة
tfa-title = تسجيل الدخول بخطوتين
tfa-intro = مع تسجيل الدخول بخطوتين، يحتاج الدخول أيضًا إلى رمز من تطبيق مصادقة على هاتفك، فلا تكفي كلمة مرور مسروقة وحدها.
tfa-start = إعداده
tfa-scan = امسح هذا الرمز بتطبيق المصادقة، ثم أدخل الرمز المكوّن من 6 أرقام الذي يعرضه.
tfa-qr-alt = رمز QR لتطبيق المصادقة
tfa-secret = أو اكتب هذا المفتاح:
tfa-confirm = تفعيل تسجيل الدخول بخطوتين
tfa-enabled = تم تفعيل تسجيل الدخول بخطوتين. أُنهيت كل الجلسات؛ سجّل الدخول مجددًا برمز.
tfa-codes-intro = احفظ رموز الاسترداد هذه في مكان آمن. يعمل كل منها مرة واحدة إذا فقدت هاتفك، ولن تُعرض إلا الآن.
tfa-disable = إيقاف تسجيل الدخول بخطوتين
keys-title = مفاتيح API
keys-new = مفتاح جديد
keys-scopes = الصلاحيات
keys-scope-read = قراءة بياناتك
keys-scope-licenses = إدارة التراخيص
keys-scope-releases = نشر الإصدارات
keys-expires = تنتهي صلاحيته بعد (أيام، اختياري)
keys-create = إنشاء المفتاح
keys-created = مفتاحك الجديد أدناه. انسخه الآن: لن يُعرض إلا مرة واحدة.
keys-yours = مفاتيحك
keys-none = ليست لديك مفاتيح API بعد.
keys-prefix = يبدأ بـ
keys-revoke = إلغاء
keys-revoked = مُلغى

## Admin panel

admin-users-title = المستخدمون
admin-search = البحث بالبريد الإلكتروني أو الاسم
admin-search-submit = بحث
admin-users-count = { $count ->
        [zero] لا يوجد مستخدمون
        [one] مستخدم واحد
        [two] مستخدمان
        [few] { $count } مستخدمين
        [many] { $count } مستخدمًا
       *[other] { $count } مستخدم
    }
admin-role = الدور
admin-state = الحالة
admin-locked = مقفل
admin-active = نشط
admin-previous = السابق
admin-next = التالي
admin-actions = الإجراءات
admin-lock = قفل الحساب
admin-unlock = فتح الحساب
admin-force-logout = إنهاء كل الجلسات
admin-reset-2fa = إعادة تعيين تسجيل الدخول بخطوتين
admin-verify-email = وسم البريد الإلكتروني كمؤكَّد
admin-audit-title = سجل التدقيق
admin-audit-action = الإجراء
admin-audit-csv = تصدير بصيغة CSV
admin-audit-when = الوقت
admin-audit-actor = المنفّذ
admin-audit-target = الهدف

nav-admin = الإدارة

# تراخيصي
nav-licenses = تراخيصي
licenses-title = تراخيصي
licenses-none = لا توجد لديك تراخيص بعد.
licenses-key = مفتاح الترخيص
licenses-copy = نسخ
licenses-copied = تم النسخ
licenses-status = الحالة
licenses-status-active = فعّال
licenses-status-suspended = معلّق
licenses-status-expired = منتهي الصلاحية
licenses-status-revoked = مُبطَل
licenses-expires = ينتهي في
licenses-perpetual = أبدًا
licenses-seats = المقاعد
licenses-seats-used = { $used } من { $total } قيد الاستخدام
licenses-moves-label = تغييرات الأجهزة
licenses-moves = متبقٍ { $remaining } من { $max }
licenses-moves-wait = متبقٍ { $remaining } من { $max }؛ التغيير التالي ابتداءً من { $at }
licenses-no-devices = لم يُفعَّل على أي جهاز أو موقع بعد.
licenses-device = الجهاز أو الموقع
licenses-platform = المنصة
licenses-last-seen = آخر ظهور
licenses-heartbeat = نبضات الحياة
licenses-heartbeat-not-started = لم تبدأ
licenses-heartbeat-alive = يعمل
licenses-heartbeat-dead = متوقف
licenses-heartbeat-clone = موقوف: يُشتبه في جهاز منسوخ
licenses-unnamed = بلا اسم
licenses-download = ملف الترخيص
licenses-deactivate = إلغاء التفعيل
licenses-deactivated = أُلغي تفعيل الجهاز وأصبح مقعده متاحًا.

# الإدارة: التراخيص
admin-products-title = المنتجات
admin-licenses-title = التراخيص
admin-public-keys = المفاتيح العامة
admin-kind = النوع
admin-kind-software = برنامج (مرتبط بالأجهزة)
admin-kind-site = موقع (مرتبط بالنطاقات)
admin-slug = الاسم المختصر (في العناوين وواجهة البرمجة)
admin-plan = الخطة
admin-duration-days = المدة (بالأيام؛ فارغ = دائم)
admin-heartbeat-secs = فاصل نبضات الحياة (بالثواني؛ 0 = معطّل)
admin-max-moves = تغييرات الأجهزة لكل 30 يومًا (فارغ = غير محدود)
admin-new-plan = إضافة خطة
admin-staging = المواقع التجريبية
admin-staging-patterns = مضيفون لا يشغلون مقعدًا، واحد في كل سطر: staging.shop.com، *.preview.shop.com، staging.*، *.staging.*
admin-staging-reserved = مجانية دائمًا دون ذكرها: { $names }. الأسماء العامة (موقع .dev، مضيفو staging.*) تشغل مقعدًا ما لم تذكرها هنا.
admin-new-product = منتج جديد
admin-create = إنشاء
admin-licenses-search = بداية المفتاح أو بريد المالك
admin-issue-license = إصدار ترخيص
admin-issue = إصدار
admin-owner = المالك
admin-suspend = تعليق
admin-reinstate = إعادة التفعيل
admin-revoke = إبطال
admin-resize = تغيير عدد المقاعد
admin-reset-budget = إعادة تعيين تغييرات الأجهزة
admin-reset-binding = إعادة تعيين
admin-offline-activation = تفعيل جهاز عميل بلا إنترنت
admin-offline-request = الصق طلب التفعيل الذي أرسله إليك العميل
admin-activations = التفعيلات
admin-moves-unlimited = غير محدود
admin-rotate-key = تدوير مفتاح التوقيع
licenses-offline = تفعيل جهاز بلا إنترنت
licenses-offline-request = الصق طلب التفعيل الذي أنشأه الجهاز
licenses-offline-submit = احصل على ملف الترخيص
licenses-subs = التراخيص الفرعية
licenses-sub-label = التسمية
licenses-sub-assignee = امنحه إلى (عنوان بريد، اختياري: تصله دعوة)
licenses-sub-invited = أُرسلت دعوة إلى
licenses-sub-revoke = إبطال واسترداد المقاعد
licenses-sub-revoked = أُبطل الترخيص الفرعي وعادت مقاعده إلى المجموعة.
licenses-sub-resize-label = المقاعد
licenses-sub-resize = تغيير عدد المقاعد
licenses-sub-resized = تغيّر عدد مقاعد الترخيص الفرعي وعُدّلت المجموعة.
licenses-split = تقسيم مقاعد إلى ترخيص فرعي
licenses-split-submit = إنشاء ترخيص فرعي
licenses-split-done = أُنشئ الترخيص الفرعي بمفتاحه الخاص.
invoice-title = فاتورة
invoice-credit-note-title = إشعار دائن
invoice-seller = من
invoice-buyer = فاتورة إلى
invoice-date = التاريخ
invoice-payment-method = الدفع
invoice-paid-from-wallet = رصيد المحفظة
invoice-cancels = تلغي الفاتورة
invoice-tax-id = الرقم الضريبي: { $id }
invoice-column-item = البند
invoice-column-quantity = الكمية
invoice-column-unit-price = سعر الوحدة
invoice-column-amount = المبلغ
invoice-seats = { $seats ->
    [zero] لا مقاعد
    [one] مقعد واحد
    [two] مقعدان
    [few] { $seats } مقاعد
    [many] { $seats } مقعدًا
   *[other] { $seats } مقعد
}
invoice-subtotal = المجموع الفرعي
invoice-volume-discount = خصم الكمية
invoice-promo-discount = رمز الخصم { $code }
invoice-total = الإجمالي
nav-store = المتجر
nav-wallet = المحفظة
nav-affiliate = برنامج الشركاء
store-title = المتجر
store-empty = لا يوجد شيء للبيع بعد.
store-plan = الخطة
store-includes = تتضمن
store-price = السعر
store-choose = اختر خطة
store-back = → كل المنتجات
store-perpetual = دائم
store-days = { $days } يوم
store-tier = خصم { $percent }٪ ابتداءً من { $from }
store-quantity = الكمية
store-promo = رمز الخصم
store-price-it = اعرض السعر
store-buy = اشترِ من محفظتي
store-sign-in-to-buy = سجّل الدخول للشراء
store-bought = شكرًا لك! اكتمل الشراء: الفاتورة
store-top-up-link = اشحن محفظتك
wallet-title = المحفظة
wallet-balance = الرصيد:
wallet-top-up = شحن الرصيد
wallet-amount = المبلغ
wallet-gateway = طريقة الدفع
wallet-gateway-sandbox = بيئة تجريبية (دفع تجريبي فوري)
wallet-gateway-manual = تحويل بنكي
wallet-top-up-submit = متابعة
wallet-open-payments = مدفوعات قيد التنفيذ
wallet-reference = المرجع
wallet-pay-now = ادفع الآن
wallet-awaiting-transfer = بانتظار تحويلك: اذكر المرجع
wallet-manual-started = حوّل المبلغ مع ذكر المرجع أدناه؛ تُشحن محفظتك عند وصول التحويل.
wallet-topped-up = تم استلام الدفعة: شُحنت محفظتك.
wallet-invoices = الفواتير
wallet-no-invoices = لا توجد فواتير بعد.
wallet-number = الرقم
wallet-download-pdf = تنزيل PDF
wallet-pdf-generating = يجري إنشاء ملف PDF؛ تحقق بعد لحظات.
wallet-pdf-failed = تعذّر إنشاء ملف PDF؛ أُبلغ البائع.
wallet-invoice-paid = مدفوعة
wallet-invoice-refunded = مستردة
wallet-invoice-issued = صادرة
wallet-history = السجل
wallet-kind = النوع
wallet-any = الكل
wallet-direction = الاتجاه
wallet-in = وارد
wallet-out = صادر
wallet-from = من
wallet-until = إلى
wallet-filter = تصفية
wallet-no-movements = لا توجد حركات.
wallet-kind-top-up = شحن
wallet-kind-purchase = شراء
wallet-kind-refund = استرداد
wallet-kind-adjustment = تسوية
wallet-kind-commission-release = عمولة شريك
sandbox-title = دفع تجريبي
sandbox-explain = هذه بوابة تجريبية للتطوير والاختبار: لا تنتقل أموال حقيقية، ويكتمل الدفع فورًا.
sandbox-pay = ادفع
sandbox-already-paid = اكتملت هذه الدفعة.
affiliate-title = برنامج الشركاء
affiliate-explain = شارك رابطك: عندما يسجّل أحد عبره ويشتري، تحصل على عمولة يمكنك إنفاقها من محفظتك.
affiliate-join = انضم إلى برنامج الشركاء
affiliate-terms = تحصل على { $percent }٪ من كل عملية شراء يقوم بها من دعوتهم؛ تصبح متاحة بعد { $days } يومًا من الشراء ما لم يُسترد.
affiliate-link = رابط الإحالة الخاص بك
affiliate-code = الرمز
affiliate-referred = التسجيلات عبر الإحالة
affiliate-purchases = المشتريات
affiliate-pending = عمولة معلّقة
affiliate-available = عمولة متاحة
affiliate-owed = مستحق عليك بعد الاستردادات (يُسدَّد من عمولاتك القادمة)
admin-promos-title = رموز الخصم
admin-billing-title = الفوترة
admin-billing-settings = إعدادات الفوترة
admin-transfers = تحويلات بنكية بانتظار التأكيد
admin-no-transfers = لا توجد تحويلات بانتظار التأكيد.
admin-confirm-transfer = تأكيد الاستلام
admin-payment-confirmed = تم تأكيد التحويل وشحن المحفظة.
admin-refund = استرداد
admin-refund-reason = السبب
admin-refund-override = بعد انتهاء مهلة الاسترداد
admin-refunded = تم الاسترداد: عاد المبلغ إلى محفظة العميل وصدر إشعار دائن.
admin-settings-saved = حُفظت الإعدادات.
admin-seller-name = اسم البائع
admin-seller-address = عنوان البائع
admin-seller-tax-id = الرقم الضريبي
admin-invoice-footer = تذييل الفاتورة (نص قانوني)
admin-invoice-format = صيغة رقم الفاتورة
admin-credit-note-format = صيغة رقم الإشعار الدائن
admin-commission-percent = عمولة الشريك (٪)
admin-commission-hold = مدة حجز العمولة (أيام)
admin-referral-window = مدة نسب الإحالة (أيام)
admin-set-price = تعيين السعر
admin-visibility = الظهور
admin-visibility-public = عام
admin-visibility-hidden = مخفي (رابط مباشر)
admin-visibility-archived = مؤرشف
promo-code = الرمز
promo-value = القيمة
promo-uses = مرات الاستخدام
promo-total-uses = إجمالي الاستخدام
promo-per-user = لكل عميل
promo-valid-until = صالح حتى
promo-active = نشط
promo-paused = موقوف
promo-new = رمز خصم جديد
promo-kind = نوع الخصم
promo-kind-percent = نسبة مئوية
promo-kind-amount = مبلغ ثابت
promo-max-uses = الحد الأقصى للاستخدام
promo-reset = يُعاد العد كل
promo-reset-never = أبدًا
promo-per-day = يوم
promo-per-week = أسبوع
promo-per-month = شهر
promo-min-order = الحد الأدنى للطلب
promo-first-purchase = للشراء الأول فقط
promo-pause = إيقاف
promo-resume = استئناف
promo-usage = الاستخدام
promo-unused = لم يُستخدم بعد.
promo-discount = الخصم
promo-edit = تعديل الشروط
promo-save = حفظ
admin-rates = أسعار الصرف
admin-rates-explain = عدد وحدات كل عملة مقابل وحدة واحدة من العملة الأساسية، لتحويل المدفوعات بعملات أخرى. تسجّل بوابات الدفع التي تقدّم سعرها الخاص سعرَها هنا أيضًا.
admin-rate-currency = العملة
admin-rate = السعر
admin-rate-source = المصدر
admin-rate-set = تعيين السعر
admin-rate-saved = حُفظ السعر.
wallet-profile = بيانات الفوترة
wallet-profile-explain = ما تعرضه فواتيرك إلى جانب اسمك وبريدك الإلكتروني
wallet-profile-company = الشركة
wallet-profile-address = العنوان
wallet-profile-country = الدولة (رمز من حرفين)
wallet-profile-saved = حُفظت بيانات الفوترة: ستظهر في فواتيرك القادمة.
