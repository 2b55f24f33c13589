# Notifications: one subject (also the in-app title) and one body per kind. Arguments come from
# what happened: $name is always the person's name; links are added below the body by the sender.
# A kind may add `-details`, a paragraph shown only when its arguments are all there (notices
# stored by an older version lack some).

notify-footer = Sie erhalten diese Nachricht aufgrund Ihres Kontos bei { $seller }. Worüber und wo Sie informiert werden, legen Sie auf Ihrer Kontoseite fest.
notify-open = Öffnen
notify-unsubscribe = Diese E-Mails abbestellen
notify-unsubscribe-intro = E-Mails dieser Art nicht mehr erhalten? Sicherheitshinweise und die anderen Arten sind davon nicht betroffen; Sie können sie auf Ihrer Kontoseite wieder aktivieren.
notify-unsubscribe-confirm = Abbestellen
notify-unsubscribe-done = Erledigt: Sie erhalten diese E-Mails nicht mehr.

notify-top_up_credited-subject = Ihr Guthabenkonto wurde um { $amount } aufgeladen
notify-top_up_credited-body = Hallo { $name }, Ihrem Guthabenkonto wurden { $amount } gutgeschrieben.
notify-top_up_credited-details = Ihre Zahlung { $reference } über { $paid } per { $gateway } ist eingegangen. Ihren Kontostand und Verlauf finden Sie auf der Seite Ihres Guthabenkontos.
notify-transfer_confirmed-subject = Ihre Banküberweisung über { $amount } ist eingegangen
notify-transfer_confirmed-body = Hallo { $name }, wir haben Ihre Banküberweisung erhalten: { $amount } befinden sich jetzt auf Ihrem Guthabenkonto.
notify-transfer_confirmed-details = Die Referenz lautete { $reference }; Sie haben { $paid } überwiesen.
notify-purchase_receipt-subject = Quittung für Ihren Kauf ({ $invoice })
notify-purchase_receipt-body = Hallo { $name }, vielen Dank für Ihren Kauf. Die Rechnung { $invoice } über insgesamt { $amount } wurde aus Ihrem Guthabenkonto bezahlt. Ihre Lizenzschlüssel finden Sie auf Ihrer Lizenzseite; das Rechnungs-PDF können Sie jederzeit auf der Seite Ihres Guthabenkontos herunterladen.
notify-order_failed-subject = Ihre Bestellung konnte nicht abgeschlossen werden
notify-order_failed-body = Hallo { $name }, Ihre Bestellung konnte nicht abgeschlossen werden. { $reason ->
        [unpaid] Die Zahlung ist nicht zustande gekommen, daher wurde nichts berechnet. Sie können im Shop erneut bestellen.
        [returned] Die Zahlung wurde vom Zahlungsanbieter zurückgebucht, daher wurde nichts gekauft.
        [late] Die Zahlung ist zu spät eingegangen, um zum angebotenen Preis zu kaufen. Die gezahlten { $amount } befinden sich auf Ihrem Guthabenkonto: Kaufen Sie jederzeit erneut im Shop.
       *[refused] Der Shop konnte die Bestellung nicht mehr wie bestellt ausführen (ein Aktionscode war aufgebraucht oder ein Tarif wird nicht mehr verkauft). Die gezahlten { $amount } befinden sich auf Ihrem Guthabenkonto.
    }
notify-refund-subject = Ihnen wurden { $amount } erstattet
notify-refund-body = Hallo { $name }, { $amount } aus der Rechnung { $invoice } wurden auf Ihr Guthabenkonto erstattet.
notify-payment_attention-subject = Eine Zahlung erfordert Ihre Aufmerksamkeit
notify-payment_attention-body = Hallo { $name }, eine Zahlung über { $amount } wartet auf eine Entscheidung.
notify-license_issued-subject = Ihre Lizenz für { $product } ist bereit
notify-license_issued-body = Hallo { $name }, Ihnen wurde eine Lizenz für { $product } ({ $plan }) ausgestellt. Den Schlüssel finden Sie auf Ihrer Lizenzseite.
notify-device_activated-subject = { $product } wurde auf einem neuen Gerät aktiviert
notify-device_activated-body = Hallo { $name }, Ihre Lizenz für { $product } wurde auf { $device } aktiviert. Falls Sie das nicht waren, geben Sie den Platz auf Ihrer Lizenzseite frei.
notify-seat_freed-subject = Ein Platz für { $product } wurde freigegeben
notify-seat_freed-body = Hallo { $name }, { $device } belegt keinen Platz Ihrer Lizenz für { $product } mehr.
notify-license_expiring-subject = Ihre Lizenz für { $product } läuft in { $days ->
        [one] einem Tag
       *[other] { $days } Tagen
    } ab
