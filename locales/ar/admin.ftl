### The admin panel: users, audit, products and licenses, billing, promo codes, exchange rates.

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
admin-rotate-key-explain = يُنشر المفتاح الجديد فورًا مع المفاتيح العامة للمنتج، ويبدأ التوقيع في اليوم الذي تختاره (بعد 30 يومًا من الآن إن تركت الحقل فارغًا)، حتى تتمكن التطبيقات التي تثبّت المفاتيح من تضمينه في إصداراتها أولًا. وحتى ذلك الحين يظل كل شيء يُوقَّع بالمفتاح الحالي، وتبقى المفاتيح الأقدم صالحة للتحقق مما وقّعته. وإذا اخترت اليوم أو يومًا سابقًا له، فسيجري التبديل فورًا.
admin-rotate-key-switch = تاريخ بدء التوقيع (UTC)
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
admin-save = حفظ
admin-gateways-title = بوابات الدفع
admin-gateway-webhook-url = عنوان الخطاف لإدخاله في لوحة البوابة
admin-gateway-failures = خطافات مرفوضة واستدعاءات فاشلة
admin-gateway-enabled = يمكن للعملاء الدفع عبرها
admin-gateway-api = عنوان الواجهة البرمجية (فارغ: الواجهة الفعلية للبوابة)
admin-gateway-set = مضبوط
admin-gateway-not-set = غير مضبوط
admin-gateway-keep = اتركه فارغًا للإبقاء على القيمة المحفوظة
admin-gateway-partial-credit = إضافة الدفعات الجزئية تلقائيًا (وإلا تنتظر المراجعة)
admin-gateway-currencies = عملات الدفع إلى جانب العملة الأساسية
admin-gateway-test = اختبار الاتصال
admin-gateway-saved = حُفظت إعدادات البوابة.
admin-gateway-test-ok = قبلت البوابة بيانات الاعتماد المحفوظة.
admin-bank-details = البيانات المصرفية
admin-bank-currency = العملة (رمز ISO)
admin-bank-instructions = تعليمات للدافع
admin-bank-remove = حذف بيانات هذه العملة
admin-payments-title = المدفوعات
admin-payment-open = التفاصيل
admin-review-queue = بانتظار المراجعة
admin-review-empty = لا توجد دفعات بانتظار المراجعة.
admin-latest-payments = أحدث المدفوعات
admin-payment-title = دفعة
admin-payment-credited = أُضيف إلى المحفظة
admin-review-credit = المبلغ المراد إضافته
admin-review-approve = الموافقة والإضافة
admin-review-reject = رفض
admin-review-recheck = التحقق من البوابة الآن
admin-payment-checks = ردود البوابة عند التحقق
admin-payment-events = الخطافات المستلمة

admin-releases-title = الإصدارات
admin-releases-api = النشر من أنظمة التكامل المستمر: واجهة الإصدارات البرمجية
admin-release-new = إصدار جديد
admin-release-notes = ملاحظات الإصدار (Markdown)
admin-release-wordpress = ووردبريس (اختياري)
admin-release-requires = يتطلب ووردبريس
admin-release-tested = مُختبَر حتى ووردبريس
admin-release-requires-php = يتطلب PHP
admin-release-create = إنشاء مسودة
admin-release-state-draft = مسودة
admin-release-state-published = منشور
admin-release-state-yanked = مسحوب
admin-release-downloads = التنزيلات
admin-release-upload = رفع
admin-release-upload-failed = فشل الرفع.
admin-release-upload-noscript = يتطلب الرفع من هذه الصفحة JavaScript؛ بدونه استخدم الواجهة البرمجية.
admin-release-publish = نشر
admin-release-yank = سحب
admin-feeds-title = موجزات المحدِّث
admin-feeds-intro = تقرأ التطبيقات المبنية باستخدام Sparkle أو Tauri أو electron-updater أو Velopack إصدارات هذا المنتج من موجزات تحت هذا العنوان؛ ويعرض دليل البائعين إعدادات كل محدِّث.
admin-feeds-base = عنوان الموجز
admin-feeds-public = افتح الموجز المستقر للجميع (يحتاج بيتا وألفا دائمًا إلى مفتاح ترخيص)
admin-feeds-minimum = أدنى إصدار مدعوم (التحديثات من إصدار أقدم منه إلزامية)
admin-feeds-save = احفظ إعدادات الموجز
admin-feeds-keys = مفاتيح التوقيع
admin-feeds-kid = معرّف المفتاح
admin-feeds-state = الحالة
admin-feeds-sparkle-key = Sparkle (SUPublicEDKey)
admin-feeds-tauri-key = Tauri (pubkey)
admin-feeds-key-active = نشط
admin-feeds-key-retired = متقاعد (ما زال يوقّع)
admin-feeds-key-revoked = ملغى
admin-feeds-rotate = بدّل مفتاح التوقيع
admin-feeds-revoke = ألغِ

