# Analytics: the admin's sales, licensing, usage and download reports.
analytics-title = Analītika
analytics-sales = Pārdošana
analytics-licenses = Licences
analytics-usage = Lietojums
analytics-downloads = Lejupielādes
analytics-from = No
analytics-to = Līdz
analytics-granularity = Grupēt pēc
analytics-by-day = Dienas
analytics-by-week = Nedēļas
analytics-by-month = Mēneša
analytics-all-products = Visi produkti
analytics-show = Rādīt
analytics-previous = Iepriekšējais periods:
analytics-chart-table = Diagrammā attēlotie skaitļi
analytics-csv = Lejupielādēt CSV formātā
analytics-empty = Šajā periodā nav datu.
analytics-source = { $rollup ->
    [zero] { $rollup } dienas nolasītas no dienas kopsavilkuma
    [one] { $rollup } diena nolasīta no dienas kopsavilkuma
   *[other] { $rollup } dienas nolasītas no dienas kopsavilkuma
}, { $live ->
    [zero] { $live } dienas aprēķinātas no notikumiem.
    [one] { $live } diena aprēķināta no notikumiem.
   *[other] { $live } dienas aprēķinātas no notikumiem.
}
analytics-chart-desc = No { $from } līdz { $to }. Tabulā zem diagrammas ir visi skaitļi.
analytics-chart-revenue = Neto ieņēmumi un atmaksas
analytics-chart-licenses = Aktīvās aktivizācijas, jaunās aktivizācijas un izsniegtās licences
analytics-chart-usage = Ierīces un vietnes, kas sazinājās ar serveri (noslogotākā diena)
analytics-chart-downloads = Lejupielādes
analytics-table-products = Pa produktiem
analytics-table-customers = Jaunie un atkārtotie klienti
analytics-table-gateways = Maka papildinājumi pa vārtejām
analytics-table-countries = Pa pircēja valstīm
analytics-table-promos = Akcijas kodi
analytics-table-affiliates = Partneri
analytics-table-activation-results = Aktivizācijas pa rezultātiem
analytics-table-validation-results = Pārbaudes pa rezultātiem
analytics-table-deactivated-by = Deaktivizācijas pēc to veicēja
analytics-table-top-licenses = Aktīvāk lietotās licences
analytics-table-releases = Pa laidieniem
analytics-table-channels = Pa kanāliem
analytics-col-period = Periods
analytics-col-gross = Bruto
analytics-col-discounts = Atlaides
analytics-col-refunds = Atmaksas
analytics-col-net = Neto
analytics-col-orders = Pasūtījumi
analytics-col-product = Produkts
analytics-col-plan = Plāns
analytics-col-units = Vienības
analytics-col-new_customers = Jaunie klienti
analytics-col-orders_from_new = Jauno klientu pasūtījumi
analytics-col-orders_from_returning = Atkārtoto klientu pasūtījumi
analytics-col-gateway = Vārteja
analytics-col-top_ups = Papildinājumi
analytics-col-amount = Summa
analytics-col-country = Valsts
analytics-col-code = Kods
analytics-col-uses = Izmantojumi
analytics-col-discount = Atlaide
analytics-col-affiliate = Partneris
analytics-col-commissions = Komisijas
analytics-col-earned = Nopelnīts
analytics-col-reversed = Stornēts
analytics-col-issued = Izsniegtās licences
analytics-col-activations = Aktivizācijas
analytics-col-deactivations = Deaktivizācijas
analytics-col-live = Aktīvās aktivizācijas
analytics-col-count = Skaits
analytics-col-by = Veicējs
analytics-col-validations = Pārbaudes
analytics-col-heartbeats = Dzīvības signāli
analytics-col-active_devices = Aktīvās ierīces
analytics-col-active_sites = Aktīvās vietnes
analytics-col-license = Licence
analytics-col-owner = Īpašnieks
analytics-col-calls = Izsaukumi
analytics-col-devices_seen = Konstatētās ierīces
analytics-col-downloads = Lejupielādes
analytics-col-release = Laidiens
analytics-col-channel = Kanāls

# One license's usage (its owner's page and the admin's).
usage-title = Lietojums
usage-back = Atpakaļ
usage-range = Periods
usage-last-days = { $days ->
    [zero] Pēdējās { $days } dienas
    [one] Pēdējā { $days } diena
   *[other] Pēdējās { $days } dienas
}
usage-chart-devices = Ierīces un vietnes: aktīvās un tās, kas sazinājās ar serveri
usage-chart-calls = Pārbaudes un dzīvības signāli
usage-live = Aktīvas
usage-seen = Sazinājās
usage-devices = Ierīces un vietnes
usage-no-devices = Ar šo licenci pašlaik nekas nav aktivizēts.
usage-device = Ierīce vai vietne
usage-platform = Platforma
usage-last-seen = Pēdējoreiz redzēta
usage-heartbeat = Dzīvības signāls
usage-no-downloads = Ar šo licenci vēl nekas nav lejupielādēts.
usage-last-download = Pēdējā lejupielāde
