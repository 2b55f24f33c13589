### Layout shared by every page: language selector, navigation, landing, docs and error pages.

# The language's name for itself, shown in the language selector.
language-name = فارسی

-brand = RMS License Server

## Layout shared by every page

skip-to-content = رفتن به محتوای اصلی
nav-home = خانه
nav-sign-in = ورود
nav-api-docs = مستندات API
nav-menu = منو
notice-dismiss = بستن
language-label = زبان
language-apply = تغییر زبان
footer-text = { -brand } — مدیریت مجوز و صورت‌حساب روی سروری که خودتان میزبانی می‌کنید.
footer-support = پشتیبانی

## Landing page

landing-page-title = { -brand }
landing-tagline = نرم‌افزارتان را بفروشید، از آن محافظت کنید و درآمدتان را دریافت کنید — روی سرور خودتان.
landing-intro = { -brand } کلیدهای مجوز رمزنگاری‌شده صادر می‌کند، آن‌ها را به دستگاه‌ها یا دامنه‌ها پیوند می‌دهد، به‌صورت آنلاین و آفلاین بررسی‌شان می‌کند، از طریق فروشگاهی با کیف پول و درگاه‌های پرداخت می‌فروشد و با مشتریانتان به زبان خودشان سخن می‌گوید.
landing-feature-keys-title = کلیدهایی که جعل‌شدنی نیستند
landing-feature-keys-body = هر مجوز با Ed25519 امضا می‌شود. نرم‌افزار شما آن را با یک کلید عمومی تأیید می‌کند، حتی بدون اتصال به شبکه.
landing-feature-store-title = فروشگاهی با حساب‌وکتاب دقیق
landing-feature-store-body = قیمت‌ها روی سرور محاسبه می‌شوند، هر پرداخت دقیقاً یک بار به حساب واریز می‌شود و هر شماره صورت‌حساب دقیقاً یک بار به کار می‌رود.
landing-feature-scale-title = یک فایل اجرایی، از لپ‌تاپ تا کلاستر
landing-feature-scale-body = با یک فرمان و یک پایگاه داده تعبیه‌شده شروع کنید؛ سپس بدون تغییر حتی یک خط، با PostgreSQL و Redis به چندین گره گسترش دهید.
landing-cta-sign-in = ورود
landing-cta-store = مشاهده فروشگاه
landing-cta-docs = آشنایی با API
landing-languages = به { $count } زبان در دسترس است.

## API documentation page

docs-page-title = مستندات API
docs-noscript = مرجع تعاملی به JavaScript نیاز دارد. خود سند OpenAPI در این نشانی است: { $url }

## Error pages

error-page-back = بازگشت به صفحه اصلی
error-page-request-id = شناسه درخواست: { $id }