notify-license_expiring-body = Hallo { $name }, Ihre Lizenz für { $product } läuft in { $days ->
        [one] einem Tag
       *[other] { $days } Tagen
    } ab. Verlängern Sie sie, um { $product } weiter zu nutzen und Updates zu erhalten.
notify-license_expired-subject = Ihre Lizenz für { $product } ist abgelaufen
notify-license_expired-body = Hallo { $name }, Ihre Lizenz für { $product } ist abgelaufen.
notify-renewal_upcoming-subject = Ihre Lizenz für { $product } wird am { $date } verlängert
notify-renewal_upcoming-body = Hallo { $name }, Ihre Lizenz für { $product } wird am { $date } automatisch für { $amount } verlängert; der Betrag wird von Ihrem Guthabenkonto abgebucht. { $reason ->
        [wallet_short] Ihr Guthabenkonto deckt diesen Betrag noch nicht: Laden Sie es vorher auf, sonst endet die Lizenz.
       *[other] Ihr Guthabenkonto deckt den Betrag.
    } Sie können die automatische Verlängerung auf Ihrer Lizenzseite deaktivieren.
notify-license_renewed-subject = Ihre Lizenz für { $product } wurde verlängert
notify-license_renewed-body = Hallo { $name }, Ihre Lizenz für { $product } wurde automatisch bis { $date } verlängert. Die Rechnung { $invoice } über insgesamt { $amount } wurde aus Ihrem Guthabenkonto bezahlt.
notify-renewal_failed-subject = Ihre Lizenz für { $product } konnte nicht verlängert werden
notify-renewal_failed-body = Hallo { $name }, Ihre Lizenz für { $product } konnte nicht automatisch verlängert werden. { $reason ->
        [wallet_short] Die Verlängerung kostet { $amount }, Ihr Guthabenkonto enthält { $paid }. Laden Sie Ihr Guthabenkonto auf und verlängern Sie die Lizenz auf Ihrer Lizenzseite.
        [not_for_sale] Der zugehörige Tarif wird nicht mehr verkauft.
       *[other] Verlängern Sie sie auf Ihrer Lizenzseite.
    } Wird sie bis { $date } verlängert, behält sie ihren Schlüssel und ihre Geräte.
notify-clone_suspected-subject = Ihre Lizenz für { $product } wird möglicherweise auf einem kopierten Gerät verwendet
notify-clone_suspected-body = Hallo { $name }, soeben haben zwei Rechner dieselbe Aktivierung Ihrer Lizenz für { $product } vorgelegt (Gerät „{ $device }“). Das bedeutet meist, dass ein Festplattenabbild oder eine virtuelle Maschine samt Lizenz kopiert wurde.

    Die Aktivierung ist pausiert. Wenn Sie beide Rechner kennen, geben Sie den alten auf Ihrer Lizenzseite frei und aktivieren Sie den neuen. Wenn nicht, verwendet möglicherweise jemand Ihren Lizenzschlüssel: Wenden Sie sich an den Anbieter.
notify-license_status-subject = Ihre Lizenz für { $product } ist jetzt { $status ->
        [active] aktiv
        [suspended] ausgesetzt
        [expired] abgelaufen
        [revoked] widerrufen
       *[other] { $status }
    }
