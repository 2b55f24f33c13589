# Titles and details of RFC 9457 problem responses, one pair per stable error code.

problem-bad-request-title = בקשה שגויה
problem-bad-request-detail = לא ניתן היה להבין את הבקשה: { $reason }
bad-request-not-json = גוף הבקשה אינו JSON תקין.
bad-request-missing-field = "{ $field }" הוא שדה חובה.
bad-request-unknown-field = "{ $field }" אינו שדה שהבקשה הזו מקבלת.
bad-request-malformed-field = לערך של "{ $field }" אין הסוג או הפורמט הנכונים.
bad-request-malformed = לאחד הערכים בה אין הסוג או הפורמט הנכונים.
problem-not-found-title = לא נמצא
problem-not-found-detail = אין שום דבר בכתובת הזו.
problem-method-not-allowed-title = השיטה אינה מותרת
problem-method-not-allowed-detail = הכתובת הזו אינה מקבלת את השיטה { $method }.
problem-payload-too-large-title = הבקשה גדולה מדי
problem-payload-too-large-detail = גוף הבקשה גדול ממה שהשרת הזה מקבל (עד { $limit } בתים).
problem-unsupported-media-type-title = סוג מדיה לא נתמך
problem-unsupported-media-type-detail = שלחו את גוף הבקשה כ-JSON עם הכותרת Content-Type: application/json.
problem-request-timeout-title = תם הזמן שהוקצב לבקשה
problem-request-timeout-detail = הבקשה נמשכה יותר מ-{ $seconds } שניות והופסקה. שום דבר לא נשמר, אלא אם התשובה ציינה אחרת.
problem-too-many-requests-title = יותר מדי בקשות
problem-too-many-requests-detail = יותר מדי בקשות בזמן קצר. אנא המתינו ונסו שוב.
problem-internal-error-title = שגיאה פנימית
problem-internal-error-detail = משהו השתבש אצלנו. התקלה נרשמה; אם תפנו לתמיכה, אנא ציינו את מזהה הבקשה { $request_id }.
problem-service-unavailable-title = השירות אינו זמין
problem-service-unavailable-detail = השירות אינו זמין באופן זמני. אנא נסו שוב בעוד רגע.
problem-http-error-title = הבקשה נכשלה
problem-http-error-detail = הבקשה נכשלה עם סטטוס HTTP { $status }.

## Accounts and sessions

