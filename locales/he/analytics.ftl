# Analytics: the admin's sales, licensing, usage and download reports.
analytics-title = ניתוח נתונים
analytics-sales = מכירות
analytics-licenses = רישיונות
analytics-usage = שימוש
analytics-downloads = הורדות
analytics-from = מתאריך
analytics-to = עד תאריך
analytics-granularity = קיבוץ לפי
analytics-by-day = יום
analytics-by-week = שבוע
analytics-by-month = חודש
analytics-all-products = כל המוצרים
analytics-show = הצגה
analytics-previous = התקופה הקודמת:
analytics-chart-table = הנתונים שמוצגים בתרשים
analytics-csv = הורדה כ-CSV
analytics-empty = אין נתונים בתקופה הזו.
analytics-source = { $rollup ->
    [one] יום אחד נקרא מהסיכום היומי
    [two] יומיים נקראו מהסיכום היומי
   *[other] { $rollup } ימים נקראו מהסיכום היומי
}, { $live ->
    [one] יום אחד חושב מהאירועים.
    [two] יומיים חושבו מהאירועים.
   *[other] { $live } ימים חושבו מהאירועים.
}
analytics-chart-desc = מ-{ $from } עד { $to }. בטבלה שמתחת לתרשים מופיעים כל הנתונים.
analytics-chart-revenue = הכנסות נטו והחזרים כספיים
analytics-chart-licenses = הפעלות בתוקף, הפעלות חדשות ורישיונות שהונפקו
analytics-chart-usage = מכשירים ואתרים שדיווחו (היום העמוס ביותר)
analytics-chart-downloads = הורדות
analytics-table-products = לפי מוצר
analytics-table-customers = לקוחות חדשים וחוזרים
analytics-table-gateways = טעינות ארנק לפי שער תשלום
analytics-table-countries = לפי מדינת הקונה
analytics-table-promos = קודי הנחה
analytics-table-affiliates = שותפים
analytics-table-activation-results = הפעלות לפי תוצאה
analytics-table-validation-results = אימותים לפי תוצאה
analytics-table-deactivated-by = ביטולי הפעלה לפי מי שביצע אותם
analytics-table-top-licenses = הרישיונות העמוסים ביותר
analytics-table-releases = לפי גרסה
analytics-table-channels = לפי ערוץ
analytics-col-period = תקופה
analytics-col-gross = ברוטו
analytics-col-discounts = הנחות
analytics-col-refunds = החזרים
analytics-col-net = נטו
analytics-col-orders = הזמנות
analytics-col-product = מוצר
analytics-col-plan = מסלול
analytics-col-units = יחידות
analytics-col-new_customers = לקוחות חדשים
analytics-col-orders_from_new = הזמנות מלקוחות חדשים
analytics-col-orders_from_returning = הזמנות מלקוחות חוזרים
analytics-col-gateway = שער תשלום
analytics-col-top_ups = טעינות
analytics-col-amount = סכום
analytics-col-country = מדינה
analytics-col-code = קוד
analytics-col-uses = שימושים
analytics-col-discount = הנחה
analytics-col-affiliate = שותף
analytics-col-commissions = עמלות
analytics-col-earned = נצברו
analytics-col-reversed = בוטלו
analytics-col-issued = רישיונות שהונפקו
analytics-col-activations = הפעלות
analytics-col-deactivations = ביטולי הפעלה
analytics-col-live = הפעלות בתוקף
analytics-col-count = כמות
analytics-col-by = בוצע על ידי
analytics-col-validations = אימותים
analytics-col-heartbeats = אותות חיים
analytics-col-active_devices = מכשירים פעילים
analytics-col-active_sites = אתרים פעילים
analytics-col-license = רישיון
analytics-col-owner = בעל הרישיון
analytics-col-calls = קריאות
analytics-col-devices_seen = מכשירים שנצפו
analytics-col-downloads = הורדות
analytics-col-release = גרסה
analytics-col-channel = ערוץ

# One license's usage (its owner's page and the admin's).
usage-title = שימוש
usage-back = חזרה
usage-range = תקופה
usage-last-days = { $days ->
    [one] היום האחרון
    [two] היומיים האחרונים
   *[other] { $days } הימים האחרונים
}
usage-chart-devices = מכשירים ואתרים: בתוקף ומדווחים
usage-chart-calls = אימותים ואותות חיים
usage-live = בתוקף
usage-seen = דיווחו
usage-devices = מכשירים ואתרים
usage-no-devices = כרגע לא מופעל דבר עם הרישיון הזה.
usage-device = מכשיר או אתר
usage-platform = פלטפורמה
usage-last-seen = נראה לאחרונה
usage-heartbeat = אות חיים
usage-no-downloads = עדיין לא הורד דבר עם הרישיון הזה.
usage-last-download = הורדה אחרונה
