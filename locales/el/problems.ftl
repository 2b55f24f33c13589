# Titles and details of RFC 9457 problem responses, one pair per stable error code.

problem-bad-request-title = Μη έγκυρο αίτημα
problem-bad-request-detail = Δεν ήταν δυνατή η κατανόηση του αιτήματος: { $reason }
bad-request-not-json = το σώμα δεν είναι έγκυρο JSON.
bad-request-missing-field = το πεδίο «{ $field }» είναι υποχρεωτικό.
bad-request-unknown-field = το «{ $field }» δεν είναι πεδίο που δέχεται αυτό το αίτημα.
bad-request-malformed-field = το πεδίο «{ $field }» δεν έχει τιμή σωστού τύπου ή μορφής.
bad-request-malformed = μια τιμή του αιτήματος δεν έχει τον σωστό τύπο ή μορφή.
problem-not-found-title = Δεν βρέθηκε
problem-not-found-detail = Δεν υπάρχει τίποτα σε αυτή τη διεύθυνση.
problem-method-not-allowed-title = Η μέθοδος δεν επιτρέπεται
problem-method-not-allowed-detail = Αυτή η διεύθυνση δεν δέχεται τη μέθοδο { $method }.
problem-payload-too-large-title = Πολύ μεγάλο αίτημα
problem-payload-too-large-detail = Το σώμα του αιτήματος είναι μεγαλύτερο από όσο δέχεται αυτός ο διακομιστής (έως { $limit } byte).
problem-unsupported-media-type-title = Μη υποστηριζόμενος τύπος περιεχομένου
problem-unsupported-media-type-detail = Στείλτε το σώμα του αιτήματος ως JSON με την κεφαλίδα Content-Type: application/json.
problem-request-timeout-title = Λήξη χρόνου αιτήματος
problem-request-timeout-detail = Το αίτημα διήρκεσε περισσότερο από { $seconds ->
        [one] { $seconds } δευτερόλεπτο
       *[other] { $seconds } δευτερόλεπτα
    } και διακόπηκε. Δεν αποθηκεύτηκε τίποτα, εκτός αν η απάντηση ανέφερε κάτι διαφορετικό.
problem-too-many-requests-title = Πάρα πολλά αιτήματα
problem-too-many-requests-detail = Πάρα πολλά αιτήματα σε σύντομο χρονικό διάστημα. Περιμένετε και δοκιμάστε ξανά.
problem-internal-error-title = Εσωτερικό σφάλμα
problem-internal-error-detail = Κάτι πήγε στραβά από τη μεριά μας. Το σφάλμα καταγράφηκε· αν επικοινωνήσετε με την υποστήριξη, αναφέρετε το αναγνωριστικό αιτήματος { $request_id }.
problem-service-unavailable-title = Η υπηρεσία δεν είναι διαθέσιμη
problem-service-unavailable-detail = Η υπηρεσία δεν είναι προσωρινά διαθέσιμη. Δοκιμάστε ξανά σε λίγο.
problem-http-error-title = Το αίτημα απέτυχε
problem-http-error-detail = Το αίτημα απέτυχε με κατάσταση HTTP { $status }.

## Accounts and sessions