problem-invalid-email-title = כתובת דוא״ל לא תקינה
problem-invalid-email-detail = "{ $field }" אינה כתובת דוא״ל תקינה.
problem-password-length-title = אורך הסיסמה
problem-password-length-detail = אורך הסיסמה חייב להיות בין { $min } ל-{ $max } תווים.
problem-password-too-common-title = סיסמה נפוצה מדי
problem-password-too-common-detail = הסיסמה הזו היא אחת הנפוצות ביותר. אנא בחרו סיסמה אחרת.
problem-password-contains-email-title = הסיסמה מכילה את כתובת הדוא״ל
problem-password-contains-email-detail = הסיסמה אינה יכולה להכיל את כתובת הדוא״ל שלכם. אנא בחרו סיסמה אחרת.
problem-invalid-name-title = שם לא תקין
problem-invalid-name-detail = השם חייב להכיל 1 עד 100 תווים, ללא תווי בקרה.
problem-invalid-timezone-title = אזור זמן לא תקין
problem-invalid-timezone-detail = השתמשו בשם של אזור זמן, כמו Europe/Berlin או UTC.
problem-unsupported-locale-title = שפה לא נתמכת
problem-unsupported-locale-detail = השפה הזו אינה זמינה. בחרו אחת מהשפות המוצעות.
problem-invalid-credentials-title = הכניסה נכשלה
problem-invalid-credentials-detail = כתובת הדוא״ל או הסיסמה שגויות.
problem-account-locked-title = החשבון נעול
problem-account-locked-detail = החשבון הזה נעול. אנא פנו לתמיכה.
problem-unauthenticated-title = לא בוצעה כניסה
problem-unauthenticated-detail = הבקשה הזו דורשת אסימון גישה תקף. היכנסו שוב כדי לקבל אסימון.
problem-invalid-refresh-token-title = החיבור פג תוקף
problem-invalid-refresh-token-detail = החיבור פג תוקף או הסתיים. אנא היכנסו שוב.
problem-invalid-link-token-title = הקישור כבר אינו תקף
problem-invalid-link-token-detail = הקישור הזה אינו תקף, כבר נעשה בו שימוש, או שפג תוקפו. בקשו קישור חדש.
problem-forbidden-title = אין הרשאה
problem-forbidden-detail = נכנסתם למערכת, אבל לפרטי ההזדהות האלה אין הרשאה לבצע את הפעולה הזו.
problem-limit-reached-title = הגעתם למגבלה
problem-limit-reached-detail = הגעתם למגבלה של { $limit }. הסירו פריט אחד לפני שתוסיפו פריט אחר.
problem-invalid-scope-title = הרשאה לא תקינה
problem-invalid-scope-detail = בחרו לפחות אחת מההרשאות המוצעות; חלקן זמינות רק למנהלי מערכת.
problem-out-of-range-title = ערך מחוץ לטווח
problem-out-of-range-detail = הערך של "{ $field }" נמצא מחוץ לטווח המותר.
problem-totp-required-title = נדרש קוד חד-פעמי
problem-totp-required-detail = החשבון הזה משתמש באימות דו-שלבי. הזינו את הקוד מאפליקציית האימות שלכם, או קוד שחזור.
problem-totp-invalid-title = קוד חד-פעמי שגוי
problem-totp-invalid-detail = הקוד שגוי, פג תוקפו או שכבר נעשה בו שימוש. המתינו לקוד הבא ונסו שוב.
problem-totp-locked-title = האימות הדו-שלבי נעול
problem-totp-locked-detail = יותר מדי קודים שגויים. האימות הדו-שלבי נעול ל-15 דקות.
problem-totp-already-enabled-title = האימות הדו-שלבי כבר פעיל
problem-totp-already-enabled-detail = האימות הדו-שלבי כבר פעיל בחשבון הזה.
problem-totp-not-enabled-title = האימות הדו-שלבי כבוי
problem-totp-not-enabled-detail = האימות הדו-שלבי אינו פעיל בחשבון הזה (או שתהליך ההגדרה לא התחיל).
problem-invalid-code-title = קוד שגוי
problem-invalid-code-detail = הערך של "{ $field }" שגוי או שפג תוקפו.
problem-invalid-role-title = תפקיד לא מוכר
problem-invalid-role-detail = התפקיד חייב להיות אחד מאלה: user, support או admin.
problem-csrf-failed-title = תוקף הטופס פג
problem-csrf-failed-detail = לא ניתן היה לקבל את הטופס הזה. טענו מחדש את הדף ונסו שוב.
problem-two-factor-required-for-staff-title = נדרש אימות דו-שלבי
problem-two-factor-required-for-staff-detail = השרת הזה מחייב את הצוות להשתמש באימות דו-שלבי. הפעילו אותו קודם בהגדרות החשבון שלכם.
problem-slug-taken-title = מזהה ה-URL תפוס
problem-slug-taken-detail = מוצר אחר כבר משתמש במזהה ה-URL הזה. בחרו מזהה אחר.
problem-invalid-slug-title = מזהה URL לא תקין
problem-invalid-slug-detail = מזהה URL מורכב מ-2 עד 64 אותיות לטיניות קטנות, ספרות ומקפים, ואינו מתחיל או מסתיים במקף.
problem-invalid-product-kind-title = סוג מוצר לא תקין
problem-invalid-product-kind-detail = מוצר הוא "software" (קשור למכונות) או "site" (קשור לדומיינים).
problem-unknown-account-title = חשבון לא מוכר
problem-unknown-account-detail = אין חשבון עם כתובת הדוא״ל הזו. על האדם להירשם קודם.
problem-license-revoked-title = הרישיון נשלל
problem-license-revoked-detail = הרישיון הזה נשלל, ואי אפשר להחזיר לתוקף רישיון שנשלל. הנפיקו רישיון חדש במקומו.
problem-seats-in-use-title = עמדות בשימוש
problem-seats-in-use-detail = { $in_use ->
        [one] עמדה אחת של הרישיון הזה נמצאת בשימוש.
        [two] שתי עמדות של הרישיון הזה נמצאות בשימוש.
       *[other] { $in_use } עמדות של הרישיון הזה נמצאות בשימוש.
    } שחררו חלק מהן (בטלו הפעלה של מכשירים או הקטינו תת-רישיונות) לפני שתקטינו את מספר העמדות.
