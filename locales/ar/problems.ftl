# Titles and details of RFC 9457 problem responses, one pair per stable error code.

problem-bad-request-title = طلب غير صالح
problem-bad-request-detail = تعذّر فهم الطلب: { $reason }
bad-request-not-json = المحتوى ليس JSON صالحًا.
bad-request-missing-field = الحقل «{ $field }» مطلوب.
bad-request-unknown-field = الحقل «{ $field }» لا يقبله هذا الطلب.
bad-request-malformed-field = قيمة الحقل «{ $field }» ليست من النوع أو الصيغة الصحيحة.
bad-request-malformed = إحدى القيم فيه ليست من النوع أو الصيغة الصحيحة.
problem-not-found-title = غير موجود
problem-not-found-detail = لا يوجد شيء على هذا العنوان.
problem-method-not-allowed-title = الطريقة غير مسموح بها
problem-method-not-allowed-detail = لا يقبل هذا العنوان الطريقة { $method }.
problem-payload-too-large-title = الطلب كبير جدًا
problem-payload-too-large-detail = حجم جسم الطلب أكبر مما يقبله هذا الخادم (بحد أقصى { $limit } بايت).
problem-unsupported-media-type-title = نوع وسائط غير مدعوم
problem-unsupported-media-type-detail = أرسل جسم الطلب بصيغة JSON مع الترويسة Content-Type: application/json.
problem-request-timeout-title = انتهت مهلة الطلب
problem-request-timeout-detail = استغرق الطلب أكثر من { $seconds ->
        [zero] { $seconds } ثانية
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $seconds } ثوانٍ
        [many] { $seconds } ثانية
       *[other] { $seconds } ثانية
    } فأُوقف. لم يُحفظ شيء ما لم تذكر الإجابة خلاف ذلك.
problem-too-many-requests-title = طلبات كثيرة جدًا
problem-too-many-requests-detail = وصلت طلبات كثيرة في وقت قصير. يُرجى الانتظار ثم المحاولة مرة أخرى.
problem-internal-error-title = خطأ داخلي
problem-internal-error-detail = حدث خطأ من جهتنا وقد سُجّل. يُرجى ذكر معرّف الطلب { $request_id } عند التواصل مع الدعم.
problem-service-unavailable-title = الخدمة غير متاحة
problem-service-unavailable-detail = الخدمة غير متاحة مؤقتًا. يُرجى المحاولة مرة أخرى بعد قليل.
problem-http-error-title = فشل الطلب
problem-http-error-detail = فشل الطلب برمز حالة HTTP { $status }.

## Accounts and sessions