problem-invalid-email-title = Μη έγκυρη διεύθυνση email
problem-invalid-email-detail = Το «{ $field }» δεν είναι έγκυρη διεύθυνση email.
problem-password-length-title = Μήκος κωδικού πρόσβασης
problem-password-length-detail = Ο κωδικός πρόσβασης πρέπει να έχει από { $min } έως { $max } χαρακτήρες.
problem-password-too-common-title = Πολύ συνηθισμένος κωδικός πρόσβασης
problem-password-too-common-detail = Αυτός ο κωδικός πρόσβασης είναι από τους πιο συχνά χρησιμοποιούμενους. Επιλέξτε άλλον.
problem-password-contains-email-title = Ο κωδικός πρόσβασης περιέχει τη διεύθυνση email
problem-password-contains-email-detail = Ο κωδικός πρόσβασης δεν πρέπει να περιέχει τη διεύθυνση email σας. Επιλέξτε άλλον.
problem-invalid-name-title = Μη έγκυρο όνομα
problem-invalid-name-detail = Το όνομα πρέπει να έχει από 1 έως 100 χαρακτήρες, χωρίς χαρακτήρες ελέγχου.
problem-invalid-timezone-title = Μη έγκυρη ζώνη ώρας
problem-invalid-timezone-detail = Χρησιμοποιήστε όνομα ζώνης ώρας όπως Europe/Berlin ή UTC.
problem-unsupported-locale-title = Μη υποστηριζόμενη γλώσσα
problem-unsupported-locale-detail = Αυτή η γλώσσα δεν είναι διαθέσιμη. Επιλέξτε μία από τις διαθέσιμες γλώσσες.
problem-invalid-credentials-title = Η σύνδεση απέτυχε
problem-invalid-credentials-detail = Η διεύθυνση email ή ο κωδικός πρόσβασης είναι λανθασμένα.
problem-account-locked-title = Ο λογαριασμός είναι κλειδωμένος
problem-account-locked-detail = Αυτός ο λογαριασμός είναι κλειδωμένος. Επικοινωνήστε με την υποστήριξη.
problem-unauthenticated-title = Δεν έχετε συνδεθεί
problem-unauthenticated-detail = Αυτό το αίτημα χρειάζεται έγκυρο διακριτικό πρόσβασης. Συνδεθείτε ξανά για να λάβετε ένα.
problem-invalid-refresh-token-title = Η περίοδος σύνδεσης έληξε
problem-invalid-refresh-token-detail = Η περίοδος σύνδεσης έληξε ή τερματίστηκε. Συνδεθείτε ξανά.
problem-invalid-link-token-title = Ο σύνδεσμος δεν ισχύει πλέον
problem-invalid-link-token-detail = Αυτός ο σύνδεσμος δεν είναι έγκυρος, έχει ήδη χρησιμοποιηθεί ή έχει λήξει. Ζητήστε νέο.
problem-forbidden-title = Δεν επιτρέπεται
problem-forbidden-detail = Έχετε συνδεθεί, αλλά αυτά τα διαπιστευτήρια δεν επιτρέπουν αυτή την ενέργεια.
problem-limit-reached-title = Συμπληρώθηκε το όριο
problem-limit-reached-detail = Έχετε φτάσει το όριο των { $limit }. Αφαιρέστε ένα πριν προσθέσετε άλλο.
problem-invalid-scope-title = Μη έγκυρο εύρος δικαιωμάτων
problem-invalid-scope-detail = Επιλέξτε τουλάχιστον ένα από τα διαθέσιμα δικαιώματα πρόσβασης· ορισμένα είναι διαθέσιμα μόνο σε διαχειριστές.
problem-out-of-range-title = Τιμή εκτός εύρους
problem-out-of-range-detail = Η τιμή του «{ $field }» είναι εκτός του αποδεκτού εύρους.
problem-totp-required-title = Απαιτείται κωδικός μίας χρήσης
problem-totp-required-detail = Αυτός ο λογαριασμός χρησιμοποιεί σύνδεση δύο παραγόντων. Πληκτρολογήστε τον κωδικό από την εφαρμογή ελέγχου ταυτότητας ή έναν κωδικό ανάκτησης.
problem-totp-invalid-title = Λανθασμένος κωδικός μίας χρήσης
problem-totp-invalid-detail = Ο κωδικός είναι λανθασμένος, έχει λήξει ή έχει ήδη χρησιμοποιηθεί. Περιμένετε τον επόμενο κωδικό και δοκιμάστε ξανά.
problem-totp-locked-title = Η σύνδεση δύο παραγόντων κλειδώθηκε
problem-totp-locked-detail = Πάρα πολλοί λανθασμένοι κωδικοί. Η σύνδεση δύο παραγόντων είναι κλειδωμένη για 15 λεπτά.
problem-totp-already-enabled-title = Η σύνδεση δύο παραγόντων είναι ήδη ενεργοποιημένη
problem-totp-already-enabled-detail = Η σύνδεση δύο παραγόντων είναι ήδη ενεργοποιημένη για αυτόν τον λογαριασμό.
problem-totp-not-enabled-title = Η σύνδεση δύο παραγόντων είναι απενεργοποιημένη
problem-totp-not-enabled-detail = Η σύνδεση δύο παραγόντων δεν είναι ενεργοποιημένη για αυτόν τον λογαριασμό (ή η ρύθμισή της δεν έχει ξεκινήσει).
problem-invalid-code-title = Λανθασμένος κωδικός
problem-invalid-code-detail = Η τιμή του «{ $field }» είναι λανθασμένη ή έχει λήξει.
problem-invalid-role-title = Άγνωστος ρόλος
problem-invalid-role-detail = Ο ρόλος πρέπει να είναι ένας από τους user, support ή admin.
problem-csrf-failed-title = Η φόρμα έληξε
problem-csrf-failed-detail = Δεν ήταν δυνατή η αποδοχή αυτής της φόρμας. Φορτώστε ξανά τη σελίδα και δοκιμάστε ξανά.
problem-two-factor-required-for-staff-title = Απαιτείται σύνδεση δύο παραγόντων
problem-two-factor-required-for-staff-detail = Αυτός ο διακομιστής απαιτεί από το προσωπικό να χρησιμοποιεί σύνδεση δύο παραγόντων. Ενεργοποιήστε την πρώτα στις ρυθμίσεις του λογαριασμού σας.
problem-slug-taken-title = Το σύντομο όνομα χρησιμοποιείται
problem-slug-taken-detail = Ένα άλλο προϊόν χρησιμοποιεί ήδη αυτό το σύντομο όνομα. Επιλέξτε κάποιο άλλο.
problem-invalid-slug-title = Μη έγκυρο σύντομο όνομα
problem-invalid-slug-detail = Ένα σύντομο όνομα αποτελείται από 2 έως 64 πεζά λατινικά γράμματα, ψηφία και παύλες και δεν ξεκινά ούτε τελειώνει με παύλα.
problem-invalid-product-kind-title = Μη έγκυρο είδος προϊόντος
problem-invalid-product-kind-detail = Ένα προϊόν είναι είτε «software» (δεσμεύεται σε μηχανήματα) είτε «site» (δεσμεύεται σε τομείς).
problem-unknown-account-title = Άγνωστος λογαριασμός
problem-unknown-account-detail = Κανένας λογαριασμός δεν έχει αυτή τη διεύθυνση email. Το άτομο πρέπει πρώτα να εγγραφεί.
problem-license-revoked-title = Η άδεια χρήσης ανακλήθηκε
problem-license-revoked-detail = Αυτή η άδεια χρήσης ανακλήθηκε· μια ανακλημένη άδεια δεν μπορεί να επαναφερθεί. Εκδώστε μια νέα.
problem-seats-in-use-title = Θέσεις σε χρήση
problem-seats-in-use-detail = { $in_use ->
        [one] { $in_use } θέση αυτής της άδειας χρήσης είναι σε χρήση.
       *[other] { $in_use } θέσεις αυτής της άδειας χρήσης είναι σε χρήση.
    } Αποδεσμεύστε ορισμένες (απενεργοποιήστε συσκευές ή μειώστε υποάδειες) πριν μειώσετε τον αριθμό θέσεων.
