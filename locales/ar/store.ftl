### The store: plans and checkout, invoices, wallet, sandbox payments, affiliates, billing details.

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
invoice-renewal-discount = خصم التجديد
invoice-total = الإجمالي
invoice-tax = الضريبة { $rate }٪
invoice-tax-included = يشمل ضريبة { $rate }٪
invoice-reverse-charge = التحويل العكسي: يحتسب العميل ضريبة القيمة المضافة بنفسه (المادة 196، توجيه المجلس 2006/112/EC)
invoice-tax-removed = ضريبة غير محصلة (تحويل عكسي)
nav-store = المتجر
nav-wallet = المحفظة
nav-affiliate = برنامج الشركاء
store-title = المتجر
store-empty = لا يوجد شيء للبيع بعد.
store-empty-admin = أضف منتجًا
store-plan = الخطة
store-includes = تتضمن
store-price = السعر
store-choose = اختر خطة
store-back = → كل المنتجات
store-perpetual = دائم
store-days = { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
store-tier = خصم { $percent }٪ ابتداءً من { $from }
store-quantity = الكمية
store-promo = رمز الخصم
store-price-it = اعرض السعر
store-buy = اشترِ من محفظتي
store-sign-in-to-buy = سجّل الدخول للشراء
store-sign-up-to-buy = جديد هنا؟ أنشئ حسابًا
store-bought = شكرًا لك! اكتمل الشراء: الفاتورة
store-receipt-title = الإيصال
store-receipt-licenses = تراخيصك ومفاتيحك
store-pay-difference = ينقص محفظتك { $amount }. ادفع الفرق الآن، وسيكتمل الشراء تلقائيًا عند وصول الدفعة.
store-pay-with = الدفع عبر
store-pay-difference-button = ادفع الفرق واشترِ
store-top-up-link = اشحن محفظتك
wallet-title = المحفظة
wallet-balance = الرصيد:
wallet-top-up = شحن الرصيد
wallet-amount = المبلغ
wallet-gateway = طريقة الدفع
wallet-gateway-sandbox = بيئة تجريبية (دفع تجريبي فوري)
wallet-gateway-manual = تحويل مصرفي
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
affiliate-terms = تحصل على { $percent }٪ من كل عملية شراء يقوم بها من دعوتهم؛ تصبح متاحة { $days ->
        [zero] فور الشراء
        [one] بعد يوم واحد من الشراء
        [two] بعد يومين من الشراء
        [few] بعد { $days } أيام من الشراء
        [many] بعد { $days } يومًا من الشراء
       *[other] بعد { $days } يوم من الشراء
    } ما لم يُسترد.
affiliate-link = رابط الإحالة الخاص بك
affiliate-code = الرمز
affiliate-referred = التسجيلات عبر الإحالة
affiliate-purchases = المشتريات
affiliate-pending = عمولة معلّقة
affiliate-available = عمولة متاحة
affiliate-owed = مستحق عليك بعد الاستردادات (يُسدَّد من عمولاتك القادمة)
wallet-profile = بيانات الفوترة
wallet-profile-explain = ما تعرضه فواتيرك إلى جانب اسمك وبريدك الإلكتروني
wallet-profile-company = الشركة
wallet-profile-address = العنوان
wallet-profile-country = الدولة (رمز من حرفين)
wallet-profile-region = الولاية أو المقاطعة، حيث تختلف الضريبة حسبها (رمز ISO، مثل CA)
wallet-profile-vat-hint = للشركات في الاتحاد الأوروبي: رقم ضريبة القيمة المضافة مع بادئة البلد (DE123456789) يعفيك من ضريبة القيمة المضافة عندما نكون في بلد آخر.
wallet-profile-saved = حُفظت بيانات الفوترة: ستظهر في فواتيرك القادمة.
wallet-gateway-paypal = PayPal
wallet-gateway-cryptomus = Cryptomus (عملات مشفّرة)
wallet-gateway-nowpayments = NOWPayments (عملات مشفّرة)
wallet-gateway-plisio = Plisio (عملات مشفّرة)
pay-status = الحالة
pay-status-title = دفعتك
pay-status-pending = بانتظار الدفع
pay-status-paid = مدفوعة: أُضيف المبلغ إلى محفظتك
pay-status-failed = لم تُدفع
pay-status-expired = انتهت صلاحيتها
pay-status-review = وصلت؛ يراجعها فريقنا
pay-status-refunded = مستردّة
pay-waiting = تتحقق هذه الصفحة من جديد تلقائيًا. يمكنك مغادرتها: تُضاف الدفعة إلى محفظتك فور وصولها.
pay-order-waiting = يكتمل شراؤك تلقائيًا فور وصول هذه الدفعة؛ ثم تعرض هذه الصفحة إيصاله.
pay-order-failed = الدفعة في محفظتك، لكن تعذر إكمال الشراء ({ $code }). اشترِ مجددًا من المتجر.
pay-cancelled = غادرت صفحة الدفع دون أن تدفع. لم يُخصم شيء؛ يمكنك الدفع لاحقًا أو بدء شحن جديد.
transfer-title = الدفع بتحويل مصرفي
transfer-explain = حوّل هذا المبلغ بالضبط واذكر المرجع لنتمكن من مطابقة دفعتك. تُشحن محفظتك عند وصول المال.
transfer-account-holder = صاحب الحساب
transfer-account-number = رقم IBAN أو رقم الحساب
transfer-swift-bic = SWIFT/BIC
transfer-bank-name = المصرف
transfer-bank-address = عنوان المصرف
transfer-copy = نسخ
transfer-copied = تم النسخ
transfer-no-details = لم تُضبط بعد بيانات الحساب المصرفي لهذه العملة. يُرجى التواصل معنا قبل التحويل.
transfer-quote-reference = اذكر المرجع في التحويل: من دونه تستغرق مطابقة دفعتك وقتًا أطول.