# طابور المهام: المهام التي توقفت عن المحاولة.
admin-jobs-title = المهام في الخلفية
admin-jobs-intro = تعمل رسائل البريد الإلكتروني والفواتير والإشعارات والعمليات الدورية المجدولة كمهام في الخلفية. تُعاد محاولة المهمة التي يتكرر فشلها بفواصل زمنية متزايدة؛ وعندما تتوقف عن المحاولة تظهر هنا، وتُبلَّغ بها محادثة المسؤولين في Telegram. عالج السبب، ثم أعد محاولتها.
admin-jobs-state-queued = في الانتظار
admin-jobs-state-running = قيد التشغيل
admin-jobs-state-done = مكتملة
admin-jobs-state-dead = توقفت عن المحاولة
admin-jobs-dead = مهام توقفت عن المحاولة
admin-jobs-none = لا توجد مهام توقفت عن المحاولة.
admin-jobs-kind = المهمة
admin-jobs-attempts = المحاولات
admin-jobs-error = آخر خطأ
admin-jobs-retry = إعادة المحاولة
admin-jobs-retried = ستُشغَّل المهمة مجددًا بعد قليل.

# بوت Telegram.
admin-telegram-title = بوت Telegram
admin-telegram-intro = باستخدام بوت Telegram، يمكن للعملاء تلقّي إشعاراتهم عبر Telegram، وتُبلَّغ محادثة المسؤولين بالدفعات المحجوزة للمراجعة والأجهزة المشتبه في أنها منسوخة ومخالفات الدفاتر والمهام التي توقفت عن المحاولة. أنشئ بوتًا عبر ‎@BotFather والصق رمزه (token) هنا.
admin-telegram-current = البوت
admin-telegram-mode-webhook = تصل التحديثات عبر الخطاف (webhook)
admin-telegram-mode-polling = تجلب عملية الخلفية (worker) التحديثات (العنوان العام لا يستخدم https)
admin-telegram-token = رمز البوت (token)
admin-telegram-admin-chat = معرّف محادثة المسؤولين
admin-telegram-admin-chat-help = المحادثة (مجموعة أو شخص) التي تتلقى تنبيهات المسؤولين، مثل ‎-1001234567890. فارغ: لا تنبيهات للمسؤولين.
admin-telegram-api = عنوان Bot API (فارغ: api.telegram.org)
admin-telegram-saved = تم إعداد البوت.
admin-telegram-removed = أُزيل البوت. تبقى المحادثات المرتبطة مرتبطة، دون استخدام، حتى يُعَدّ بوت من جديد.
admin-telegram-remove = إزالة البوت

# العلامة التجارية للمتجر.
admin-brand-title = العلامة التجارية
admin-brand-intro = كيف يبدو متجرك لعملائك: اسمه في ترويسة كل صفحة وفي رسائل البريد الإلكتروني، وشعاره، ولونه، والصفحة الترحيبية، والتذييل. وإلى أن يُعطى المتجر اسمًا، تعرّف الصفحة الرئيسية بهذا الخادم بدلًا منه.
admin-brand-name = اسم المتجر
admin-brand-support-email = البريد الإلكتروني للدعم (يظهر في التذييل)
admin-brand-accent = اللون المميِّز (#rrggbb)
admin-brand-landing = نص الصفحة الترحيبية
admin-brand-footer = نص التذييل
admin-brand-markdown-help = كلا النصين بصيغة Markdown: **غامق**، *مائل*، [روابط](https://example.com)، قوائم. تُعرض شيفرة HTML كنص عادي.
admin-brand-saved = حُفظت العلامة التجارية.
admin-brand-logo = الشعار
admin-brand-logo-help = ملف PNG أو SVG، بحجم 512 KiB على الأكثر. يظهر في الترويسة وفي رسائل البريد الإلكتروني وعلى الفواتير.
admin-brand-logo-upload = رفع الشعار
admin-brand-logo-remove = إزالة الشعار

# الإعلانات.
admin-announce-title = الإعلانات
admin-announce-intro = أخبِر عملاءك بمنتج جديد أو تخفيضات أو حدث ما. لا يتلقى الإعلانات إلا من اختار استلامها (وهي معطّلة افتراضيًا)، عبر القنوات التي اختارها، وتتضمن كل رسالة بريد إلكتروني رابطًا لإلغاء الاشتراك بنقرة واحدة. اكتب باللغة التي يقرؤها معظمهم: يُرسَل النص كما كتبته.
admin-announce-audience = الأشخاص الذين اختاروا استلام الإعلانات
admin-announce-headline = العنوان (موضوع رسالة البريد الإلكتروني)
admin-announce-text = الرسالة
admin-announce-product = إلى
admin-announce-everyone = كل من اختار استلام الإعلانات
admin-announce-send = إرسال الإعلان
admin-announce-sent = الإعلان في طريقه إلى مستلميه.

# الصفحة الرئيسية للإدارة.
admin-home-title = نظرة عامة
admin-home-last-day = آخر 24 ساعة
admin-home-sales = — عمليات البيع
admin-home-new-accounts = — الحسابات الجديدة
admin-home-attention = بانتظارك
admin-home-transfers = تحويلات بنكية بانتظار التأكيد
admin-home-review = دفعات محجوزة للمراجعة
admin-home-dead-jobs = مهام في الخلفية توقفت عن المحاولة
admin-home-expiring = تراخيص تنتهي خلال الأيام الـ14 القادمة
