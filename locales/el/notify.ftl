# Notifications: one subject (also the in-app title) and one body per kind. Arguments come from
# what happened: $name is always the person's name; links are added below the body by the sender.
# A kind may add `-details`, a paragraph shown only when its arguments are all there (notices
# stored by an older version lack some).

notify-footer = Λαμβάνετε αυτό το μήνυμα λόγω του λογαριασμού σας στο κατάστημα { $seller }. Επιλέξτε για τι ενημερώνεστε, και πού, στη σελίδα του λογαριασμού σας.
notify-open = Άνοιγμα
notify-unsubscribe = Κατάργηση εγγραφής από αυτά τα email
notify-unsubscribe-intro = Να σταματήσει η αποστολή email αυτού του είδους; Οι ειδοποιήσεις ασφαλείας και τα άλλα είδη δεν επηρεάζονται· μπορείτε να την ενεργοποιήσετε ξανά από τη σελίδα του λογαριασμού σας.
notify-unsubscribe-confirm = Κατάργηση εγγραφής
notify-unsubscribe-done = Ολοκληρώθηκε: δεν θα λαμβάνετε πλέον αυτά τα email.

notify-top_up_credited-subject = Το πορτοφόλι σας φορτίστηκε με { $amount }
notify-top_up_credited-body = Γεια σας, { $name }. Το ποσό { $amount } προστέθηκε στο πορτοφόλι σας.
notify-top_up_credited-details = Η πληρωμή σας { $reference } ποσού { $paid } μέσω { $gateway } ελήφθη. Το υπόλοιπο και το ιστορικό σας βρίσκονται στη σελίδα του πορτοφολιού σας.
notify-transfer_confirmed-subject = Η τραπεζική σας μεταφορά ποσού { $amount } ελήφθη
notify-transfer_confirmed-body = Γεια σας, { $name }. Λάβαμε την τραπεζική σας μεταφορά: το ποσό { $amount } βρίσκεται πλέον στο πορτοφόλι σας.
notify-transfer_confirmed-details = Ο κωδικός αναφοράς της ήταν { $reference }· στείλατε { $paid }.
notify-purchase_receipt-subject = Απόδειξη για την αγορά σας ({ $invoice })
notify-purchase_receipt-body = Γεια σας, { $name }. Σας ευχαριστούμε για την αγορά σας. Το τιμολόγιο { $invoice }, συνολικού ποσού { $amount }, εξοφλήθηκε από το πορτοφόλι σας. Τα κλειδιά άδειας χρήσης σας βρίσκονται στη σελίδα με τις άδειές σας· μπορείτε να κατεβάσετε το PDF του τιμολογίου από τη σελίδα του πορτοφολιού σας οποιαδήποτε στιγμή.
notify-order_failed-subject = Δεν ήταν δυνατή η ολοκλήρωση της παραγγελίας σας
notify-order_failed-body = Γεια σας, { $name }. Δεν ήταν δυνατή η ολοκλήρωση της παραγγελίας σας. { $reason ->
        [unpaid] Η πληρωμή της δεν πραγματοποιήθηκε, οπότε δεν χρεωθήκατε τίποτα. Μπορείτε να παραγγείλετε ξανά από το κατάστημα.
        [returned] Η πληρωμή της ανακλήθηκε από τον πάροχο πληρωμών, οπότε δεν αγοράστηκε τίποτα.
        [late] Η πληρωμή της έφτασε πολύ αργά για αγορά στην τιμή που σας δόθηκε. Το ποσό { $amount } που πληρώσατε βρίσκεται στο πορτοφόλι σας: αγοράστε ξανά από το κατάστημα όποτε θέλετε.
       *[refused] Το κατάστημα δεν μπορούσε πλέον να την εκτελέσει όπως παραγγέλθηκε (ένας εκπτωτικός κωδικός εξαντλήθηκε, ένα πακέτο δεν πωλείται πλέον). Το ποσό { $amount } που πληρώσατε βρίσκεται στο πορτοφόλι σας.
    }
