# Analytics: the admin's sales, licensing, usage and download reports.
analytics-title = Analytika
analytics-sales = Predaje
analytics-licenses = Licencie
analytics-usage = Používanie
analytics-downloads = Stiahnutia
analytics-from = Od
analytics-to = Do
analytics-granularity = Zoskupiť podľa
analytics-by-day = Deň
analytics-by-week = Týždeň
analytics-by-month = Mesiac
analytics-all-products = Všetky produkty
analytics-show = Zobraziť
analytics-previous = Predchádzajúce obdobie:
analytics-chart-table = Údaje zobrazené v grafe
analytics-csv = Stiahnuť ako CSV
analytics-empty = V tomto období nič.
analytics-source = { $rollup ->
    [one] Jeden deň načítaný z denného súhrnu
    [few] { $rollup } dni načítané z denného súhrnu
   *[other] { $rollup } dní načítaných z denného súhrnu
}, { $live ->
    [one] jeden deň vypočítaný z udalostí.
    [few] { $live } dni vypočítané z udalostí.
   *[other] { $live } dní vypočítaných z udalostí.
}
analytics-chart-desc = Od { $from } do { $to }. Tabuľka pod grafom obsahuje všetky údaje.
analytics-chart-revenue = Čisté tržby a vrátené peniaze
analytics-chart-licenses = Živé aktivácie, nové aktivácie a vydané licencie
analytics-chart-usage = Zariadenia a weby, ktoré sa ohlásili (najrušnejší deň)
analytics-chart-downloads = Stiahnutia
analytics-table-products = Podľa produktu
analytics-table-customers = Noví a vracajúci sa zákazníci
analytics-table-gateways = Dobitia peňaženky podľa brány
analytics-table-countries = Podľa krajiny kupujúceho
analytics-table-promos = Zľavové kódy
analytics-table-affiliates = Partneri
analytics-table-activation-results = Aktivácie podľa výsledku
analytics-table-validation-results = Overenia podľa výsledku
analytics-table-deactivated-by = Deaktivácie podľa toho, kto ich vykonal
analytics-table-top-licenses = Najvyťaženejšie licencie
analytics-table-releases = Podľa vydania
analytics-table-channels = Podľa kanála
analytics-col-period = Obdobie
analytics-col-gross = Brutto
analytics-col-discounts = Zľavy
analytics-col-refunds = Vrátené peniaze
analytics-col-net = Netto
analytics-col-orders = Objednávky
analytics-col-product = Produkt
analytics-col-plan = Plán
analytics-col-units = Kusy
analytics-col-new_customers = Noví zákazníci
analytics-col-orders_from_new = Objednávky od nových zákazníkov
analytics-col-orders_from_returning = Objednávky od vracajúcich sa zákazníkov
analytics-col-gateway = Brána
analytics-col-top_ups = Dobitia
analytics-col-amount = Suma
analytics-col-country = Krajina
analytics-col-code = Kód
analytics-col-uses = Použitia
analytics-col-discount = Zľava
analytics-col-affiliate = Partner
analytics-col-commissions = Provízie
analytics-col-earned = Získané
analytics-col-reversed = Stornované
analytics-col-issued = Vydané licencie
analytics-col-activations = Aktivácie
analytics-col-deactivations = Deaktivácie
analytics-col-live = Živé aktivácie
analytics-col-count = Počet
analytics-col-by = Kto ukončil
analytics-col-validations = Overenia
analytics-col-heartbeats = Signály aktivity
analytics-col-active_devices = Aktívne zariadenia
analytics-col-active_sites = Aktívne weby
analytics-col-license = Licencia
analytics-col-owner = Vlastník
analytics-col-calls = Volania
analytics-col-devices_seen = Zaznamenané zariadenia
analytics-col-downloads = Stiahnutia
analytics-col-release = Vydanie
analytics-col-channel = Kanál

# One license's usage (its owner's page and the admin's).
usage-title = Používanie
usage-back = Späť
usage-range = Obdobie
usage-last-days = { $days ->
    [one] Posledný deň
    [few] Posledné { $days } dni
   *[other] Posledných { $days } dní
}
usage-chart-devices = Zariadenia a weby: živé a ohlasujúce sa
usage-chart-calls = Overenia a signály aktivity
usage-live = Živé
usage-seen = Ohlásené
usage-devices = Zariadenia a weby
usage-no-devices = S touto licenciou teraz nie je nič aktivované.
usage-device = Zariadenie alebo web
usage-platform = Platforma
usage-last-seen = Naposledy videné
usage-heartbeat = Signál aktivity
usage-no-downloads = S touto licenciou sa zatiaľ nič nestiahlo.
usage-last-download = Posledné stiahnutie
