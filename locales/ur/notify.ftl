# Notifications: one subject (also the in-app title) and one body per kind. Arguments come from
# what happened: $name is always the person's name; links are added below the body by the sender.
# A kind may add `-details`, a paragraph shown only when its arguments are all there (notices
# stored by an older version lack some).

notify-footer = آپ کو یہ پیغام { $seller } پر آپ کے اکاؤنٹ کی وجہ سے موصول ہوا ہے۔ کن باتوں کی اطلاع اور کہاں ملے، یہ اپنے اکاؤنٹ کے صفحے پر منتخب کریں۔
notify-open = کھولیں
notify-unsubscribe = ان ای میلز سے ان سبسکرائب کریں
notify-unsubscribe-intro = کیا اس قسم کی ای میلز موصول کرنا بند کیا جائے؟ سیکیورٹی اطلاعات اور دیگر اقسام متاثر نہیں ہوں گی؛ آپ اپنے اکاؤنٹ کے صفحے سے اسے دوبارہ آن کر سکتے ہیں۔
notify-unsubscribe-confirm = ان سبسکرائب کریں
notify-unsubscribe-done = ہو گیا: اب آپ کو یہ ای میلز موصول نہیں ہوں گی۔

notify-top_up_credited-subject = آپ کا والٹ { $amount } سے ٹاپ اپ ہو گیا
notify-top_up_credited-body = ہیلو { $name }، آپ کے والٹ میں { $amount } کی رقم شامل کر دی گئی۔
notify-top_up_credited-details = { $gateway } کے ذریعے آپ کی { $paid } کی ادائیگی { $reference } موصول ہو گئی۔ آپ کا بیلنس اور ہسٹری آپ کے والٹ کے صفحے پر ہیں۔
notify-transfer_confirmed-subject = آپ کا { $amount } کا بینک ٹرانسفر موصول ہو گیا
notify-transfer_confirmed-body = ہیلو { $name }، ہمیں آپ کا بینک ٹرانسفر موصول ہو گیا: { $amount } کی رقم اب آپ کے والٹ میں ہے۔
notify-transfer_confirmed-details = اس کا حوالہ { $reference } تھا؛ آپ نے { $paid } کی رقم بھیجی۔
notify-purchase_receipt-subject = آپ کی خریداری کی رسید ({ $invoice })
notify-purchase_receipt-body = ہیلو { $name }، آپ کی خریداری کا شکریہ۔ انوائس { $invoice }، کل رقم { $amount }، آپ کے والٹ سے ادا کر دی گئی۔ آپ کی لائسنس کلیدیں آپ کے لائسنسوں کے صفحے پر ہیں؛ انوائس کی PDF کسی بھی وقت آپ کے والٹ کے صفحے سے ڈاؤن لوڈ کی جا سکتی ہے۔
notify-order_failed-subject = آپ کا آرڈر مکمل نہیں ہو سکا
notify-order_failed-body = ہیلو { $name }، آپ کا آرڈر مکمل نہیں ہو سکا۔ { $reason ->
        [unpaid] اس کی ادائیگی مکمل نہیں ہو سکی، اس لیے آپ سے کوئی رقم نہیں لی گئی۔ آپ اسٹور سے دوبارہ آرڈر کر سکتے ہیں۔
        [returned] ادائیگی فراہم کنندہ نے اس کی ادائیگی واپس لے لی، اس لیے کچھ نہیں خریدا گیا۔
        [late] اس کی ادائیگی بتائی گئی قیمت پر خریداری کے لیے بہت تاخیر سے پہنچی۔ آپ کی ادا کردہ { $amount } کی رقم آپ کے والٹ میں ہے: جب چاہیں اسٹور سے دوبارہ خریدیں۔
       *[refused] اسٹور اسے آرڈر کے مطابق مزید فروخت نہیں کر سکتا تھا (کوئی پرومو کوڈ ختم ہو گیا، یا کوئی پلان اب فروخت نہیں ہوتا)۔ آپ کی ادا کردہ { $amount } کی رقم آپ کے والٹ میں ہے۔
    }