notify-refund-subject = Σας επιστράφηκε το ποσό { $amount }
notify-refund-body = Γεια σας, { $name }. Το ποσό { $amount } από το τιμολόγιο { $invoice } επιστράφηκε στο πορτοφόλι σας.
notify-payment_attention-subject = Μια πληρωμή χρειάζεται την προσοχή σας
notify-payment_attention-body = Γεια σας, { $name }. Μια πληρωμή ποσού { $amount } περιμένει απόφαση.
notify-license_issued-subject = Η άδεια χρήσης σας για το προϊόν { $product } είναι έτοιμη
notify-license_issued-body = Γεια σας, { $name }. Σας εκδόθηκε άδεια χρήσης για το προϊόν { $product } ({ $plan }). Το κλειδί της βρίσκεται στη σελίδα με τις άδειές σας.
notify-device_activated-subject = Το προϊόν { $product } ενεργοποιήθηκε σε νέα συσκευή
notify-device_activated-body = Γεια σας, { $name }. Η άδεια χρήσης σας για το προϊόν { $product } ενεργοποιήθηκε στη συσκευή { $device }. Αν δεν ήσασταν εσείς, αποδεσμεύστε τη θέση από τη σελίδα με τις άδειές σας.
notify-seat_freed-subject = Αποδεσμεύτηκε μια θέση του προϊόντος { $product }
notify-seat_freed-body = Γεια σας, { $name }. Η συσκευή { $device } δεν χρησιμοποιεί πλέον θέση της άδειας χρήσης σας για το προϊόν { $product }.
notify-license_expiring-subject = Η άδεια χρήσης σας για το προϊόν { $product } λήγει σε { $days ->
        [one] { $days } ημέρα
       *[other] { $days } ημέρες
    }
notify-license_expiring-body = Γεια σας, { $name }. Η άδεια χρήσης σας για το προϊόν { $product } λήγει σε { $days ->
        [one] { $days } ημέρα
       *[other] { $days } ημέρες
    }. Ανανεώστε την για να συνεχίσετε να χρησιμοποιείτε το προϊόν { $product } και να λαμβάνετε ενημερώσεις.
notify-license_expired-subject = Η άδεια χρήσης σας για το προϊόν { $product } έληξε
notify-license_expired-body = Γεια σας, { $name }. Η άδεια χρήσης σας για το προϊόν { $product } έληξε.
notify-renewal_upcoming-subject = Η άδεια χρήσης σας για το προϊόν { $product } ανανεώνεται στις { $date }
notify-renewal_upcoming-body = Γεια σας, { $name }. Η άδεια χρήσης σας για το προϊόν { $product } ανανεώνεται αυτόματα στις { $date } έναντι του ποσού { $amount }, το οποίο θα αφαιρεθεί από το πορτοφόλι σας. { $reason ->
        [wallet_short] Το πορτοφόλι σας δεν έχει ακόμη αρκετό υπόλοιπο: φορτίστε το πριν από τότε, αλλιώς η άδεια χρήσης θα λήξει.
       *[other] Το υπόλοιπο του πορτοφολιού σας επαρκεί.
    } Μπορείτε να απενεργοποιήσετε την αυτόματη ανανέωση στη σελίδα με τις άδειές σας.
