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