problem-license-unusable-title = Η άδεια χρήσης δεν μπορεί να χρησιμοποιηθεί
problem-license-unusable-detail = Η άδεια χρήσης δεν μπορεί να χρησιμοποιηθεί για αυτό ({ $code }).

# Answers of the product-facing API (validate, activate, heartbeat, deactivate, license file).
answer-not-found = Καμία άδεια χρήσης δεν έχει αυτό το κλειδί.
answer-revoked = Αυτή η άδεια χρήσης έχει ανακληθεί.
answer-suspended = Αυτή η άδεια χρήσης βρίσκεται σε αναστολή.
answer-expired = Αυτή η άδεια χρήσης έχει λήξει.
answer-product-mismatch = Αυτό το κλειδί ανήκει σε άλλο προϊόν.
answer-not-activated = Αυτή η άδεια χρήσης δεν έχει ενεργοποιηθεί ακόμη εδώ.
answer-fingerprint-mismatch = Αυτή η άδεια χρήσης είναι ενεργοποιημένη σε άλλες συσκευές, όχι σε αυτήν.
answer-domain-mismatch = Αυτή η άδεια χρήσης είναι ενεργοποιημένη σε άλλους τομείς, όχι σε αυτόν.
answer-heartbeat-dead = Αυτή η συσκευή σταμάτησε να στέλνει σήματα ζωής· ενεργοποιήστε την ξανά.
answer-too-many-activations = Είναι ενεργές περισσότερες συσκευές από όσες θέσεις έχει η άδεια χρήσης.
answer-entitlement-missing = Η άδεια χρήσης δεν περιλαμβάνει μια λειτουργία που ζητήθηκε.
answer-version-not-covered = Αυτή η έκδοση κυκλοφόρησε μετά την περίοδο ενημερώσεων της άδειας χρήσης.
answer-valid = Η άδεια χρήσης είναι έγκυρη.
answer-activation-limit = { $seats ->
        [one] Η μοναδική θέση αυτής της άδειας χρήσης είναι σε χρήση.
       *[other] Και οι { $seats } θέσεις αυτής της άδειας χρήσης είναι σε χρήση.
    } Αποδεσμεύστε μία από τις ενεργοποιήσεις της λίστας για να χρησιμοποιήσετε την άδεια εδώ.
