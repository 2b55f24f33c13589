# Notifications: one subject (also the in-app title) and one body per kind. Arguments come from
# what happened: $name is always the person's name; links are added below the body by the sender.
# A kind may add `-details`, a paragraph shown only when its arguments are all there (notices
# stored by an older version lack some).

notify-footer = קיבלתם הודעה זו מפני שיש לכם חשבון ב-{ $seller }. בחרו על מה לקבל הודעות, והיכן, בדף החשבון שלכם.
notify-open = פתיחה
notify-unsubscribe = ביטול ההרשמה להודעות דוא״ל אלה
notify-unsubscribe-intro = להפסיק לקבל הודעות דוא״ל מהסוג הזה? הודעות אבטחה וסוגים אחרים לא יושפעו; אפשר להפעיל זאת מחדש מדף החשבון שלכם.
notify-unsubscribe-confirm = ביטול ההרשמה
notify-unsubscribe-done = בוצע: לא תקבלו עוד הודעות דוא״ל אלה.

notify-top_up_credited-subject = הארנק שלכם נטען בסך { $amount }
notify-top_up_credited-body = שלום { $name }, סך של { $amount } נוסף לארנק שלכם.
notify-top_up_credited-details = התשלום שלכם { $reference } בסך { $paid } דרך { $gateway } התקבל. היתרה וההיסטוריה שלכם מופיעות בדף הארנק.
notify-transfer_confirmed-subject = ההעברה הבנקאית שלכם בסך { $amount } התקבלה
notify-transfer_confirmed-body = שלום { $name }, קיבלנו את ההעברה הבנקאית שלכם: סך של { $amount } נמצא כעת בארנק שלכם.
notify-transfer_confirmed-details = האסמכתה שלה הייתה { $reference }; שלחתם { $paid }.
notify-purchase_receipt-subject = קבלה על הרכישה שלכם ({ $invoice })
notify-purchase_receipt-body = שלום { $name }, תודה על הרכישה. חשבונית { $invoice }, בסך { $amount }, שולמה מהארנק שלכם. מפתחות הרישיון שלכם נמצאים בדף הרישיונות; אפשר להוריד את קובץ ה-PDF של החשבונית מדף הארנק בכל עת.
notify-order_failed-subject = לא ניתן היה להשלים את ההזמנה שלכם
notify-order_failed-body = שלום { $name }, לא ניתן היה להשלים את ההזמנה שלכם. { $reason ->
        [unpaid] התשלום עבורה לא עבר, ולכן לא בוצע שום חיוב. אפשר להזמין שוב מהחנות.
        [returned] התשלום עבורה הוחזר על ידי ספק התשלומים, ולכן לא נרכש דבר.
        [late] התשלום עבורה הגיע מאוחר מדי לרכישה במחיר שהוצע לכם. הסך של { $amount } ששילמתם נמצא בארנק שלכם: רכשו שוב מהחנות מתי שתרצו.
       *[refused] החנות כבר לא יכלה למכור אותה כפי שהוזמנה (קוד הנחה שנוצל עד תומו, מסלול שאינו נמכר עוד). הסך של { $amount } ששילמתם נמצא בארנק שלכם.
    }
notify-refund-subject = קיבלתם החזר כספי בסך { $amount }
notify-refund-body = שלום { $name }, סך של { $amount } מחשבונית { $invoice } הוחזר לארנק שלכם.
notify-payment_attention-subject = תשלום דורש את תשומת לבכם
notify-payment_attention-body = שלום { $name }, תשלום בסך { $amount } ממתין להחלטה.
notify-license_issued-subject = הרישיון שלכם עבור { $product } מוכן
notify-license_issued-body = שלום { $name }, הונפק לכם רישיון עבור { $product } ({ $plan }). המפתח שלו נמצא בדף הרישיונות שלכם.
notify-device_activated-subject = { $product } הופעל במכשיר חדש
notify-device_activated-body = שלום { $name }, הרישיון שלכם עבור { $product } הופעל ב-{ $device }. אם לא אתם עשיתם זאת, שחררו את העמדה מדף הרישיונות שלכם.
notify-seat_freed-subject = עמדה של { $product } שוחררה
notify-seat_freed-body = שלום { $name }, { $device } כבר לא תופס עמדה ברישיון שלכם עבור { $product }.
notify-license_expiring-subject = הרישיון שלכם עבור { $product } יפוג בעוד { $days ->
        [one] יום אחד
        [two] יומיים
       *[other] { $days } ימים
    }
notify-license_expiring-body = שלום { $name }, הרישיון שלכם עבור { $product } יפוג בעוד { $days ->
        [one] יום אחד
        [two] יומיים
       *[other] { $days } ימים
    }. חדשו אותו כדי להמשיך להשתמש ב-{ $product } ולקבל עדכונים.
