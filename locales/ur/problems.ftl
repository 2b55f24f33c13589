# Titles and details of RFC 9457 problem responses, one pair per stable error code.

problem-bad-request-title = غلط درخواست
problem-bad-request-detail = درخواست سمجھی نہیں جا سکی: { $reason }
bad-request-not-json = باڈی درست JSON نہیں ہے۔
bad-request-missing-field = "{ $field }" لازمی ہے۔
bad-request-unknown-field = "{ $field }" ایسا فیلڈ نہیں جسے یہ درخواست قبول کرتی ہو۔
bad-request-malformed-field = "{ $field }" کی قدر درست قسم یا فارمیٹ میں نہیں ہے۔
bad-request-malformed = اس میں موجود کوئی قدر درست قسم یا فارمیٹ میں نہیں ہے۔
problem-not-found-title = نہیں ملا
problem-not-found-detail = اس ایڈریس پر کچھ بھی موجود نہیں ہے۔
problem-method-not-allowed-title = میتھڈ کی اجازت نہیں
problem-method-not-allowed-detail = یہ ایڈریس { $method } میتھڈ قبول نہیں کرتا۔
problem-payload-too-large-title = درخواست بہت بڑی ہے
problem-payload-too-large-detail = درخواست کی باڈی اس حد سے بڑی ہے جو یہ سرور قبول کرتا ہے (زیادہ سے زیادہ { $limit } بائٹس)۔
problem-unsupported-media-type-title = غیر معاون میڈیا ٹائپ
problem-unsupported-media-type-detail = درخواست کی باڈی Content-Type: application/json ہیڈر کے ساتھ JSON کے طور پر بھیجیں۔
problem-request-timeout-title = درخواست کا وقت ختم ہو گیا
problem-request-timeout-detail = درخواست میں { $seconds } سیکنڈ سے زیادہ وقت لگا اور اسے روک دیا گیا۔ جب تک جواب میں ایسا نہ کہا گیا ہو، کچھ بھی محفوظ نہیں کیا گیا۔
problem-too-many-requests-title = بہت زیادہ درخواستیں
problem-too-many-requests-detail = کم وقت میں بہت زیادہ درخواستیں۔ براہِ کرم انتظار کریں اور دوبارہ کوشش کریں۔
problem-internal-error-title = اندرونی خرابی
problem-internal-error-detail = ہماری طرف کچھ غلط ہو گیا۔ اسے لاگ کر لیا گیا ہے؛ اگر آپ سپورٹ سے رابطہ کریں تو براہِ کرم درخواست کی شناخت { $request_id } کا حوالہ دیں۔
problem-service-unavailable-title = سروس دستیاب نہیں
problem-service-unavailable-detail = سروس عارضی طور پر دستیاب نہیں ہے۔ براہِ کرم تھوڑی دیر بعد دوبارہ کوشش کریں۔
problem-http-error-title = درخواست ناکام ہو گئی
problem-http-error-detail = درخواست HTTP اسٹیٹس { $status } کے ساتھ ناکام ہو گئی۔

## Accounts and sessions

