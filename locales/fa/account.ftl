### Accounts: verification, password reset, first-run setup, signing in, settings, two-factor, API keys.

## Email verification page

verify-email-page-title = تأیید نشانی ایمیل
verify-email-intro = برای تأیید اینکه این نشانی ایمیل متعلق به شماست، دکمه زیر را بزنید.
verify-email-confirm = تأیید نشانی ایمیل من
verify-email-done = سپاسگزاریم: نشانی ایمیل شما تأیید شد.

## Password reset page

reset-page-title = انتخاب گذرواژه جدید
reset-new-password = گذرواژه جدید
reset-password-hint = ۱۲ تا ۱۲۸ نویسه. نباید از رایج‌ترین گذرواژه‌ها یا نشانی ایمیل شما باشد.
reset-submit = ثبت گذرواژه جدید
reset-done = گذرواژه شما تغییر کرد و همه نشست‌ها پایان یافتند. با گذرواژه جدید وارد شوید.

## First-run setup page

setup-page-title = ایجاد نخستین مدیر
setup-intro = این سرور هنوز مدیری ندارد. حسابی که اینجا ایجاد می‌کنید می‌تواند همه‌چیز را مدیریت کند؛ این پیوند فقط یک بار کار می‌کند.
setup-email = نشانی ایمیل
setup-name = نام
setup-password = گذرواژه
setup-store-name = نام فروشگاه شما
setup-store-name-hint = در سربرگ همه صفحه‌ها و در ایمیل‌ها به مشتریانتان نشان داده می‌شود. می‌توانید آن را در صفحه «برند» تغییر دهید و لوگو و رنگ‌ها را نیز اضافه کنید.
setup-seller = فروشنده (روی صورت‌حساب‌ها چاپ می‌شود)
setup-seller-hint = فعلاً اختیاری است: پیش از نخستین فروش، اینجا یا در صفحه امور مالی تکمیلش کنید. بدون نام حقوقی، نام فروشگاه روی صورت‌حساب‌ها چاپ می‌شود.
setup-submit = ایجاد مدیر
setup-done = حساب مدیر آماده است. با آن وارد شوید.

## Signing in and up, account settings

nav-sign-up = ایجاد حساب
nav-sign-out = خروج
field-email = نشانی ایمیل
field-password = گذرواژه
field-name = نام
sign-in-title = ورود
sign-in-submit = ورود
sign-in-code = کد یک‌بارمصرف
sign-in-code-hint = کد ۶ رقمی برنامه احراز هویت شما، یا یکی از کدهای بازیابی‌تان.
sign-in-forgot = گذرواژه خود را فراموش کرده‌اید؟
sign-in-no-account = ایجاد حساب
sign-up-title = ایجاد حساب
sign-up-submit = ایجاد حساب
sign-up-done = سپاسگزاریم. پیوند تأییدی به نشانی‌ای که وارد کردید فرستادیم؛ برای تأیید ایمیلتان آن را باز کنید. سپس وارد شوید.
sign-up-invited = مجوزی در انتظار شماست. حساب خود را با همان نشانی‌ای ایجاد کنید که مجوز به آن فرستاده شده است.
sign-up-invited-done = حساب شما آماده و نشانی آن تأیید شده است. وارد شوید: مجوزی که در انتظارتان بود در صفحه مجوزهای شماست.
forgot-title = گذرواژه خود را فراموش کرده‌اید؟
forgot-submit = پیوند بازنشانی را برایم بفرستید
forgot-done = اگر حسابی با این نشانی وجود داشته باشد، پیوندی برای انتخاب گذرواژه جدید در راه است. این پیوند ۳۰ دقیقه معتبر است.
account-title = حساب شما
account-profile = نمایه
account-email-verified = تأییدشده
account-email-unverified = هنوز تأیید نشده
account-timezone = منطقه زمانی
account-digits = ارقام
account-save = ذخیره
account-saved = تغییرات شما ذخیره شد.
account-password = گذرواژه
account-current-password = گذرواژه فعلی
account-change-password = تغییر گذرواژه
account-password-changed = گذرواژه شما تغییر کرد. همه نشست‌های دیگر پایان یافتند.
account-security = امنیت
account-2fa-on = ورود دومرحله‌ای فعال است.
account-2fa-off = ورود دومرحله‌ای غیرفعال است.
account-sessions-hint = همه نشست‌های این حساب را روی همه دستگاه‌ها، از جمله همین دستگاه، پایان می‌دهد.
account-sign-out-everywhere = خروج از همه دستگاه‌ها

## Two-factor sign-in and API key pages

account-2fa-manage = مدیریت
account-export = دریافت داده‌های من
account-export-hint = یک فایل ZIP از فایل‌های JSON: حساب شما، مجوزها و کلیدهایشان، دستگاه‌ها، صورت‌حساب‌ها، پرداخت‌ها، کیف پول، اعلان‌ها و کلیدهای API (هرگز مقادیر محرمانه آن‌ها).
tfa-title = ورود دومرحله‌ای
tfa-intro = با ورود دومرحله‌ای، برای ورود به کدی از برنامه احراز هویت روی تلفن همراهتان نیز نیاز است؛ بنابراین گذرواژه سرقت‌شده به‌تنهایی کافی نیست.
tfa-start = راه‌اندازی
tfa-scan = این کد را با برنامه احراز هویت خود اسکن کنید، سپس کد ۶ رقمی‌ای را که نشان می‌دهد وارد کنید.
tfa-qr-alt = کد QR برای برنامه احراز هویت شما
tfa-secret = یا این کلید را تایپ کنید:
tfa-confirm = فعال‌سازی ورود دومرحله‌ای
tfa-enabled = ورود دومرحله‌ای فعال شد. نشست‌های دیگر شما پایان یافتند؛ در این مرورگر همچنان وارد شده باقی می‌مانید.
tfa-confirm-password-hint = گذرواژه شما نشان می‌دهد که خودتان هستید: نشست‌های دیگرتان پایان می‌یابند و در این مرورگر همچنان وارد شده باقی می‌مانید.
tfa-codes-saved = ذخیره‌شان کردم: بازگشت به حساب من
tfa-codes-intro = این کدهای بازیابی را در جای امنی نگه دارید. اگر تلفنتان را گم کنید، هر کدام یک بار کار می‌کند. فقط همین حالا نشان داده می‌شوند.
tfa-disable = غیرفعال‌سازی ورود دومرحله‌ای
keys-title = کلیدهای API
keys-new = کلید جدید
keys-scopes = دسترسی‌ها
keys-scope-read = خواندن داده‌های شما
keys-scope-licenses = مدیریت مجوزها
keys-scope-releases = انتشار نسخه‌ها
keys-expires = انقضا پس از (روز، اختیاری)
keys-create = ایجاد کلید
keys-created = کلید جدید شما در زیر آمده است. همین حالا آن را کپی کنید: فقط یک بار نشان داده می‌شود.
keys-yours = کلیدهای شما
keys-none = هنوز هیچ کلید API ندارید.
keys-prefix = آغاز با
keys-revoke = ابطال
keys-confirm-revoke = این کلید API باطل شود؟ اسکریپت‌هایی که از آن استفاده می‌کنند بی‌درنگ از کار می‌افتند؛ این کار برگشت‌پذیر نیست.
keys-revoked = باطل‌شده
