### Accounts: verification, password reset, first-run setup, signing in, settings, two-factor, API keys.

## Email verification page

verify-email-page-title = اپنے ای میل ایڈریس کی تصدیق کریں
verify-email-intro = یہ تصدیق کرنے کے لیے کہ یہ ای میل ایڈریس آپ کا ہے، بٹن دبائیں۔
verify-email-confirm = میرے ای میل ایڈریس کی تصدیق کریں
verify-email-done = شکریہ: آپ کے ای میل ایڈریس کی تصدیق ہو گئی ہے۔

## Password reset page

reset-page-title = نیا پاس ورڈ منتخب کریں
reset-new-password = نیا پاس ورڈ
reset-password-hint = 12 سے 128 حروف۔ یہ سب سے عام پاس ورڈز میں سے نہ ہو، اور نہ ہی آپ کا ای میل ایڈریس ہو۔
reset-submit = نیا پاس ورڈ مقرر کریں
reset-done = آپ کا پاس ورڈ تبدیل ہو گیا ہے اور تمام سیشن ختم کر دیے گئے ہیں۔ نئے پاس ورڈ سے سائن ان کریں۔

## First-run setup page

setup-page-title = پہلا منتظم بنائیں
setup-intro = اس سرور پر ابھی کوئی منتظم نہیں ہے۔ یہاں بنایا گیا اکاؤنٹ ہر چیز کا انتظام کر سکتا ہے؛ یہ لنک صرف ایک بار کام کرتا ہے۔
setup-email = ای میل ایڈریس
setup-name = نام
setup-password = پاس ورڈ
setup-store-name = آپ کے اسٹور کا نام
setup-store-name-hint = آپ کے گاہکوں کو ہر صفحے کے ہیڈر اور ای میلز میں دکھایا جاتا ہے۔ آپ برانڈ کے صفحے پر اسے تبدیل کر سکتے ہیں اور لوگو اور رنگ شامل کر سکتے ہیں۔
setup-seller = فروخت کنندہ کون ہے (انوائسز پر درج ہوتا ہے)
setup-seller-hint = ابھی اختیاری ہے: پہلی فروخت سے پہلے اسے یہاں یا بلنگ کے صفحے پر پُر کریں۔ قانونی نام کے بغیر انوائسز پر اسٹور کا نام درج ہوتا ہے۔
setup-submit = منتظم بنائیں
setup-done = منتظم کا اکاؤنٹ تیار ہے۔ اس سے سائن ان کریں۔

## Signing in and up, account settings

nav-sign-up = اکاؤنٹ بنائیں
nav-sign-out = سائن آؤٹ
field-email = ای میل ایڈریس
field-password = پاس ورڈ
field-name = نام
sign-in-title = سائن ان
sign-in-submit = سائن ان کریں
sign-in-code = یک وقتی کوڈ
sign-in-code-hint = آپ کی تصدیق کنندہ ایپ کا 6 ہندسوں والا کوڈ، یا آپ کے بازیابی کوڈز میں سے کوئی ایک۔
sign-in-forgot = پاس ورڈ بھول گئے؟
sign-in-no-account = اکاؤنٹ بنائیں
sign-up-title = اکاؤنٹ بنائیں
sign-up-submit = اکاؤنٹ بنائیں
sign-up-done = شکریہ۔ ہم نے آپ کے درج کردہ ایڈریس پر تصدیقی لنک بھیج دیا ہے؛ اپنے ای میل کی تصدیق کے لیے اسے کھولیں۔ پھر سائن ان کریں۔
sign-up-invited = ایک لائسنس آپ کا منتظر ہے۔ اپنا اکاؤنٹ اسی ایڈریس سے بنائیں جس پر یہ بھیجا گیا تھا۔
sign-up-invited-done = آپ کا اکاؤنٹ تیار ہے اور اس کے ایڈریس کی تصدیق ہو گئی ہے۔ سائن ان کریں: آپ کا منتظر لائسنس آپ کے لائسنسوں کے صفحے پر موجود ہے۔
forgot-title = پاس ورڈ بھول گئے؟
forgot-submit = مجھے ری سیٹ لنک بھیجیں
forgot-done = اگر کوئی اکاؤنٹ یہ ایڈریس استعمال کرتا ہے تو نیا پاس ورڈ منتخب کرنے کا لنک بھیجا جا رہا ہے۔ یہ 30 منٹ تک کارآمد رہتا ہے۔
account-title = آپ کا اکاؤنٹ
account-profile = پروفائل
account-email-verified = تصدیق شدہ
account-email-unverified = ابھی تصدیق نہیں ہوئی
account-timezone = ٹائم زون
account-digits = ہندسے
account-save = محفوظ کریں
account-saved = آپ کی تبدیلیاں محفوظ ہو گئی ہیں۔
account-password = پاس ورڈ
account-current-password = موجودہ پاس ورڈ
account-change-password = پاس ورڈ تبدیل کریں
account-password-changed = آپ کا پاس ورڈ تبدیل ہو گیا ہے۔ باقی تمام سیشن ختم کر دیے گئے ہیں۔
account-security = سیکیورٹی
account-2fa-on = دو مرحلہ سائن ان آن ہے۔
account-2fa-off = دو مرحلہ سائن ان آف ہے۔
account-sessions-hint = اس اکاؤنٹ کے تمام سیشن، تمام آلات پر، ختم کر دیتا ہے، بشمول اس سیشن کے۔
account-sign-out-everywhere = ہر جگہ سے سائن آؤٹ کریں