problem-license-unusable-title = לא ניתן להשתמש ברישיון
problem-license-unusable-detail = לא ניתן להשתמש ברישיון לצורך זה ({ $code }).

# Answers of the product-facing API (validate, activate, heartbeat, deactivate, license file).
answer-not-found = אין רישיון עם המפתח הזה.
answer-revoked = הרישיון הזה נשלל.
answer-suspended = הרישיון הזה מושעה.
answer-expired = תוקף הרישיון הזה פג.
answer-product-mismatch = המפתח הזה שייך למוצר אחר.
answer-not-activated = הרישיון הזה עדיין לא הופעל כאן.
answer-fingerprint-mismatch = הרישיון הזה מופעל במכשירים אחרים, לא במכשיר הזה.
answer-domain-mismatch = הרישיון הזה מופעל בדומיינים אחרים, לא בדומיין הזה.
answer-heartbeat-dead = המכשיר הזה הפסיק לשלוח אותות חיים; הפעילו אותו מחדש.
answer-too-many-activations = יש יותר מכשירים פעילים ממספר העמדות ברישיון.
answer-entitlement-missing = הרישיון אינו כולל תכונה שהתבקשה.
answer-version-not-covered = הגרסה הזו שוחררה אחרי תקופת העדכונים של הרישיון.
answer-valid = הרישיון תקף.
answer-activation-limit = { $seats ->
        [one] העמדה היחידה של הרישיון הזה נמצאת בשימוש.
        [two] שתי העמדות של הרישיון הזה נמצאות בשימוש.
       *[other] כל { $seats } העמדות של הרישיון הזה נמצאות בשימוש.
    } שחררו אחת מההפעלות שברשימה כדי להשתמש בו כאן.
