# Titles and details of RFC 9457 problem responses, one pair per stable error code.

problem-bad-request-title = Ungültige Anfrage
problem-bad-request-detail = Die Anfrage konnte nicht verstanden werden: { $reason }
bad-request-not-json = Der Inhalt ist kein gültiges JSON.
bad-request-missing-field = „{ $field }“ ist erforderlich.
bad-request-unknown-field = „{ $field }“ ist kein Feld, das diese Anfrage akzeptiert.
bad-request-malformed-field = „{ $field }“ hat keinen Wert der richtigen Art oder im richtigen Format.
bad-request-malformed = Ein Wert darin hat nicht die richtige Art oder das richtige Format.
problem-not-found-title = Nicht gefunden
problem-not-found-detail = Unter dieser Adresse gibt es nichts.
problem-method-not-allowed-title = Methode nicht erlaubt
problem-method-not-allowed-detail = Diese Adresse akzeptiert die Methode { $method } nicht.
problem-payload-too-large-title = Anfrage zu groß
problem-payload-too-large-detail = Der Inhalt der Anfrage ist größer, als dieser Server akzeptiert (höchstens { $limit } Bytes).
problem-unsupported-media-type-title = Nicht unterstützter Medientyp
problem-unsupported-media-type-detail = Senden Sie den Inhalt der Anfrage als JSON mit dem Header Content-Type: application/json.
problem-request-timeout-title = Zeitüberschreitung der Anfrage
problem-request-timeout-detail = Die Anfrage dauerte länger als { $seconds } Sekunden und wurde abgebrochen. Es wurde nichts gespeichert, sofern die Antwort nichts anderes besagte.
problem-too-many-requests-title = Zu viele Anfragen
problem-too-many-requests-detail = Zu viele Anfragen in kurzer Zeit. Bitte warten Sie und versuchen Sie es erneut.
problem-internal-error-title = Interner Fehler
problem-internal-error-detail = Bei uns ist etwas schiefgelaufen. Der Fehler wurde protokolliert; bitte nennen Sie die Anfrage-ID { $request_id }, wenn Sie sich an den Support wenden.
problem-service-unavailable-title = Dienst nicht verfügbar
problem-service-unavailable-detail = Der Dienst ist vorübergehend nicht verfügbar. Bitte versuchen Sie es gleich noch einmal.
problem-http-error-title = Anfrage fehlgeschlagen
problem-http-error-detail = Die Anfrage ist mit dem HTTP-Status { $status } fehlgeschlagen.

## Accounts and sessions

