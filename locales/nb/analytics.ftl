# Analytics: the admin's sales, licensing, usage and download reports.
analytics-title = Analyse
analytics-sales = Salg
analytics-licenses = Lisenser
analytics-usage = Bruk
analytics-downloads = Nedlastinger
analytics-from = Fra
analytics-to = Til
analytics-granularity = Grupper etter
analytics-by-day = Dag
analytics-by-week = Uke
analytics-by-month = Måned
analytics-all-products = Alle produkter
analytics-show = Vis
analytics-previous = Forrige periode:
analytics-chart-table = Tallene som vises i diagrammet
analytics-csv = Last ned som CSV
analytics-empty = Ingenting i denne perioden.
analytics-source = { $rollup ->
    [one] { $rollup } dag lest fra den daglige sammenstillingen
   *[other] { $rollup } dager lest fra den daglige sammenstillingen
}, { $live ->
    [one] { $live } dag beregnet ut fra hendelsene.
   *[other] { $live } dager beregnet ut fra hendelsene.
}
analytics-chart-desc = Fra { $from } til { $to }. Tabellen under diagrammet inneholder alle tallene.
analytics-chart-revenue = Nettoomsetning og refusjoner
analytics-chart-licenses = Aktive aktiveringer, nye aktiveringer og utstedte lisenser
analytics-chart-usage = Enheter og nettsteder som meldte seg (travleste dag)
analytics-chart-downloads = Nedlastinger
analytics-table-products = Per produkt
analytics-table-customers = Nye og tilbakevendende kunder
analytics-table-gateways = Påfyllinger av lommeboken per betalingsgateway
analytics-table-countries = Etter kjøperens land
analytics-table-promos = Rabattkoder
analytics-table-affiliates = Partnere
analytics-table-activation-results = Aktiveringer etter resultat
analytics-table-validation-results = Valideringer etter resultat
analytics-table-deactivated-by = Deaktiveringer etter hvem som avsluttet dem
analytics-table-top-licenses = Mest brukte lisenser
analytics-table-releases = Per utgivelse
analytics-table-channels = Per kanal
analytics-col-period = Periode
analytics-col-gross = Brutto
analytics-col-discounts = Rabatter
analytics-col-refunds = Refusjoner
analytics-col-net = Netto
analytics-col-orders = Bestillinger
analytics-col-product = Produkt
analytics-col-plan = Pakke
analytics-col-units = Antall solgt
analytics-col-new_customers = Nye kunder
analytics-col-orders_from_new = Bestillinger fra nye kunder
analytics-col-orders_from_returning = Bestillinger fra tilbakevendende kunder
analytics-col-gateway = Betalingsgateway
analytics-col-top_ups = Påfyllinger
analytics-col-amount = Beløp
analytics-col-country = Land
analytics-col-code = Kode
analytics-col-uses = Ganger brukt
analytics-col-discount = Rabatt
analytics-col-affiliate = Partner
analytics-col-commissions = Provisjoner
analytics-col-earned = Opptjent
analytics-col-reversed = Tilbakeført
analytics-col-issued = Utstedte lisenser
analytics-col-activations = Aktiveringer
analytics-col-deactivations = Deaktiveringer
analytics-col-live = Aktive aktiveringer
analytics-col-count = Antall
analytics-col-by = Avsluttet av
analytics-col-validations = Valideringer
analytics-col-heartbeats = Livstegn
analytics-col-active_devices = Aktive enheter
analytics-col-active_sites = Aktive nettsteder
analytics-col-license = Lisens
analytics-col-owner = Eier
analytics-col-calls = Kall
analytics-col-devices_seen = Enheter sett
analytics-col-downloads = Nedlastinger
analytics-col-release = Utgivelse
analytics-col-channel = Kanal

# One license's usage (its owner's page and the admin's).
usage-title = Bruk
usage-back = Tilbake
usage-range = Periode
usage-last-days = { $days ->
    [one] Siste dag
   *[other] Siste { $days } dager
}
usage-chart-devices = Enheter og nettsteder: aktive og de som meldte seg
usage-chart-calls = Valideringer og livstegn
usage-live = Aktive
usage-seen = Meldte seg
usage-devices = Enheter og nettsteder
usage-no-devices = Ingenting er aktivert med denne lisensen nå.
usage-device = Enhet eller nettsted
usage-platform = Plattform
usage-last-seen = Sist sett
usage-heartbeat = Livstegn
usage-no-downloads = Ingenting er lastet ned med denne lisensen ennå.
usage-last-download = Siste nedlasting
