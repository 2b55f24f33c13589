# Analytics: the admin's sales, licensing, usage and download reports.
analytics-title = Analytika
analytics-sales = Prodeje
analytics-licenses = Licence
analytics-usage = Využití
analytics-downloads = Stažení
analytics-from = Od
analytics-to = Do
analytics-granularity = Seskupit podle
analytics-by-day = Den
analytics-by-week = Týden
analytics-by-month = Měsíc
analytics-all-products = Všechny produkty
analytics-show = Zobrazit
analytics-previous = Předchozí období:
analytics-chart-table = Hodnoty zobrazené v grafu
analytics-csv = Stáhnout jako CSV
analytics-empty = V tomto období nic není.
analytics-source = { $rollup ->
    [one] Jeden den načten z denního souhrnu
    [few] { $rollup } dny načteny z denního souhrnu
   *[other] { $rollup } dní načteno z denního souhrnu
}, { $live ->
    [one] jeden den vypočten z událostí.
    [few] { $live } dny vypočteny z událostí.
   *[other] { $live } dní vypočteno z událostí.
}
analytics-chart-desc = Od { $from } do { $to }. Tabulka pod grafem obsahuje všechny hodnoty.
analytics-chart-revenue = Čisté tržby a vrácené platby
analytics-chart-licenses = Živé aktivace, nové aktivace a vydané licence
analytics-chart-usage = Zařízení a weby, které se ohlásily (nejrušnější den)
analytics-chart-downloads = Stažení
analytics-table-products = Podle produktu
analytics-table-customers = Noví a vracející se zákazníci
analytics-table-gateways = Dobití peněženky podle platební brány
analytics-table-countries = Podle země kupujícího
analytics-table-promos = Slevové kódy
analytics-table-affiliates = Partneři
analytics-table-activation-results = Aktivace podle výsledku
analytics-table-validation-results = Ověření podle výsledku
analytics-table-deactivated-by = Deaktivace podle toho, kdo je provedl
analytics-table-top-licenses = Nejvytíženější licence
analytics-table-releases = Podle vydání
analytics-table-channels = Podle kanálu
analytics-col-period = Období
analytics-col-gross = Hrubé tržby
analytics-col-discounts = Slevy
analytics-col-refunds = Vrácené platby
analytics-col-net = Čisté tržby
analytics-col-orders = Objednávky
analytics-col-product = Produkt
analytics-col-plan = Tarif
analytics-col-units = Kusy
analytics-col-new_customers = Noví zákazníci
analytics-col-orders_from_new = Objednávky nových zákazníků
analytics-col-orders_from_returning = Objednávky vracejících se zákazníků
analytics-col-gateway = Platební brána
analytics-col-top_ups = Dobití
analytics-col-amount = Částka
analytics-col-country = Země
analytics-col-code = Kód
analytics-col-uses = Použití
analytics-col-discount = Sleva
analytics-col-affiliate = Partner
analytics-col-commissions = Provize
analytics-col-earned = Získáno
analytics-col-reversed = Stornováno
analytics-col-issued = Vydané licence
analytics-col-activations = Aktivace
analytics-col-deactivations = Deaktivace
analytics-col-live = Živé aktivace
analytics-col-count = Počet
analytics-col-by = Kdo ukončil
analytics-col-validations = Ověření
analytics-col-heartbeats = Signály aktivity
analytics-col-active_devices = Aktivní zařízení
analytics-col-active_sites = Aktivní weby
analytics-col-license = Licence
analytics-col-owner = Vlastník
analytics-col-calls = Volání
analytics-col-devices_seen = Zaznamenaná zařízení
analytics-col-downloads = Stažení
analytics-col-release = Vydání
analytics-col-channel = Kanál

# One license's usage (its owner's page and the admin's).
usage-title = Využití
usage-back = Zpět
usage-range = Období
usage-last-days = { $days ->
    [one] Poslední den
    [few] Poslední { $days } dny
   *[other] Posledních { $days } dní
}
usage-chart-devices = Zařízení a weby: živé a ohlašující se
usage-chart-calls = Ověření a signály aktivity
usage-live = Živé
usage-seen = Ohlásilo se
usage-devices = Zařízení a weby
usage-no-devices = S touto licencí teď není nic aktivováno.
usage-device = Zařízení nebo web
usage-platform = Platforma
usage-last-seen = Naposledy viděno
usage-heartbeat = Signál aktivity
usage-no-downloads = S touto licencí se zatím nic nestáhlo.
usage-last-download = Poslední stažení