notify-refund-subject = آپ کو { $amount } کا ریفنڈ مل گیا
notify-refund-body = ہیلو { $name }، انوائس { $invoice } کی { $amount } کی رقم آپ کے والٹ میں ریفنڈ کر دی گئی۔
notify-payment_attention-subject = ایک ادائیگی آپ کی توجہ کی منتظر ہے
notify-payment_attention-body = ہیلو { $name }، { $amount } کی ایک ادائیگی فیصلے کی منتظر ہے۔
notify-license_issued-subject = { $product } کے لیے آپ کا لائسنس تیار ہے
notify-license_issued-body = ہیلو { $name }، آپ کو { $product } ({ $plan }) کا ایک لائسنس جاری کیا گیا ہے۔ اس کی کلید آپ کے لائسنسوں کے صفحے پر ہے۔
notify-device_activated-subject = { $product } ایک نئے آلے پر فعال کیا گیا
notify-device_activated-body = ہیلو { $name }، { $product } کے لیے آپ کا لائسنس { $device } پر فعال کیا گیا۔ اگر یہ آپ نے نہیں کیا تو اپنے لائسنسوں کے صفحے سے سیٹ خالی کریں۔
notify-seat_freed-subject = { $product } کی ایک سیٹ خالی ہو گئی
notify-seat_freed-body = ہیلو { $name }، { $device } اب { $product } کے لیے آپ کے لائسنس کی کوئی سیٹ استعمال نہیں کرتا۔
notify-license_expiring-subject = { $product } کے لیے آپ کے لائسنس کی میعاد { $days ->
        [one] ایک دن
       *[other] { $days } دن
    } میں ختم ہو رہی ہے
notify-license_expiring-body = ہیلو { $name }، { $product } کے لیے آپ کے لائسنس کی میعاد { $days ->
        [one] ایک دن
       *[other] { $days } دن
    } میں ختم ہو رہی ہے۔ { $product } کا استعمال اور اپ ڈیٹس جاری رکھنے کے لیے اس کی تجدید کریں۔
notify-license_expired-subject = { $product } کے لیے آپ کے لائسنس کی میعاد ختم ہو گئی
notify-license_expired-body = ہیلو { $name }، { $product } کے لیے آپ کے لائسنس کی میعاد ختم ہو گئی ہے۔
notify-renewal_upcoming-subject = { $product } کے لیے آپ کے لائسنس کی تجدید { $date } کو ہوگی
notify-renewal_upcoming-body = ہیلو { $name }، { $product } کے لیے آپ کے لائسنس کی تجدید { $date } کو { $amount } میں خودکار طور پر ہوگی، اور یہ رقم آپ کے والٹ سے منہا کی جائے گی۔ { $reason ->
        [wallet_short] آپ کے والٹ میں ابھی اتنی رقم نہیں ہے: اس تاریخ سے پہلے اسے ٹاپ اپ کریں، ورنہ لائسنس ختم ہو جائے گا۔
       *[other] آپ کے والٹ میں کافی رقم موجود ہے۔
    } آپ اپنے لائسنسوں کے صفحے پر خودکار تجدید بند کر سکتے ہیں۔