problem-invalid-email-title = Ungültige E-Mail-Adresse
problem-invalid-email-detail = „{ $field }“ ist keine gültige E-Mail-Adresse.
problem-password-length-title = Passwortlänge
problem-password-length-detail = Das Passwort muss zwischen { $min } und { $max } Zeichen lang sein.
problem-password-too-common-title = Passwort zu häufig
problem-password-too-common-detail = Dieses Passwort gehört zu den am häufigsten verwendeten. Bitte wählen Sie ein anderes.
problem-password-contains-email-title = Passwort enthält die E-Mail-Adresse
problem-password-contains-email-detail = Das Passwort darf Ihre E-Mail-Adresse nicht enthalten. Bitte wählen Sie ein anderes.
problem-invalid-name-title = Ungültiger Name
problem-invalid-name-detail = Der Name muss 1 bis 100 Zeichen lang sein und darf keine Steuerzeichen enthalten.
problem-invalid-timezone-title = Ungültige Zeitzone
problem-invalid-timezone-detail = Verwenden Sie einen Zeitzonennamen wie Europe/Berlin oder UTC.
problem-unsupported-locale-title = Nicht unterstützte Sprache
problem-unsupported-locale-detail = Diese Sprache ist nicht verfügbar. Wählen Sie eine der angebotenen Sprachen.
problem-invalid-credentials-title = Anmeldung fehlgeschlagen
problem-invalid-credentials-detail = E-Mail-Adresse oder Passwort ist falsch.
problem-account-locked-title = Konto gesperrt
problem-account-locked-detail = Dieses Konto ist gesperrt. Bitte wenden Sie sich an den Support.
problem-unauthenticated-title = Nicht angemeldet
problem-unauthenticated-detail = Diese Anfrage benötigt ein gültiges Zugriffstoken. Melden Sie sich erneut an, um eines zu erhalten.
problem-invalid-refresh-token-title = Sitzung abgelaufen
problem-invalid-refresh-token-detail = Die Sitzung ist abgelaufen oder wurde beendet. Bitte melden Sie sich erneut an.
problem-invalid-link-token-title = Link nicht mehr gültig
problem-invalid-link-token-detail = Dieser Link ist ungültig, wurde bereits verwendet oder ist abgelaufen. Fordern Sie einen neuen an.
problem-forbidden-title = Nicht erlaubt
problem-forbidden-detail = Sie sind angemeldet, aber mit diesen Zugangsdaten ist diese Aktion nicht erlaubt.
problem-limit-reached-title = Limit erreicht
problem-limit-reached-detail = Sie haben das Limit von { $limit } erreicht. Entfernen Sie einen Eintrag, bevor Sie einen weiteren hinzufügen.
problem-invalid-scope-title = Ungültige Berechtigung
problem-invalid-scope-detail = Wählen Sie mindestens eine der angebotenen Berechtigungen; einige stehen nur Administratoren zur Verfügung.
problem-out-of-range-title = Wert außerhalb des Bereichs
problem-out-of-range-detail = Der Wert von „{ $field }“ liegt außerhalb des zulässigen Bereichs.
problem-totp-required-title = Einmalcode erforderlich
problem-totp-required-detail = Dieses Konto verwendet die Zwei-Faktor-Anmeldung. Geben Sie den Code aus Ihrer Authenticator-App oder einen Wiederherstellungscode ein.
problem-totp-invalid-title = Falscher Einmalcode
problem-totp-invalid-detail = Der Code ist falsch, abgelaufen oder wurde bereits verwendet. Warten Sie auf den nächsten Code und versuchen Sie es erneut.
problem-totp-locked-title = Zwei-Faktor-Anmeldung gesperrt
problem-totp-locked-detail = Zu viele falsche Codes. Die Zwei-Faktor-Anmeldung ist für 15 Minuten gesperrt.
problem-totp-already-enabled-title = Zwei-Faktor-Anmeldung bereits aktiviert
problem-totp-already-enabled-detail = Die Zwei-Faktor-Anmeldung ist für dieses Konto bereits aktiviert.
problem-totp-not-enabled-title = Zwei-Faktor-Anmeldung deaktiviert
problem-totp-not-enabled-detail = Die Zwei-Faktor-Anmeldung ist für dieses Konto nicht aktiviert (oder die Einrichtung wurde nicht begonnen).
problem-invalid-code-title = Falscher Code
problem-invalid-code-detail = Der Wert von „{ $field }“ ist falsch oder abgelaufen.
problem-invalid-role-title = Unbekannte Rolle
problem-invalid-role-detail = Die Rolle muss user, support oder admin sein.
problem-csrf-failed-title = Formular abgelaufen
problem-csrf-failed-detail = Dieses Formular konnte nicht angenommen werden. Laden Sie die Seite neu und versuchen Sie es erneut.
problem-two-factor-required-for-staff-title = Zwei-Faktor-Anmeldung erforderlich
problem-two-factor-required-for-staff-detail = Dieser Server verlangt von Mitarbeitern die Zwei-Faktor-Anmeldung. Aktivieren Sie sie zuerst in Ihren Kontoeinstellungen.
problem-slug-taken-title = Kürzel vergeben
problem-slug-taken-detail = Ein anderes Produkt verwendet dieses Kürzel bereits. Wählen Sie ein anderes.
problem-invalid-slug-title = Ungültiges Kürzel
problem-invalid-slug-detail = Ein Kürzel besteht aus 2 bis 64 Kleinbuchstaben, Ziffern und Bindestrichen und beginnt oder endet nicht mit einem Bindestrich.
problem-invalid-product-kind-title = Ungültige Produktart
problem-invalid-product-kind-detail = Ein Produkt ist entweder „software“ (an Rechner gebunden) oder „site“ (an Domains gebunden).
problem-unknown-account-title = Unbekanntes Konto
problem-unknown-account-detail = Kein Konto hat diese E-Mail-Adresse. Die Person muss sich zuerst registrieren.
problem-license-revoked-title = Lizenz widerrufen
problem-license-revoked-detail = Diese Lizenz wurde widerrufen; eine widerrufene Lizenz kann nicht wiederhergestellt werden. Stellen Sie stattdessen eine neue aus.
problem-seats-in-use-title = Plätze belegt
problem-seats-in-use-detail = { $in_use ->
        [one] { $in_use } Platz dieser Lizenz ist belegt.
       *[other] { $in_use } Plätze dieser Lizenz sind belegt.
    } Geben Sie einige frei (deaktivieren Sie Geräte oder verkleinern Sie Unterlizenzen), bevor Sie die Anzahl der Plätze verringern.
