# Notifications: one subject (also the in-app title) and one body per kind. Arguments come from
# what happened: $name is always the person's name; links are added below the body by the sender.
# A kind may add `-details`, a paragraph shown only when its arguments are all there (notices
# stored by an older version lack some).

notify-footer = تصلك هذه الرسالة لأن لديك حسابًا لدى { $seller }. اختر ما تودّ أن نُعلمك به، وأين، من صفحة حسابك.
notify-open = فتح
notify-unsubscribe = إلغاء الاشتراك في هذه الرسائل
notify-unsubscribe-intro = هل تريد التوقف عن تلقي رسائل البريد الإلكتروني من هذا النوع؟ لن تتأثر إشعارات الأمان ولا الأنواع الأخرى، ويمكنك إعادة تفعيلها من صفحة حسابك.
notify-unsubscribe-confirm = إلغاء الاشتراك
notify-unsubscribe-done = تم: لن تصلك هذه الرسائل بعد الآن.

notify-top_up_credited-subject = شُحنت محفظتك بمبلغ { $amount }
notify-top_up_credited-body = مرحبًا { $name }، أُضيف { $amount } إلى محفظتك.
notify-top_up_credited-details = وصلت دفعتك { $reference } بمبلغ { $paid } عبر { $gateway }. رصيدك وسجلّك في صفحة المحفظة.
notify-transfer_confirmed-subject = وصل تحويلك المصرفي بمبلغ { $amount }
notify-transfer_confirmed-body = مرحبًا { $name }، استلمنا تحويلك المصرفي: أصبح مبلغ { $amount } الآن في محفظتك.
notify-transfer_confirmed-details = كان مرجعه { $reference }؛ وقد أرسلتَ { $paid }.
notify-purchase_receipt-subject = إيصال شرائك ({ $invoice })
notify-purchase_receipt-body = مرحبًا { $name }، شكرًا لشرائك. دُفعت الفاتورة { $invoice } بمبلغ إجمالي { $amount } من محفظتك. مفاتيح الترخيص في صفحة تراخيصك، ويمكنك تنزيل ملف PDF للفاتورة من صفحة المحفظة في أي وقت.
notify-order_failed-subject = تعذر إتمام طلبك
notify-order_failed-body = مرحبًا { $name }، تعذر إتمام طلبك. { $reason ->
        [unpaid] لم تكتمل عملية الدفع، لذا لم يُخصم منك شيء. يمكنك الطلب مجددًا من المتجر.
        [returned] استردّ مزوّد الدفع المبلغ المدفوع، لذا لم يُشترَ شيء.
        [late] وصل الدفع متأخرًا جدًا للشراء بالسعر الذي عُرض عليك. المبلغ { $amount } الذي دفعته موجود في محفظتك: اشترِ مجددًا من المتجر متى شئت.
       *[refused] لم يعد بإمكان المتجر بيعه كما طلبته (رمز خصم استُنفد، أو خطة لم تعد تُباع). المبلغ { $amount } الذي دفعته موجود في محفظتك.
    }
notify-refund-subject = استُرد لك مبلغ { $amount }
notify-refund-body = مرحبًا { $name }، أُعيد مبلغ { $amount } من الفاتورة { $invoice } إلى محفظتك.
notify-payment_attention-subject = دفعة تحتاج إلى انتباهك
notify-payment_attention-body = مرحبًا { $name }، هناك دفعة بمبلغ { $amount } بانتظار قرار.
notify-license_issued-subject = ترخيص { $product } الخاص بك جاهز
notify-license_issued-body = مرحبًا { $name }، أُصدر لك ترخيص { $product } ({ $plan }). تجد مفتاحه في صفحة تراخيصك.
notify-device_activated-subject = فُعِّل { $product } على جهاز جديد
notify-device_activated-body = مرحبًا { $name }، فُعِّل ترخيص { $product } الخاص بك على الجهاز { $device }. إن لم تكن أنت، فحرّر المقعد من صفحة تراخيصك.
notify-seat_freed-subject = تحرّر مقعد في ترخيص { $product }
notify-seat_freed-body = مرحبًا { $name }، لم يعد الجهاز { $device } يشغل مقعدًا في ترخيص { $product } الخاص بك.
notify-license_expiring-subject = ينتهي ترخيص { $product } الخاص بك خلال { $days ->
        [zero] أقل من يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }
notify-license_expiring-body = مرحبًا { $name }، ينتهي ترخيص { $product } الخاص بك خلال { $days ->
        [zero] أقل من يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }. جدِّده لتواصل استخدام { $product } وتلقّي التحديثات.
notify-license_expired-subject = انتهت صلاحية ترخيص { $product } الخاص بك
notify-license_expired-body = مرحبًا { $name }، انتهت صلاحية ترخيص { $product } الخاص بك.
notify-renewal_upcoming-subject = يتجدد ترخيص { $product } الخاص بك في { $date }
notify-renewal_upcoming-body = مرحبًا { $name }، يتجدد ترخيص { $product } الخاص بك تلقائيًا في { $date } مقابل { $amount } من محفظتك. { $reason ->
        [wallet_short] لا تحتوي محفظتك على هذا المبلغ بعد: اشحنها قبل ذلك، وإلا انتهى الترخيص.
       *[other] محفظتك تغطي المبلغ.
    } يمكنك إيقاف التجديد التلقائي من صفحة التراخيص.
