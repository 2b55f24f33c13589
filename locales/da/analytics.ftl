# Analytics: the admin's sales, licensing, usage and download reports.
analytics-title = Analyse
analytics-sales = Salg
analytics-licenses = Licenser
analytics-usage = Brug
analytics-downloads = Downloads
analytics-from = Fra
analytics-to = Til
analytics-granularity = Gruppér efter
analytics-by-day = Dag
analytics-by-week = Uge
analytics-by-month = Måned
analytics-all-products = Alle produkter
analytics-show = Vis
analytics-previous = Forrige periode:
analytics-chart-table = Tal vist i diagrammet
analytics-csv = Hent som CSV
analytics-empty = Intet i denne periode.
analytics-source = { $rollup ->
    [one] { $rollup } dag læst fra den daglige sammenfatning
   *[other] { $rollup } dage læst fra den daglige sammenfatning
}, { $live ->
    [one] { $live } dag beregnet ud fra hændelserne.
   *[other] { $live } dage beregnet ud fra hændelserne.
}
analytics-chart-desc = Fra { $from } til { $to }. Tabellen under diagrammet indeholder alle tal.
analytics-chart-revenue = Nettoomsætning og refusioner
analytics-chart-licenses = Aktive aktiveringer, nye aktiveringer og udstedte licenser
analytics-chart-usage = Enheder og websteder, der meldte sig (travleste dag)
analytics-chart-downloads = Downloads
analytics-table-products = Pr. produkt
analytics-table-customers = Nye og tilbagevendende kunder
analytics-table-gateways = Optankninger af tegnebogen pr. gateway
analytics-table-countries = Pr. købers land
analytics-table-promos = Rabatkoder
analytics-table-affiliates = Partnere
analytics-table-activation-results = Aktiveringer pr. resultat
analytics-table-validation-results = Valideringer pr. resultat
analytics-table-deactivated-by = Deaktiveringer efter, hvem der afsluttede dem
analytics-table-top-licenses = Mest brugte licenser
analytics-table-releases = Pr. udgivelse
analytics-table-channels = Pr. kanal
analytics-col-period = Periode
analytics-col-gross = Brutto
analytics-col-discounts = Rabatter
analytics-col-refunds = Refusioner
analytics-col-net = Netto
analytics-col-orders = Ordrer
analytics-col-product = Produkt
analytics-col-plan = Pakke
analytics-col-units = Enheder
analytics-col-new_customers = Nye kunder
analytics-col-orders_from_new = Ordrer fra nye kunder
analytics-col-orders_from_returning = Ordrer fra tilbagevendende kunder
analytics-col-gateway = Gateway
analytics-col-top_ups = Optankninger
analytics-col-amount = Beløb
analytics-col-country = Land
analytics-col-code = Kode
analytics-col-uses = Anvendelser
analytics-col-discount = Rabat
analytics-col-affiliate = Partner
analytics-col-commissions = Provisioner
analytics-col-earned = Optjent
analytics-col-reversed = Tilbageført
analytics-col-issued = Udstedte licenser
analytics-col-activations = Aktiveringer
analytics-col-deactivations = Deaktiveringer
analytics-col-live = Aktive aktiveringer
analytics-col-count = Antal
analytics-col-by = Afsluttet af
analytics-col-validations = Valideringer
analytics-col-heartbeats = Livstegn
analytics-col-active_devices = Aktive enheder
analytics-col-active_sites = Aktive websteder
analytics-col-license = Licens
analytics-col-owner = Ejer
analytics-col-calls = Kald
analytics-col-devices_seen = Sete enheder
analytics-col-downloads = Downloads
analytics-col-release = Udgivelse
analytics-col-channel = Kanal

# One license's usage (its owner's page and the admin's).
usage-title = Brug
usage-back = Tilbage
usage-range = Periode
usage-last-days = { $days ->
    [one] Seneste { $days } dag
   *[other] Seneste { $days } dage
}
usage-chart-devices = Enheder og websteder: aktive og dem, der meldte sig
usage-chart-calls = Valideringer og livstegn
usage-live = Aktive
usage-seen = Meldte sig
usage-devices = Enheder og websteder
usage-no-devices = Intet er aktiveret med denne licens lige nu.
usage-device = Enhed eller websted
usage-platform = Platform
usage-last-seen = Sidst set
usage-heartbeat = Livstegn
usage-no-downloads = Der er endnu ikke hentet noget med denne licens.
usage-last-download = Seneste download
