### Layout shared by every page: language selector, navigation, landing, docs and error pages.

# The language's name for itself, shown in the language selector.
language-name = Ελληνικά

-brand = RMS License Server

## Layout shared by every page

skip-to-content = Μετάβαση στο περιεχόμενο
nav-home = Αρχική
nav-sign-in = Σύνδεση
nav-api-docs = Τεκμηρίωση API
nav-menu = Μενού
notice-dismiss = Απόρριψη
language-label = Γλώσσα
language-apply = Αλλαγή
footer-text = { -brand } — αδειοδότηση και χρεώσεις που φιλοξενείτε μόνοι σας.
footer-support = Υποστήριξη

## Landing page

landing-page-title = { -brand }
landing-tagline = Πουλήστε το λογισμικό σας, προστατέψτε το και πληρωθείτε — στον δικό σας διακομιστή.
landing-intro = Το { -brand } εκδίδει κρυπτογραφικά κλειδιά άδειας, τα δεσμεύει σε συσκευές ή τομείς, τα ελέγχει με και χωρίς σύνδεση, πουλά μέσω καταστήματος με πορτοφόλι και πύλες πληρωμών και επικοινωνεί με τους πελάτες σας στη γλώσσα τους.
landing-feature-keys-title = Κλειδιά που δεν πλαστογραφούνται
landing-feature-keys-body = Κάθε άδεια χρήσης υπογράφεται με Ed25519. Το λογισμικό σας την επαληθεύει με ένα δημόσιο κλειδί, ακόμη και χωρίς σύνδεση στο δίκτυο.
landing-feature-store-title = Ένα κατάστημα ακριβές ως το τελευταίο λεπτό
landing-feature-store-body = Οι τιμές υπολογίζονται στον διακομιστή, κάθε πληρωμή πιστώνεται ακριβώς μία φορά και κάθε αριθμός τιμολογίου χρησιμοποιείται ακριβώς μία φορά.
landing-feature-scale-title = Ένα εκτελέσιμο, από τον φορητό υπολογιστή έως το σύμπλεγμα
landing-feature-scale-body = Ξεκινήστε με μία εντολή σε ενσωματωμένη βάση δεδομένων· επεκταθείτε σε πολλούς κόμβους με PostgreSQL και Redis χωρίς να αλλάξετε ούτε μία γραμμή.
landing-cta-sign-in = Σύνδεση
landing-cta-store = Περιήγηση στο κατάστημα
landing-cta-docs = Εξερεύνηση του API
landing-languages = Διαθέσιμο σε { $count ->
        [one] { $count } γλώσσα
       *[other] { $count } γλώσσες
    }.

## API documentation page

docs-page-title = Τεκμηρίωση API
docs-noscript = Η διαδραστική τεκμηρίωση χρειάζεται JavaScript. Το ίδιο το έγγραφο OpenAPI βρίσκεται στη διεύθυνση { $url }.

## Error pages

error-page-back = Επιστροφή στην αρχική σελίδα
error-page-request-id = Αναγνωριστικό αιτήματος: { $id }