answer-clone-suspected = Ένα άλλο μηχάνημα χρησιμοποιεί αυτή την ενεργοποίηση· βρίσκεται σε παύση μέχρι να την αποδεσμεύσει ο κάτοχος.
answer-reassignment-limit = Αυτή η άδεια χρήσης έχει εξαντλήσει προς το παρόν τις αλλαγές συσκευής. Η επόμενη επιτρέπεται από { $at }.
answer-refused-title = Ο διακομιστής αδειών απέρριψε αυτό το αίτημα
problem-reassignment-limit-title = Δεν επιτρέπονται άλλες αλλαγές συσκευής προς το παρόν
problem-reassignment-limit-detail = Αυτή η άδεια χρήσης έχει εξαντλήσει προς το παρόν τις αλλαγές συσκευής. Η επόμενη επιτρέπεται από { $at }.
problem-not-enough-seats-title = Δεν υπάρχουν αρκετές ελεύθερες θέσεις
problem-not-enough-seats-detail = { $free ->
    [0] Καμία θέση αυτής της άδειας χρήσης δεν είναι ελεύθερη.
    [one] Μόνο μία θέση αυτής της άδειας χρήσης είναι ελεύθερη.
   *[other] Μόνο { $free } θέσεις αυτής της άδειας χρήσης είναι ελεύθερες.
}
problem-invalid-activation-request-title = Μη έγκυρο αίτημα ενεργοποίησης
problem-invalid-activation-request-detail = Αυτό δεν είναι αίτημα ενεργοποίησης που δημιουργήθηκε με το κλειδί αυτής της άδειας χρήσης. Δημιουργήστε το ξανά στο μηχάνημα που θέλετε να ενεργοποιήσετε, με το κλειδί αυτής της άδειας.
problem-not-for-sale-title = Δεν διατίθεται προς πώληση
problem-not-for-sale-detail = Αυτό το πακέτο δεν διατίθεται προς πώληση.
problem-promo-not-found-title = Άγνωστος εκπτωτικός κωδικός
problem-promo-not-found-detail = Αυτός ο εκπτωτικός κωδικός δεν υπάρχει ή δεν ισχύει αυτή τη στιγμή.
problem-insufficient-funds-title = Ανεπαρκές υπόλοιπο στο πορτοφόλι
problem-insufficient-funds-detail = Το υπόλοιπο του πορτοφολιού σας δεν επαρκεί για αυτή την αγορά. Φορτίστε το πορτοφόλι σας και δοκιμάστε ξανά· δεν χρεωθήκατε τίποτα.
problem-promo-expired-title = Ο εκπτωτικός κωδικός δεν ισχύει τώρα
problem-promo-expired-detail = Αυτός ο εκπτωτικός κωδικός δεν ισχύει αυτή τη στιγμή.
problem-promo-not-applicable-title = Ο εκπτωτικός κωδικός δεν εφαρμόζεται
problem-promo-not-applicable-detail = Αυτός ο εκπτωτικός κωδικός δεν εφαρμόζεται σε κανένα προϊόν του καλαθιού σας.
problem-promo-below-minimum-title = Παραγγελία κάτω από το ελάχιστο του εκπτωτικού κωδικού
problem-promo-below-minimum-detail = Η παραγγελία σας είναι κάτω από το ελάχιστο ποσό που απαιτεί αυτός ο εκπτωτικός κωδικός.
problem-promo-first-purchase-only-title = Εκπτωτικός κωδικός για πρώτες αγορές
problem-promo-first-purchase-only-detail = Αυτός ο εκπτωτικός κωδικός ισχύει μόνο για την πρώτη αγορά.
problem-promo-exhausted-title = Ο εκπτωτικός κωδικός εξαντλήθηκε
problem-promo-exhausted-detail = Αυτός ο εκπτωτικός κωδικός έχει χρησιμοποιηθεί όσες φορές επιτρέπεται προς το παρόν.
problem-promo-user-limit-title = Ο εκπτωτικός κωδικός έχει ήδη χρησιμοποιηθεί
problem-promo-user-limit-detail = Έχετε ήδη χρησιμοποιήσει αυτόν τον εκπτωτικό κωδικό όσες φορές επιτρέπει.
problem-promo-paused-title = Ο εκπτωτικός κωδικός είναι σε παύση
problem-promo-paused-detail = Αυτός ο εκπτωτικός κωδικός είναι σε παύση αυτή τη στιγμή.
problem-promo-code-taken-title = Ο εκπτωτικός κωδικός υπάρχει
problem-promo-code-taken-detail = Ένας άλλος εκπτωτικός κωδικός έχει ήδη αυτό το όνομα.
problem-idempotency-key-reused-title = Το κλειδί ταυτοδυναμίας χρησιμοποιήθηκε για άλλο αίτημα
problem-idempotency-key-reused-detail = Αυτό το Idempotency-Key έχει ήδη χρησιμοποιηθεί με διαφορετικό αίτημα. Χρησιμοποιήστε νέο κλειδί για νέο αίτημα.
problem-idempotency-key-in-use-title = Αίτημα σε εξέλιξη
problem-idempotency-key-in-use-detail = Ένα αίτημα με αυτό το Idempotency-Key βρίσκεται ακόμη σε επεξεργασία. Δοκιμάστε ξανά σε λίγο για να λάβετε την απάντησή του.
problem-self-referral-title = Αυτοπαραπομπή
problem-self-referral-detail = Δεν μπορείτε να χρησιμοποιήσετε τον δικό σας κωδικό παραπομπής.
problem-wrong-state-title = Δεν είναι δυνατό σε αυτή την κατάσταση
problem-wrong-state-detail = Αυτό δεν μπορεί να γίνει τώρα ({ $state }).
problem-gateway-disabled-title = Ο τρόπος πληρωμής δεν είναι διαθέσιμος
problem-gateway-disabled-detail = Αυτός ο τρόπος πληρωμής δεν είναι ενεργοποιημένος σε αυτόν τον διακομιστή.
problem-gateway-unavailable-title = Ο πάροχος πληρωμών δεν είναι διαθέσιμος
problem-gateway-unavailable-detail = Δεν ήταν δυνατή η επικοινωνία με τον πάροχο πληρωμών. Δεν χρεωθήκατε τίποτα· δοκιμάστε ξανά σε λίγα λεπτά ή επιλέξτε άλλο τρόπο πληρωμής.
problem-webhook-signature-invalid-title = Μη έγκυρη υπογραφή webhook
problem-webhook-signature-invalid-detail = Η υπογραφή του webhook δεν αντιστοιχεί στις ρυθμίσεις αυτής της πύλης. Δεν άλλαξε τίποτα.
problem-invalid-number-format-title = Μη έγκυρο μοτίβο αρίθμησης
problem-invalid-number-format-detail = Το «{ $field }» χρειάζεται το {"{"}YYYY{"}"} μία φορά και μία σειρά ψηφίων μέσα σε άγκιστρα, όπως INV-{"{"}YYYY{"}"}-{"{"}000001{"}"}: η αρίθμηση ξεκινά από την αρχή κάθε χρόνο.
problem-number-formats-clash-title = Οι αριθμοί μπορεί να συμπέσουν
problem-number-formats-clash-detail = Το «{ $field }» μπορεί να παραγάγει τους ίδιους αριθμούς με το μοτίβο των τιμολογίων. Δώστε στα δύο μοτίβα διαφορετικά προθέματα, όπως INV- και CN-.
problem-invalid-staging-pattern-title = Μη έγκυρο μοτίβο δοκιμαστικού διακομιστή
problem-invalid-staging-pattern-detail = Γράψτε έναν διακομιστή ανά γραμμή: ένα ακριβές όνομα (staging.shop.com), κάθε διακομιστή κάτω από έναν τομέα (*.preview.shop.com), κάθε διακομιστή που ξεκινά με μια ετικέτα (staging.*) ή που την περιέχει (*.staging.*). Ένας ολόκληρος τομέας ανωτάτου επιπέδου, όπως *.dev, είναι δημόσιος και δεν μπορεί να λειτουργεί δωρεάν.
problem-insufficient-scope-title = Δεν επιτρέπεται με αυτό το κλειδί
problem-insufficient-scope-detail = Αυτό απαιτεί { $scope ->
        [session] συνδεδεμένη περίοδο σύνδεσης: ένα κλειδί API δεν μπορεί να το κάνει
       *[other] κλειδί API με το δικαίωμα πρόσβασης «{ $scope }»
    }.