problem-invalid-email-title = غلط ای میل ایڈریس
problem-invalid-email-detail = "{ $field }" درست ای میل ایڈریس نہیں ہے۔
problem-password-length-title = پاس ورڈ کی لمبائی
problem-password-length-detail = پاس ورڈ { $min } سے { $max } حروف تک طویل ہونا چاہیے۔
problem-password-too-common-title = پاس ورڈ بہت عام ہے
problem-password-too-common-detail = یہ پاس ورڈ سب سے زیادہ استعمال ہونے والے پاس ورڈز میں شامل ہے۔ براہِ کرم کوئی اور منتخب کریں۔
problem-password-contains-email-title = پاس ورڈ میں ای میل ایڈریس شامل ہے
problem-password-contains-email-detail = پاس ورڈ میں آپ کا ای میل ایڈریس شامل نہیں ہونا چاہیے۔ براہِ کرم کوئی اور منتخب کریں۔
problem-invalid-name-title = غلط نام
problem-invalid-name-detail = نام 1 سے 100 حروف تک ہونا چاہیے، کنٹرول کیریکٹرز کے بغیر۔
problem-invalid-timezone-title = غلط ٹائم زون
problem-invalid-timezone-detail = ٹائم زون کا ایسا نام استعمال کریں جیسے Europe/Berlin یا UTC۔
problem-unsupported-locale-title = غیر معاون زبان
problem-unsupported-locale-detail = یہ زبان دستیاب نہیں ہے۔ پیش کردہ زبانوں میں سے کوئی ایک منتخب کریں۔
problem-invalid-credentials-title = سائن ان ناکام ہو گیا
problem-invalid-credentials-detail = ای میل ایڈریس یا پاس ورڈ غلط ہے۔
problem-account-locked-title = اکاؤنٹ مقفل ہے
problem-account-locked-detail = یہ اکاؤنٹ مقفل ہے۔ براہِ کرم سپورٹ سے رابطہ کریں۔
problem-unauthenticated-title = سائن ان نہیں ہے
problem-unauthenticated-detail = اس درخواست کے لیے درست ایکسیس ٹوکن درکار ہے۔ ٹوکن حاصل کرنے کے لیے دوبارہ سائن ان کریں۔
problem-invalid-refresh-token-title = سیشن کی میعاد ختم ہو گئی
problem-invalid-refresh-token-detail = سیشن کی میعاد ختم ہو گئی ہے یا اسے ختم کر دیا گیا۔ براہِ کرم دوبارہ سائن ان کریں۔
problem-invalid-link-token-title = لنک اب درست نہیں
problem-invalid-link-token-detail = یہ لنک غلط ہے، پہلے ہی استعمال ہو چکا ہے، یا اس کی میعاد ختم ہو چکی ہے۔ نیا لنک طلب کریں۔
problem-forbidden-title = اجازت نہیں
problem-forbidden-detail = آپ سائن ان ہیں، لیکن ان اسناد کو یہ کام کرنے کی اجازت نہیں۔
problem-limit-reached-title = حد پوری ہو گئی
problem-limit-reached-detail = { $limit } کی حد پوری ہو چکی ہے۔ نیا شامل کرنے سے پہلے کوئی ایک ہٹائیں۔
problem-invalid-scope-title = غلط اجازت
problem-invalid-scope-detail = پیش کردہ اجازتوں میں سے کم از کم ایک منتخب کریں؛ کچھ اجازتیں صرف منتظمین کے لیے دستیاب ہیں۔
problem-out-of-range-title = قدر حد سے باہر
problem-out-of-range-detail = "{ $field }" کی قدر قابلِ قبول حد سے باہر ہے۔
problem-totp-required-title = یک وقتی کوڈ درکار ہے
problem-totp-required-detail = یہ اکاؤنٹ دو مرحلہ سائن ان استعمال کرتا ہے۔ اپنی تصدیق کنندہ ایپ کا کوڈ یا کوئی بازیابی کوڈ درج کریں۔
problem-totp-invalid-title = غلط یک وقتی کوڈ
problem-totp-invalid-detail = کوڈ غلط ہے، اس کی میعاد ختم ہو چکی ہے یا یہ پہلے ہی استعمال ہو چکا ہے۔ اگلے کوڈ کا انتظار کریں اور دوبارہ کوشش کریں۔
problem-totp-locked-title = دو مرحلہ سائن ان مقفل ہے
problem-totp-locked-detail = بہت زیادہ غلط کوڈز۔ دو مرحلہ سائن ان 15 منٹ کے لیے مقفل ہے۔
problem-totp-already-enabled-title = دو مرحلہ سائن ان پہلے ہی آن ہے
problem-totp-already-enabled-detail = اس اکاؤنٹ کے لیے دو مرحلہ سائن ان پہلے ہی آن ہے۔
problem-totp-not-enabled-title = دو مرحلہ سائن ان آف ہے
problem-totp-not-enabled-detail = اس اکاؤنٹ کے لیے دو مرحلہ سائن ان آن نہیں ہے (یا اس کا اندراج شروع نہیں کیا گیا)۔
problem-invalid-code-title = غلط کوڈ
problem-invalid-code-detail = "{ $field }" کی قدر غلط ہے یا اس کی میعاد ختم ہو چکی ہے۔
problem-invalid-role-title = نامعلوم کردار
problem-invalid-role-detail = کردار user، support یا admin میں سے ایک ہونا چاہیے۔
problem-csrf-failed-title = فارم کی میعاد ختم ہو گئی
problem-csrf-failed-detail = یہ فارم قبول نہیں کیا جا سکا۔ صفحہ دوبارہ لوڈ کریں اور پھر کوشش کریں۔
problem-two-factor-required-for-staff-title = دو مرحلہ سائن ان لازمی ہے
problem-two-factor-required-for-staff-detail = یہ سرور عملے کے لیے دو مرحلہ سائن ان لازمی قرار دیتا ہے۔ پہلے اپنے اکاؤنٹ کی ترتیبات میں اسے آن کریں۔
problem-slug-taken-title = سلگ پہلے سے استعمال میں ہے
problem-slug-taken-detail = کوئی اور پروڈکٹ پہلے ہی یہ سلگ استعمال کر رہا ہے۔ کوئی اور منتخب کریں۔
problem-invalid-slug-title = غلط سلگ
problem-invalid-slug-detail = سلگ 2 سے 64 چھوٹے انگریزی حروف، ہندسوں اور ڈیشز پر مشتمل ہوتا ہے، اور ڈیش سے شروع یا ختم نہیں ہوتا۔
problem-invalid-product-kind-title = پروڈکٹ کی غلط قسم
problem-invalid-product-kind-detail = پروڈکٹ یا تو "software" (مشینوں سے منسلک) ہوتا ہے یا "site" (ڈومینز سے منسلک)۔
problem-unknown-account-title = نامعلوم اکاؤنٹ
problem-unknown-account-detail = اس ای میل ایڈریس کا کوئی اکاؤنٹ نہیں ہے۔ اس شخص کو پہلے سائن اپ کرنا ہوگا۔
problem-license-revoked-title = لائسنس منسوخ ہو چکا ہے
problem-license-revoked-detail = یہ لائسنس منسوخ کر دیا گیا تھا؛ منسوخ شدہ لائسنس بحال نہیں کیا جا سکتا۔ اس کے بجائے نیا لائسنس جاری کریں۔
problem-seats-in-use-title = سیٹیں استعمال میں ہیں
problem-seats-in-use-detail = { $in_use ->
        [one] اس لائسنس کی ایک سیٹ استعمال میں ہے
       *[other] اس لائسنس کی { $in_use } سیٹیں استعمال میں ہیں
    }۔ سیٹوں کی تعداد کم کرنے سے پہلے کچھ سیٹیں خالی کریں (آلات غیر فعال کریں یا ذیلی لائسنس چھوٹے کریں)۔
