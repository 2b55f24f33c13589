### Layout shared by every page: language selector, navigation, landing, docs and error pages.

# The language's name for itself, shown in the language selector.
language-name = עברית

-brand = RMS License Server

## Layout shared by every page

skip-to-content = דילוג לתוכן
nav-home = דף הבית
nav-sign-in = כניסה
nav-api-docs = תיעוד API
nav-menu = תפריט
notice-dismiss = סגירה
language-label = שפה
language-apply = החלפה
footer-text = { -brand } — רישוי וחיוב על השרת שלכם.
footer-support = תמיכה

## Landing page

landing-page-title = { -brand }
landing-tagline = מכרו את התוכנה שלכם, הגנו עליה וקבלו תשלום — על השרת שלכם.
landing-intro = { -brand } מנפיק מפתחות רישיון קריפטוגרפיים, קושר אותם למכשירים או לדומיינים, בודק אותם עם חיבור לרשת ובלעדיו, מוכר דרך חנות עם ארנק ושערי תשלום, ומדבר עם הלקוחות שלכם בשפתם.
landing-feature-keys-title = מפתחות שאי אפשר לזייף
landing-feature-keys-body = כל רישיון חתום ב-Ed25519. התוכנה שלכם מאמתת אותו באמצעות מפתח ציבורי, גם ללא חיבור לרשת.
landing-feature-store-title = חנות שמדייקת בכל סכום
landing-feature-store-body = המחירים מחושבים בשרת, כל תשלום נזקף פעם אחת בדיוק, וכל מספר חשבונית משמש פעם אחת בדיוק.
landing-feature-scale-title = קובץ הרצה אחד, מהמחשב הנייד ועד לאשכול
landing-feature-scale-body = התחילו בפקודה אחת על מסד נתונים מוטמע; גדלו לצמתים רבים על PostgreSQL ו-Redis בלי לשנות אף שורה.
landing-cta-sign-in = כניסה
landing-cta-store = מעבר לחנות
landing-cta-docs = עיון ב-API
landing-languages = { $count ->
        [one] זמין בשפה אחת
        [two] זמין בשתי שפות
       *[other] זמין ב-{ $count } שפות
    }.

## API documentation page

docs-page-title = תיעוד API
docs-noscript = המדריך האינטראקטיבי דורש JavaScript. מסמך ה-OpenAPI עצמו נמצא בכתובת { $url }.

## Error pages

error-page-back = חזרה לדף הבית
error-page-request-id = מזהה בקשה: { $id }
