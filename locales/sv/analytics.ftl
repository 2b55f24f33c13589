# Analytics: the admin's sales, licensing, usage and download reports.
analytics-title = Analys
analytics-sales = Försäljning
analytics-licenses = Licenser
analytics-usage = Användning
analytics-downloads = Nedladdningar
analytics-from = Från
analytics-to = Till
analytics-granularity = Gruppera efter
analytics-by-day = Dag
analytics-by-week = Vecka
analytics-by-month = Månad
analytics-all-products = Alla produkter
analytics-show = Visa
analytics-previous = Föregående period:
analytics-chart-table = Värden som visas i diagrammet
analytics-csv = Ladda ned som CSV
analytics-empty = Inget under den här perioden.
analytics-source = { $rollup ->
    [one] En dag läst från den dagliga sammanställningen
   *[other] { $rollup } dagar lästa från den dagliga sammanställningen
}, { $live ->
    [one] en dag beräknad från händelserna.
   *[other] { $live } dagar beräknade från händelserna.
}
analytics-chart-desc = Från { $from } till { $to }. Tabellen under diagrammet innehåller alla värden.
analytics-chart-revenue = Nettointäkter och återbetalningar
analytics-chart-licenses = Gällande aktiveringar, nya aktiveringar och utfärdade licenser
analytics-chart-usage = Enheter och webbplatser som hörde av sig (dagen med flest)
analytics-chart-downloads = Nedladdningar
analytics-table-products = Per produkt
analytics-table-customers = Nya och återkommande kunder
analytics-table-gateways = Påfyllningar av plånboken per betalningstjänst
analytics-table-countries = Per köparens land
analytics-table-promos = Kampanjkoder
analytics-table-affiliates = Partner
analytics-table-activation-results = Aktiveringar per resultat
analytics-table-validation-results = Valideringar per resultat
analytics-table-deactivated-by = Inaktiveringar per vem som avslutade dem
analytics-table-top-licenses = Mest använda licenser
analytics-table-releases = Per version
analytics-table-channels = Per kanal
analytics-col-period = Period
analytics-col-gross = Brutto
analytics-col-discounts = Rabatter
analytics-col-refunds = Återbetalningar
analytics-col-net = Netto
analytics-col-orders = Beställningar
analytics-col-product = Produkt
analytics-col-plan = Paket
analytics-col-units = Enheter
analytics-col-new_customers = Nya kunder
analytics-col-orders_from_new = Beställningar från nya kunder
analytics-col-orders_from_returning = Beställningar från återkommande kunder
analytics-col-gateway = Betalningstjänst
analytics-col-top_ups = Påfyllningar
analytics-col-amount = Belopp
analytics-col-country = Land
analytics-col-code = Kod
analytics-col-uses = Användningar
analytics-col-discount = Rabatt
analytics-col-affiliate = Partner
analytics-col-commissions = Provisioner
analytics-col-earned = Intjänat
analytics-col-reversed = Återfört
analytics-col-issued = Utfärdade licenser
analytics-col-activations = Aktiveringar
analytics-col-deactivations = Inaktiveringar
analytics-col-live = Gällande aktiveringar
analytics-col-count = Antal
analytics-col-by = Avslutad av
analytics-col-validations = Valideringar
analytics-col-heartbeats = Livstecken
analytics-col-active_devices = Aktiva enheter
analytics-col-active_sites = Aktiva webbplatser
analytics-col-license = Licens
analytics-col-owner = Ägare
analytics-col-calls = Anrop
analytics-col-devices_seen = Sedda enheter
analytics-col-downloads = Nedladdningar
analytics-col-release = Version
analytics-col-channel = Kanal

# One license's usage (its owner's page and the admin's).
usage-title = Användning
usage-back = Tillbaka
usage-range = Period
usage-last-days = { $days ->
    [one] Senaste dagen
   *[other] Senaste { $days } dagarna
}
usage-chart-devices = Enheter och webbplatser: aktiva och de som hört av sig
usage-chart-calls = Valideringar och livstecken
usage-live = Aktiva
usage-seen = Hörde av sig
usage-devices = Enheter och webbplatser
usage-no-devices = Inget är aktiverat med den här licensen just nu.
usage-device = Enhet eller webbplats
usage-platform = Plattform
usage-last-seen = Senast sedd
usage-heartbeat = Livstecken
usage-no-downloads = Inget har laddats ned med den här licensen ännu.
usage-last-download = Senaste nedladdning
