# Notifications: one subject (also the in-app title) and one body per kind. Arguments come from
# what happened: $name is always the person's name; links are added below the body by the sender.
# A kind may add `-details`, a paragraph shown only when its arguments are all there (notices
# stored by an older version lack some).

notify-footer = این پیام را به دلیل حسابتان در { $seller } دریافت می‌کنید. در صفحه حساب خود انتخاب کنید که از چه چیزهایی و از چه راهی باخبر شوید.
notify-open = باز کردن
notify-unsubscribe = لغو اشتراک این ایمیل‌ها
notify-unsubscribe-intro = دریافت ایمیل‌های این نوع متوقف شود؟ اعلان‌های امنیتی و انواع دیگر تحت تأثیر قرار نمی‌گیرند؛ می‌توانید آن را از صفحه حساب خود دوباره فعال کنید.
notify-unsubscribe-confirm = لغو اشتراک
notify-unsubscribe-done = انجام شد: دیگر این ایمیل‌ها را دریافت نخواهید کرد.

notify-top_up_credited-subject = کیف پول شما به مبلغ { $amount } شارژ شد
notify-top_up_credited-body = سلام { $name }، مبلغ { $amount } به کیف پول شما افزوده شد.
notify-top_up_credited-details = پرداخت { $reference } شما به مبلغ { $paid } از طریق { $gateway } دریافت شد. موجودی و سابقه تراکنش‌های شما در صفحه کیف پولتان قرار دارد.
notify-transfer_confirmed-subject = انتقال بانکی شما به مبلغ { $amount } دریافت شد
notify-transfer_confirmed-body = سلام { $name }، انتقال بانکی شما را دریافت کردیم: مبلغ { $amount } اکنون در کیف پول شماست.
notify-transfer_confirmed-details = شناسه مرجع آن { $reference } بود؛ شما { $paid } فرستادید.
notify-purchase_receipt-subject = رسید خرید شما ({ $invoice })
notify-purchase_receipt-body = سلام { $name }، از خرید شما سپاسگزاریم. صورت‌حساب { $invoice } به مبلغ کل { $amount } از کیف پول شما پرداخت شد. کلیدهای مجوز شما در صفحه مجوزهایتان قرار دارند؛ فایل PDF صورت‌حساب را هر زمان می‌توانید از صفحه کیف پول خود دانلود کنید.
notify-order_failed-subject = سفارش شما تکمیل نشد
notify-order_failed-body = سلام { $name }، سفارش شما تکمیل نشد. { $reason ->
        [unpaid] پرداخت آن انجام نشد، بنابراین مبلغی از شما کسر نشد. می‌توانید دوباره از فروشگاه سفارش دهید.
        [returned] ارائه‌دهنده پرداخت مبلغ آن را برگشت داد، بنابراین خریدی انجام نشد.
        [late] پرداخت آن دیرتر از آن رسید که بتوان با قیمت اعلام‌شده به شما خرید را انجام داد. مبلغ { $amount } که پرداخت کردید در کیف پول شماست: هر زمان که خواستید، دوباره از فروشگاه خرید کنید.
       *[refused] فروشگاه دیگر نمی‌توانست آن را به همان صورتی که سفارش داده بودید بفروشد (کد تخفیفی که سهمیه‌اش تمام شده، یا طرحی که دیگر فروخته نمی‌شود). مبلغ { $amount } که پرداخت کردید در کیف پول شماست.
    }
