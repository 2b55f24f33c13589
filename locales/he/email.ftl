# Plain-text emails. Links stand on their own line so every mail client makes them clickable.

email-verify-subject = אישור כתובת הדוא״ל שלכם
email-verify-body =
    שלום { $name },

    נא לאשר את כתובת הדוא״ל שלכם על ידי פתיחת הקישור הזה בתוך { $minutes } דקות:

    { $link }

    אם לא יצרתם חשבון, אפשר להתעלם מהודעה זו.
email-registration-attempt-subject = מישהו ניסה להירשם עם כתובת הדוא״ל שלכם
email-registration-attempt-body =
    שלום { $name },

    מישהו ניסה זה עתה ליצור חשבון חדש עם כתובת הדוא״ל שלכם, שכבר יש לה חשבון.
    אם זה הייתם אתם, פשוט היכנסו:

    { $link }

    אם זה לא הייתם אתם, אין צורך לעשות דבר: שום דבר לא שונה.
email-reset-subject = איפוס הסיסמה שלכם
email-reset-body =
    שלום { $name },

    מישהו (אנחנו מקווים שאתם) ביקש לאפס את הסיסמה של החשבון שלכם. כדי לבחור סיסמה חדשה, פתחו את הקישור הזה בתוך { $minutes } דקות:

    { $link }

    אם לא ביקשתם זאת, התעלמו מהודעה זו: הסיסמה שלכם נשארת כפי שהיא.
email-clone-suspected-subject = נראה שאחד הרישיונות שלכם פועל במכונה משוכפלת
email-clone-suspected-body =
    שלום { $name },

    שתי מכונות הציגו זה עתה את אותה הפעלה של הרישיון שלכם עבור { $product } (המכשיר "{ $device }"). בדרך כלל המשמעות היא שתמונת דיסק או מכונה וירטואלית הועתקה יחד עם הרישיון שעליה.

    ההפעלה הושהתה. אם אתם מזהים את שתי המכונות, שחררו את הישנה בדף הרישיונות שלכם והפעילו את החדשה:

    { $link }

    אם לא, ייתכן שמישהו משתמש במפתח הרישיון שלכם: פנו למוכר.
email-receipt-subject = הקבלה שלכם { $number }
email-receipt-body =
    שלום { $name },

    תודה על הרכישה. חשבונית { $number }, בסך { $total }, שולמה מהארנק שלכם.

    מפתחות הרישיון שלכם נמצאים בדף הרישיונות:

    { $licenses }

    אפשר להוריד את קובץ ה-PDF של החשבונית מדף הארנק בכל עת:

    { $billing }
email-sub-license-invite-subject = קיבלתם רישיון מ-{ $inviter }
email-sub-license-invite-body =
    שלום,

    קיבלתם מ-{ $inviter } { $seats ->
        [one] עמדה אחת
        [two] שתי עמדות
       *[other] { $seats } עמדות
    } של { $product }, עם מפתח רישיון נפרד משלכם.

    כדי להשתמש בהן, היכנסו עם כתובת הדוא״ל הזו, או צרו איתה חשבון ואשרו את הכתובת. הרישיון יופיע אז בדף הרישיונות שלכם:

    { $link }

    אם אינכם מכירים את { $inviter }, התעלמו מהודעה זו.
email-license-invite-subject = הונפק לכם רישיון מאת { $store }
email-license-invite-body =
    שלום,

    הונפק לכם רישיון של { $product } ({ $plan }) מאת { $store }.

    כדי להשתמש בו, צרו את החשבון שלכם עם כתובת הדוא״ל הזו דרך הקישור הזה; הרישיון והמפתח שלו יופיעו אז בדף הרישיונות שלכם:

    { $link }

    אם לא ציפיתם לכך, התעלמו מהודעה זו.
email-top-up-receipt-subject = הארנק שלכם נטען בסך { $credited }
email-top-up-receipt-body =
    שלום { $name },

    התשלום שלכם { $reference } בסך { $paid } דרך { $gateway } התקבל, וסך של { $credited } נוסף לארנק שלכם.

    היתרה וההיסטוריה שלכם מופיעות בדף הארנק:

    { $billing }
email-transfer-instructions-subject = ההעברה הבנקאית שלכם בסך { $amount }
email-transfer-instructions-body =
    שלום { $name },

    כדי לטעון את הארנק שלכם, העבירו { $amount } וציינו את האסמכתה הזו: { $reference }

    { $details }

    אותם פרטים, כל אחד עם כפתור העתקה, מופיעים בדף הזה:

    { $page }

    הארנק שלכם יזוכה ברגע שהכסף יגיע.
email-transfer-account-holder = בעל החשבון
email-transfer-account-number = IBAN או מספר חשבון
email-transfer-swift-bic = SWIFT/BIC
email-transfer-bank-name = בנק
email-transfer-bank-address = כתובת הבנק
email-transfer-no-details = פרטי הבנק עבור המטבע הזה עדיין לא הוגדרו: אנא צרו איתנו קשר לפני ההעברה.
