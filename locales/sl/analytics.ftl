# Analytics: the admin's sales, licensing, usage and download reports.
analytics-title = Analitika
analytics-sales = Prodaja
analytics-licenses = Licence
analytics-usage = Uporaba
analytics-downloads = Prenosi
analytics-from = Od
analytics-to = Do
analytics-granularity = Združi po
analytics-by-day = Dan
analytics-by-week = Teden
analytics-by-month = Mesec
analytics-all-products = Vsi izdelki
analytics-show = Prikaži
analytics-previous = Prejšnje obdobje:
analytics-chart-table = Podatki, prikazani v grafikonu
analytics-csv = Prenesi kot CSV
analytics-empty = V tem obdobju ni ničesar.
analytics-source = Iz dnevnega povzetka: { $rollup ->
    [one] { $rollup } dan
    [two] { $rollup } dneva
    [few] { $rollup } dnevi
   *[other] { $rollup } dni
}; izračunano iz dogodkov: { $live ->
    [one] { $live } dan.
    [two] { $live } dneva.
    [few] { $live } dnevi.
   *[other] { $live } dni.
}
analytics-chart-desc = Od { $from } do { $to }. Tabela pod grafikonom vsebuje vse podatke.
analytics-chart-revenue = Neto prihodki in vračila
analytics-chart-licenses = Trenutne aktivacije, nove aktivacije in izdane licence
analytics-chart-usage = Naprave in spletna mesta, ki so se javila (najbolj obremenjen dan)
analytics-chart-downloads = Prenosi
analytics-table-products = Po izdelkih
analytics-table-customers = Nove in stalne stranke
analytics-table-gateways = Polnitve denarnice po plačilnih prehodih
analytics-table-countries = Po državi kupca
analytics-table-promos = Promocijske kode
analytics-table-affiliates = Partnerji
analytics-table-activation-results = Aktivacije po izidu
analytics-table-validation-results = Preverjanja po izidu
analytics-table-deactivated-by = Deaktivacije po izvajalcu
analytics-table-top-licenses = Najbolj dejavne licence
analytics-table-releases = Po izdajah
analytics-table-channels = Po kanalih
analytics-col-period = Obdobje
analytics-col-gross = Bruto
analytics-col-discounts = Popusti
analytics-col-refunds = Vračila
analytics-col-net = Neto
analytics-col-orders = Naročila
analytics-col-product = Izdelek
analytics-col-plan = Paket
analytics-col-units = Enote
analytics-col-new_customers = Nove stranke
analytics-col-orders_from_new = Naročila novih strank
analytics-col-orders_from_returning = Naročila stalnih strank
analytics-col-gateway = Prehod
analytics-col-top_ups = Polnitve
analytics-col-amount = Znesek
analytics-col-country = Država
analytics-col-code = Koda
analytics-col-uses = Uporabe
analytics-col-discount = Popust
analytics-col-affiliate = Partner
analytics-col-commissions = Provizije
analytics-col-earned = Zasluženo
analytics-col-reversed = Stornirano
analytics-col-issued = Izdane licence
analytics-col-activations = Aktivacije
analytics-col-deactivations = Deaktivacije
analytics-col-live = Trenutne aktivacije
analytics-col-count = Število
analytics-col-by = Izvajalec
analytics-col-validations = Preverjanja
analytics-col-heartbeats = Signali delovanja
analytics-col-active_devices = Aktivne naprave
analytics-col-active_sites = Aktivna spletna mesta
analytics-col-license = Licenca
analytics-col-owner = Lastnik
analytics-col-calls = Klici
analytics-col-devices_seen = Zaznane naprave
analytics-col-downloads = Prenosi
analytics-col-release = Izdaja
analytics-col-channel = Kanal

# One license's usage (its owner's page and the admin's).
usage-title = Uporaba
usage-back = Nazaj
usage-range = Obdobje
usage-last-days = { $days ->
    [1] Zadnji dan
    [one] Zadnji { $days } dan
    [two] Zadnja { $days } dneva
    [few] Zadnji { $days } dnevi
   *[other] Zadnjih { $days } dni
}
usage-chart-devices = Naprave in spletna mesta: trenutno aktivne in javljene
usage-chart-calls = Preverjanja in signali delovanja
usage-live = Trenutno aktivne
usage-seen = Javljene
usage-devices = Naprave in spletna mesta
usage-no-devices = S to licenco trenutno ni aktivirano nič.
usage-device = Naprava ali spletno mesto
usage-platform = Platforma
usage-last-seen = Nazadnje zaznano
usage-heartbeat = Signal delovanja
usage-no-downloads = S to licenco še ni bilo nič preneseno.
usage-last-download = Zadnji prenos