notify-refund-subject = مبلغ { $amount } به شما بازپرداخت شد
notify-refund-body = سلام { $name }، مبلغ { $amount } از صورت‌حساب { $invoice } به کیف پول شما بازپرداخت شد.
notify-payment_attention-subject = پرداختی نیازمند توجه شماست
notify-payment_attention-body = سلام { $name }، پرداختی به مبلغ { $amount } در انتظار تصمیم است.
notify-license_issued-subject = مجوز { $product } شما آماده است
notify-license_issued-body = سلام { $name }، مجوزی برای { $product } ({ $plan }) برای شما صادر شد. کلید آن در صفحه مجوزهای شماست.
notify-device_activated-subject = { $product } روی دستگاه جدیدی فعال شد
notify-device_activated-body = سلام { $name }، مجوز { $product } شما روی { $device } فعال شد. اگر این کار را شما انجام نداده‌اید، جایگاه را از صفحه مجوزهای خود آزاد کنید.
notify-seat_freed-subject = یک جایگاه { $product } آزاد شد
notify-seat_freed-body = سلام { $name }، { $device } دیگر جایگاهی از مجوز { $product } شما را اشغال نمی‌کند.
notify-license_expiring-subject = مجوز { $product } شما { $days } روز دیگر منقضی می‌شود
notify-license_expiring-body = سلام { $name }، مجوز { $product } شما { $days } روز دیگر منقضی می‌شود. برای ادامه استفاده از { $product } و دریافت به‌روزرسانی‌ها، آن را تمدید کنید.
notify-license_expired-subject = مجوز { $product } شما منقضی شد
notify-license_expired-body = سلام { $name }، مجوز { $product } شما منقضی شده است.
notify-renewal_upcoming-subject = مجوز { $product } شما در { $date } تمدید می‌شود
notify-renewal_upcoming-body = سلام { $name }، مجوز { $product } شما در { $date } به‌طور خودکار با مبلغ { $amount } از کیف پولتان تمدید می‌شود. { $reason ->
        [wallet_short] کیف پول شما هنوز این مقدار موجودی ندارد: پیش از آن تاریخ آن را شارژ کنید، وگرنه مجوز به پایان می‌رسد.
       *[other] موجودی کیف پول شما کافی است.
    } می‌توانید تمدید خودکار را در صفحه مجوزهای خود غیرفعال کنید.
notify-license_renewed-subject = مجوز { $product } شما تمدید شد
notify-license_renewed-body = سلام { $name }، مجوز { $product } شما به‌طور خودکار تا { $date } تمدید شد. صورت‌حساب { $invoice } به مبلغ کل { $amount } از کیف پول شما پرداخت شد.
notify-renewal_failed-subject = مجوز { $product } شما تمدید نشد
notify-renewal_failed-body = سلام { $name }، مجوز { $product } شما به‌طور خودکار تمدید نشد. { $reason ->
        [wallet_short] هزینه تمدید { $amount } است و موجودی کیف پول شما { $paid }. کیف پول خود را شارژ کنید و مجوز را از صفحه مجوزهایتان تمدید کنید.
        [not_for_sale] طرح آن دیگر فروخته نمی‌شود.
       *[other] آن را از صفحه مجوزهای خود تمدید کنید.
    } اگر تا { $date } تمدید شود، کلید و دستگاه‌هایش را حفظ می‌کند.
notify-clone_suspected-subject = ممکن است مجوز { $product } شما روی دستگاهی کپی‌شده در حال استفاده باشد
notify-clone_suspected-body = سلام { $name }، دو دستگاه همین حالا یک فعال‌سازی یکسان از مجوز { $product } شما را ارائه کرده‌اند (دستگاه «{ $device }»). این معمولاً یعنی یک تصویر دیسک یا ماشین مجازی همراه با مجوز روی آن کپی شده است.

    فعال‌سازی موقتاً متوقف شده است. اگر هر دو دستگاه را می‌شناسید، دستگاه قدیمی را در صفحه مجوزهای خود آزاد کنید و دستگاه جدید را فعال کنید. اگر آن‌ها را نمی‌شناسید، ممکن است کسی از کلید مجوز شما استفاده کند: با فروشنده تماس بگیرید.
notify-license_status-subject = مجوز { $product } شما اکنون { $status ->
        [active] فعال است
        [suspended] تعلیق شده است
        [expired] منقضی شده است
        [revoked] باطل شده است
       *[other] در وضعیت «{ $status }» است
    }
notify-license_status-body = سلام { $name }، وضعیت مجوز { $product } شما به { $status ->
        [active] «فعال»
        [suspended] «معلق»
        [expired] «منقضی‌شده»
        [revoked] «باطل‌شده»
       *[other] «{ $status }»
    } تغییر کرد.