notify-license_renewed-subject = تم تجديد ترخيص { $product } الخاص بك
notify-license_renewed-body = مرحبًا { $name }، تم تجديد ترخيص { $product } الخاص بك تلقائيًا حتى { $date }. دُفعت الفاتورة { $invoice } بإجمالي { $amount } من محفظتك.
notify-renewal_failed-subject = تعذر تجديد ترخيص { $product } الخاص بك
notify-renewal_failed-body = مرحبًا { $name }، تعذر تجديد ترخيص { $product } الخاص بك تلقائيًا. { $reason ->
        [wallet_short] يكلف التجديد { $amount } ومحفظتك تحتوي على { $paid }. اشحن محفظتك وجدّده من صفحة التراخيص.
        [not_for_sale] لم تعد خطته معروضة للبيع.
       *[other] جدّده من صفحة التراخيص.
    } يحتفظ بمفتاحه وأجهزته إذا جُدّد قبل { $date }.
notify-clone_suspected-subject = قد يكون ترخيص { $product } الخاص بك مستخدمًا على جهاز منسوخ
notify-clone_suspected-body = مرحبًا { $name }، قدّم جهازان للتو التفعيل نفسه لترخيص { $product } الخاص بك (الجهاز «{ $device }»). يحدث هذا عادةً عند نسخ صورة قرص أو آلة افتراضية مع الترخيص.

    تم إيقاف التفعيل مؤقتًا. إذا كنت تعرف الجهازين، فحرّر القديم من صفحة تراخيصك وفعّل الجديد. وإن لم تكن تعرفهما، فقد يستخدم شخص آخر مفتاح ترخيصك: تواصل مع البائع.
notify-license_status-subject = حالة ترخيص { $product } الخاص بك الآن: { $status ->
        [active] «فعّال»
        [suspended] «معلّق»
        [expired] «منتهي الصلاحية»
        [revoked] «مُبطَل»
       *[other] «{ $status }»
    }
notify-license_status-body = مرحبًا { $name }، تغيّرت حالة ترخيص { $product } الخاص بك إلى { $status ->
        [active] «فعّال»
        [suspended] «معلّق»
        [expired] «منتهي الصلاحية»
        [revoked] «مُبطَل»
       *[other] «{ $status }»
    }.
notify-release_published-subject = صدر { $product } { $version }
notify-release_published-body = مرحبًا { $name }، نُشر الإصدار { $version } من { $product } على القناة { $channel ->
        [stable] المستقرة
        [beta] التجريبية (بيتا)
        [alpha] الأولية (ألفا)
       *[other] { $channel }
    }. تجده في صفحة التنزيلات.
notify-new_sign_in-subject = تسجيل دخول جديد إلى حسابك
notify-new_sign_in-body = مرحبًا { $name }، سُجِّل الدخول إلى حسابك للتو من { $device }. إن لم تكن أنت، فغيّر كلمة المرور الآن.
notify-password_changed-subject = تم تغيير كلمة مرورك
notify-password_changed-body = مرحبًا { $name }، تم تغيير كلمة مرور حسابك. إن لم تكن أنت، فأعد تعيينها الآن وتواصل مع الدعم.
notify-two_factor_changed-subject = أصبح تسجيل الدخول بخطوتين { $status ->
        [on] مفعّلًا
        [off] غير مفعّل
       *[other] { $status }
    }
notify-two_factor_changed-body = مرحبًا { $name }، أصبح تسجيل الدخول بخطوتين في حسابك { $status ->
        [on] مفعّلًا
        [off] غير مفعّل
       *[other] { $status }
    }. إن لم تكن أنت، فتواصل مع الدعم الآن.
notify-api_key_created-subject = أُنشئ مفتاح API جديد
notify-api_key_created-body = مرحبًا { $name }، أُنشئ مفتاح API «{ $key_name }» لحسابك. إن لم تكن أنت، فألغِه الآن.
notify-commission_earned-subject = حصلت على عمولة بمبلغ { $amount }
notify-commission_earned-body = مرحبًا { $name }، ربحت { $amount } من عملية شراء تمّت عبر رابط الإحالة الخاص بك. تبقى العمولة محجوزة حتى تنتهي مهلة الاسترداد.
notify-commission_released-subject = أصبحت عمولات بمبلغ { $amount } متاحة لك
notify-commission_released-body = مرحبًا { $name }، حُوِّلت عمولات بمبلغ { $amount } إلى محفظتك.
notify-marketing-subject = { $headline }
notify-marketing-body = مرحبًا { $name }،

    { $text }