## Two-factor sign-in and API key pages

account-2fa-manage = انتظام کریں
account-export = میرا ڈیٹا ڈاؤن لوڈ کریں
account-export-hint = JSON فائلوں پر مشتمل ایک ZIP: آپ کا اکاؤنٹ، لائسنس اور ان کی کلیدیں، آلات، انوائسز، ادائیگیاں، والٹ، اطلاعات اور API کلیدیں (ان کے خفیہ حصے کبھی نہیں)۔
tfa-title = دو مرحلہ سائن ان
tfa-intro = دو مرحلہ سائن ان کے ساتھ سائن ان کرنے کے لیے آپ کے فون پر موجود تصدیق کنندہ ایپ کا کوڈ بھی درکار ہوتا ہے، لہٰذا صرف چوری شدہ پاس ورڈ کافی نہیں ہوتا۔
tfa-start = سیٹ اپ کریں
tfa-scan = یہ کوڈ اپنی تصدیق کنندہ ایپ سے اسکین کریں، پھر وہ 6 ہندسوں والا کوڈ درج کریں جو ایپ دکھاتی ہے۔
tfa-qr-alt = آپ کی تصدیق کنندہ ایپ کے لیے QR کوڈ
tfa-secret = یا یہ کلید ٹائپ کریں:
tfa-confirm = دو مرحلہ سائن ان آن کریں
tfa-enabled = دو مرحلہ سائن ان آن ہو گیا ہے۔ آپ کے دیگر سیشن ختم ہو گئے ہیں؛ یہ براؤزر سائن ان رہے گا۔
tfa-confirm-password-hint = آپ کا پاس ورڈ ثابت کرتا ہے کہ یہ آپ ہی ہیں: آپ کے دیگر سیشن ختم ہو جائیں گے، یہ براؤزر سائن ان رہے گا۔
tfa-codes-saved = میں نے انہیں محفوظ کر لیا: میرے اکاؤنٹ پر واپس
tfa-codes-intro = یہ بازیابی کوڈز کسی محفوظ جگہ رکھیں۔ اگر آپ کا فون گم ہو جائے تو ہر کوڈ ایک بار کام کرتا ہے۔ یہ صرف ابھی دکھائے جا رہے ہیں۔
tfa-disable = دو مرحلہ سائن ان آف کریں
keys-title = API کلیدیں
keys-new = نئی کلید
keys-scopes = اجازتیں
keys-scope-read = آپ کا ڈیٹا پڑھنا
keys-scope-licenses = لائسنسوں کا انتظام
keys-scope-releases = ریلیزز شائع کرنا
keys-expires = میعاد ختم ہونے کی مدت (دن، اختیاری)
keys-create = کلید بنائیں
keys-created = آپ کی نئی کلید نیچے ہے۔ اسے ابھی کاپی کر لیں: یہ صرف ایک بار دکھائی جاتی ہے۔
keys-yours = آپ کی کلیدیں
keys-none = آپ کے پاس ابھی کوئی API کلید نہیں ہے۔
keys-prefix = ابتدائی حروف
keys-revoke = منسوخ کریں
keys-confirm-revoke = کیا یہ API کلید منسوخ کی جائے؟ اسے استعمال کرنے والی اسکرپٹس فوراً کام کرنا بند کر دیں گی؛ یہ عمل واپس نہیں لیا جا سکتا۔
keys-revoked = منسوخ شدہ