answer-clone-suspected = מכונה אחרת משתמשת בהפעלה הזו; ההפעלה מושהית עד שבעל הרישיון ישחרר אותה.
answer-reassignment-limit = הרישיון הזה ניצל בינתיים את החלפות המכשיר שלו. ההחלפה הבאה תתאפשר ב-{ $at }.
answer-refused-title = שרת הרישוי דחה את הבקשה הזו
problem-reassignment-limit-title = אין עוד החלפות מכשיר בינתיים
problem-reassignment-limit-detail = הרישיון הזה ניצל בינתיים את החלפות המכשיר שלו. ההחלפה הבאה תתאפשר ב-{ $at }.
problem-not-enough-seats-title = אין מספיק עמדות פנויות
problem-not-enough-seats-detail = { $free ->
    [0] אין ברישיון הזה אף עמדה פנויה.
    [one] ברישיון הזה יש רק עמדה פנויה אחת.
    [two] ברישיון הזה יש רק שתי עמדות פנויות.
   *[other] ברישיון הזה יש רק { $free } עמדות פנויות.
}
problem-invalid-activation-request-title = בקשת הפעלה לא תקינה
problem-invalid-activation-request-detail = זו אינה בקשת הפעלה שנוצרה עם המפתח של הרישיון הזה. צרו אותה מחדש במכונה שברצונכם להפעיל, עם המפתח של הרישיון הזה.
problem-not-for-sale-title = לא למכירה
problem-not-for-sale-detail = המסלול הזה אינו למכירה.
problem-promo-not-found-title = קוד הנחה לא מוכר
problem-promo-not-found-detail = קוד ההנחה הזה אינו קיים או אינו בתוקף כעת.
problem-insufficient-funds-title = אין מספיק כסף בארנק
problem-insufficient-funds-detail = יתרת הארנק שלכם נמוכה מדי לרכישה הזו. טענו את הארנק ונסו שוב; לא בוצע שום חיוב.
problem-promo-expired-title = קוד ההנחה אינו בתוקף כעת
problem-promo-expired-detail = קוד ההנחה הזה אינו בתוקף בזמן הזה.
problem-promo-not-applicable-title = קוד ההנחה אינו חל
problem-promo-not-applicable-detail = קוד ההנחה הזה אינו חל על אף מוצר בעגלה שלכם.
problem-promo-below-minimum-title = ההזמנה נמוכה מהמינימום של קוד ההנחה
problem-promo-below-minimum-detail = ההזמנה שלכם נמוכה מהמינימום שקוד ההנחה הזה דורש.
problem-promo-first-purchase-only-title = קוד הנחה לרכישה ראשונה
problem-promo-first-purchase-only-detail = קוד ההנחה הזה מיועד לרכישה ראשונה בלבד.
problem-promo-exhausted-title = קוד ההנחה נוצל עד תומו
problem-promo-exhausted-detail = קוד ההנחה הזה כבר נוצל את מספר הפעמים המרבי המותר כרגע.
problem-promo-user-limit-title = כבר השתמשתם בקוד ההנחה
problem-promo-user-limit-detail = כבר השתמשתם בקוד ההנחה הזה את מספר הפעמים המרבי שהוא מאפשר.
problem-promo-paused-title = קוד ההנחה מושהה
problem-promo-paused-detail = קוד ההנחה הזה מושהה כרגע.
problem-promo-code-taken-title = קוד ההנחה כבר קיים
problem-promo-code-taken-detail = לקוד הנחה אחר כבר יש את השם הזה.
problem-idempotency-key-reused-title = מפתח האידמפוטנטיות שימש לבקשה אחרת
problem-idempotency-key-reused-detail = ה-Idempotency-Key הזה כבר שימש בבקשה שונה. השתמשו במפתח חדש לבקשה חדשה.
problem-idempotency-key-in-use-title = הבקשה בעיבוד
problem-idempotency-key-in-use-detail = בקשה עם ה-Idempotency-Key הזה עדיין בעיבוד. נסו שוב בעוד רגע כדי לקבל את התשובה שלה.
problem-self-referral-title = הפניה עצמית
problem-self-referral-detail = אי אפשר להשתמש בקוד ההפניה של עצמכם.
problem-wrong-state-title = לא אפשרי במצב הזה
problem-wrong-state-detail = אי אפשר לבצע זאת כעת ({ $state }).
problem-gateway-disabled-title = אמצעי התשלום אינו זמין
problem-gateway-disabled-detail = אמצעי התשלום הזה אינו מופעל בשרת הזה.
problem-gateway-unavailable-title = ספק התשלומים אינו זמין
problem-gateway-unavailable-detail = לא ניתן היה להתחבר לספק התשלומים. לא בוצע שום חיוב; נסו שוב בעוד כמה דקות או בחרו אמצעי תשלום אחר.
problem-webhook-signature-invalid-title = חתימת webhook לא תקינה
problem-webhook-signature-invalid-detail = החתימה של ה-webhook אינה תואמת להגדרות של שער התשלום הזה. שום דבר לא שונה.
problem-invalid-number-format-title = תבנית מספור לא תקינה
problem-invalid-number-format-detail = "{ $field }" חייב לכלול את {"{"}YYYY{"}"} פעם אחת ורצף ספרות אחד בסוגריים מסולסלים, למשל INV-{"{"}YYYY{"}"}-{"{"}000001{"}"}: המספור מתחיל מחדש בכל שנה.
problem-number-formats-clash-title = מספרים עלולים להתנגש
problem-number-formats-clash-detail = "{ $field }" עלול להפיק את אותם מספרים כמו תבנית החשבוניות. תנו לשתי התבניות קידומות שונות, למשל INV- ו-CN-.
problem-invalid-staging-pattern-title = תבנית מארח בדיקה לא תקינה
problem-invalid-staging-pattern-detail = כתבו מארח אחד בכל שורה: מארח מדויק (staging.shop.com), כל מארח תחת דומיין (*.preview.shop.com), כל מארח שמתחיל בתווית (staging.*) או שמכיל תווית (*.staging.*). דומיין עליון שלם כמו *.dev הוא ציבורי ואינו יכול להיות פטור.
problem-insufficient-scope-title = אין הרשאה עם המפתח הזה
problem-insufficient-scope-detail = הפעולה הזו דורשת { $scope ->
        [session] חיבור של משתמש מחובר: מפתח API אינו יכול לבצע אותה
       *[other] מפתח API עם ההרשאה "{ $scope }"
    }.