notify-license_renewed-subject = { $product } کے لیے آپ کے لائسنس کی تجدید ہو گئی
notify-license_renewed-body = ہیلو { $name }، { $product } کے لیے آپ کے لائسنس کی { $date } تک خودکار طور پر تجدید ہو گئی۔ انوائس { $invoice }، کل رقم { $amount }، آپ کے والٹ سے ادا کر دی گئی۔
notify-renewal_failed-subject = { $product } کے لیے آپ کے لائسنس کی تجدید نہیں ہو سکی
notify-renewal_failed-body = ہیلو { $name }، { $product } کے لیے آپ کے لائسنس کی خودکار تجدید نہیں ہو سکی۔ { $reason ->
        [wallet_short] تجدید کی لاگت { $amount } ہے اور آپ کے والٹ میں { $paid } کی رقم ہے۔ اپنا والٹ ٹاپ اپ کریں اور اپنے لائسنسوں کے صفحے سے اس کی تجدید کریں۔
        [not_for_sale] اس کا پلان اب فروخت نہیں ہوتا۔
       *[other] اپنے لائسنسوں کے صفحے سے اس کی تجدید کریں۔
    } اگر { $date } تک تجدید ہو جائے تو اس کی کلید اور آلات برقرار رہیں گے۔
notify-clone_suspected-subject = { $product } کے لیے آپ کا لائسنس شاید کسی نقل شدہ آلے پر استعمال ہو رہا ہے
notify-clone_suspected-body = ہیلو { $name }، دو مشینوں نے ابھی { $product } کے لیے آپ کے لائسنس کی ایک ہی فعال کاری پیش کی (آلہ "{ $device }")۔ عام طور پر اس کا مطلب یہ ہوتا ہے کہ کسی ڈسک امیج یا ورچوئل مشین کو لائسنس سمیت نقل کیا گیا ہے۔

    فعال کاری موقوف کر دی گئی ہے۔ اگر دونوں مشینیں آپ کی ہیں تو اپنے لائسنسوں کے صفحے پر پرانی مشین کی سیٹ خالی کریں اور نئی مشین کو فعال کریں۔ اگر ایسا نہیں ہے تو ممکن ہے کوئی اور آپ کی لائسنس کلید استعمال کر رہا ہو: فروخت کنندہ سے رابطہ کریں۔
notify-license_status-subject = { $product } کے لیے آپ کا لائسنس اب { $status ->
        [active] فعال
        [suspended] معطل
        [expired] زائد المیعاد
        [revoked] منسوخ شدہ
       *[other] { $status }
    } ہے
notify-license_status-body = ہیلو { $name }، { $product } کے لیے آپ کے لائسنس کی حالت تبدیل ہو کر { $status ->
        [active] فعال
        [suspended] معطل
        [expired] زائد المیعاد
        [revoked] منسوخ شدہ
       *[other] { $status }
    } ہو گئی ہے۔
notify-release_published-subject = { $product } { $version } جاری ہو گیا
notify-release_published-body = ہیلو { $name }، { $product } کا ورژن { $version } { $channel ->
        [stable] مستحکم
        [beta] بیٹا
        [alpha] الفا
       *[other] { $channel }
    } چینل پر شائع کر دیا گیا ہے۔ یہ آپ کے ڈاؤن لوڈز کے صفحے پر موجود ہے۔
notify-new_sign_in-subject = آپ کے اکاؤنٹ میں نیا سائن ان
notify-new_sign_in-body = ہیلو { $name }، ابھی { $device } سے آپ کے اکاؤنٹ میں سائن ان کیا گیا۔ اگر یہ آپ نے نہیں کیا تو ابھی اپنا پاس ورڈ تبدیل کریں۔
notify-password_changed-subject = آپ کا پاس ورڈ تبدیل کر دیا گیا
notify-password_changed-body = ہیلو { $name }، آپ کے اکاؤنٹ کا پاس ورڈ تبدیل کر دیا گیا۔ اگر یہ آپ نے نہیں کیا تو ابھی اسے ری سیٹ کریں اور سپورٹ سے رابطہ کریں۔
notify-two_factor_changed-subject = دو مرحلہ سائن ان { $status ->
        [on] آن کر دیا گیا
        [off] آف کر دیا گیا
       *[other] تبدیل کر دیا گیا: { $status }
    }
