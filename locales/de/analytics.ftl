# Analytics: the admin's sales, licensing, usage and download reports.
analytics-title = Analysen
analytics-sales = Verkäufe
analytics-licenses = Lizenzen
analytics-usage = Nutzung
analytics-downloads = Downloads
analytics-from = Von
analytics-to = Bis
analytics-granularity = Gruppieren nach
analytics-by-day = Tag
analytics-by-week = Woche
analytics-by-month = Monat
analytics-all-products = Alle Produkte
analytics-show = Anzeigen
analytics-previous = Vorheriger Zeitraum:
analytics-chart-table = Werte im Diagramm
analytics-csv = Als CSV herunterladen
analytics-empty = In diesem Zeitraum gibt es nichts.
analytics-source = { $rollup ->
    [one] Ein Tag aus der täglichen Zusammenfassung gelesen
   *[other] { $rollup } Tage aus der täglichen Zusammenfassung gelesen
}, { $live ->
    [one] ein Tag aus den Ereignissen berechnet.
   *[other] { $live } Tage aus den Ereignissen berechnet.
}
analytics-chart-desc = Von { $from } bis { $to }. Die Tabelle unter dem Diagramm enthält alle Werte.
analytics-chart-revenue = Nettoumsatz und Erstattungen
analytics-chart-licenses = Bestehende Aktivierungen, neue Aktivierungen und ausgestellte Lizenzen
analytics-chart-usage = Geräte und Websites, die sich gemeldet haben (stärkster Tag)
analytics-chart-downloads = Downloads
analytics-table-products = Nach Produkt
analytics-table-customers = Neue und wiederkehrende Kunden
analytics-table-gateways = Aufladungen nach Zahlungs-Gateway
analytics-table-countries = Nach Land des Käufers
analytics-table-promos = Aktionscodes
analytics-table-affiliates = Partner
analytics-table-activation-results = Aktivierungen nach Ergebnis
analytics-table-validation-results = Prüfungen nach Ergebnis
analytics-table-deactivated-by = Deaktivierungen nach Auslöser
analytics-table-top-licenses = Meistgenutzte Lizenzen
analytics-table-releases = Nach Release
analytics-table-channels = Nach Kanal
analytics-col-period = Zeitraum
analytics-col-gross = Brutto
analytics-col-discounts = Rabatte
analytics-col-refunds = Erstattungen
analytics-col-net = Netto
analytics-col-orders = Bestellungen
analytics-col-product = Produkt
analytics-col-plan = Tarif
analytics-col-units = Einheiten
analytics-col-new_customers = Neue Kunden
analytics-col-orders_from_new = Bestellungen neuer Kunden
analytics-col-orders_from_returning = Bestellungen wiederkehrender Kunden
analytics-col-gateway = Zahlungs-Gateway
analytics-col-top_ups = Aufladungen
analytics-col-amount = Betrag
analytics-col-country = Land
analytics-col-code = Code
analytics-col-uses = Verwendungen
analytics-col-discount = Rabatt
analytics-col-affiliate = Partner
analytics-col-commissions = Provisionen
analytics-col-earned = Verdient
analytics-col-reversed = Storniert
analytics-col-issued = Ausgestellte Lizenzen
analytics-col-activations = Aktivierungen
analytics-col-deactivations = Deaktivierungen
analytics-col-live = Bestehende Aktivierungen
analytics-col-count = Anzahl
analytics-col-by = Beendet durch
analytics-col-validations = Prüfungen
analytics-col-heartbeats = Lebenszeichen
analytics-col-active_devices = Aktive Geräte
analytics-col-active_sites = Aktive Websites
analytics-col-license = Lizenz
analytics-col-owner = Inhaber
analytics-col-calls = Aufrufe
analytics-col-devices_seen = Gesehene Geräte
analytics-col-downloads = Downloads
analytics-col-release = Release
analytics-col-channel = Kanal

# One license's usage (its owner's page and the admin's).
usage-title = Nutzung
usage-back = Zurück
usage-range = Zeitraum
usage-last-days = { $days ->
    [one] Letzter Tag
   *[other] Letzte { $days } Tage
}
usage-chart-devices = Geräte und Websites: aktiv und gemeldet
usage-chart-calls = Prüfungen und Lebenszeichen
usage-live = Aktiv
usage-seen = Gemeldet
usage-devices = Geräte und Websites
usage-no-devices = Mit dieser Lizenz ist derzeit nichts aktiviert.
usage-device = Gerät oder Website
usage-platform = Plattform
usage-last-seen = Zuletzt gesehen
usage-heartbeat = Lebenszeichen
usage-no-downloads = Mit dieser Lizenz wurde noch nichts heruntergeladen.
usage-last-download = Letzter Download
