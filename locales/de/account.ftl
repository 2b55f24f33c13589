### Accounts: verification, password reset, first-run setup, signing in, settings, two-factor, API keys.

## Email verification page

verify-email-page-title = Bestätigen Sie Ihre E-Mail-Adresse
verify-email-intro = Klicken Sie auf die Schaltfläche, um zu bestätigen, dass diese E-Mail-Adresse Ihnen gehört.
verify-email-confirm = Meine E-Mail-Adresse bestätigen
verify-email-done = Vielen Dank: Ihre E-Mail-Adresse ist bestätigt.

## Password reset page

reset-page-title = Neues Passwort festlegen
reset-new-password = Neues Passwort
reset-password-hint = 12 bis 128 Zeichen. Keines der häufigsten Passwörter und nicht Ihre E-Mail-Adresse.
reset-submit = Neues Passwort speichern
reset-done = Ihr Passwort wurde geändert und alle Sitzungen wurden beendet. Melden Sie sich mit dem neuen Passwort an.

## First-run setup page

setup-page-title = Ersten Administrator anlegen
setup-intro = Dieser Server hat noch keinen Administrator. Das Konto, das Sie hier anlegen, kann alles verwalten; dieser Link funktioniert nur einmal.
setup-email = E-Mail-Adresse
setup-name = Name
setup-password = Passwort
setup-store-name = Name Ihres Shops
setup-store-name-hint = Wird Ihren Kunden im Kopfbereich jeder Seite und in E-Mails angezeigt. Auf der Seite „Marke“ können Sie ihn ändern sowie ein Logo und Farben hinzufügen.
setup-seller = Verkäufer (erscheint auf Rechnungen)
setup-seller-hint = Jetzt optional: Füllen Sie dies vor dem ersten Verkauf aus, hier oder auf der Abrechnungsseite. Ohne rechtlichen Namen steht auf Rechnungen der Name des Shops.
setup-submit = Administrator anlegen
setup-done = Das Administratorkonto ist eingerichtet. Melden Sie sich damit an.

## Signing in and up, account settings

nav-sign-up = Konto erstellen
nav-sign-out = Abmelden
field-email = E-Mail-Adresse
field-password = Passwort
field-name = Name
sign-in-title = Anmelden
sign-in-submit = Anmelden
sign-in-code = Einmalcode
sign-in-code-hint = Der 6-stellige Code aus Ihrer Authenticator-App oder einer Ihrer Wiederherstellungscodes.
sign-in-forgot = Passwort vergessen?
sign-in-no-account = Konto erstellen
sign-up-title = Konto erstellen
sign-up-submit = Konto erstellen
sign-up-done = Vielen Dank. Wir haben einen Bestätigungslink an die angegebene Adresse gesendet; öffnen Sie ihn, um Ihre E-Mail-Adresse zu bestätigen. Melden Sie sich danach an.
sign-up-invited = Eine Lizenz wartet auf Sie. Erstellen Sie Ihr Konto mit der Adresse, an die sie gesendet wurde.
sign-up-invited-done = Ihr Konto ist eingerichtet und die Adresse bestätigt. Melden Sie sich an: Die Lizenz, die auf Sie wartet, finden Sie auf Ihrer Lizenzseite.
forgot-title = Passwort vergessen?
forgot-submit = Link zum Zurücksetzen senden
forgot-done = Falls ein Konto diese Adresse verwendet, ist ein Link zum Festlegen eines neuen Passworts unterwegs. Er ist 30 Minuten lang gültig.
account-title = Ihr Konto
account-profile = Profil
account-email-verified = bestätigt
account-email-unverified = noch nicht bestätigt
account-timezone = Zeitzone
account-digits = Ziffern
account-save = Speichern
account-saved = Ihre Änderungen wurden gespeichert.
account-password = Passwort
account-current-password = Aktuelles Passwort
account-change-password = Passwort ändern
account-password-changed = Ihr Passwort wurde geändert. Alle anderen Sitzungen wurden beendet.
account-security = Sicherheit
account-2fa-on = Die Zwei-Faktor-Anmeldung ist aktiviert.
account-2fa-off = Die Zwei-Faktor-Anmeldung ist deaktiviert.
account-sessions-hint = Beendet alle Sitzungen dieses Kontos auf allen Geräten, auch diese hier.
account-sign-out-everywhere = Überall abmelden

## Two-factor sign-in and API key pages

account-2fa-manage = Verwalten
account-export = Meine Daten herunterladen
account-export-hint = Eine ZIP-Datei mit JSON-Dateien: Ihr Konto, Ihre Lizenzen und deren Schlüssel, Geräte, Rechnungen, Zahlungen, Guthabenkonto, Benachrichtigungen und API-Schlüssel (niemals deren Geheimnisse).
tfa-title = Zwei-Faktor-Anmeldung
tfa-intro = Mit der Zwei-Faktor-Anmeldung benötigen Sie bei der Anmeldung zusätzlich einen Code aus einer Authenticator-App auf Ihrem Smartphone. Ein gestohlenes Passwort allein genügt dann nicht.
tfa-start = Einrichten
tfa-scan = Scannen Sie diesen Code mit Ihrer Authenticator-App und geben Sie dann den angezeigten 6-stelligen Code ein.
tfa-qr-alt = QR-Code für Ihre Authenticator-App
tfa-secret = Oder geben Sie diesen Schlüssel ein:
tfa-confirm = Zwei-Faktor-Anmeldung aktivieren
tfa-enabled = Die Zwei-Faktor-Anmeldung ist aktiviert. Ihre anderen Sitzungen wurden beendet; in diesem Browser bleiben Sie angemeldet.
tfa-confirm-password-hint = Mit Ihrem Passwort bestätigen Sie, dass Sie es sind: Ihre anderen Sitzungen werden beendet, in diesem Browser bleiben Sie angemeldet.
tfa-codes-saved = Ich habe sie gespeichert: zurück zu meinem Konto
tfa-codes-intro = Bewahren Sie diese Wiederherstellungscodes an einem sicheren Ort auf. Jeder funktioniert einmal, falls Sie Ihr Smartphone verlieren. Sie werden nur jetzt angezeigt.
tfa-disable = Zwei-Faktor-Anmeldung deaktivieren
keys-title = API-Schlüssel
keys-new = Neuer Schlüssel
keys-scopes = Berechtigungen
keys-scope-read = Ihre Daten lesen
keys-scope-licenses = Lizenzen verwalten
keys-scope-releases = Releases veröffentlichen
keys-expires = Läuft ab nach (Tage, optional)
keys-create = Schlüssel erstellen
keys-created = Ihr neuer Schlüssel steht unten. Kopieren Sie ihn jetzt: Er wird nur einmal angezeigt.
keys-yours = Ihre Schlüssel
keys-none = Sie haben noch keine API-Schlüssel.
keys-prefix = Beginnt mit
keys-revoke = Widerrufen
keys-confirm-revoke = Diesen API-Schlüssel widerrufen? Skripte, die ihn verwenden, funktionieren sofort nicht mehr; dies kann nicht rückgängig gemacht werden.
keys-revoked = widerrufen
