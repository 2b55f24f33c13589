# Analytics: the admin's sales, licensing, usage and download reports.
analytics-title = تجزیات
analytics-sales = فروخت
analytics-licenses = لائسنس
analytics-usage = استعمال
analytics-downloads = ڈاؤن لوڈز
analytics-from = از
analytics-to = تا
analytics-granularity = گروپ بندی
analytics-by-day = دن
analytics-by-week = ہفتہ
analytics-by-month = مہینہ
analytics-all-products = تمام پروڈکٹس
analytics-show = دکھائیں
analytics-previous = پچھلی مدت:
analytics-chart-table = چارٹ میں دکھائے گئے اعداد و شمار
analytics-csv = CSV کے طور پر ڈاؤن لوڈ کریں
analytics-empty = اس مدت میں کچھ نہیں۔
analytics-source = { $rollup ->
    [one] ایک دن یومیہ خلاصے سے پڑھا گیا
   *[other] { $rollup } دن یومیہ خلاصے سے پڑھے گئے
}، { $live ->
    [one] ایک دن واقعات سے شمار کیا گیا۔
   *[other] { $live } دن واقعات سے شمار کیے گئے۔
}
analytics-chart-desc = { $from } سے { $to } تک۔ چارٹ کے نیچے موجود جدول میں تمام اعداد و شمار ہیں۔
analytics-chart-revenue = خالص آمدنی اور ریفنڈز
analytics-chart-licenses = موجودہ فعال کاریاں، نئی فعال کاریاں اور جاری شدہ لائسنس
analytics-chart-usage = رابطہ کرنے والے آلات اور سائٹس (مصروف ترین دن)
analytics-chart-downloads = ڈاؤن لوڈز
analytics-table-products = پروڈکٹ کے لحاظ سے
analytics-table-customers = نئے اور واپس آنے والے گاہک
analytics-table-gateways = گیٹ وے کے لحاظ سے والٹ ٹاپ اپس
analytics-table-countries = خریدار کے ملک کے لحاظ سے
analytics-table-promos = پرومو کوڈز
analytics-table-affiliates = ایفیلیئٹس
analytics-table-activation-results = نتیجے کے لحاظ سے فعال کاریاں
analytics-table-validation-results = نتیجے کے لحاظ سے توثیقات
analytics-table-deactivated-by = ختم کرنے والے کے لحاظ سے غیر فعال کاریاں
analytics-table-top-licenses = مصروف ترین لائسنس
analytics-table-releases = ریلیز کے لحاظ سے
analytics-table-channels = چینل کے لحاظ سے
analytics-col-period = مدت
analytics-col-gross = مجموعی
analytics-col-discounts = رعایتیں
analytics-col-refunds = ریفنڈز
analytics-col-net = خالص
analytics-col-orders = آرڈرز
analytics-col-product = پروڈکٹ
analytics-col-plan = پلان
analytics-col-units = یونٹس
analytics-col-new_customers = نئے گاہک
analytics-col-orders_from_new = نئے گاہکوں کے آرڈرز
analytics-col-orders_from_returning = واپس آنے والے گاہکوں کے آرڈرز
analytics-col-gateway = گیٹ وے
analytics-col-top_ups = ٹاپ اپس
analytics-col-amount = رقم
analytics-col-country = ملک
analytics-col-code = کوڈ
analytics-col-uses = استعمال
analytics-col-discount = رعایت
analytics-col-affiliate = ایفیلیئٹ
analytics-col-commissions = کمیشنز
analytics-col-earned = کمائے گئے
analytics-col-reversed = واپس لیے گئے
analytics-col-issued = جاری شدہ لائسنس
analytics-col-activations = فعال کاریاں
analytics-col-deactivations = غیر فعال کاریاں
analytics-col-live = موجودہ فعال کاریاں
analytics-col-count = تعداد
analytics-col-by = ختم کرنے والا
analytics-col-validations = توثیقات
analytics-col-heartbeats = ہارٹ بیٹس
analytics-col-active_devices = فعال آلات
analytics-col-active_sites = فعال سائٹس
analytics-col-license = لائسنس
analytics-col-owner = مالک
analytics-col-calls = کالز
analytics-col-devices_seen = دیکھے گئے آلات
analytics-col-downloads = ڈاؤن لوڈز
analytics-col-release = ریلیز
analytics-col-channel = چینل

# One license's usage (its owner's page and the admin's).
usage-title = استعمال
usage-back = واپس
usage-range = مدت
usage-last-days = { $days ->
    [one] گزشتہ دن
   *[other] گزشتہ { $days } دن
}
usage-chart-devices = آلات اور سائٹس: فعال اور رابطہ کرنے والے
usage-chart-calls = توثیقات اور ہارٹ بیٹس
usage-live = فعال
usage-seen = رابطہ کیا
usage-devices = آلات اور سائٹس
usage-no-devices = اس وقت اس لائسنس سے کچھ بھی فعال نہیں ہے۔
usage-device = آلہ یا سائٹ
usage-platform = پلیٹ فارم
usage-last-seen = آخری بار دیکھا گیا
usage-heartbeat = ہارٹ بیٹ
usage-no-downloads = اس لائسنس سے ابھی تک کچھ ڈاؤن لوڈ نہیں کیا گیا۔
usage-last-download = آخری ڈاؤن لوڈ