problem-refund-window-closed-title = Η προθεσμία επιστροφής χρημάτων έληξε
problem-refund-window-closed-detail = Για αυτό το πακέτο μπορεί να γίνει επιστροφή χρημάτων έως { $days ->
        [one] { $days } ημέρα
       *[other] { $days } ημέρες
    } μετά την αγορά, και το διάστημα αυτό έχει παρέλθει. Κάντε την επιστροφή χρημάτων παρ’ όλα αυτά μόνο αν το εννοείτε.
problem-invalid-version-title = Μη έγκυρη έκδοση
problem-invalid-version-detail = Γράψτε μια σημασιολογική έκδοση, όπως 1.4.0, 2.0.0-beta.1 ή 1.4.0+build.7.
problem-invalid-platform-title = Μη έγκυρη πλατφόρμα
problem-invalid-platform-detail = Μια πλατφόρμα αποτελείται από 1 έως 64 πεζά λατινικά γράμματα, ψηφία, παύλες και κάτω παύλες, όπως windows-x86_64 ή wordpress.
problem-invalid-file-name-title = Μη έγκυρο όνομα αρχείου
problem-invalid-file-name-detail = Δώστε ένα απλό όνομα αρχείου, όπως app-1.4.0.dmg: χωρίς καθέτους, χωρίς τελεία στην αρχή, χωρίς εισαγωγικά ή χαρακτήρες ελέγχου.
problem-version-taken-title = Η έκδοση υπάρχει
problem-version-taken-detail = Αυτό το προϊόν έχει ήδη έκδοση με αυτόν τον αριθμό (τα μεταδεδομένα κατασκευής δεν δημιουργούν νέα έκδοση).
problem-download-link-invalid-title = Ο σύνδεσμος λήψης δεν είναι έγκυρος
problem-download-link-invalid-detail = Αυτός ο σύνδεσμος λήψης έχει λήξει, έχει αλλοιωθεί ή αφορά έκδοση που δεν είναι πλέον διαθέσιμη. Ζητήστε νέο.
problem-feed-license-required-title = Απαιτείται κλειδί άδειας
problem-feed-license-required-detail = Αυτή η ροή ενημερώσεων είναι μόνο για πελάτες με άδεια χρήσης. Στείλτε το κλειδί άδειάς σας στη διεύθυνση της ροής ή στην κεφαλίδα RMS-License-Key.
problem-feed-license-refused-title = Το κλειδί άδειας δεν έγινε δεκτό
problem-feed-license-refused-detail = Αυτό το κλειδί άδειας δεν ανοίγει τη ροή ενημερώσεων αυτού του προϊόντος: είναι άγνωστο, αφορά άλλο προϊόν, έχει λήξει, βρίσκεται σε αναστολή ή έχει ανακληθεί.