notify-license_renewed-subject = Η άδεια χρήσης σας για το προϊόν { $product } ανανεώθηκε
notify-license_renewed-body = Γεια σας, { $name }. Η άδεια χρήσης σας για το προϊόν { $product } ανανεώθηκε αυτόματα έως { $date }. Το τιμολόγιο { $invoice }, συνολικού ποσού { $amount }, εξοφλήθηκε από το πορτοφόλι σας.
notify-renewal_failed-subject = Δεν ήταν δυνατή η ανανέωση της άδειας χρήσης σας για το προϊόν { $product }
notify-renewal_failed-body = Γεια σας, { $name }. Δεν ήταν δυνατή η αυτόματη ανανέωση της άδειας χρήσης σας για το προϊόν { $product }. { $reason ->
        [wallet_short] Η ανανέωση κοστίζει { $amount } και το πορτοφόλι σας περιέχει { $paid }. Φορτίστε το πορτοφόλι σας και ανανεώστε την άδεια από τη σελίδα με τις άδειές σας.
        [not_for_sale] Το πακέτο της δεν πωλείται πλέον.
       *[other] Ανανεώστε την από τη σελίδα με τις άδειές σας.
    } Η άδεια διατηρεί το κλειδί και τις συσκευές της, αν ανανεωθεί έως { $date }.
notify-clone_suspected-subject = Η άδεια χρήσης σας για το προϊόν { $product } ίσως χρησιμοποιείται σε αντίγραφο συσκευής
notify-clone_suspected-body = Γεια σας, { $name }. Δύο μηχανήματα μόλις παρουσίασαν την ίδια ενεργοποίηση της άδειας χρήσης σας για το προϊόν { $product } (συσκευή «{ $device }»). Αυτό συνήθως σημαίνει ότι αντιγράφηκε ένα είδωλο δίσκου ή μια εικονική μηχανή μαζί με την άδεια χρήσης.

    Η ενεργοποίηση τέθηκε σε παύση. Αν αναγνωρίζετε και τα δύο μηχανήματα, αποδεσμεύστε το παλιό στη σελίδα με τις άδειές σας και ενεργοποιήστε το νέο. Αν όχι, ίσως κάποιος χρησιμοποιεί το κλειδί της άδειάς σας: επικοινωνήστε με τον προμηθευτή του λογισμικού.
notify-license_status-subject = Η άδεια χρήσης σας για το προϊόν { $product } είναι πλέον { $status ->
        [active] ενεργή
        [suspended] σε αναστολή
        [expired] ληγμένη
        [revoked] ανακλημένη
       *[other] { $status }
    }
notify-license_status-body = Γεια σας, { $name }. Η κατάσταση της άδειας χρήσης σας για το προϊόν { $product } άλλαξε σε: { $status ->
        [active] ενεργή
        [suspended] σε αναστολή
        [expired] ληγμένη
        [revoked] ανακλημένη
       *[other] { $status }
    }.
notify-release_published-subject = { $product } { $version }: κυκλοφόρησε νέα έκδοση
notify-release_published-body = Γεια σας, { $name }. Η έκδοση { $version } του προϊόντος { $product } δημοσιεύτηκε { $channel ->
        [stable] στο σταθερό κανάλι
        [beta] στο κανάλι βήτα
        [alpha] στο κανάλι άλφα
       *[other] στο κανάλι { $channel }
    }. Θα τη βρείτε στη σελίδα λήψεων.
notify-new_sign_in-subject = Νέα σύνδεση στον λογαριασμό σας
notify-new_sign_in-body = Γεια σας, { $name }. Μόλις έγινε σύνδεση στον λογαριασμό σας από τη συσκευή { $device }. Αν δεν ήσασταν εσείς, αλλάξτε αμέσως τον κωδικό πρόσβασής σας.
notify-password_changed-subject = Ο κωδικός πρόσβασής σας άλλαξε
notify-password_changed-body = Γεια σας, { $name }. Ο κωδικός πρόσβασης του λογαριασμού σας άλλαξε. Αν δεν ήσασταν εσείς, επαναφέρετέ τον αμέσως και επικοινωνήστε με την υποστήριξη.
notify-two_factor_changed-subject = Η σύνδεση δύο παραγόντων { $status ->
        [on] ενεργοποιήθηκε
        [off] απενεργοποιήθηκε
       *[other] άλλαξε ({ $status })
    }
