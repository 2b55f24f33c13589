### Layout shared by every page: language selector, navigation, landing, docs and error pages.

# The language's name for itself, shown in the language selector.
language-name = اردو

-brand = RMS License Server

## Layout shared by every page

skip-to-content = مرکزی مواد پر جائیں
nav-home = ہوم
nav-sign-in = سائن ان
nav-api-docs = API دستاویزات
nav-menu = مینو
notice-dismiss = بند کریں
language-label = زبان
language-apply = تبدیل کریں
footer-text = { -brand } — لائسنسنگ اور بلنگ جسے آپ خود ہوسٹ کرتے ہیں۔
footer-support = سپورٹ

## Landing page

landing-page-title = { -brand }
landing-tagline = اپنا سافٹ ویئر بیچیں، اسے محفوظ رکھیں اور ادائیگی وصول کریں — اپنے ہی سرور پر۔
landing-intro = { -brand } خفیہ نگاری پر مبنی لائسنس کلیدیں جاری کرتا ہے، انہیں آلات یا ڈومینز سے منسلک کرتا ہے، آن لائن اور آف لائن ان کی جانچ کرتا ہے، والٹ اور پیمنٹ گیٹ ویز والے اسٹور کے ذریعے فروخت کرتا ہے، اور آپ کے گاہکوں سے ان کی اپنی زبان میں بات کرتا ہے۔
landing-feature-keys-title = ایسی کلیدیں جن کی جعل سازی ممکن نہیں
landing-feature-keys-body = ہر لائسنس پر Ed25519 کے ذریعے دستخط کیے جاتے ہیں۔ آپ کا سافٹ ویئر ایک عوامی کلید سے اس کی تصدیق کرتا ہے، نیٹ ورک کنکشن کے بغیر بھی۔
landing-feature-store-title = درست حساب والا اسٹور
landing-feature-store-body = قیمتوں کا حساب سرور پر ہوتا ہے، ہر ادائیگی ٹھیک ایک بار جمع کی جاتی ہے، اور ہر انوائس نمبر ٹھیک ایک بار استعمال ہوتا ہے۔
landing-feature-scale-title = ایک ہی بائنری، لیپ ٹاپ سے کلسٹر تک
landing-feature-scale-body = ایمبیڈڈ ڈیٹا بیس پر ایک کمانڈ سے آغاز کریں؛ پھر ایک سطر بھی بدلے بغیر PostgreSQL اور Redis پر متعدد نوڈز تک وسعت دیں۔
landing-cta-sign-in = سائن ان کریں
landing-cta-store = اسٹور دیکھیں
landing-cta-docs = API دیکھیں
landing-languages = { $count ->
        [one] { $count } زبان
       *[other] { $count } زبانوں
    } میں دستیاب۔

## API documentation page

docs-page-title = API دستاویزات
docs-noscript = انٹرایکٹو حوالہ جاتی دستاویز کے لیے JavaScript درکار ہے۔ OpenAPI دستاویز بذاتِ خود { $url } پر موجود ہے۔

## Error pages

error-page-back = ہوم پیج پر واپس جائیں
error-page-request-id = درخواست کی شناخت: { $id }