problem-license-unusable-title = لائسنس قابلِ استعمال نہیں
problem-license-unusable-detail = لائسنس اس کام کے لیے استعمال نہیں کیا جا سکتا ({ $code })۔

# Answers of the product-facing API (validate, activate, heartbeat, deactivate, license file).
answer-not-found = اس کلید کا کوئی لائسنس موجود نہیں۔
answer-revoked = یہ لائسنس منسوخ کر دیا گیا ہے۔
answer-suspended = یہ لائسنس معطل ہے۔
answer-expired = اس لائسنس کی میعاد ختم ہو چکی ہے۔
answer-product-mismatch = یہ کلید کسی اور پروڈکٹ کی ہے۔
answer-not-activated = یہ لائسنس ابھی یہاں فعال نہیں کیا گیا۔
answer-fingerprint-mismatch = یہ لائسنس دوسرے آلات پر فعال ہے، اس آلے پر نہیں۔
answer-domain-mismatch = یہ لائسنس دوسرے ڈومینز پر فعال ہے، اس ڈومین پر نہیں۔
answer-heartbeat-dead = اس آلے نے ہارٹ بیٹ بھیجنا بند کر دیا ہے؛ اسے دوبارہ فعال کریں۔
answer-too-many-activations = لائسنس کی سیٹوں سے زیادہ آلات فعال ہیں۔
answer-entitlement-missing = لائسنس میں وہ خصوصیت شامل نہیں جس کی درخواست کی گئی تھی۔
answer-version-not-covered = یہ ورژن لائسنس کی اپ ڈیٹ مدت کے بعد جاری ہوا۔
answer-valid = لائسنس درست ہے۔
answer-activation-limit = { $seats ->
        [one] اس لائسنس کی واحد سیٹ استعمال میں ہے
       *[other] اس لائسنس کی تمام { $seats } سیٹیں استعمال میں ہیں
    }۔ اسے یہاں استعمال کرنے کے لیے درج شدہ فعال کاریوں میں سے کسی ایک کی سیٹ خالی کریں۔
