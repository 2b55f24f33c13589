### Accounts: verification, password reset, first-run setup, signing in, settings, two-factor, API keys.

## Email verification page

verify-email-page-title = אישור כתובת הדוא״ל
verify-email-intro = לחצו על הכפתור כדי לאשר שכתובת הדוא״ל הזו שייכת לכם.
verify-email-confirm = אישור כתובת הדוא״ל שלי
verify-email-done = תודה: כתובת הדוא״ל שלכם אושרה.

## Password reset page

reset-page-title = בחירת סיסמה חדשה
reset-new-password = סיסמה חדשה
reset-password-hint = 12 עד 128 תווים. לא אחת מהסיסמאות הנפוצות ביותר, ולא כתובת הדוא״ל שלכם.
reset-submit = הגדרת הסיסמה החדשה
reset-done = הסיסמה שלכם שונתה וכל החיבורים הסתיימו. היכנסו עם הסיסמה החדשה.

## First-run setup page

setup-page-title = יצירת מנהל המערכת הראשון
setup-intro = לשרת הזה עדיין אין מנהל מערכת. החשבון שתיצרו כאן יוכל לנהל הכול; הקישור הזה פועל פעם אחת בלבד.
setup-email = כתובת דוא״ל
setup-name = שם
setup-password = סיסמה
setup-store-name = שם החנות שלכם
setup-store-name-hint = מוצג ללקוחות שלכם בכותרת של כל דף ובהודעות הדוא״ל. אפשר לשנות אותו, ולהוסיף לוגו וצבעים, בדף המיתוג.
setup-seller = מי המוכר (מודפס על החשבוניות)
setup-seller-hint = לא חובה כרגע: מלאו את הפרטים לפני המכירה הראשונה, כאן או בדף החיוב. ללא שם משפטי, החשבוניות יציגו את שם החנות.
setup-submit = יצירת מנהל המערכת
setup-done = חשבון מנהל המערכת מוכן. היכנסו באמצעותו.

## Signing in and up, account settings

nav-sign-up = יצירת חשבון
nav-sign-out = יציאה
field-email = כתובת דוא״ל
field-password = סיסמה
field-name = שם
sign-in-title = כניסה
sign-in-submit = כניסה
sign-in-code = קוד חד-פעמי
sign-in-code-hint = הקוד בן 6 הספרות מאפליקציית האימות שלכם, או אחד מקודי השחזור שלכם.
sign-in-forgot = שכחתם את הסיסמה?
sign-in-no-account = יצירת חשבון
sign-up-title = יצירת חשבון
sign-up-submit = יצירת החשבון
sign-up-done = תודה. שלחנו קישור אישור לכתובת שהזנתם; פתחו אותו כדי לאשר את כתובת הדוא״ל שלכם. לאחר מכן היכנסו.
sign-up-invited = רישיון ממתין לכם. צרו את החשבון שלכם עם הכתובת שאליה הוא נשלח.
sign-up-invited-done = החשבון שלכם מוכן והכתובת שלו אושרה. היכנסו: הרישיון שממתין לכם נמצא בדף הרישיונות שלכם.
forgot-title = שכחתם את הסיסמה?
forgot-submit = שלחו לי קישור לאיפוס
forgot-done = אם קיים חשבון עם הכתובת הזו, קישור לבחירת סיסמה חדשה כבר בדרך. הוא תקף למשך 30 דקות.
account-title = החשבון שלכם
account-profile = פרופיל
account-email-verified = מאומתת
account-email-unverified = טרם אומתה
account-timezone = אזור זמן
account-digits = ספרות
account-save = שמירה
account-saved = השינויים שלכם נשמרו.
account-password = סיסמה
account-current-password = הסיסמה הנוכחית
account-change-password = שינוי הסיסמה
account-password-changed = הסיסמה שלכם שונתה. כל שאר החיבורים הסתיימו.
account-security = אבטחה
account-2fa-on = האימות הדו-שלבי פעיל.
account-2fa-off = האימות הדו-שלבי כבוי.
account-sessions-hint = מסיים את כל החיבורים של החשבון הזה, בכל המכשירים, כולל המכשיר הזה.
account-sign-out-everywhere = יציאה מכל המכשירים

## Two-factor sign-in and API key pages

account-2fa-manage = ניהול
account-export = הורדת הנתונים שלי
account-export-hint = קובץ ZIP של קובצי JSON: החשבון שלכם, הרישיונות והמפתחות שלהם, מכשירים, חשבוניות, תשלומים, ארנק, התראות ומפתחות API (אף פעם לא הסודות שלהם).
tfa-title = אימות דו-שלבי
tfa-intro = עם אימות דו-שלבי, הכניסה דורשת גם קוד מאפליקציית אימות בטלפון שלכם, כך שסיסמה גנובה לבדה אינה מספיקה.
tfa-start = הגדרה
tfa-scan = סרקו את הקוד הזה באפליקציית האימות שלכם, ואז הזינו את הקוד בן 6 הספרות שהיא מציגה.
tfa-qr-alt = קוד QR לאפליקציית האימות שלכם
tfa-secret = או הקלידו את המפתח הזה:
tfa-confirm = הפעלת האימות הדו-שלבי
tfa-enabled = האימות הדו-שלבי פעיל. שאר החיבורים שלכם הסתיימו; הדפדפן הזה נשאר מחובר.
tfa-confirm-password-hint = הסיסמה שלכם מוכיחה שזה אתם: שאר החיבורים שלכם יסתיימו, והדפדפן הזה יישאר מחובר.
tfa-codes-saved = שמרתי אותם: חזרה לחשבון שלי
tfa-codes-intro = שמרו את קודי השחזור האלה במקום בטוח. כל קוד פועל פעם אחת, למקרה שתאבדו את הטלפון. הם מוצגים רק עכשיו.
tfa-disable = כיבוי האימות הדו-שלבי
keys-title = מפתחות API
keys-new = מפתח חדש
keys-scopes = הרשאות
keys-scope-read = קריאת הנתונים שלכם
keys-scope-licenses = ניהול רישיונות
keys-scope-releases = פרסום גרסאות
keys-expires = תפוגה לאחר (ימים, לא חובה)
keys-create = יצירת המפתח
keys-created = המפתח החדש שלכם מופיע למטה. העתיקו אותו עכשיו: הוא מוצג פעם אחת בלבד.
keys-yours = המפתחות שלכם
keys-none = עדיין אין לכם מפתחות API.
keys-prefix = תחילית
keys-revoke = ביטול
keys-confirm-revoke = לבטל את מפתח ה-API הזה? סקריפטים שמשתמשים בו יפסיקו לפעול מיד, ואי אפשר לחזור מזה.
keys-revoked = בוטל