notify-license_expired-subject = תוקף הרישיון שלכם עבור { $product } פג
notify-license_expired-body = שלום { $name }, תוקף הרישיון שלכם עבור { $product } פג.
notify-renewal_upcoming-subject = הרישיון שלכם עבור { $product } יתחדש ב-{ $date }
notify-renewal_upcoming-body = שלום { $name }, הרישיון שלכם עבור { $product } יתחדש אוטומטית ב-{ $date } תמורת { $amount }, שייגבו מהארנק שלכם. { $reason ->
        [wallet_short] בארנק שלכם עדיין אין סכום כזה: טענו אותו לפני המועד, אחרת הרישיון יסתיים.
       *[other] הארנק שלכם מכסה את הסכום.
    } אפשר לכבות את החידוש האוטומטי בדף הרישיונות שלכם.
notify-license_renewed-subject = הרישיון שלכם עבור { $product } חודש
notify-license_renewed-body = שלום { $name }, הרישיון שלכם עבור { $product } חודש אוטומטית עד { $date }. חשבונית { $invoice }, בסך { $amount }, שולמה מהארנק שלכם.
notify-renewal_failed-subject = לא ניתן היה לחדש את הרישיון שלכם עבור { $product }
notify-renewal_failed-body = שלום { $name }, לא ניתן היה לחדש אוטומטית את הרישיון שלכם עבור { $product }. { $reason ->
        [wallet_short] החידוש עולה { $amount }, ובארנק שלכם יש { $paid }. טענו את הארנק וחדשו את הרישיון מדף הרישיונות שלכם.
        [not_for_sale] המסלול שלו אינו נמכר עוד.
       *[other] חדשו אותו מדף הרישיונות שלכם.
    } אם יחודש עד { $date }, הוא ישמור על המפתח ועל המכשירים שלו.
notify-clone_suspected-subject = ייתכן שהרישיון שלכם עבור { $product } נמצא בשימוש במכשיר משוכפל
notify-clone_suspected-body = שלום { $name }, שתי מכונות הציגו זה עתה את אותה הפעלה של הרישיון שלכם עבור { $product } (המכשיר "{ $device }"). בדרך כלל המשמעות היא שתמונת דיסק או מכונה וירטואלית הועתקה יחד עם הרישיון שעליה.

    ההפעלה הושהתה. אם אתם מזהים את שתי המכונות, שחררו את הישנה בדף הרישיונות שלכם והפעילו את החדשה. אם לא, ייתכן שמישהו משתמש במפתח הרישיון שלכם: פנו למוכר.
notify-license_status-subject = הסטטוס של הרישיון שלכם עבור { $product } כעת: { $status ->
        [active] פעיל
        [suspended] מושעה
        [expired] פג תוקף
        [revoked] נשלל
       *[other] { $status }
    }
notify-license_status-body = שלום { $name }, הסטטוס של הרישיון שלכם עבור { $product } השתנה. הסטטוס החדש: { $status ->
        [active] פעיל
        [suspended] מושעה
        [expired] פג תוקף
        [revoked] נשלל
       *[other] { $status }
    }.
notify-release_published-subject = גרסה { $version } של { $product } יצאה
notify-release_published-body = שלום { $name }, גרסה { $version } של { $product } פורסמה בערוץ { $channel ->
        [stable] היציב
        [beta] הבטא
        [alpha] האלפא
       *[other] { $channel }
    }. היא זמינה בדף ההורדות שלכם.
notify-new_sign_in-subject = כניסה חדשה לחשבון שלכם
notify-new_sign_in-body = שלום { $name }, בוצעה זה עתה כניסה לחשבון שלכם מ-{ $device }. אם לא אתם נכנסתם, שנו את הסיסמה עכשיו.
notify-password_changed-subject = הסיסמה שלכם שונתה
notify-password_changed-body = שלום { $name }, הסיסמה של החשבון שלכם שונתה. אם לא אתם עשיתם זאת, אפסו אותה עכשיו ופנו לתמיכה.
notify-two_factor_changed-subject = האימות הדו-שלבי { $status ->
        [on] הופעל
        [off] כובה
       *[other] שונה: { $status }
    }
notify-two_factor_changed-body = שלום { $name }, האימות הדו-שלבי בחשבון שלכם { $status ->
        [on] הופעל
        [off] כובה
       *[other] שונה: { $status }
    }. אם לא אתם עשיתם זאת, פנו לתמיכה עכשיו.
notify-api_key_created-subject = נוצר מפתח API חדש
notify-api_key_created-body = שלום { $name }, מפתח ה-API "{ $key_name }" נוצר עבור החשבון שלכם. אם לא אתם עשיתם זאת, בטלו אותו עכשיו.
notify-commission_earned-subject = הרווחתם עמלה בסך { $amount }
notify-commission_earned-body = שלום { $name }, רכישה דרך קישור ההפניה שלכם הניבה לכם { $amount }. הסכום מעוכב עד שחלון ההחזרים ייסגר.
notify-commission_released-subject = עמלות בסך { $amount } עברו לרשותכם
notify-commission_released-body = שלום { $name }, עמלות בסך { $amount } שוחררו לארנק שלכם.
notify-marketing-subject = { $headline }
notify-marketing-body = שלום { $name },

    { $text }