answer-clone-suspected = کوئی اور مشین یہ فعال کاری استعمال کر رہی ہے؛ جب تک مالک اس کی سیٹ خالی نہ کرے، یہ موقوف رہے گی۔
answer-reassignment-limit = اس لائسنس نے فی الحال آلے کی اپنی تمام تبدیلیاں استعمال کر لی ہیں۔ اگلی تبدیلی { $at } پر ممکن ہوگی۔
answer-refused-title = لائسنس سرور نے یہ درخواست مسترد کر دی
problem-reassignment-limit-title = فی الحال آلے کی مزید تبدیلیاں ممکن نہیں
problem-reassignment-limit-detail = اس لائسنس نے فی الحال آلے کی اپنی تمام تبدیلیاں استعمال کر لی ہیں۔ اگلی تبدیلی { $at } پر ممکن ہوگی۔
problem-not-enough-seats-title = کافی خالی سیٹیں نہیں ہیں
problem-not-enough-seats-detail = { $free ->
    [0] اس لائسنس کی کوئی سیٹ خالی نہیں ہے۔
    [one] اس لائسنس کی صرف ایک سیٹ خالی ہے۔
   *[other] اس لائسنس کی صرف { $free } سیٹیں خالی ہیں۔
}
problem-invalid-activation-request-title = فعال کاری کی درخواست درست نہیں
problem-invalid-activation-request-detail = یہ اس لائسنس کی کلید سے لکھی گئی فعال کاری کی درخواست نہیں ہے۔ جس مشین کو فعال کرنا ہے اس پر اس لائسنس کی کلید کے ساتھ اسے دوبارہ بنائیں۔
problem-not-for-sale-title = برائے فروخت نہیں
problem-not-for-sale-detail = یہ پلان برائے فروخت نہیں ہے۔
problem-promo-not-found-title = نامعلوم پرومو کوڈ
problem-promo-not-found-detail = یہ پرومو کوڈ موجود نہیں ہے یا اس وقت کارآمد نہیں ہے۔
problem-insufficient-funds-title = والٹ میں ناکافی رقم
problem-insufficient-funds-detail = اس خریداری کے لیے آپ کے والٹ کا بیلنس بہت کم ہے۔ اپنا والٹ ٹاپ اپ کریں اور دوبارہ کوشش کریں؛ کوئی رقم وصول نہیں کی گئی۔
problem-promo-expired-title = پرومو کوڈ اس وقت کارآمد نہیں
problem-promo-expired-detail = یہ پرومو کوڈ اس وقت کارآمد نہیں ہے۔
problem-promo-not-applicable-title = پرومو کوڈ لاگو نہیں ہوتا
problem-promo-not-applicable-detail = یہ پرومو کوڈ آپ کی کارٹ میں موجود کسی پروڈکٹ پر لاگو نہیں ہوتا۔
problem-promo-below-minimum-title = آرڈر پرومو کوڈ کی کم از کم حد سے کم ہے
problem-promo-below-minimum-detail = آپ کا آرڈر اس کم از کم حد سے کم ہے جو اس پرومو کوڈ کے لیے درکار ہے۔
problem-promo-first-purchase-only-title = صرف پہلی خریداری کے لیے پرومو کوڈ
problem-promo-first-purchase-only-detail = یہ پرومو کوڈ صرف پہلی خریداری کے لیے ہے۔
problem-promo-exhausted-title = پرومو کوڈ ختم ہو گیا
problem-promo-exhausted-detail = یہ پرومو کوڈ فی الحال اپنی اجازت شدہ حد تک استعمال ہو چکا ہے۔
problem-promo-user-limit-title = پرومو کوڈ پہلے ہی استعمال ہو چکا
problem-promo-user-limit-detail = آپ نے یہ پرومو کوڈ اتنی بار استعمال کر لیا ہے جتنی بار اس کی اجازت ہے۔
problem-promo-paused-title = پرومو کوڈ موقوف ہے
problem-promo-paused-detail = یہ پرومو کوڈ اس وقت موقوف ہے۔
problem-promo-code-taken-title = پرومو کوڈ پہلے سے موجود ہے
problem-promo-code-taken-detail = کسی اور پرومو کوڈ کا پہلے ہی یہی نام ہے۔
problem-idempotency-key-reused-title = Idempotency-Key کسی اور درخواست کے لیے استعمال ہو چکی ہے
problem-idempotency-key-reused-detail = یہ Idempotency-Key پہلے ہی کسی مختلف درخواست کے ساتھ استعمال ہو چکی ہے۔ نئی درخواست کے لیے نئی کلید استعمال کریں۔
problem-idempotency-key-in-use-title = درخواست جاری ہے
problem-idempotency-key-in-use-detail = اس Idempotency-Key والی ایک درخواست پر ابھی کارروائی جاری ہے۔ اس کا جواب حاصل کرنے کے لیے تھوڑی دیر میں دوبارہ کوشش کریں۔
problem-self-referral-title = خود کو ریفر کرنا
problem-self-referral-detail = آپ اپنا ریفرل کوڈ استعمال نہیں کر سکتے۔
problem-wrong-state-title = اس حالت میں ممکن نہیں
problem-wrong-state-detail = یہ کام ابھی نہیں کیا جا سکتا ({ $state })۔
problem-gateway-disabled-title = ادائیگی کا طریقہ دستیاب نہیں
problem-gateway-disabled-detail = ادائیگی کا یہ طریقہ اس سرور پر فعال نہیں ہے۔
problem-gateway-unavailable-title = ادائیگی فراہم کنندہ دستیاب نہیں
problem-gateway-unavailable-detail = ادائیگی فراہم کنندہ سے رابطہ نہیں ہو سکا۔ کوئی رقم وصول نہیں کی گئی؛ چند منٹ بعد دوبارہ کوشش کریں یا ادائیگی کا کوئی اور طریقہ منتخب کریں۔
problem-webhook-signature-invalid-title = webhook کا دستخط غلط ہے
problem-webhook-signature-invalid-detail = webhook کا دستخط اس گیٹ وے کی ترتیبات سے مطابقت نہیں رکھتا۔ کچھ بھی تبدیل نہیں کیا گیا۔
problem-invalid-number-format-title = نمبر کا غلط پیٹرن
problem-invalid-number-format-detail = "{ $field }" میں {"{"}YYYY{"}"} ایک بار اور کرلی بریکٹس میں ہندسوں کا ایک سلسلہ ہونا ضروری ہے، جیسے INV-{"{"}YYYY{"}"}-{"{"}000001{"}"}: نمبر شماری ہر سال دوبارہ شروع ہوتی ہے۔
problem-number-formats-clash-title = نمبر ٹکرا سکتے ہیں
problem-number-formats-clash-detail = "{ $field }" وہی نمبر بنا سکتا ہے جو انوائس کا پیٹرن بناتا ہے۔ دونوں پیٹرنز کو مختلف سابقے دیں (جیسے INV- اور CN-)۔
problem-invalid-staging-pattern-title = غلط اسٹیجنگ پیٹرن
problem-invalid-staging-pattern-detail = ہر سطر میں ایک ہوسٹ لکھیں: ایک مخصوص ہوسٹ (staging.shop.com)، کسی ڈومین کے تحت ہر ہوسٹ (*.preview.shop.com)، کسی لیبل سے شروع ہونے والا ہر ہوسٹ (staging.*) یا جس کے اندر کوئی لیبل ہو (*.staging.*)۔ *.dev جیسا پورا ٹاپ لیول ڈومین عوامی ہے اور مفت نہیں چل سکتا۔
problem-insufficient-scope-title = اس کلید کے ساتھ اجازت نہیں
problem-insufficient-scope-detail = اس کے لیے { $scope ->
        [session] سائن ان شدہ سیشن درکار ہے: API کلید یہ کام نہیں کر سکتی
       *[other] "{ $scope }" اجازت والی API کلید درکار ہے
    }۔
