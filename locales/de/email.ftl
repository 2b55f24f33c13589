# Plain-text emails. Links stand on their own line so every mail client makes them clickable.

email-verify-subject = Bestätigen Sie Ihre E-Mail-Adresse
email-verify-body =
    Hallo { $name },

    bitte bestätigen Sie Ihre E-Mail-Adresse, indem Sie innerhalb von { $minutes } Minuten diesen Link öffnen:

    { $link }

    Wenn Sie kein Konto erstellt haben, können Sie diese E-Mail ignorieren.
email-registration-attempt-subject = Jemand hat versucht, sich mit Ihrer E-Mail-Adresse zu registrieren
email-registration-attempt-body =
    Hallo { $name },

    soeben hat jemand versucht, mit Ihrer E-Mail-Adresse ein neues Konto zu erstellen, obwohl es dafür bereits eines gibt.
    Falls Sie das waren, melden Sie sich einfach an:

    { $link }

    Falls nicht, müssen Sie nichts tun: Es wurde nichts geändert.
email-reset-subject = Setzen Sie Ihr Passwort zurück
email-reset-body =
    Hallo { $name },

    jemand (hoffentlich Sie) hat angefordert, das Passwort Ihres Kontos zurückzusetzen. Um ein neues festzulegen, öffnen Sie innerhalb von { $minutes } Minuten diesen Link:

    { $link }

    Wenn Sie dies nicht angefordert haben, ignorieren Sie diese E-Mail: Ihr Passwort bleibt unverändert.
email-clone-suspected-subject = Eine Ihrer Lizenzen scheint auf einem kopierten Rechner zu laufen
email-clone-suspected-body =
    Hallo { $name },

    soeben haben zwei Rechner dieselbe Aktivierung Ihrer Lizenz für { $product } vorgelegt (Gerät „{ $device }“). Das bedeutet meist, dass ein Festplattenabbild oder eine virtuelle Maschine samt Lizenz kopiert wurde.

    Die Aktivierung ist pausiert. Wenn Sie beide Rechner kennen, geben Sie den alten auf Ihrer Lizenzseite frei und aktivieren Sie den neuen:

    { $link }

    Wenn nicht, verwendet möglicherweise jemand Ihren Lizenzschlüssel: Wenden Sie sich an den Anbieter.
email-receipt-subject = Ihre Quittung { $number }
email-receipt-body =
    Hallo { $name },

    vielen Dank für Ihren Kauf. Die Rechnung { $number } über insgesamt { $total } wurde aus Ihrem Guthabenkonto bezahlt.

    Ihre Lizenzschlüssel finden Sie auf Ihrer Lizenzseite:

    { $licenses }

    Das Rechnungs-PDF können Sie jederzeit auf der Seite Ihres Guthabenkontos herunterladen:

    { $billing }
email-sub-license-invite-subject = { $inviter } hat Ihnen eine Lizenz überlassen
email-sub-license-invite-body =
    Hallo,

    { $inviter } hat Ihnen { $seats ->
        [one] einen Platz
       *[other] { $seats } Plätze
    } für { $product } überlassen, mit einem eigenen Lizenzschlüssel.

    Zur Nutzung melden Sie sich mit dieser E-Mail-Adresse an oder erstellen damit ein Konto und bestätigen die Adresse. Die Lizenz erscheint dann auf Ihrer Lizenzseite:

    { $link }

    Wenn Sie { $inviter } nicht kennen, ignorieren Sie diese E-Mail.
email-license-invite-subject = { $store } hat Ihnen eine Lizenz ausgestellt
email-license-invite-body =
    Hallo,

    { $store } hat Ihnen eine Lizenz für { $product } ({ $plan }) ausgestellt.

    Um sie zu nutzen, erstellen Sie über diesen Link Ihr Konto mit dieser E-Mail-Adresse; die Lizenz und ihr Schlüssel stehen dann auf Ihrer Lizenzseite:

    { $link }

    Wenn Sie dies nicht erwartet haben, ignorieren Sie diese E-Mail.
email-top-up-receipt-subject = Ihr Guthabenkonto wurde um { $credited } aufgeladen
email-top-up-receipt-body =
    Hallo { $name },

    Ihre Zahlung { $reference } über { $paid } per { $gateway } ist eingegangen, und { $credited } wurde Ihrem Guthabenkonto gutgeschrieben.

    Ihren Kontostand und Verlauf finden Sie auf der Seite Ihres Guthabenkontos:

    { $billing }
email-transfer-instructions-subject = Ihre Banküberweisung über { $amount }
email-transfer-instructions-body =
    Hallo { $name },

    um Ihr Guthabenkonto aufzuladen, überweisen Sie { $amount } und geben Sie diese Referenz als Verwendungszweck an: { $reference }

    { $details }

    Dieselben Angaben, jeweils mit einer Schaltfläche zum Kopieren, finden Sie auf dieser Seite:

    { $page }

    Ihr Guthabenkonto wird aufgeladen, sobald das Geld eingegangen ist.
email-transfer-account-holder = Kontoinhaber
email-transfer-account-number = IBAN oder Kontonummer
email-transfer-swift-bic = SWIFT/BIC
email-transfer-bank-name = Bank
email-transfer-bank-address = Adresse der Bank
email-transfer-no-details = Die Bankverbindung für diese Währung ist noch nicht eingerichtet: Bitte kontaktieren Sie uns vor der Überweisung.