notify-license_status-body = Hallo { $name }, der Status Ihrer Lizenz für { $product } wurde geändert in: { $status ->
        [active] Aktiv
        [suspended] Ausgesetzt
        [expired] Abgelaufen
        [revoked] Widerrufen
       *[other] { $status }
    }.
notify-release_published-subject = { $product } { $version } ist erschienen
notify-release_published-body = Hallo { $name }, Version { $version } von { $product } wurde { $channel ->
        [stable] im stabilen Kanal
        [beta] im Beta-Kanal
        [alpha] im Alpha-Kanal
       *[other] im Kanal { $channel }
    } veröffentlicht. Sie finden sie auf Ihrer Download-Seite.
notify-new_sign_in-subject = Neue Anmeldung bei Ihrem Konto
notify-new_sign_in-body = Hallo { $name }, soeben hat eine Anmeldung bei Ihrem Konto von { $device } aus stattgefunden. Falls Sie das nicht waren, ändern Sie jetzt Ihr Passwort.
notify-password_changed-subject = Ihr Passwort wurde geändert
notify-password_changed-body = Hallo { $name }, das Passwort Ihres Kontos wurde geändert. Falls Sie das nicht waren, setzen Sie es jetzt zurück und wenden Sie sich an den Support.
notify-two_factor_changed-subject = Die Zwei-Faktor-Anmeldung wurde { $status ->
        [on] aktiviert
        [off] deaktiviert
       *[other] geändert ({ $status })
    }
notify-two_factor_changed-body = Hallo { $name }, die Zwei-Faktor-Anmeldung Ihres Kontos wurde { $status ->
        [on] aktiviert
        [off] deaktiviert
       *[other] geändert ({ $status })
    }. Falls Sie das nicht waren, wenden Sie sich jetzt an den Support.
notify-api_key_created-subject = Ein neuer API-Schlüssel wurde erstellt
notify-api_key_created-body = Hallo { $name }, für Ihr Konto wurde der API-Schlüssel „{ $key_name }“ erstellt. Falls Sie das nicht waren, widerrufen Sie ihn jetzt.
notify-commission_earned-subject = Sie haben eine Provision von { $amount } verdient
notify-commission_earned-body = Hallo { $name }, ein Kauf über Ihren Empfehlungslink hat Ihnen { $amount } eingebracht. Der Betrag wird zurückgehalten, bis die Erstattungsfrist abgelaufen ist.
notify-commission_released-subject = { $amount } an Provisionen gehören jetzt Ihnen
notify-commission_released-body = Hallo { $name }, Provisionen in Höhe von { $amount } wurden Ihrem Guthabenkonto gutgeschrieben.
notify-marketing-subject = { $headline }
notify-marketing-body = Hallo { $name },

    { $text }