problem-refund-window-closed-title = ریفنڈ کی مدت ختم ہو گئی
problem-refund-window-closed-detail = اس پلان کا ریفنڈ خریداری کے بعد { $days } دن تک ہو سکتا ہے، اور یہ مدت گزر چکی ہے۔ پھر بھی ریفنڈ صرف اسی صورت میں کریں جب آپ واقعی ایسا کرنا چاہتے ہوں۔
problem-invalid-version-title = غلط ورژن
problem-invalid-version-detail = سیمینٹک ورژن لکھیں، جیسے 1.4.0، 2.0.0-beta.1 یا 1.4.0+build.7۔
problem-invalid-platform-title = غلط پلیٹ فارم
problem-invalid-platform-detail = پلیٹ فارم 1 سے 64 چھوٹے انگریزی حروف، ہندسوں، ڈیشز اور انڈر اسکورز پر مشتمل ہوتا ہے، جیسے windows-x86_64 یا wordpress۔
problem-invalid-file-name-title = غلط فائل نام
problem-invalid-file-name-detail = ایک سادہ فائل نام دیں، جیسے app-1.4.0.dmg: نہ سلیش، نہ شروع میں نقطہ، نہ کوٹیشن مارکس یا کنٹرول کیریکٹرز۔
problem-version-taken-title = ورژن پہلے سے موجود ہے
problem-version-taken-detail = اس پروڈکٹ کی اس ورژن کے ساتھ پہلے ہی ایک ریلیز موجود ہے (بلڈ میٹا ڈیٹا سے نیا ورژن نہیں بنتا)۔
problem-download-link-invalid-title = ڈاؤن لوڈ لنک درست نہیں
problem-download-link-invalid-detail = اس ڈاؤن لوڈ لنک کی میعاد ختم ہو چکی ہے، اس میں تبدیلی کی گئی ہے، یا یہ ایسی ریلیز کے لیے ہے جو اب دستیاب نہیں۔ نیا لنک طلب کریں۔
problem-feed-license-required-title = لائسنس کلید درکار ہے
problem-feed-license-required-detail = یہ اپ ڈیٹ فیڈ صرف لائسنس رکھنے والے گاہکوں کے لیے ہے۔ اپنی لائسنس کلید فیڈ ایڈریس میں یا RMS-License-Key ہیڈر میں بھیجیں۔
problem-feed-license-refused-title = لائسنس کلید قبول نہیں کی گئی
problem-feed-license-refused-detail = یہ لائسنس کلید اس پروڈکٹ کی اپ ڈیٹ فیڈ نہیں کھولتی: یہ نامعلوم ہے، کسی اور پروڈکٹ کی ہے، یا زائد المیعاد، معطل یا منسوخ شدہ ہے۔