problem-invalid-email-title = عنوان بريد إلكتروني غير صالح
problem-invalid-email-detail = قيمة الحقل «{ $field }» ليست عنوان بريد إلكتروني صالحًا.
problem-password-length-title = طول كلمة المرور
problem-password-length-detail = يجب أن يتراوح طول كلمة المرور بين { $min } و{ $max } حرفًا.
problem-password-too-common-title = كلمة مرور شائعة جدًا
problem-password-too-common-detail = كلمة المرور هذه من بين الأكثر استخدامًا. يُرجى اختيار كلمة أخرى.
problem-password-contains-email-title = كلمة المرور تتضمن عنوان البريد
problem-password-contains-email-detail = يجب ألا تتضمن كلمة المرور عنوان بريدك الإلكتروني. يُرجى اختيار كلمة أخرى.
problem-invalid-name-title = اسم غير صالح
problem-invalid-name-detail = يجب أن يتكون الاسم من 1 إلى 100 حرف دون أحرف تحكم.
problem-invalid-timezone-title = منطقة زمنية غير صالحة
problem-invalid-timezone-detail = استخدم اسم منطقة زمنية مثل Europe/Berlin أو UTC.
problem-unsupported-locale-title = لغة غير مدعومة
problem-unsupported-locale-detail = هذه اللغة غير متاحة. اختر إحدى اللغات المعروضة.
problem-invalid-credentials-title = تعذّر تسجيل الدخول
problem-invalid-credentials-detail = عنوان البريد الإلكتروني أو كلمة المرور غير صحيحة.
problem-account-locked-title = الحساب مقفل
problem-account-locked-detail = هذا الحساب مقفل. يُرجى التواصل مع الدعم.
problem-unauthenticated-title = لم يتم تسجيل الدخول
problem-unauthenticated-detail = يتطلب هذا الطلب رمز وصول صالحًا. سجّل الدخول مرة أخرى للحصول عليه.
problem-invalid-refresh-token-title = انتهت الجلسة
problem-invalid-refresh-token-detail = انتهت صلاحية الجلسة أو أُنهيت. يُرجى تسجيل الدخول مرة أخرى.
problem-invalid-link-token-title = الرابط لم يعد صالحًا
problem-invalid-link-token-detail = هذا الرابط غير صالح أو استُخدم من قبل أو انتهت صلاحيته. اطلب رابطًا جديدًا.
problem-forbidden-title = غير مسموح
problem-forbidden-detail = لقد سجّلت الدخول، لكن بيانات الاعتماد هذه لا تسمح بهذا الإجراء.
problem-limit-reached-title = تم بلوغ الحد
problem-limit-reached-detail = لقد بلغت الحد الأقصى ({ $limit }). احذف عنصرًا قبل إضافة آخر.
problem-invalid-scope-title = صلاحية غير صالحة
problem-invalid-scope-detail = اختر صلاحية واحدة على الأقل من الصلاحيات المعروضة؛ بعضها متاح للمسؤولين فقط.
problem-out-of-range-title = قيمة خارج النطاق
problem-out-of-range-detail = قيمة الحقل «{ $field }» خارج النطاق المقبول.
problem-totp-required-title = رمز لمرة واحدة مطلوب
problem-totp-required-detail = يستخدم هذا الحساب تسجيل الدخول بخطوتين. أدخل الرمز من تطبيق المصادقة أو رمز استرداد.
problem-totp-invalid-title = رمز لمرة واحدة غير صحيح
problem-totp-invalid-detail = الرمز غير صحيح أو منتهي الصلاحية أو استُخدم من قبل. انتظر الرمز التالي وحاول مجددًا.
problem-totp-locked-title = تسجيل الدخول بخطوتين مقفل
problem-totp-locked-detail = رموز خاطئة كثيرة. قُفل تسجيل الدخول بخطوتين لمدة 15 دقيقة.
problem-totp-already-enabled-title = تسجيل الدخول بخطوتين مفعّل بالفعل
problem-totp-already-enabled-detail = تسجيل الدخول بخطوتين مفعّل بالفعل لهذا الحساب.
problem-totp-not-enabled-title = تسجيل الدخول بخطوتين غير مفعّل
problem-totp-not-enabled-detail = تسجيل الدخول بخطوتين غير مفعّل لهذا الحساب (أو لم يبدأ إعداده).
problem-invalid-code-title = رمز غير صحيح
problem-invalid-code-detail = قيمة الحقل «{ $field }» غير صحيحة أو منتهية الصلاحية.
problem-invalid-role-title = دور غير معروف
problem-invalid-role-detail = يجب أن يكون الدور واحدًا من: user أو support أو admin.
problem-csrf-failed-title = انتهت صلاحية النموذج
problem-csrf-failed-detail = تعذّر قبول هذا النموذج. أعد تحميل الصفحة وحاول مجددًا.
problem-two-factor-required-for-staff-title = تسجيل الدخول بخطوتين مطلوب
problem-two-factor-required-for-staff-detail = يشترط هذا الخادم على فريق العمل استخدام تسجيل الدخول بخطوتين. فعّله أولًا في إعدادات حسابك.
problem-slug-taken-title = المعرّف المختصر مستخدم
problem-slug-taken-detail = يستخدم منتج آخر هذا المعرّف المختصر بالفعل. اختر معرّفًا آخر.
problem-invalid-slug-title = معرّف مختصر غير صالح
problem-invalid-slug-detail = يتكون المعرّف المختصر من 2 إلى 64 حرفًا لاتينيًا صغيرًا أو رقمًا أو شرطة، ولا يبدأ بشرطة ولا ينتهي بها.
problem-invalid-product-kind-title = نوع منتج غير صالح
problem-invalid-product-kind-detail = المنتج إما «software» (مرتبط بالأجهزة) أو «site» (مرتبط بالنطاقات).
problem-unknown-account-title = حساب غير معروف
problem-unknown-account-detail = لا يوجد حساب بعنوان البريد الإلكتروني هذا. يجب على الشخص التسجيل أولًا.
problem-license-revoked-title = الترخيص مُبطَل
problem-license-revoked-detail = أُبطل هذا الترخيص، ولا يمكن إعادة تفعيل ترخيص مُبطَل. أصدر ترخيصًا جديدًا بدلًا منه.
problem-seats-in-use-title = المقاعد مستخدمة
problem-seats-in-use-detail = { $in_use } من مقاعد هذا الترخيص مستخدمة. حرّر بعضها (ألغِ تفعيل أجهزة أو صغّر التراخيص الفرعية) قبل تقليل عدد المقاعد.
problem-license-unusable-title = لا يمكن استخدام الترخيص
problem-license-unusable-detail = لا يمكن استخدام الترخيص لهذا الغرض ({ $code }).

