# Titles and details of RFC 9457 problem responses, one pair per stable error code.

problem-bad-request-title = طلب غير صالح
problem-bad-request-detail = تعذّر فهم الطلب: { $reason }
problem-not-found-title = غير موجود
problem-not-found-detail = لا يوجد شيء على هذا العنوان.
problem-method-not-allowed-title = الطريقة غير مسموح بها
problem-method-not-allowed-detail = لا يقبل هذا العنوان الطريقة { $method }.
problem-payload-too-large-title = الطلب كبير جدًا
problem-payload-too-large-detail = حجم جسم الطلب أكبر مما يقبله هذا الخادم (بحد أقصى { $limit } بايت).
problem-unsupported-media-type-title = نوع وسائط غير مدعوم
problem-unsupported-media-type-detail = أرسل جسم الطلب بصيغة JSON مع الترويسة Content-Type: application/json.
problem-request-timeout-title = انتهت مهلة الطلب
problem-request-timeout-detail = استغرق الطلب أكثر من { $seconds } ثانية فأُوقف. لم يُحفظ شيء ما لم تذكر الإجابة خلاف ذلك.
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
problem-invalid-scope-title = نطاق غير صالح
problem-invalid-scope-detail = اختر نطاقًا واحدًا على الأقل من النطاقات المعروضة؛ بعضها متاح للمسؤولين فقط.
problem-out-of-range-title = قيمة خارج النطاق
problem-out-of-range-detail = قيمة الحقل «{ $field }» خارج النطاق المقبول.