problem-refund-window-closed-title = חלון ההחזרים נסגר
problem-refund-window-closed-detail = ניתן לקבל החזר כספי על המסלול הזה במשך { $days ->
        [one] יום אחד
        [two] יומיים
       *[other] { $days } ימים
    } מהרכישה, והתקופה הזו חלפה. בצעו את ההחזר בכל זאת רק אם זו אכן כוונתכם.
problem-invalid-version-title = גרסה לא תקינה
problem-invalid-version-detail = כתבו גרסה סמנטית, כמו 1.4.0, 2.0.0-beta.1 או 1.4.0+build.7.
problem-invalid-platform-title = פלטפורמה לא תקינה
problem-invalid-platform-detail = פלטפורמה מורכבת מ-1 עד 64 אותיות לטיניות קטנות, ספרות, מקפים וקווים תחתונים, כמו windows-x86_64 או wordpress.
problem-invalid-file-name-title = שם קובץ לא תקין
problem-invalid-file-name-detail = תנו שם קובץ פשוט אחד, כמו app-1.4.0.dmg: ללא לוכסנים, ללא נקודה בהתחלה, ללא מירכאות או תווי בקרה.
problem-version-taken-title = הגרסה כבר קיימת
problem-version-taken-detail = למוצר הזה כבר יש גרסה עם מספר הגרסה הזה (מטא-נתוני build אינם יוצרים גרסה חדשה).
problem-download-link-invalid-title = קישור ההורדה אינו תקף
problem-download-link-invalid-detail = קישור ההורדה הזה פג תוקף, שונה, או מיועד לגרסה שאינה זמינה עוד. בקשו קישור חדש.
problem-feed-license-required-title = נדרש מפתח רישיון
problem-feed-license-required-detail = הזנת העדכונים הזו מיועדת רק ללקוחות עם רישיון. שלחו את מפתח הרישיון שלכם בכתובת ההזנה או בכותרת RMS-License-Key.
problem-feed-license-refused-title = מפתח הרישיון לא התקבל
problem-feed-license-refused-detail = מפתח הרישיון הזה אינו פותח את הזנת העדכונים של המוצר הזה: הוא לא מוכר, שייך למוצר אחר, פג תוקפו, מושעה או נשלל.

problem-invalid-vat-id-title = מספר מע״מ לא תקין
problem-invalid-vat-id-detail = "{ $field }" אינו מספר מע״מ של המדינה שצוינה. מספרי מע״מ באיחוד האירופי מתחילים בקידומת המדינה, כמו DE123456789 (ביוון: EL). השאירו את השדה ריק אם אתם רוכשים כאדם פרטי.

problem-entitlements-append-only-title = אפשר רק להוסיף זכאויות
problem-entitlements-append-only-detail = שמרו על סדר הזכאויות של המסלול והוסיפו חדשות בסוף: מפתחות רישיון שהונפקו נושאים אותן לפי מיקום, כך שהסרה או שינוי סדר של אחת מהן ישנו את מה שלקוחות קיימים זכאים לו.
problem-invalid-date-title = תאריך לא תקין
problem-invalid-date-detail = כתבו את "{ $field }" כתאריך, למשל 2026-12-31.
problem-date-range-reversed-title = התאריכים בסדר הפוך
problem-date-range-reversed-detail = תאריך ההתחלה מאוחר מתאריך הסיום. בחרו תאריך התחלה שחל בתאריך הסיום או לפניו.