# The notifications page, the header's bell, and the choices per kind.
nav-notifications = Benachrichtigungen
notifications-title = Benachrichtigungen
notifications-none = Noch nichts. Was mit Ihren Lizenzen, Zahlungen und Ihrem Konto geschieht, erscheint hier.
notifications-mark-all = Alle als gelesen markieren
notifications-unread = neu
account-notifications-title = Benachrichtigungseinstellungen
account-notifications-intro = Legen Sie für jede Art von Hinweis fest, ob er Sie per E-Mail und in der App erreicht. Sicherheitshinweise behalten immer mindestens einen Weg.
account-notifications-save = Benachrichtigungseinstellungen speichern
account-notifications-saved = Benachrichtigungseinstellungen gespeichert.
account-notifications-security = Sicherheit
notify-kind = Hinweis
notify-channel-email = E-Mail
notify-channel-in_app = In der App
notify-channel-telegram = Telegram
notify-group-transactions = Zahlungen
notify-group-licenses = Lizenzen
notify-group-releases = Neue Versionen
notify-group-security = Sicherheit
notify-group-affiliate = Partnerprogramm
notify-group-marketing = Neuigkeiten
notify-kind-top_up_credited = Guthabenkonto aufgeladen
notify-kind-transfer_confirmed = Banküberweisung eingegangen
notify-kind-purchase_receipt = Kaufquittungen
notify-kind-order_failed = Bestellungen, die nicht abgeschlossen werden konnten
notify-kind-refund = Erstattungen
notify-kind-payment_attention = Zahlungen, die eine Entscheidung erfordern
notify-kind-license_issued = Eine Ihnen ausgestellte Lizenz
notify-kind-device_activated = Aktivierung auf einem neuen Gerät
notify-kind-seat_freed = Ein freigegebener Platz
notify-kind-license_expiring = Lizenz läuft bald ab (14 und 3 Tage vorher)
notify-kind-license_expired = Lizenz abgelaufen
notify-kind-renewal_upcoming = Bevorstehende automatische Verlängerung (7 Tage vorher)
notify-kind-license_renewed = Lizenz automatisch verlängert
notify-kind-renewal_failed = Automatische Verlängerung fehlgeschlagen
notify-kind-clone_suspected = Ein möglicherweise kopiertes Gerät
notify-kind-license_status = Lizenz ausgesetzt, widerrufen oder wiederhergestellt
notify-kind-release_published = Neue Versionen
notify-kind-new_sign_in = Anmeldung von einem neuen Gerät
notify-kind-password_changed = Passwort geändert
notify-kind-two_factor_changed = Zwei-Faktor-Anmeldung geändert
notify-kind-api_key_created = API-Schlüssel erstellt
notify-kind-commission_earned = Provision verdient
notify-kind-commission_released = Provision ausgezahlt
notify-kind-marketing = Neuigkeiten und Angebote

# New versions per product, on the notification settings page.
account-releases-title = Neue Versionen
account-releases-intro = Für jedes Produkt, für das Sie eine Lizenz besitzen: über welche Versionen Sie informiert werden und wo. Beta umfasst auch stabile Versionen, Alpha alle.
account-releases-none = Gar nicht
account-releases-stable = Stabile Versionen
account-releases-beta = Beta- und stabile Versionen
account-releases-alpha = Alle Versionen, einschließlich Alpha

# The Telegram bot's replies.
telegram-linked = Hallo { $name }! Dieser Chat ist jetzt mit Ihrem Konto verknüpft: Die Benachrichtigungen, die Sie für Telegram wählen, kommen hier an. Senden Sie /stop, um die Verknüpfung zu beenden.
telegram-unlinked = Dieser Chat ist nicht mehr mit einem Konto verknüpft. Sie können ihn auf Ihrer Kontoseite erneut verknüpfen.
telegram-link-invalid = Dieser Link ist abgelaufen oder wurde bereits verwendet. Erstellen Sie auf Ihrer Kontoseite einen neuen.
telegram-help = Um hier Benachrichtigungen zu erhalten, öffnen Sie den Telegram-Link auf Ihrer Kontoseite. Senden Sie /stop, um die Verknüpfung dieses Chats aufzuheben.

# Telegram on the notification settings page.
account-telegram-intro = Erhalten Sie die gewählten Benachrichtigungen in Telegram: Verknüpfen Sie dieses Konto mit einem Chat mit dem Bot des Shops.
account-telegram-link = Telegram verknüpfen
account-telegram-open = Öffnen Sie diesen Link innerhalb von 15 Minuten in Telegram und tippen Sie auf „Start“:
account-telegram-linked = Dieses Konto ist mit einem Telegram-Chat verknüpft.
account-telegram-unlink = Telegram-Verknüpfung aufheben

# Alerts to the admins' Telegram chat.
telegram-alert-payment_review = Eine Zahlung erfordert eine Entscheidung: { $payment } ({ $reason }).
telegram-alert-clone_suspected = Ein Gerät ist möglicherweise eine Kopie: Lizenz { $license }, Gerät { $device }.
telegram-alert-reconciliation = Der Abgleich des Hauptbuchs hat { $count ->
        [one] { $count } Verstoß
       *[other] { $count } Verstöße
    } gefunden: Möglicherweise wurde Geld erzeugt oder ist verloren gegangen.
telegram-alert-job_dead = Ein Hintergrundauftrag hat aufgegeben: { $job } ({ $id }). Letzter Fehler: { $reason }