problem-invalid-vat-id-title = غلط VAT نمبر
problem-invalid-vat-id-detail = "{ $field }" دیے گئے ملک کا VAT نمبر نہیں ہے۔ EU کے VAT نمبر ملکی سابقے سے شروع ہوتے ہیں، جیسے DE123456789 (یونان: EL)۔ ذاتی حیثیت میں خریداری کرتے وقت اسے خالی چھوڑ دیں۔

problem-entitlements-append-only-title = استحقاقات صرف شامل کیے جا سکتے ہیں
problem-entitlements-append-only-detail = پلان کے استحقاقات کو ان کی ترتیب میں رکھیں اور نئے استحقاقات آخر میں شامل کریں: جاری شدہ لائسنس کلیدیں انہیں ترتیب کے لحاظ سے رکھتی ہیں، اس لیے کسی کو ہٹانے یا اس کی ترتیب بدلنے سے موجودہ گاہکوں کے استحقاقات بدل جائیں گے۔
problem-invalid-date-title = غلط تاریخ
problem-invalid-date-detail = "{ $field }" کو تاریخ کی صورت میں لکھیں، جیسے 2026-12-31۔
problem-date-range-reversed-title = تاریخیں غلط ترتیب میں ہیں
problem-date-range-reversed-detail = آغاز کی تاریخ اختتام کی تاریخ کے بعد ہے۔ ایسا آغاز منتخب کریں جو اختتام کے دن یا اس سے پہلے ہو۔