notify-two_factor_changed-body = Γεια σας, { $name }. Η σύνδεση δύο παραγόντων του λογαριασμού σας { $status ->
        [on] ενεργοποιήθηκε
        [off] απενεργοποιήθηκε
       *[other] άλλαξε ({ $status })
    }. Αν δεν ήσασταν εσείς, επικοινωνήστε αμέσως με την υποστήριξη.
notify-api_key_created-subject = Δημιουργήθηκε νέο κλειδί API
notify-api_key_created-body = Γεια σας, { $name }. Το κλειδί API «{ $key_name }» δημιουργήθηκε για τον λογαριασμό σας. Αν δεν ήσασταν εσείς, ανακαλέστε το αμέσως.
notify-commission_earned-subject = Κερδίσατε προμήθεια ύψους { $amount }
notify-commission_earned-body = Γεια σας, { $name }. Μια αγορά μέσω του συνδέσμου παραπομπής σας σάς απέφερε { $amount }. Το ποσό δεσμεύεται μέχρι να λήξει η προθεσμία επιστροφής χρημάτων.
notify-commission_released-subject = Προμήθειες ύψους { $amount } είναι πλέον δικές σας
notify-commission_released-body = Γεια σας, { $name }. Προμήθειες ύψους { $amount } αποδεσμεύτηκαν στο πορτοφόλι σας.
notify-marketing-subject = { $headline }
notify-marketing-body = Γεια σας, { $name },

    { $text }

# The notifications page, the header's bell, and the choices per kind.
nav-notifications = Ειδοποιήσεις
notifications-title = Ειδοποιήσεις
notifications-none = Τίποτα ακόμη. Ό,τι συμβαίνει στις άδειες χρήσης, στις πληρωμές και στον λογαριασμό σας εμφανίζεται εδώ.
notifications-mark-all = Σήμανση όλων ως αναγνωσμένων
notifications-unread = νέα
account-notifications-title = Ρυθμίσεις ειδοποιήσεων
account-notifications-intro = Επιλέξτε, για κάθε είδος ειδοποίησης, αν θα τη λαμβάνετε μέσω email και μέσα στην εφαρμογή. Οι ειδοποιήσεις ασφαλείας διατηρούν πάντα τουλάχιστον έναν τρόπο.
account-notifications-save = Αποθήκευση ρυθμίσεων ειδοποιήσεων
account-notifications-saved = Οι ρυθμίσεις ειδοποιήσεων αποθηκεύτηκαν.
account-notifications-security = ασφάλεια
notify-kind = Ειδοποίηση
notify-channel-email = Ηλεκτρονικό ταχυδρομείο
notify-channel-in_app = Μέσα στην εφαρμογή
notify-channel-telegram = Telegram
notify-group-transactions = Πληρωμές
notify-group-licenses = Άδειες χρήσης
notify-group-releases = Εκδόσεις
notify-group-security = Ασφάλεια
notify-group-affiliate = Πρόγραμμα συνεργατών
notify-group-marketing = Νέα
notify-kind-top_up_credited = Φόρτιση πορτοφολιού
notify-kind-transfer_confirmed = Λήψη τραπεζικής μεταφοράς
notify-kind-purchase_receipt = Αποδείξεις αγορών
notify-kind-order_failed = Παραγγελίες που δεν ολοκληρώθηκαν
notify-kind-refund = Επιστροφές χρημάτων
notify-kind-payment_attention = Πληρωμές που χρειάζονται απόφαση
notify-kind-license_issued = Έκδοση άδειας χρήσης για εσάς
notify-kind-device_activated = Ενεργοποίηση σε νέα συσκευή
notify-kind-seat_freed = Αποδέσμευση θέσης
notify-kind-license_expiring = Άδεια χρήσης που πλησιάζει στη λήξη (14 και 3 ημέρες πριν)
notify-kind-license_expired = Λήξη άδειας χρήσης
notify-kind-renewal_upcoming = Επικείμενη αυτόματη ανανέωση (7 ημέρες πριν)
notify-kind-license_renewed = Αυτόματη ανανέωση άδειας χρήσης
notify-kind-renewal_failed = Αποτυχία αυτόματης ανανέωσης
notify-kind-clone_suspected = Πιθανό αντίγραφο συσκευής
notify-kind-license_status = Αναστολή, ανάκληση ή επαναφορά άδειας χρήσης
notify-kind-release_published = Νέες εκδόσεις
notify-kind-new_sign_in = Σύνδεση από νέα συσκευή
notify-kind-password_changed = Αλλαγή κωδικού πρόσβασης
notify-kind-two_factor_changed = Αλλαγή σύνδεσης δύο παραγόντων
notify-kind-api_key_created = Δημιουργία κλειδιού API
notify-kind-commission_earned = Κέρδος προμήθειας
notify-kind-commission_released = Καταβολή προμήθειας
notify-kind-marketing = Νέα και προσφορές