problem-license-unusable-title = Lizenz nicht nutzbar
problem-license-unusable-detail = Die Lizenz kann hierfür nicht verwendet werden ({ $code }).

# Answers of the product-facing API (validate, activate, heartbeat, deactivate, license file).
answer-not-found = Keine Lizenz hat diesen Schlüssel.
answer-revoked = Diese Lizenz wurde widerrufen.
answer-suspended = Diese Lizenz ist ausgesetzt.
answer-expired = Diese Lizenz ist abgelaufen.
answer-product-mismatch = Dieser Schlüssel gehört zu einem anderen Produkt.
answer-not-activated = Diese Lizenz ist hier noch nicht aktiviert.
answer-fingerprint-mismatch = Diese Lizenz ist auf anderen Geräten aktiviert, nicht auf diesem.
answer-domain-mismatch = Diese Lizenz ist auf anderen Domains aktiviert, nicht auf dieser.
answer-heartbeat-dead = Dieses Gerät hat keine Lebenszeichen mehr gesendet; aktivieren Sie es erneut.
answer-too-many-activations = Es sind mehr Geräte aktiv, als die Lizenz Plätze hat.
answer-entitlement-missing = Die Lizenz umfasst eine angeforderte Freischaltung nicht.
answer-version-not-covered = Diese Version wurde nach dem Update-Zeitraum der Lizenz veröffentlicht.
answer-valid = Die Lizenz ist gültig.
answer-activation-limit = { $seats ->
        [one] Der einzige Platz dieser Lizenz ist belegt.
       *[other] Alle { $seats } Plätze dieser Lizenz sind belegt.
    } Geben Sie eine der aufgeführten Aktivierungen frei, um sie hier zu verwenden.