problem-invalid-vat-id-title = Μη έγκυρος αριθμός ΦΠΑ
problem-invalid-vat-id-detail = Το «{ $field }» δεν είναι αριθμός ΦΠΑ της χώρας που δηλώθηκε. Οι αριθμοί ΦΠΑ της ΕΕ ξεκινούν με το πρόθεμα της χώρας, όπως DE123456789 (Ελλάδα: EL). Αφήστε το κενό αν αγοράζετε ως ιδιώτης.

problem-entitlements-append-only-title = Τα δικαιώματα μπορούν μόνο να προστεθούν
problem-entitlements-append-only-detail = Διατηρήστε τα δικαιώματα του πακέτου στη σειρά τους και προσθέστε τα νέα στο τέλος: τα εκδοθέντα κλειδιά άδειας τα φέρουν κατά θέση, οπότε η αφαίρεση ή η αναδιάταξη ενός θα άλλαζε τα δικαιώματα των υπαρχόντων πελατών.
problem-invalid-date-title = Μη έγκυρη ημερομηνία
problem-invalid-date-detail = Γράψτε το «{ $field }» ως ημερομηνία, όπως 2026-12-31.
problem-date-range-reversed-title = Ημερομηνίες σε λάθος σειρά
problem-date-range-reversed-detail = Η ημερομηνία έναρξης είναι μετά την ημερομηνία λήξης. Επιλέξτε έναρξη ίδια ή προγενέστερη της λήξης.