# The notifications page, the header's bell, and the choices per kind.
nav-notifications = התראות
notifications-title = התראות
notifications-none = עדיין אין כאן כלום. מה שקורה לרישיונות, לתשלומים ולחשבון שלכם יופיע כאן.
notifications-mark-all = סימון הכול כנקרא
notifications-unread = חדש
account-notifications-title = הגדרות התראות
account-notifications-intro = בחרו, לכל סוג הודעה, אם היא תגיע אליכם בדוא״ל ובאפליקציה. הודעות אבטחה תמיד נשארות עם ערוץ אחד לפחות.
account-notifications-save = שמירת הגדרות ההתראות
account-notifications-saved = הגדרות ההתראות נשמרו.
account-notifications-security = אבטחה
notify-kind = סוג הודעה
notify-channel-email = דוא״ל
notify-channel-in_app = באפליקציה
notify-channel-telegram = Telegram
notify-group-transactions = תשלומים
notify-group-licenses = רישיונות
notify-group-releases = גרסאות
notify-group-security = אבטחה
notify-group-affiliate = תוכנית שותפים
notify-group-marketing = חדשות
notify-kind-top_up_credited = הארנק נטען
notify-kind-transfer_confirmed = העברה בנקאית התקבלה
notify-kind-purchase_receipt = קבלות על רכישות
notify-kind-order_failed = הזמנות שלא ניתן היה להשלים
notify-kind-refund = החזרים כספיים
notify-kind-payment_attention = תשלומים שדורשים החלטה
notify-kind-license_issued = רישיון שהונפק לכם
notify-kind-device_activated = הפעלה במכשיר חדש
notify-kind-seat_freed = עמדה ששוחררה
notify-kind-license_expiring = רישיון שעומד לפוג (14 ו-3 ימים לפני)
notify-kind-license_expired = תוקף רישיון פג
notify-kind-renewal_upcoming = חידוש אוטומטי מתקרב (7 ימים לפני)
notify-kind-license_renewed = רישיון חודש אוטומטית
notify-kind-renewal_failed = חידוש אוטומטי נכשל
notify-kind-clone_suspected = מכשיר שייתכן שהועתק
notify-kind-license_status = רישיון הושעה, נשלל או הוחזר לתוקף
notify-kind-release_published = גרסאות חדשות
notify-kind-new_sign_in = כניסה ממכשיר חדש
notify-kind-password_changed = הסיסמה שונתה
notify-kind-two_factor_changed = האימות הדו-שלבי שונה
notify-kind-api_key_created = נוצר מפתח API
notify-kind-commission_earned = עמלה שהרווחתם
notify-kind-commission_released = עמלה ששולמה
notify-kind-marketing = חדשות ומבצעים

# New versions per product, on the notification settings page.
account-releases-title = גרסאות חדשות
account-releases-intro = לכל מוצר שיש לכם רישיון עבורו: על אילו גרסאות לקבל הודעה, והיכן. בטא כוללת גם גרסאות יציבות; אלפא כוללת את כולן.
account-releases-none = בכלל לא
account-releases-stable = גרסאות יציבות
account-releases-beta = גרסאות בטא ויציבות
account-releases-alpha = כל הגרסאות, כולל אלפא

# The Telegram bot's replies.
telegram-linked = שלום { $name }! הצ׳אט הזה מקושר כעת לחשבון שלכם: ההתראות שתבחרו לקבל ב-Telegram יגיעו לכאן. שלחו /stop כדי להפסיק.
telegram-unlinked = הצ׳אט הזה כבר לא מקושר לחשבון. אפשר לקשר אותו מחדש מדף החשבון שלכם.
telegram-link-invalid = הקישור הזה פג תוקף או שכבר נעשה בו שימוש. צרו קישור חדש בדף החשבון שלכם.
telegram-help = כדי לקבל כאן התראות, פתחו את קישור ה-Telegram שבדף החשבון שלכם. שלחו /stop כדי לנתק את הצ׳אט הזה.

# Telegram on the notification settings page.
account-telegram-intro = קבלו ב-Telegram את ההתראות שתבחרו: קשרו את החשבון הזה לצ׳אט עם הבוט של החנות.
account-telegram-link = קישור ל-Telegram
account-telegram-open = פתחו את הקישור הזה ב-Telegram בתוך 15 דקות ולחצו על "התחל" (Start):
account-telegram-linked = החשבון הזה מקושר לצ׳אט ב-Telegram.
account-telegram-unlink = ניתוק מ-Telegram

# Alerts to the admins' Telegram chat.
telegram-alert-payment_review = תשלום דורש החלטה: { $payment } ({ $reason }).
telegram-alert-clone_suspected = ייתכן שמכשיר הוא העתק: רישיון { $license }, מכשיר { $device }.
telegram-alert-reconciliation = התאמת ספר החשבונות מצאה { $count ->
        [one] הפרה אחת
        [two] שתי הפרות
       *[other] { $count } הפרות
    }: ייתכן שנוצר או אבד כסף.
telegram-alert-job_dead = משימת רקע נכשלה סופית: { $job } ({ $id }). שגיאה אחרונה: { $reason }