notify-two_factor_changed-body = ہیلو { $name }، آپ کے اکاؤنٹ کا دو مرحلہ سائن ان { $status ->
        [on] آن کر دیا گیا
        [off] آف کر دیا گیا
       *[other] تبدیل کر دیا گیا: { $status }
    }۔ اگر یہ آپ نے نہیں کیا تو ابھی سپورٹ سے رابطہ کریں۔
notify-api_key_created-subject = ایک نئی API کلید بنائی گئی
notify-api_key_created-body = ہیلو { $name }، آپ کے اکاؤنٹ کے لیے API کلید "{ $key_name }" بنائی گئی۔ اگر یہ آپ نے نہیں کیا تو ابھی اسے منسوخ کریں۔
notify-commission_earned-subject = آپ نے { $amount } کا کمیشن کمایا
notify-commission_earned-body = ہیلو { $name }، آپ کے ریفرل لنک کے ذریعے ہونے والی ایک خریداری سے آپ کو { $amount } کا کمیشن ملا۔ ریفنڈ کی مدت ختم ہونے تک یہ روکا ہوا رہے گا۔
notify-commission_released-subject = { $amount } کا کمیشن اب آپ کا ہے
notify-commission_released-body = ہیلو { $name }، { $amount } کے کمیشن آپ کے والٹ میں منتقل کر دیے گئے۔
notify-marketing-subject = { $headline }
notify-marketing-body = ہیلو { $name }،

    { $text }

# The notifications page, the header's bell, and the choices per kind.
nav-notifications = اطلاعات
notifications-title = اطلاعات
notifications-none = ابھی کچھ نہیں۔ آپ کے لائسنسوں، ادائیگیوں اور اکاؤنٹ سے متعلق واقعات یہاں دکھائی دیں گے۔
notifications-mark-all = سب کو پڑھا ہوا نشان زد کریں
notifications-unread = نیا
account-notifications-title = اطلاعات کی ترتیبات
account-notifications-intro = ہر قسم کی اطلاع کے لیے منتخب کریں کہ وہ آپ تک ای میل کے ذریعے اور ایپ میں پہنچے یا نہیں۔ سیکیورٹی اطلاعات کے لیے ہمیشہ کم از کم ایک ذریعہ آن رہتا ہے۔
account-notifications-save = اطلاعات کی ترتیبات محفوظ کریں
account-notifications-saved = اطلاعات کی ترتیبات محفوظ ہو گئیں۔
account-notifications-security = سیکیورٹی
notify-kind = اطلاع
notify-channel-email = ای میل
notify-channel-in_app = ایپ میں
notify-channel-telegram = Telegram
notify-group-transactions = ادائیگیاں
notify-group-licenses = لائسنس
notify-group-releases = ریلیزز
notify-group-security = سیکیورٹی
notify-group-affiliate = ایفیلیئٹ پروگرام
notify-group-marketing = خبریں
notify-kind-top_up_credited = والٹ ٹاپ اپ ہوا
notify-kind-transfer_confirmed = بینک ٹرانسفر موصول ہوا
notify-kind-purchase_receipt = خریداری کی رسیدیں
notify-kind-order_failed = آرڈرز جو مکمل نہیں ہو سکے
notify-kind-refund = ریفنڈز
notify-kind-payment_attention = فیصلے کی منتظر ادائیگیاں
notify-kind-license_issued = آپ کو جاری کیا گیا لائسنس
notify-kind-device_activated = نئے آلے پر فعال کاری
notify-kind-seat_freed = سیٹ خالی ہوئی
notify-kind-license_expiring = لائسنس کی میعاد ختم ہونے والی ہے (14 اور 3 دن پہلے)
notify-kind-license_expired = لائسنس کی میعاد ختم ہو گئی
notify-kind-renewal_upcoming = آنے والی خودکار تجدید (7 دن پہلے)
notify-kind-license_renewed = لائسنس کی خودکار تجدید ہو گئی
notify-kind-renewal_failed = خودکار تجدید ناکام ہو گئی
notify-kind-clone_suspected = ممکنہ طور پر نقل شدہ آلہ
notify-kind-license_status = لائسنس معطل، منسوخ یا بحال ہوا
notify-kind-release_published = نئے ورژنز
notify-kind-new_sign_in = نئے آلے سے سائن ان
notify-kind-password_changed = پاس ورڈ تبدیل ہوا
notify-kind-two_factor_changed = دو مرحلہ سائن ان تبدیل ہوا
notify-kind-api_key_created = API کلید بنائی گئی
notify-kind-commission_earned = کمیشن حاصل ہوا
notify-kind-commission_released = کمیشن ادا کیا گیا
notify-kind-marketing = خبریں اور پیشکشیں

