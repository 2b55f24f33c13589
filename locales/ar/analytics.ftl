# التحليلات: تقارير المسؤول عن المبيعات والتراخيص والاستخدام والتنزيلات.
analytics-title = التحليلات
analytics-sales = المبيعات
analytics-licenses = التراخيص
analytics-usage = الاستخدام
analytics-downloads = التنزيلات
analytics-from = من
analytics-to = إلى
analytics-granularity = التجميع حسب
analytics-by-day = اليوم
analytics-by-week = الأسبوع
analytics-by-month = الشهر
analytics-all-products = كل المنتجات
analytics-show = عرض
analytics-previous = الفترة السابقة:
analytics-chart-table = الأرقام المعروضة في الرسم البياني
analytics-csv = تنزيل بصيغة CSV
analytics-empty = لا شيء في هذه الفترة.
analytics-source = { $rollup ->
    [zero] لا أيام من الملخص اليومي
    [one] يوم واحد من الملخص اليومي
    [two] يومان من الملخص اليومي
    [few] { $rollup } أيام من الملخص اليومي
    [many] { $rollup } يومًا من الملخص اليومي
   *[other] { $rollup } يوم من الملخص اليومي
}، { $live ->
    [zero] ولا أيام محسوبة من الأحداث.
    [one] ويوم واحد محسوب من الأحداث.
    [two] ويومان محسوبان من الأحداث.
    [few] و{ $live } أيام محسوبة من الأحداث.
    [many] و{ $live } يومًا محسوبًا من الأحداث.
   *[other] و{ $live } يوم محسوب من الأحداث.
}
analytics-chart-desc = من { $from } إلى { $to }. يضم الجدول تحت الرسم البياني كل الأرقام.
analytics-chart-revenue = صافي الإيرادات والمبالغ المستردة
analytics-chart-licenses = التفعيلات السارية والتفعيلات الجديدة والتراخيص الصادرة
analytics-chart-usage = الأجهزة والمواقع التي اتصلت (أنشط يوم)
analytics-chart-downloads = التنزيلات
analytics-table-products = حسب المنتج
analytics-table-customers = العملاء الجدد والعائدون
analytics-table-gateways = شحن المحفظة حسب بوابة الدفع
analytics-table-countries = حسب بلد المشتري
analytics-table-promos = رموز الخصم
analytics-table-affiliates = الشركاء
analytics-table-activation-results = التفعيلات حسب النتيجة
analytics-table-validation-results = عمليات التحقق حسب النتيجة
analytics-table-deactivated-by = إلغاء التفعيل حسب من أنهاه
analytics-table-top-licenses = أنشط التراخيص
analytics-table-releases = حسب الإصدار
analytics-table-channels = حسب القناة
analytics-col-period = الفترة
analytics-col-gross = الإجمالي
analytics-col-discounts = الخصومات
analytics-col-refunds = المبالغ المستردة
analytics-col-net = الصافي
analytics-col-orders = الطلبات
analytics-col-product = المنتج
analytics-col-plan = الخطة
analytics-col-units = الوحدات
analytics-col-new_customers = العملاء الجدد
analytics-col-orders_from_new = طلبات العملاء الجدد
analytics-col-orders_from_returning = طلبات العملاء العائدين
analytics-col-gateway = البوابة
analytics-col-top_ups = عمليات الشحن
analytics-col-amount = المبلغ
analytics-col-country = البلد
analytics-col-code = الرمز
analytics-col-uses = مرات الاستخدام
analytics-col-discount = الخصم
analytics-col-affiliate = الشريك
analytics-col-commissions = العمولات
analytics-col-earned = المكتسب
analytics-col-reversed = الملغى
analytics-col-issued = التراخيص الصادرة
analytics-col-activations = التفعيلات
analytics-col-deactivations = إلغاءات التفعيل
analytics-col-live = التفعيلات السارية
analytics-col-count = العدد
analytics-col-by = أنهاه
analytics-col-validations = عمليات التحقق
analytics-col-heartbeats = نبضات الاتصال
analytics-col-active_devices = الأجهزة النشطة
analytics-col-active_sites = المواقع النشطة
analytics-col-license = الترخيص
analytics-col-owner = المالك
analytics-col-calls = الطلبات
analytics-col-devices_seen = الأجهزة المتصلة
analytics-col-downloads = التنزيلات
analytics-col-release = الإصدار
analytics-col-channel = القناة

# استخدام ترخيص واحد (صفحة المالك وصفحة المسؤول).
usage-title = الاستخدام
usage-back = رجوع
usage-range = الفترة
usage-last-days = { $days ->
    [zero] آخر { $days } يوم
    [one] آخر يوم
    [two] آخر يومين
    [few] آخر { $days } أيام
    [many] آخر { $days } يومًا
   *[other] آخر { $days } يوم
}
usage-chart-devices = الأجهزة والمواقع: السارية والمتصلة
usage-chart-calls = عمليات التحقق ونبضات الاتصال
usage-live = سارية
usage-seen = متصلة
usage-devices = الأجهزة والمواقع
usage-no-devices = لا شيء مفعّل بهذا الترخيص الآن.
usage-device = الجهاز أو الموقع
usage-platform = المنصة
usage-last-seen = آخر اتصال
usage-heartbeat = نبضة الاتصال
usage-no-downloads = لم يُنزَّل شيء بهذا الترخيص بعد.
usage-last-download = آخر تنزيل