answer-clone-suspected = Ein anderer Rechner verwendet diese Aktivierung; sie ist pausiert, bis der Inhaber sie freigibt.
answer-reassignment-limit = Diese Lizenz hat ihre Gerätewechsel vorerst aufgebraucht. Der nächste ist ab { $at } möglich.
answer-refused-title = Der Lizenzserver hat diese Anfrage abgelehnt
problem-reassignment-limit-title = Vorerst keine weiteren Gerätewechsel
problem-reassignment-limit-detail = Diese Lizenz hat ihre Gerätewechsel vorerst aufgebraucht. Der nächste ist ab { $at } möglich.
problem-not-enough-seats-title = Nicht genügend freie Plätze
problem-not-enough-seats-detail = { $free ->
    [0] Kein Platz dieser Lizenz ist frei.
    [one] Nur ein Platz dieser Lizenz ist frei.
   *[other] Nur { $free } Plätze dieser Lizenz sind frei.
}
problem-invalid-activation-request-title = Keine gültige Aktivierungsanfrage
problem-invalid-activation-request-detail = Dies ist keine Aktivierungsanfrage, die mit dem Schlüssel dieser Lizenz erstellt wurde. Erstellen Sie sie erneut auf dem zu aktivierenden Rechner, mit dem Schlüssel dieser Lizenz.
problem-not-for-sale-title = Nicht käuflich
problem-not-for-sale-detail = Dieser Tarif ist nicht käuflich.
problem-promo-not-found-title = Unbekannter Aktionscode
problem-promo-not-found-detail = Dieser Aktionscode existiert nicht oder ist derzeit nicht gültig.
problem-insufficient-funds-title = Nicht genügend Guthaben
problem-insufficient-funds-detail = Ihr Guthaben reicht für diesen Kauf nicht aus. Laden Sie Ihr Guthabenkonto auf und versuchen Sie es erneut; es wurde nichts berechnet.
problem-promo-expired-title = Aktionscode derzeit nicht gültig
problem-promo-expired-detail = Dieser Aktionscode ist zu diesem Zeitpunkt nicht gültig.
problem-promo-not-applicable-title = Aktionscode nicht anwendbar
problem-promo-not-applicable-detail = Dieser Aktionscode gilt für kein Produkt in Ihrem Warenkorb.
problem-promo-below-minimum-title = Bestellung unter dem Mindestwert des Aktionscodes
problem-promo-below-minimum-detail = Ihre Bestellung liegt unter dem Mindestbestellwert, den dieser Aktionscode erfordert.
problem-promo-first-purchase-only-title = Aktionscode für Erstkäufe
problem-promo-first-purchase-only-detail = Dieser Aktionscode gilt nur für einen ersten Kauf.
problem-promo-exhausted-title = Aktionscode aufgebraucht
problem-promo-exhausted-detail = Dieser Aktionscode wurde vorerst so oft verwendet, wie er verwendet werden darf.
problem-promo-user-limit-title = Aktionscode bereits verwendet
problem-promo-user-limit-detail = Sie haben diesen Aktionscode bereits so oft verwendet, wie er es zulässt.
problem-promo-paused-title = Aktionscode pausiert
problem-promo-paused-detail = Dieser Aktionscode ist derzeit pausiert.
problem-promo-code-taken-title = Aktionscode existiert bereits
problem-promo-code-taken-detail = Ein anderer Aktionscode trägt bereits diesen Namen.
problem-idempotency-key-reused-title = Idempotenzschlüssel für eine andere Anfrage verwendet
problem-idempotency-key-reused-detail = Dieser Idempotency-Key wurde bereits mit einer anderen Anfrage verwendet. Verwenden Sie für eine neue Anfrage einen neuen Schlüssel.
problem-idempotency-key-in-use-title = Anfrage wird bearbeitet
problem-idempotency-key-in-use-detail = Eine Anfrage mit diesem Idempotency-Key wird noch bearbeitet. Versuchen Sie es gleich noch einmal, um ihre Antwort zu erhalten.
problem-self-referral-title = Selbstempfehlung
problem-self-referral-detail = Sie können Ihren eigenen Empfehlungscode nicht verwenden.
problem-wrong-state-title = In diesem Zustand nicht möglich
problem-wrong-state-detail = Dies ist derzeit nicht möglich ({ $state }).
problem-gateway-disabled-title = Zahlungsart nicht verfügbar
problem-gateway-disabled-detail = Diese Zahlungsart ist auf diesem Server nicht aktiviert.
problem-gateway-unavailable-title = Zahlungsanbieter nicht erreichbar
problem-gateway-unavailable-detail = Der Zahlungsanbieter war nicht erreichbar. Es wurde nichts berechnet; versuchen Sie es in einigen Minuten erneut oder wählen Sie eine andere Zahlungsart.
problem-webhook-signature-invalid-title = Ungültige Webhook-Signatur
problem-webhook-signature-invalid-detail = Die Signatur des Webhooks passt nicht zu den Einstellungen dieses Zahlungs-Gateways. Es wurde nichts geändert.
problem-invalid-number-format-title = Ungültiges Nummernmuster
problem-invalid-number-format-detail = „{ $field }“ benötigt einmal {"{"}YYYY{"}"} und eine Ziffernfolge in geschweiften Klammern, etwa INV-{"{"}YYYY{"}"}-{"{"}000001{"}"}: Die Nummerierung beginnt jedes Jahr neu.
problem-number-formats-clash-title = Nummern könnten sich überschneiden
problem-number-formats-clash-detail = „{ $field }“ könnte dieselben Nummern erzeugen wie das Muster für Rechnungen. Geben Sie den beiden Mustern unterschiedliche Präfixe, etwa INV- und CN-.
problem-invalid-staging-pattern-title = Ungültiges Staging-Muster
problem-invalid-staging-pattern-detail = Schreiben Sie einen Host pro Zeile: einen exakten Host (staging.shop.com), alle Hosts unter einer Domain (*.preview.shop.com), alle Hosts, die mit einem Label beginnen (staging.*), oder die ein Label enthalten (*.staging.*). Eine ganze Top-Level-Domain wie *.dev ist öffentlich und kann nicht kostenlos laufen.
problem-insufficient-scope-title = Mit diesem Schlüssel nicht erlaubt
problem-insufficient-scope-detail = Dies erfordert { $scope ->
        [session] eine angemeldete Sitzung: Ein API-Schlüssel kann das nicht
       *[other] einen API-Schlüssel mit der Berechtigung „{ $scope }“
    }.