# New versions per product, on the notification settings page.
account-releases-title = نئے ورژنز
account-releases-intro = ہر اس پروڈکٹ کے لیے جس کا لائسنس آپ کے پاس ہے: آپ کو کن ورژنز کی اطلاع ملے، اور کہاں۔ بیٹا میں مستحکم ورژنز کی اطلاع بھی شامل ہے؛ الفا میں سب کی۔
account-releases-none = بالکل نہیں
account-releases-stable = مستحکم ورژنز
account-releases-beta = بیٹا اور مستحکم ورژنز
account-releases-alpha = ہر ورژن، الفا سمیت

# The Telegram bot's replies.
telegram-linked = ہیلو { $name }! یہ چیٹ اب آپ کے اکاؤنٹ سے منسلک ہے: Telegram کے لیے آپ کی منتخب کردہ اطلاعات یہاں آئیں گی۔ اسے ختم کرنے کے لیے /stop بھیجیں۔
telegram-unlinked = یہ چیٹ اب کسی اکاؤنٹ سے منسلک نہیں ہے۔ آپ اپنے اکاؤنٹ کے صفحے سے اسے دوبارہ منسلک کر سکتے ہیں۔
telegram-link-invalid = اس لنک کی میعاد ختم ہو چکی ہے یا یہ پہلے ہی استعمال ہو چکا ہے۔ اپنے اکاؤنٹ کے صفحے پر نیا لنک بنائیں۔
telegram-help = یہاں اطلاعات موصول کرنے کے لیے اپنے اکاؤنٹ کے صفحے پر موجود Telegram لنک کھولیں۔ اس چیٹ کا رابطہ ختم کرنے کے لیے /stop بھیجیں۔

# Telegram on the notification settings page.
account-telegram-intro = اپنی منتخب کردہ اطلاعات Telegram میں حاصل کریں: اس اکاؤنٹ کو اسٹور کے بوٹ کے ساتھ کسی چیٹ سے منسلک کریں۔
account-telegram-link = Telegram منسلک کریں
account-telegram-open = یہ لنک 15 منٹ کے اندر Telegram میں کھولیں اور Start دبائیں:
account-telegram-linked = یہ اکاؤنٹ ایک Telegram چیٹ سے منسلک ہے۔
account-telegram-unlink = Telegram کا رابطہ ختم کریں

# Alerts to the admins' Telegram chat.
telegram-alert-payment_review = ایک ادائیگی فیصلے کی منتظر ہے: { $payment } ({ $reason })۔
telegram-alert-clone_suspected = ایک آلہ شاید نقل شدہ ہے: لائسنس { $license }، آلہ { $device }۔
telegram-alert-reconciliation = لیجر کی مطابقت کی جانچ میں { $count ->
        [one] ایک خلاف ورزی ملی
       *[other] { $count } خلاف ورزیاں ملیں
    }: ممکن ہے رقم پیدا یا ضائع ہوئی ہو۔
telegram-alert-job_dead = ایک پس منظر کا کام ناکام ہو کر رک گیا: { $job } ({ $id })۔ آخری خرابی: { $reason }
