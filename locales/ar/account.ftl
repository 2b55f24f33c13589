### Accounts: verification, password reset, first-run setup, signing in, settings, two-factor, API keys.

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
setup-store-name = اسم متجرك
setup-store-name-hint = يظهر لعملائك في ترويسة كل صفحة وفي رسائل البريد الإلكتروني. يمكنك تغييره، وإضافة شعار وألوان، من صفحة العلامة التجارية.
setup-seller = البائع (يُطبع على الفواتير)
setup-seller-hint = اختياري الآن: املأه قبل أول عملية بيع، هنا أو في صفحة الفوترة. بلا اسم قانوني، تطبع الفواتير اسم المتجر.
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
sign-up-invited = ترخيص بانتظارك. أنشئ حسابك بالعنوان الذي أُرسل إليه.
sign-up-invited-done = حسابك جاهز وعنوانه مؤكَّد. سجّل الدخول: ستجد الترخيص الذي بانتظارك في صفحة تراخيصك.
forgot-title = هل نسيت كلمة المرور؟
forgot-submit = أرسل لي رابط إعادة التعيين
forgot-done = إذا كان هذا العنوان مستخدمًا في حساب، فرابط اختيار كلمة مرور جديدة في الطريق إليك. يعمل الرابط لمدة 30 دقيقة.
account-title = حسابك
account-profile = الملف الشخصي
account-email-verified = مؤكَّد
account-email-unverified = لم يُؤكَّد بعد
account-timezone = المنطقة الزمنية
account-digits = الأرقام
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
account-export = تنزيل بياناتي
account-export-hint = ملف ZIP يضم ملفات JSON: حسابك وتراخيصك ومفاتيحها والأجهزة والفواتير والمدفوعات والمحفظة والإشعارات ومفاتيح API (دون أسرارها أبدًا).
tfa-title = تسجيل الدخول بخطوتين
tfa-intro = مع تسجيل الدخول بخطوتين، يحتاج الدخول أيضًا إلى رمز من تطبيق مصادقة على هاتفك، فلا تكفي كلمة مرور مسروقة وحدها.
tfa-start = إعداده
tfa-scan = امسح هذا الرمز بتطبيق المصادقة، ثم أدخل الرمز المكوّن من 6 أرقام الذي يعرضه.
tfa-qr-alt = رمز QR لتطبيق المصادقة
tfa-secret = أو اكتب هذا المفتاح:
tfa-confirm = تفعيل تسجيل الدخول بخطوتين
tfa-enabled = تم تفعيل تسجيل الدخول بخطوتين. انتهت جلساتك الأخرى؛ ويبقى هذا المتصفح مسجّلًا.
tfa-confirm-password-hint = كلمة مرورك تثبت أنك أنت: تنتهي جلساتك الأخرى ويبقى هذا المتصفح مسجّلًا.
tfa-codes-saved = حفظتها: العودة إلى حسابي
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
keys-confirm-revoke = إلغاء مفتاح API هذا؟ تتوقف البرامج النصية التي تستخدمه فورًا؛ ولا يمكن التراجع عن ذلك.
keys-revoked = مُلغى
