# Analytics: the admin's sales, licensing, usage and download reports.
analytics-title = Analitika
analytics-sales = Prodaja
analytics-licenses = Licence
analytics-usage = Korištenje
analytics-downloads = Preuzimanja
analytics-from = Od
analytics-to = Do
analytics-granularity = Grupiraj po
analytics-by-day = Danu
analytics-by-week = Tjednu
analytics-by-month = Mjesecu
analytics-all-products = Svi proizvodi
analytics-show = Prikaži
analytics-previous = Prethodno razdoblje:
analytics-chart-table = Vrijednosti prikazane na grafikonu
analytics-csv = Preuzmi kao CSV
analytics-empty = U ovom razdoblju nema ničega.
analytics-source = { $rollup ->
    [one] { $rollup } dan pročitan iz dnevnog sažetka
    [few] { $rollup } dana pročitana iz dnevnog sažetka
   *[other] { $rollup } dana pročitano iz dnevnog sažetka
}, { $live ->
    [one] { $live } dan izračunan iz događaja.
    [few] { $live } dana izračunana iz događaja.
   *[other] { $live } dana izračunano iz događaja.
}
analytics-chart-desc = Od { $from } do { $to }. Tablica ispod grafikona sadrži sve vrijednosti.
analytics-chart-revenue = Neto prihod i povrati novca
analytics-chart-licenses = Aktivne aktivacije, nove aktivacije i izdane licence
analytics-chart-usage = Uređaji i web-stranice koji su se javili (najprometniji dan)
analytics-chart-downloads = Preuzimanja
analytics-table-products = Po proizvodu
analytics-table-customers = Novi i povratni kupci
analytics-table-gateways = Dopune novčanika po pristupniku za plaćanje
analytics-table-countries = Po državi kupca
analytics-table-promos = Promotivni kodovi
analytics-table-affiliates = Partneri
analytics-table-activation-results = Aktivacije po rezultatu
analytics-table-validation-results = Provjere valjanosti po rezultatu
analytics-table-deactivated-by = Deaktivacije po inicijatoru
analytics-table-top-licenses = Najprometnije licence
analytics-table-releases = Po izdanju
analytics-table-channels = Po kanalu
analytics-col-period = Razdoblje
analytics-col-gross = Bruto
analytics-col-discounts = Popusti
analytics-col-refunds = Povrati novca
analytics-col-net = Neto
analytics-col-orders = Narudžbe
analytics-col-product = Proizvod
analytics-col-plan = Paket
analytics-col-units = Jedinice
analytics-col-new_customers = Novi kupci
analytics-col-orders_from_new = Narudžbe novih kupaca
analytics-col-orders_from_returning = Narudžbe povratnih kupaca
analytics-col-gateway = Pristupnik za plaćanje
analytics-col-top_ups = Dopune
analytics-col-amount = Iznos
analytics-col-country = Država
analytics-col-code = Kôd
analytics-col-uses = Korištenja
analytics-col-discount = Popust
analytics-col-affiliate = Partner
analytics-col-commissions = Provizije
analytics-col-earned = Zarađeno
analytics-col-reversed = Stornirano
analytics-col-issued = Izdane licence
analytics-col-activations = Aktivacije
analytics-col-deactivations = Deaktivacije
analytics-col-live = Aktivne aktivacije
analytics-col-count = Broj
analytics-col-by = Inicijator
analytics-col-validations = Provjere valjanosti
analytics-col-heartbeats = Signali aktivnosti
analytics-col-active_devices = Aktivni uređaji
analytics-col-active_sites = Aktivne web-stranice
analytics-col-license = Licenca
analytics-col-owner = Vlasnik
analytics-col-calls = Pozivi
analytics-col-devices_seen = Uređaji koji su se javili
analytics-col-downloads = Preuzimanja
analytics-col-release = Izdanje
analytics-col-channel = Kanal

# One license's usage (its owner's page and the admin's).
usage-title = Korištenje
usage-back = Natrag
usage-range = Razdoblje
usage-last-days = { $days ->
    [one] Posljednji { $days } dan
    [few] Posljednja { $days } dana
   *[other] Posljednjih { $days } dana
}
usage-chart-devices = Uređaji i web-stranice: aktivni i oni koji se javljaju
usage-chart-calls = Provjere valjanosti i signali aktivnosti
usage-live = Aktivno
usage-seen = Javilo se
usage-devices = Uređaji i web-stranice
usage-no-devices = S ovom licencom trenutačno ništa nije aktivirano.
usage-device = Uređaj ili web-stranica
usage-platform = Platforma
usage-last-seen = Posljednje javljanje
usage-heartbeat = Signal aktivnosti
usage-no-downloads = S ovom licencom još ništa nije preuzeto.
usage-last-download = Posljednje preuzimanje
