# Analytics: the admin's sales, licensing, usage and download reports.
analytics-title = एनालिटिक्स
analytics-sales = बिक्री
analytics-licenses = लाइसेंस
analytics-usage = उपयोग
analytics-downloads = डाउनलोड
analytics-from = कब से
analytics-to = कब तक
analytics-granularity = समूह बनाएँ
analytics-by-day = दिन
analytics-by-week = सप्ताह
analytics-by-month = महीना
analytics-all-products = सभी प्रॉडक्ट
analytics-show = दिखाएँ
analytics-previous = पिछली अवधि:
analytics-chart-table = चार्ट में दिखाए गए आँकड़े
analytics-csv = CSV के रूप में डाउनलोड करें
analytics-empty = इस अवधि में कुछ नहीं।
analytics-source = { $rollup ->
    [one] { $rollup } दिन दैनिक रोलअप से पढ़ा गया
   *[other] { $rollup } दिन दैनिक रोलअप से पढ़े गए
}, { $live ->
    [one] { $live } दिन इवेंट से गिना गया।
   *[other] { $live } दिन इवेंट से गिने गए।
}
analytics-chart-desc = { $from } से { $to } तक। चार्ट के नीचे दी गई तालिका में हर आँकड़ा है।
analytics-chart-revenue = शुद्ध आय और रिफ़ंड
analytics-chart-licenses = लाइव सक्रियण, नए सक्रियण और जारी किए गए लाइसेंस
analytics-chart-usage = चेक-इन करने वाले डिवाइस और साइटें (सबसे व्यस्त दिन)
analytics-chart-downloads = डाउनलोड
analytics-table-products = प्रॉडक्ट के अनुसार
analytics-table-customers = नए और लौटने वाले ग्राहक
analytics-table-gateways = गेटवे के अनुसार वॉलेट टॉप-अप
analytics-table-countries = खरीदार के देश के अनुसार
analytics-table-promos = प्रोमो कोड
analytics-table-affiliates = एफ़िलिएट
analytics-table-activation-results = परिणाम के अनुसार सक्रियण
analytics-table-validation-results = परिणाम के अनुसार सत्यापन
analytics-table-deactivated-by = निष्क्रियण, इस आधार पर कि किसने समाप्त किया
analytics-table-top-licenses = सबसे व्यस्त लाइसेंस
analytics-table-releases = रिलीज़ के अनुसार
analytics-table-channels = चैनल के अनुसार
analytics-col-period = अवधि
analytics-col-gross = सकल
analytics-col-discounts = छूट
analytics-col-refunds = रिफ़ंड
analytics-col-net = शुद्ध
analytics-col-orders = ऑर्डर
analytics-col-product = प्रॉडक्ट
analytics-col-plan = प्लान
analytics-col-units = यूनिट
analytics-col-new_customers = नए ग्राहक
analytics-col-orders_from_new = नए ग्राहकों के ऑर्डर
analytics-col-orders_from_returning = लौटने वाले ग्राहकों के ऑर्डर
analytics-col-gateway = गेटवे
analytics-col-top_ups = टॉप-अप
analytics-col-amount = राशि
analytics-col-country = देश
analytics-col-code = कोड
analytics-col-uses = उपयोग
analytics-col-discount = छूट
analytics-col-affiliate = एफ़िलिएट
analytics-col-commissions = कमीशन
analytics-col-earned = अर्जित
analytics-col-reversed = वापस लिया गया
analytics-col-issued = जारी किए गए लाइसेंस
analytics-col-activations = सक्रियण
analytics-col-deactivations = निष्क्रियण
analytics-col-live = लाइव सक्रियण
analytics-col-count = संख्या
analytics-col-by = किसने समाप्त किया
analytics-col-validations = सत्यापन
analytics-col-heartbeats = हार्टबीट
analytics-col-active_devices = सक्रिय डिवाइस
analytics-col-active_sites = सक्रिय साइटें
analytics-col-license = लाइसेंस
analytics-col-owner = मालिक
analytics-col-calls = कॉल
analytics-col-devices_seen = देखे गए डिवाइस
analytics-col-downloads = डाउनलोड
analytics-col-release = रिलीज़
analytics-col-channel = चैनल

# One license's usage (its owner's page and the admin's).
usage-title = उपयोग
usage-back = वापस
usage-range = अवधि
usage-last-days = { $days ->
    [one] पिछला { $days } दिन
   *[other] पिछले { $days } दिन
}
usage-chart-devices = डिवाइस और साइटें: लाइव और चेक-इन करने वाले
usage-chart-calls = सत्यापन और हार्टबीट
usage-live = लाइव
usage-seen = चेक-इन किया
usage-devices = डिवाइस और साइटें
usage-no-devices = अभी इस लाइसेंस से कुछ भी सक्रिय नहीं है।
usage-device = डिवाइस या साइट
usage-platform = प्लेटफ़ॉर्म
usage-last-seen = आखिरी बार देखा गया
usage-heartbeat = हार्टबीट
usage-no-downloads = इस लाइसेंस से अभी तक कुछ भी डाउनलोड नहीं किया गया।
usage-last-download = आखिरी डाउनलोड
