# Analytics: the admin's sales, licensing, usage and download reports.
analytics-title = Αναλυτικά στοιχεία
analytics-sales = Πωλήσεις
analytics-licenses = Άδειες χρήσης
analytics-usage = Χρήση
analytics-downloads = Λήψεις
analytics-from = Από
analytics-to = Έως
analytics-granularity = Ομαδοποίηση ανά
analytics-by-day = Ημέρα
analytics-by-week = Εβδομάδα
analytics-by-month = Μήνας
analytics-all-products = Όλα τα προϊόντα
analytics-show = Εμφάνιση
analytics-previous = Προηγούμενη περίοδος:
analytics-chart-table = Τα στοιχεία του γραφήματος
analytics-csv = Λήψη σε CSV
analytics-empty = Δεν υπάρχει τίποτα σε αυτή την περίοδο.
analytics-source = { $rollup ->
    [one] Μία ημέρα διαβάστηκε από την ημερήσια σύνοψη
   *[other] { $rollup } ημέρες διαβάστηκαν από την ημερήσια σύνοψη
}, { $live ->
    [one] μία ημέρα υπολογίστηκε από τα συμβάντα.
   *[other] { $live } ημέρες υπολογίστηκαν από τα συμβάντα.
}
analytics-chart-desc = Από { $from } έως { $to }. Ο πίνακας κάτω από το γράφημα περιέχει όλα τα στοιχεία.
analytics-chart-revenue = Καθαρά έσοδα και επιστροφές χρημάτων
analytics-chart-licenses = Ενεργές ενεργοποιήσεις, νέες ενεργοποιήσεις και άδειες χρήσης που εκδόθηκαν
analytics-chart-usage = Συσκευές και ιστότοποι που επικοινώνησαν (η πιο πολυάσχολη ημέρα)
analytics-chart-downloads = Λήψεις
analytics-table-products = Ανά προϊόν
analytics-table-customers = Νέοι και επαναλαμβανόμενοι πελάτες
analytics-table-gateways = Φορτίσεις πορτοφολιού ανά πύλη
analytics-table-countries = Ανά χώρα αγοραστή
analytics-table-promos = Εκπτωτικοί κωδικοί
analytics-table-affiliates = Συνεργάτες
analytics-table-activation-results = Ενεργοποιήσεις ανά αποτέλεσμα
analytics-table-validation-results = Επικυρώσεις ανά αποτέλεσμα
analytics-table-deactivated-by = Απενεργοποιήσεις ανά φορέα τερματισμού
analytics-table-top-licenses = Πιο πολυάσχολες άδειες χρήσης
analytics-table-releases = Ανά έκδοση
analytics-table-channels = Ανά κανάλι
analytics-col-period = Περίοδος
analytics-col-gross = Μικτά
analytics-col-discounts = Εκπτώσεις
analytics-col-refunds = Επιστροφές χρημάτων
analytics-col-net = Καθαρά
analytics-col-orders = Παραγγελίες
analytics-col-product = Προϊόν
analytics-col-plan = Πακέτο
analytics-col-units = Μονάδες
analytics-col-new_customers = Νέοι πελάτες
analytics-col-orders_from_new = Παραγγελίες νέων πελατών
analytics-col-orders_from_returning = Παραγγελίες επαναλαμβανόμενων πελατών
analytics-col-gateway = Πύλη
analytics-col-top_ups = Φορτίσεις
analytics-col-amount = Ποσό
analytics-col-country = Χώρα
analytics-col-code = Κωδικός
analytics-col-uses = Χρήσεις
analytics-col-discount = Έκπτωση
analytics-col-affiliate = Συνεργάτης
analytics-col-commissions = Προμήθειες
analytics-col-earned = Κερδισμένες
analytics-col-reversed = Αντιλογισμένες
analytics-col-issued = Άδειες χρήσης που εκδόθηκαν
analytics-col-activations = Ενεργοποιήσεις
analytics-col-deactivations = Απενεργοποιήσεις
analytics-col-live = Ενεργές ενεργοποιήσεις
analytics-col-count = Πλήθος
analytics-col-by = Τερματίστηκε από
analytics-col-validations = Επικυρώσεις
analytics-col-heartbeats = Σήματα ζωής
analytics-col-active_devices = Ενεργές συσκευές
analytics-col-active_sites = Ενεργοί ιστότοποι
analytics-col-license = Άδεια χρήσης
analytics-col-owner = Κάτοχος
analytics-col-calls = Κλήσεις
analytics-col-devices_seen = Συσκευές που εμφανίστηκαν
analytics-col-downloads = Λήψεις
analytics-col-release = Έκδοση
analytics-col-channel = Κανάλι

# One license's usage (its owner's page and the admin's).
usage-title = Χρήση
usage-back = Πίσω
usage-range = Περίοδος
usage-last-days = { $days ->
    [one] Τελευταία ημέρα
   *[other] Τελευταίες { $days } ημέρες
}
usage-chart-devices = Συσκευές και ιστότοποι: σε λειτουργία και σε επικοινωνία
usage-chart-calls = Επικυρώσεις και σήματα ζωής
usage-live = Σε λειτουργία
usage-seen = Επικοινώνησαν
usage-devices = Συσκευές και ιστότοποι
usage-no-devices = Τίποτα δεν είναι ενεργοποιημένο με αυτή την άδεια χρήσης αυτή τη στιγμή.
usage-device = Συσκευή ή ιστότοπος
usage-platform = Πλατφόρμα
usage-last-seen = Τελευταία εμφάνιση
usage-heartbeat = Σήμα ζωής
usage-no-downloads = Δεν έχει γίνει ακόμη καμία λήψη με αυτή την άδεια χρήσης.
usage-last-download = Τελευταία λήψη