notify-release_published-subject = { $product } { $version } منتشر شد
notify-release_published-body = سلام { $name }، نسخه { $version } از { $product } در { $channel ->
        [stable] کانال پایدار
        [beta] کانال بتا
        [alpha] کانال آلفا
       *[other] کانال { $channel }
    } منتشر شد. این نسخه در صفحه دانلودهای شما در دسترس است.
notify-new_sign_in-subject = ورود جدید به حساب شما
notify-new_sign_in-body = سلام { $name }، همین حالا از { $device } به حساب شما وارد شدند. اگر شما نبودید، همین حالا گذرواژه خود را تغییر دهید.
notify-password_changed-subject = گذرواژه شما تغییر کرد
notify-password_changed-body = سلام { $name }، گذرواژه حساب شما تغییر کرد. اگر این کار را شما انجام نداده‌اید، همین حالا آن را بازنشانی کنید و با پشتیبانی تماس بگیرید.
notify-two_factor_changed-subject = ورود دومرحله‌ای { $status ->
        [on] فعال شد
        [off] غیرفعال شد
       *[other] تغییر کرد ({ $status })
    }
notify-two_factor_changed-body = سلام { $name }، ورود دومرحله‌ای حساب شما { $status ->
        [on] فعال شد
        [off] غیرفعال شد
       *[other] تغییر کرد ({ $status })
    }. اگر این کار را شما انجام نداده‌اید، همین حالا با پشتیبانی تماس بگیرید.
notify-api_key_created-subject = کلید API جدیدی ایجاد شد
notify-api_key_created-body = سلام { $name }، کلید API «{ $key_name }» برای حساب شما ایجاد شد. اگر این کار را شما انجام نداده‌اید، همین حالا آن را باطل کنید.
notify-commission_earned-subject = پورسانتی به مبلغ { $amount } کسب کردید
notify-commission_earned-body = سلام { $name }، خریدی که از طریق پیوند معرفی شما انجام شد، { $amount } پورسانت برایتان به همراه داشت. این مبلغ تا پایان مهلت بازپرداخت نگه داشته می‌شود.
notify-commission_released-subject = پورسانت به مبلغ { $amount } اکنون در اختیار شماست
notify-commission_released-body = سلام { $name }، پورسانت‌هایی به مبلغ { $amount } به کیف پول شما واریز شد.
notify-marketing-subject = { $headline }
notify-marketing-body = سلام { $name }،

    { $text }

# The notifications page, the header's bell, and the choices per kind.
nav-notifications = اعلان‌ها
notifications-title = اعلان‌ها
notifications-none = هنوز چیزی نیست. رویدادهای مربوط به مجوزها، پرداخت‌ها و حساب شما اینجا نمایش داده می‌شوند.
notifications-mark-all = علامت‌گذاری همه به‌عنوان خوانده‌شده
notifications-unread = جدید
account-notifications-title = تنظیمات اعلان‌ها
account-notifications-intro = برای هر نوع اعلان انتخاب کنید که از طریق ایمیل و در برنامه به دستتان برسد یا نه. اعلان‌های امنیتی همیشه دست‌کم از یک راه ارسال می‌شوند.
account-notifications-save = ذخیره تنظیمات اعلان‌ها
account-notifications-saved = تنظیمات اعلان‌ها ذخیره شد.
account-notifications-security = امنیتی
notify-kind = اعلان
notify-channel-email = ایمیل
notify-channel-in_app = در برنامه
notify-channel-telegram = Telegram
notify-group-transactions = پرداخت‌ها
notify-group-licenses = مجوزها
notify-group-releases = نسخه‌ها
notify-group-security = امنیت
notify-group-affiliate = برنامه همکاری در فروش
notify-group-marketing = اخبار
notify-kind-top_up_credited = شارژ کیف پول
notify-kind-transfer_confirmed = دریافت انتقال بانکی
notify-kind-purchase_receipt = رسیدهای خرید
notify-kind-order_failed = سفارش‌های تکمیل‌نشده
notify-kind-refund = بازپرداخت‌ها
notify-kind-payment_attention = پرداخت‌های نیازمند تصمیم
notify-kind-license_issued = صدور مجوز برای شما
notify-kind-device_activated = فعال‌سازی روی دستگاه جدید
notify-kind-seat_freed = آزاد شدن جایگاه
notify-kind-license_expiring = نزدیک شدن انقضای مجوز (۱۴ و ۳ روز پیش از آن)
notify-kind-license_expired = انقضای مجوز
notify-kind-renewal_upcoming = تمدید خودکار پیش رو (۷ روز پیش از آن)
notify-kind-license_renewed = تمدید خودکار مجوز
notify-kind-renewal_failed = ناموفق بودن تمدید خودکار
notify-kind-clone_suspected = دستگاه احتمالاً کپی‌شده
notify-kind-license_status = تعلیق، ابطال یا رفع تعلیق مجوز
notify-kind-release_published = نسخه‌های جدید
notify-kind-new_sign_in = ورود از دستگاه جدید
notify-kind-password_changed = تغییر گذرواژه
notify-kind-two_factor_changed = تغییر در ورود دومرحله‌ای
notify-kind-api_key_created = ایجاد کلید API
notify-kind-commission_earned = کسب پورسانت
notify-kind-commission_released = پرداخت پورسانت
notify-kind-marketing = اخبار و پیشنهادها