problem-refund-window-closed-title = Erstattungsfrist abgelaufen
problem-refund-window-closed-detail = Dieser Tarif kann innerhalb von { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    } nach dem Kauf erstattet werden, und diese Frist ist verstrichen. Erstatten Sie trotzdem nur, wenn Sie das wirklich beabsichtigen.
problem-invalid-version-title = Ungültige Version
problem-invalid-version-detail = Geben Sie eine semantische Version an, etwa 1.4.0, 2.0.0-beta.1 oder 1.4.0+build.7.
problem-invalid-platform-title = Ungültige Plattform
problem-invalid-platform-detail = Eine Plattform besteht aus 1 bis 64 Kleinbuchstaben, Ziffern, Bindestrichen und Unterstrichen, etwa windows-x86_64 oder wordpress.
problem-invalid-file-name-title = Ungültiger Dateiname
problem-invalid-file-name-detail = Geben Sie einen einfachen Dateinamen an, etwa app-1.4.0.dmg: keine Schrägstriche, kein Punkt am Anfang, keine Anführungszeichen oder Steuerzeichen.
problem-version-taken-title = Version existiert bereits
problem-version-taken-detail = Dieses Produkt hat bereits ein Release mit dieser Version (Build-Metadaten ergeben keine neue).
problem-download-link-invalid-title = Download-Link nicht gültig
problem-download-link-invalid-detail = Dieser Download-Link ist abgelaufen, verändert oder gehört zu einem Release, das nicht mehr verfügbar ist. Fordern Sie einen neuen an.
problem-feed-license-required-title = Lizenzschlüssel erforderlich
problem-feed-license-required-detail = Dieser Update-Feed ist nur für Kunden mit Lizenz. Senden Sie Ihren Lizenzschlüssel in der Feed-Adresse oder im Header RMS-License-Key.
problem-feed-license-refused-title = Lizenzschlüssel nicht akzeptiert
problem-feed-license-refused-detail = Dieser Lizenzschlüssel öffnet den Update-Feed dieses Produkts nicht: Er ist unbekannt, gehört zu einem anderen Produkt, ist abgelaufen, ausgesetzt oder widerrufen.

problem-invalid-vat-id-title = Ungültige USt-IdNr.
problem-invalid-vat-id-detail = „{ $field }“ ist keine USt-IdNr. des angegebenen Landes. EU-USt-IdNrn. beginnen mit dem Länderpräfix, etwa DE123456789 (Griechenland: EL). Lassen Sie das Feld leer, wenn Sie als Privatperson kaufen.

problem-entitlements-append-only-title = Freischaltungen können nur hinzugefügt werden
problem-entitlements-append-only-detail = Behalten Sie die Reihenfolge der Freischaltungen des Tarifs bei und fügen Sie neue am Ende hinzu: Ausgestellte Lizenzschlüssel tragen sie nach ihrer Position, daher würde das Entfernen oder Umsortieren einer Freischaltung ändern, worauf bestehende Kunden Anspruch haben.
problem-invalid-date-title = Ungültiges Datum
problem-invalid-date-detail = Geben Sie „{ $field }“ als Datum an, etwa 2026-12-31.
problem-date-range-reversed-title = Daten in falscher Reihenfolge
problem-date-range-reversed-detail = Das Startdatum liegt nach dem Enddatum. Wählen Sie einen Start am oder vor dem Ende.