# إجابات واجهة المنتجات (التحقق، التفعيل، نبضات الاتصال، إلغاء التفعيل، ملف الترخيص).
answer-not-found = لا يوجد ترخيص بهذا المفتاح.
answer-revoked = تم إبطال هذا الترخيص.
answer-suspended = هذا الترخيص معلّق.
answer-expired = انتهت صلاحية هذا الترخيص.
answer-product-mismatch = هذا المفتاح يخص منتجًا آخر.
answer-not-activated = هذا الترخيص غير مفعّل هنا بعد.
answer-fingerprint-mismatch = هذا الترخيص مفعّل على أجهزة أخرى وليس على هذا الجهاز.
answer-domain-mismatch = هذا الترخيص مفعّل على نطاقات أخرى وليس على هذا النطاق.
answer-heartbeat-dead = توقف هذا الجهاز عن إرسال نبضات الاتصال؛ فعّله من جديد.
answer-too-many-activations = عدد الأجهزة المفعّلة أكبر من عدد مقاعد الترخيص.
answer-entitlement-missing = لا يشمل الترخيص ميزة مطلوبة.
answer-version-not-covered = صدر هذا الإصدار بعد انتهاء فترة التحديثات في الترخيص.
answer-valid = الترخيص صالح.
answer-activation-limit = جميع مقاعد هذا الترخيص ({ $seats }) مستخدمة. حرّر أحد التفعيلات المذكورة لاستخدامه هنا.
answer-clone-suspected = جهاز آخر يستخدم هذا التفعيل؛ لذا أُوقف مؤقتًا حتى يحرّره المالك.
answer-reassignment-limit = استنفد هذا الترخيص تغييرات الأجهزة المسموح بها حاليًا. التغيير التالي مسموح في { $at }.
answer-refused-title = رفض خادم التراخيص هذا الطلب
problem-reassignment-limit-title = لا مزيد من تغييرات الأجهزة حاليًا
problem-reassignment-limit-detail = استنفد هذا الترخيص تغييرات الأجهزة المسموح بها حاليًا. التغيير التالي مسموح في { $at }.
problem-not-enough-seats-title = لا توجد مقاعد حرة كافية
problem-not-enough-seats-detail = المقاعد الحرة في هذا الترخيص: { $free } فقط.
problem-invalid-activation-request-title = طلب تفعيل غير صالح
problem-invalid-activation-request-detail = هذا ليس طلب تفعيل أُنشئ بمفتاح هذا الترخيص. أنشئه من جديد على الجهاز المراد تفعيله بمفتاح هذا الترخيص.
problem-not-for-sale-title = غير معروض للبيع
problem-not-for-sale-detail = هذه الخطة غير معروضة للبيع.
problem-promo-not-found-title = رمز خصم غير معروف
problem-promo-not-found-detail = رمز الخصم هذا غير موجود أو غير صالح حاليًا.
problem-insufficient-funds-title = الرصيد في المحفظة غير كافٍ
problem-insufficient-funds-detail = رصيد محفظتك أقل من ثمن هذا الشراء. اشحن محفظتك ثم حاول مرة أخرى؛ لم يُخصم أي مبلغ.
problem-promo-expired-title = رمز الخصم غير صالح الآن
problem-promo-expired-detail = رمز الخصم هذا غير صالح في هذا الوقت.
problem-promo-not-applicable-title = رمز الخصم لا ينطبق
problem-promo-not-applicable-detail = رمز الخصم هذا لا ينطبق على أي منتج في سلتك.
problem-promo-below-minimum-title = الطلب أقل من الحد الأدنى لرمز الخصم
problem-promo-below-minimum-detail = قيمة طلبك أقل من الحد الأدنى الذي يتطلبه رمز الخصم هذا.
problem-promo-first-purchase-only-title = رمز الخصم للشراء الأول فقط
problem-promo-first-purchase-only-detail = رمز الخصم هذا مخصص للشراء الأول فقط.
problem-promo-exhausted-title = نفد رمز الخصم
problem-promo-exhausted-detail = استُخدم رمز الخصم هذا الحد الأقصى من المرات المسموح بها حاليًا.
problem-promo-user-limit-title = استخدمت رمز الخصم من قبل
problem-promo-user-limit-detail = لقد استخدمت رمز الخصم هذا بالعدد الذي يسمح به.
problem-promo-paused-title = رمز الخصم موقوف
problem-promo-paused-detail = رمز الخصم هذا موقوف حاليًا.
problem-promo-code-taken-title = رمز الخصم موجود
problem-promo-code-taken-detail = يوجد رمز خصم آخر بهذا الاسم.
problem-idempotency-key-reused-title = مفتاح عدم التكرار مستخدم لطلب آخر
problem-idempotency-key-reused-detail = استُخدم مفتاح Idempotency-Key هذا مع طلب مختلف. استخدم مفتاحًا جديدًا للطلب الجديد.
problem-idempotency-key-in-use-title = الطلب قيد المعالجة
problem-idempotency-key-in-use-detail = ما زال طلب بمفتاح Idempotency-Key هذا قيد المعالجة. أعد المحاولة بعد لحظات للحصول على نتيجته.
problem-self-referral-title = إحالة ذاتية
problem-self-referral-detail = لا يمكنك استخدام رمز الإحالة الخاص بك.
problem-wrong-state-title = غير ممكن في هذه الحالة
problem-wrong-state-detail = لا يمكن تنفيذ هذا الآن ({ $state }).
problem-gateway-disabled-title = طريقة الدفع غير متاحة
problem-gateway-disabled-detail = طريقة الدفع هذه غير مفعّلة على هذا الخادم.
problem-gateway-unavailable-title = مزوّد الدفع غير متاح
problem-gateway-unavailable-detail = تعذّر الوصول إلى مزوّد الدفع. لم يُخصم أي مبلغ؛ حاول مرة أخرى بعد بضع دقائق أو اختر طريقة دفع أخرى.
problem-webhook-signature-invalid-title = توقيع الخطاف غير صالح
problem-webhook-signature-invalid-detail = توقيع الخطاف لا يطابق إعدادات هذه البوابة. لم يتغيّر شيء.
problem-invalid-number-format-title = نمط ترقيم غير صالح
problem-invalid-number-format-detail = يجب أن يحتوي «{ $field }» على {"{"}YYYY{"}"} مرة واحدة وعلى مجموعة أرقام واحدة بين قوسين معقوفين، مثل INV-{"{"}YYYY{"}"}-{"{"}000001{"}"}: يبدأ الترقيم من جديد كل عام.
problem-number-formats-clash-title = قد تتطابق الأرقام
problem-number-formats-clash-detail = قد ينتج «{ $field }» الأرقام نفسها التي ينتجها نمط الفواتير. اجعل للنمطين بادئتين مختلفتين، مثل INV- و CN-.
problem-invalid-staging-pattern-title = نمط موقع تجريبي غير صالح
problem-invalid-staging-pattern-detail = اكتب مضيفًا واحدًا في كل سطر: مضيف محدد (staging.shop.com)، أو كل المضيفين تحت نطاق (*.preview.shop.com)، أو كل مضيف يبدأ بتسمية (staging.*)، أو يحتوي على تسمية (*.staging.*). لا يمكن أن يكون نطاق علوي كامل مثل *.dev مجانيًا لأنه عام.
problem-insufficient-scope-title = غير مسموح بهذا المفتاح
problem-insufficient-scope-detail = يتطلب هذا { $scope ->
        [session] جلسة تسجيل دخول: لا يستطيع مفتاح API فعله
       *[other] مفتاح API بصلاحية «{ $scope }»
    }.
