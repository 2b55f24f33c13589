# Analytics: the admin's sales, licensing, usage and download reports.
analytics-title = Statistieken
analytics-sales = Verkoop
analytics-licenses = Licenties
analytics-usage = Gebruik
analytics-downloads = Downloads
analytics-from = Van
analytics-to = Tot
analytics-granularity = Groeperen per
analytics-by-day = Dag
analytics-by-week = Week
analytics-by-month = Maand
analytics-all-products = Alle producten
analytics-show = Tonen
analytics-previous = Vorige periode:
analytics-chart-table = Cijfers uit de grafiek
analytics-csv = Downloaden als CSV
analytics-empty = Niets in deze periode.
analytics-source = { $rollup ->
    [one] Eén dag gelezen uit de dagelijkse samenvatting
   *[other] { $rollup } dagen gelezen uit de dagelijkse samenvatting
}, { $live ->
    [one] één dag berekend uit de gebeurtenissen.
   *[other] { $live } dagen berekend uit de gebeurtenissen.
}
analytics-chart-desc = Van { $from } tot { $to }. De tabel onder de grafiek bevat alle cijfers.
analytics-chart-revenue = Netto-omzet en terugbetalingen
analytics-chart-licenses = Lopende activeringen, nieuwe activeringen en uitgegeven licenties
analytics-chart-usage = Apparaten en sites die zich hebben gemeld (drukste dag)
analytics-chart-downloads = Downloads
analytics-table-products = Per product
analytics-table-customers = Nieuwe en terugkerende klanten
analytics-table-gateways = Opwaarderingen per betaaldienst
analytics-table-countries = Per land van de koper
analytics-table-promos = Kortingscodes
analytics-table-affiliates = Partners
analytics-table-activation-results = Activeringen per resultaat
analytics-table-validation-results = Controles per resultaat
analytics-table-deactivated-by = Deactiveringen per initiatiefnemer
analytics-table-top-licenses = Drukste licenties
analytics-table-releases = Per versie
analytics-table-channels = Per kanaal
analytics-col-period = Periode
analytics-col-gross = Bruto
analytics-col-discounts = Kortingen
analytics-col-refunds = Terugbetalingen
analytics-col-net = Netto
analytics-col-orders = Bestellingen
analytics-col-product = Product
analytics-col-plan = Pakket
analytics-col-units = Eenheden
analytics-col-new_customers = Nieuwe klanten
analytics-col-orders_from_new = Bestellingen van nieuwe klanten
analytics-col-orders_from_returning = Bestellingen van terugkerende klanten
analytics-col-gateway = Betaaldienst
analytics-col-top_ups = Opwaarderingen
analytics-col-amount = Bedrag
analytics-col-country = Land
analytics-col-code = Code
analytics-col-uses = Keer gebruikt
analytics-col-discount = Korting
analytics-col-affiliate = Partner
analytics-col-commissions = Commissies
analytics-col-earned = Verdiend
analytics-col-reversed = Teruggedraaid
analytics-col-issued = Uitgegeven licenties
analytics-col-activations = Activeringen
analytics-col-deactivations = Deactiveringen
analytics-col-live = Lopende activeringen
analytics-col-count = Aantal
analytics-col-by = Beëindigd door
analytics-col-validations = Controles
analytics-col-heartbeats = Levenssignalen
analytics-col-active_devices = Actieve apparaten
analytics-col-active_sites = Actieve sites
analytics-col-license = Licentie
analytics-col-owner = Eigenaar
analytics-col-calls = Aanroepen
analytics-col-devices_seen = Geziene apparaten
analytics-col-downloads = Downloads
analytics-col-release = Versie
analytics-col-channel = Kanaal

# One license's usage (its owner's page and the admin's).
usage-title = Gebruik
usage-back = Terug
usage-range = Periode
usage-last-days = { $days ->
    [one] Afgelopen dag
   *[other] Afgelopen { $days } dagen
}
usage-chart-devices = Apparaten en sites: actief en gemeld
usage-chart-calls = Controles en levenssignalen
usage-live = Actief
usage-seen = Gemeld
usage-devices = Apparaten en sites
usage-no-devices = Er is momenteel niets geactiveerd met deze licentie.
usage-device = Apparaat of site
usage-platform = Platform
usage-last-seen = Laatst gezien
usage-last-download = Laatste download
usage-heartbeat = Levenssignaal
usage-no-downloads = Er is nog niets gedownload met deze licentie.