# New versions per product, on the notification settings page.
account-releases-title = نسخه‌های جدید
account-releases-intro = برای هر محصولی که مجوز آن را دارید: از کدام نسخه‌ها و از چه راهی باخبر شوید. بتا نسخه‌های پایدار را هم شامل می‌شود؛ آلفا همه نسخه‌ها را.
account-releases-none = هیچ‌کدام
account-releases-stable = نسخه‌های پایدار
account-releases-beta = نسخه‌های بتا و پایدار
account-releases-alpha = همه نسخه‌ها، از جمله آلفا

# The Telegram bot's replies.
telegram-linked = سلام { $name }! این گفت‌وگو اکنون به حساب شما پیوند خورده است: اعلان‌هایی که برای Telegram انتخاب کنید اینجا می‌رسند. برای پایان دادن، ‎/stop را بفرستید.
telegram-unlinked = این گفت‌وگو دیگر به هیچ حسابی پیوند ندارد. می‌توانید از صفحه حساب خود دوباره آن را پیوند دهید.
telegram-link-invalid = این پیوند منقضی شده یا قبلاً استفاده شده است. از صفحه حساب خود پیوند جدیدی بسازید.
telegram-help = برای دریافت اعلان‌ها در اینجا، پیوند Telegram را در صفحه حساب خود باز کنید. برای قطع پیوند این گفت‌وگو، ‎/stop را بفرستید.

# Telegram on the notification settings page.
account-telegram-intro = اعلان‌هایی را که انتخاب می‌کنید در Telegram دریافت کنید: این حساب را به یک گفت‌وگو با ربات فروشگاه پیوند دهید.
account-telegram-link = پیوند دادن Telegram
account-telegram-open = این پیوند را ظرف ۱۵ دقیقه در Telegram باز کنید و دکمه «شروع» را بزنید:
account-telegram-linked = این حساب به یک گفت‌وگوی Telegram پیوند خورده است.
account-telegram-unlink = قطع پیوند Telegram

# Alerts to the admins' Telegram chat.
telegram-alert-payment_review = پرداختی نیازمند تصمیم است: { $payment } ({ $reason }).
telegram-alert-clone_suspected = ممکن است دستگاهی کپی باشد: مجوز { $license }، دستگاه { $device }.
telegram-alert-reconciliation = تطبیق دفتر کل { $count } مورد نقض یافت: ممکن است پولی ایجاد یا گم شده باشد.
telegram-alert-job_dead = یک کار پس‌زمینه رها شد: { $job } ({ $id }). آخرین خطا: { $reason }