problem-refund-window-closed-title = انتهت مهلة الاسترداد
problem-refund-window-closed-detail = يمكن استرداد هذه الخطة خلال { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } من الشراء، وقد مضت. لا تسترد المبلغ رغم ذلك إلا إذا كنت تقصد ذلك.
problem-invalid-version-title = إصدار غير صالح
problem-invalid-version-detail = اكتب إصدارًا دلاليًا مثل 1.4.0 أو 2.0.0-beta.1 أو 1.4.0+build.7.
problem-invalid-platform-title = منصة غير صالحة
problem-invalid-platform-detail = المنصة من 1 إلى 64 حرفًا لاتينيًا صغيرًا أو رقمًا أو شرطة أو شرطة سفلية، مثل windows-x86_64 أو wordpress.
problem-invalid-file-name-title = اسم ملف غير صالح
problem-invalid-file-name-detail = أعطِ اسم ملف واحدًا بسيطًا مثل app-1.4.0.dmg: بلا شرطات مائلة ولا نقطة في البداية ولا علامات اقتباس أو محارف تحكم.
problem-version-taken-title = الإصدار موجود
problem-version-taken-detail = لهذا المنتج إصدار بهذا الرقم بالفعل (بيانات البناء لا تجعله إصدارًا جديدًا).
problem-download-link-invalid-title = رابط التنزيل غير صالح
problem-download-link-invalid-detail = رابط التنزيل هذا منتهي الصلاحية أو معدَّل أو يخص إصدارًا لم يعد متاحًا. اطلب رابطًا جديدًا.
problem-feed-license-required-title = مفتاح الترخيص مطلوب
problem-feed-license-required-detail = موجز التحديثات هذا مخصص للعملاء الذين لديهم ترخيص. أرسل مفتاح الترخيص في عنوان الموجز أو في الترويسة RMS-License-Key.
problem-feed-license-refused-title = مفتاح الترخيص غير مقبول
problem-feed-license-refused-detail = مفتاح الترخيص هذا لا يفتح موجز تحديثات هذا المنتج: فهو غير معروف أو يخص منتجًا آخر أو منتهي الصلاحية أو معلَّق أو مُبطَل.

problem-invalid-vat-id-title = رقم ضريبة القيمة المضافة غير صالح
problem-invalid-vat-id-detail = «{ $field }» ليس رقم ضريبة قيمة مضافة للبلد المحدد. تبدأ أرقام ضريبة القيمة المضافة في الاتحاد الأوروبي ببادئة البلد، مثل DE123456789 (اليونان: EL). اتركه فارغًا إذا كنت تشتري بصفتك فردًا.

problem-entitlements-append-only-title = يمكن إضافة الاستحقاقات فقط
problem-entitlements-append-only-detail = احتفظ باستحقاقات الخطة بترتيبها وأضف الجديدة في النهاية: تحملها مفاتيح الترخيص الصادرة حسب موضعها، لذا فإن حذف أحدها أو إعادة ترتيبها سيغير ما يحق للعملاء الحاليين.
problem-invalid-date-title = تاريخ غير صالح
problem-invalid-date-detail = اكتب «{ $field }» تاريخًا مثل 2026-12-31.
problem-date-range-reversed-title = التواريخ بترتيب خاطئ
problem-date-range-reversed-detail = تاريخ البداية بعد تاريخ النهاية. اختر بداية في تاريخ النهاية أو قبله.