# The notifications page, the header's bell, and the choices per kind.
nav-notifications = الإشعارات
notifications-title = الإشعارات
notifications-none = لا شيء بعد. سيظهر هنا كل ما يحدث لتراخيصك ومدفوعاتك وحسابك.
notifications-mark-all = تعليم الكل كمقروء
notifications-unread = جديد
account-notifications-title = إعدادات الإشعارات
account-notifications-intro = اختر لكل نوع من الإشعارات ما إذا كان يصلك عبر البريد الإلكتروني وداخل التطبيق. تبقى لإشعارات الأمان دائمًا قناة واحدة على الأقل.
account-notifications-save = حفظ إعدادات الإشعارات
account-notifications-saved = حُفظت إعدادات الإشعارات.
account-notifications-security = أمان
notify-kind = الإشعار
notify-channel-email = البريد الإلكتروني
notify-channel-in_app = داخل التطبيق
notify-channel-telegram = Telegram
notify-group-transactions = المدفوعات
notify-group-licenses = التراخيص
notify-group-releases = الإصدارات
notify-group-security = الأمان
notify-group-affiliate = برنامج الشركاء
notify-group-marketing = الأخبار
notify-kind-top_up_credited = شحن المحفظة
notify-kind-transfer_confirmed = وصول التحويل المصرفي
notify-kind-purchase_receipt = إيصالات الشراء
notify-kind-order_failed = طلبات تعذر إتمامها
notify-kind-refund = الاستردادات
notify-kind-payment_attention = مدفوعات بانتظار قرار
notify-kind-license_issued = ترخيص أُصدر لك
notify-kind-device_activated = التفعيل على جهاز جديد
notify-kind-seat_freed = تحرُّر مقعد
notify-kind-license_expiring = قرب انتهاء الترخيص (قبل 14 يومًا و3 أيام)
notify-kind-license_expired = انتهاء صلاحية الترخيص
notify-kind-renewal_upcoming = تجديد تلقائي قادم (قبل 7 أيام)
notify-kind-license_renewed = تجديد الترخيص تلقائيًا
notify-kind-renewal_failed = فشل التجديد التلقائي
notify-kind-clone_suspected = جهاز يُحتمل أنه منسوخ
notify-kind-license_status = تعليق الترخيص أو إبطاله أو إعادة تفعيله
notify-kind-release_published = الإصدارات الجديدة
notify-kind-new_sign_in = تسجيل الدخول من جهاز جديد
notify-kind-password_changed = تغيير كلمة المرور
notify-kind-two_factor_changed = تغيير تسجيل الدخول بخطوتين
notify-kind-api_key_created = إنشاء مفتاح API
notify-kind-commission_earned = الحصول على عمولة
notify-kind-commission_released = صرف العمولة
notify-kind-marketing = الأخبار والعروض

# New versions per product, on the notification settings page.
account-releases-title = الإصدارات الجديدة
account-releases-intro = لكل منتج تملك ترخيصًا له: أيّ الإصدارات نُعلمك بها، وأين. يشمل اختيار بيتا الإصداراتِ المستقرة أيضًا، ويشمل اختيار ألفا كل الإصدارات.
account-releases-none = لا شيء
account-releases-stable = الإصدارات المستقرة
account-releases-beta = الإصدارات التجريبية (بيتا) والمستقرة
account-releases-alpha = كل الإصدارات، بما فيها الأولية (ألفا)

# The Telegram bot's replies.
telegram-linked = مرحبًا { $name }! أصبحت هذه المحادثة مرتبطة بحسابك: ستصل إليها الإشعارات التي تختار استلامها عبر Telegram. أرسل ‎/stop لإلغاء الربط.
telegram-unlinked = لم تعد هذه المحادثة مرتبطة بأي حساب. يمكنك ربطها من جديد من صفحة حسابك.
telegram-link-invalid = انتهت صلاحية هذا الرابط أو سبق استخدامه. أنشئ رابطًا جديدًا من صفحة حسابك.
telegram-help = لاستلام الإشعارات هنا، افتح رابط Telegram الموجود في صفحة حسابك. أرسل ‎/stop لإلغاء ربط هذه المحادثة.

# Telegram on the notification settings page.
account-telegram-intro = استلم الإشعارات التي تختارها عبر Telegram: اربط هذا الحساب بمحادثة مع بوت المتجر.
account-telegram-link = ربط Telegram
account-telegram-open = افتح هذا الرابط في Telegram خلال 15 دقيقة واضغط «ابدأ»:
account-telegram-linked = هذا الحساب مرتبط بمحادثة في Telegram.
account-telegram-unlink = إلغاء ربط Telegram

# Alerts to the admins' Telegram chat.
telegram-alert-payment_review = دفعة بانتظار قرار: { $payment } ({ $reason }).
telegram-alert-clone_suspected = قد يكون جهاز ما نسخة: الترخيص { $license }، الجهاز { $device }.
telegram-alert-reconciliation = وجدت مطابقة الدفاتر مخالفات ({ $count }): ربما نشأت أموال أو فُقدت.
telegram-alert-job_dead = توقفت مهمة في الخلفية عن المحاولة: { $job } ({ $id }). آخر خطأ: { $reason }
