# Analytics: the admin's sales, licensing, usage and download reports.
analytics-title = Analüütika
analytics-sales = Müük
analytics-licenses = Litsentsid
analytics-usage = Kasutus
analytics-downloads = Allalaadimised
analytics-from = Alates
analytics-to = Kuni
analytics-granularity = Rühmita
analytics-by-day = Päev
analytics-by-week = Nädal
analytics-by-month = Kuu
analytics-all-products = Kõik tooted
analytics-show = Näita
analytics-previous = Eelmine periood:
analytics-chart-table = Diagrammil näidatud arvud
analytics-csv = Laadi alla CSV-failina
analytics-empty = Selles perioodis pole midagi.
analytics-source = { $rollup ->
    [one] Üks päev loeti päevakokkuvõttest
   *[other] { $rollup } päeva loeti päevakokkuvõttest
}, { $live ->
    [one] üks päev arvutati sündmustest.
   *[other] { $live } päeva arvutati sündmustest.
}
analytics-chart-desc = Ajavahemik { $from } – { $to }. Diagrammi all olevas tabelis on kõik arvud.
analytics-chart-revenue = Netotulu ja raha tagastamised
analytics-chart-licenses = Aktiivsed aktiveeringud, uued aktiveeringud ja väljastatud litsentsid
analytics-chart-usage = Seadmed ja saidid, mis võtsid ühendust (kõige aktiivsem päev)
analytics-chart-downloads = Allalaadimised
analytics-table-products = Toodete kaupa
analytics-table-customers = Uued ja naasvad kliendid
analytics-table-gateways = Rahakoti täiendamised makselahenduste kaupa
analytics-table-countries = Ostja riigi kaupa
analytics-table-promos = Sooduskoodid
analytics-table-affiliates = Partnerid
analytics-table-activation-results = Aktiveerimised tulemuse kaupa
analytics-table-validation-results = Kontrollid tulemuse kaupa
analytics-table-deactivated-by = Deaktiveerimised lõpetaja kaupa
analytics-table-top-licenses = Kõige aktiivsemad litsentsid
analytics-table-releases = Väljalasete kaupa
analytics-table-channels = Kanalite kaupa
analytics-col-period = Periood
analytics-col-gross = Bruto
analytics-col-discounts = Soodustused
analytics-col-refunds = Tagastused
analytics-col-net = Neto
analytics-col-orders = Tellimused
analytics-col-product = Toode
analytics-col-plan = Pakett
analytics-col-units = Ühikud
analytics-col-new_customers = Uued kliendid
analytics-col-orders_from_new = Uute klientide tellimused
analytics-col-orders_from_returning = Naasvate klientide tellimused
analytics-col-gateway = Makselahendus
analytics-col-top_ups = Täiendamised
analytics-col-amount = Summa
analytics-col-country = Riik
analytics-col-code = Kood
analytics-col-uses = Kasutused
analytics-col-discount = Soodustus
analytics-col-affiliate = Partner
analytics-col-commissions = Vahendustasud
analytics-col-earned = Teenitud
analytics-col-reversed = Tühistatud
analytics-col-issued = Väljastatud litsentsid
analytics-col-activations = Aktiveerimised
analytics-col-deactivations = Deaktiveerimised
analytics-col-live = Aktiivsed aktiveeringud
analytics-col-count = Arv
analytics-col-by = Lõpetaja
analytics-col-validations = Kontrollid
analytics-col-heartbeats = Elumärgid
analytics-col-active_devices = Aktiivsed seadmed
analytics-col-active_sites = Aktiivsed saidid
analytics-col-license = Litsents
analytics-col-owner = Omanik
analytics-col-calls = Päringud
analytics-col-devices_seen = Nähtud seadmed
analytics-col-downloads = Allalaadimised
analytics-col-release = Väljalase
analytics-col-channel = Kanal

# One license's usage (its owner's page and the admin's).
usage-title = Kasutus
usage-back = Tagasi
usage-range = Periood
usage-last-days = { $days ->
    [one] Viimane päev
   *[other] Viimased { $days } päeva
}
usage-chart-devices = Seadmed ja saidid: aktiivsed ja ühendust võtnud
usage-chart-calls = Kontrollid ja elumärgid
usage-live = Aktiivsed
usage-seen = Ühendust võtnud
usage-devices = Seadmed ja saidid
usage-no-devices = Selle litsentsiga pole praegu midagi aktiveeritud.
usage-device = Seade või sait
usage-platform = Platvorm
usage-last-seen = Viimati nähtud
usage-heartbeat = Elumärk
usage-no-downloads = Selle litsentsiga pole veel midagi alla laaditud.
usage-last-download = Viimane allalaadimine