# New versions per product, on the notification settings page.
account-releases-title = Νέες εκδόσεις
account-releases-intro = Για κάθε προϊόν για το οποίο έχετε άδεια χρήσης: για ποιες εκδόσεις ενημερώνεστε και πού. Το βήτα ενημερώνει και για σταθερές εκδόσεις· το άλφα για όλες.
account-releases-none = Καθόλου
account-releases-stable = Σταθερές εκδόσεις
account-releases-beta = Εκδόσεις βήτα και σταθερές
account-releases-alpha = Όλες οι εκδόσεις, μαζί με τις άλφα

# The Telegram bot's replies.
telegram-linked = Γεια σας, { $name }! Αυτή η συνομιλία συνδέθηκε πλέον με τον λογαριασμό σας: οι ειδοποιήσεις που επιλέγετε για το Telegram θα φτάνουν εδώ. Στείλτε /stop για να τερματίσετε τη σύνδεση.
telegram-unlinked = Αυτή η συνομιλία δεν είναι πλέον συνδεδεμένη με λογαριασμό. Μπορείτε να τη συνδέσετε ξανά από τη σελίδα του λογαριασμού σας.
telegram-link-invalid = Αυτός ο σύνδεσμος έληξε ή έχει ήδη χρησιμοποιηθεί. Δημιουργήστε νέο στη σελίδα του λογαριασμού σας.
telegram-help = Για να λαμβάνετε ειδοποιήσεις εδώ, ανοίξτε τον σύνδεσμο Telegram στη σελίδα του λογαριασμού σας. Στείλτε /stop για να αποσυνδέσετε αυτή τη συνομιλία.

# Telegram on the notification settings page.
account-telegram-intro = Λάβετε στο Telegram τις ειδοποιήσεις που επιλέγετε: συνδέστε αυτόν τον λογαριασμό με μια συνομιλία με το bot του καταστήματος.
account-telegram-link = Σύνδεση με το Telegram
account-telegram-open = Ανοίξτε αυτόν τον σύνδεσμο στο Telegram μέσα σε 15 λεπτά και πατήστε «Έναρξη»:
account-telegram-linked = Αυτός ο λογαριασμός είναι συνδεδεμένος με μια συνομιλία Telegram.
account-telegram-unlink = Αποσύνδεση από το Telegram

# Alerts to the admins' Telegram chat.
telegram-alert-payment_review = Μια πληρωμή χρειάζεται απόφαση: { $payment } ({ $reason }).
telegram-alert-clone_suspected = Μια συσκευή ίσως είναι αντίγραφο: άδεια χρήσης { $license }, συσκευή { $device }.
telegram-alert-reconciliation = Η συμφωνία του καθολικού εντόπισε { $count ->
        [one] { $count } παραβίαση
       *[other] { $count } παραβιάσεις
    }: ενδέχεται να δημιουργήθηκαν ή να χάθηκαν χρήματα.
telegram-alert-job_dead = Μια εργασία παρασκηνίου εγκαταλείφθηκε: { $job } ({ $id }). Τελευταίο σφάλμα: { $reason }
