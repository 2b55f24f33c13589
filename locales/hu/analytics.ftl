# Analytics: the admin's sales, licensing, usage and download reports.
analytics-title = Elemzések
analytics-sales = Értékesítés
analytics-licenses = Licencek
analytics-usage = Használat
analytics-downloads = Letöltések
analytics-from = Ettől
analytics-to = Eddig
analytics-granularity = Csoportosítás
analytics-by-day = Nap
analytics-by-week = Hét
analytics-by-month = Hónap
analytics-all-products = Minden termék
analytics-show = Megjelenítés
analytics-previous = Előző időszak:
analytics-chart-table = A diagramon látható adatok
analytics-csv = Letöltés CSV-fájlként
analytics-empty = Ebben az időszakban nincs adat.
analytics-source = { $rollup ->
    [one] Egy nap a napi összesítésből beolvasva
   *[other] { $rollup } nap a napi összesítésből beolvasva
}, { $live ->
    [one] egy nap az eseményekből számítva.
   *[other] { $live } nap az eseményekből számítva.
}
analytics-chart-desc = Időszak: { $from } – { $to }. A diagram alatti táblázat minden adatot tartalmaz.
analytics-chart-revenue = Nettó bevétel és visszatérítések
analytics-chart-licenses = Élő aktiválások, új aktiválások és kiállított licencek
analytics-chart-usage = Jelentkező eszközök és webhelyek (a legforgalmasabb nap szerint)
analytics-chart-downloads = Letöltések
analytics-table-products = Termékenként
analytics-table-customers = Új és visszatérő vásárlók
analytics-table-gateways = Egyenlegfeltöltések fizetési átjárónként
analytics-table-countries = A vevő országa szerint
analytics-table-promos = Promóciós kódok
analytics-table-affiliates = Partnerek
analytics-table-activation-results = Aktiválások eredmény szerint
analytics-table-validation-results = Ellenőrzések eredmény szerint
analytics-table-deactivated-by = Inaktiválások a kezdeményező szerint
analytics-table-top-licenses = Legforgalmasabb licencek
analytics-table-releases = Kiadásonként
analytics-table-channels = Csatornánként
analytics-col-period = Időszak
analytics-col-gross = Bruttó
analytics-col-discounts = Kedvezmények
analytics-col-refunds = Visszatérítések
analytics-col-net = Nettó
analytics-col-orders = Rendelések
analytics-col-product = Termék
analytics-col-plan = Csomag
analytics-col-units = Darab
analytics-col-new_customers = Új vásárlók
analytics-col-orders_from_new = Új vásárlók rendelései
analytics-col-orders_from_returning = Visszatérő vásárlók rendelései
analytics-col-gateway = Fizetési átjáró
analytics-col-top_ups = Feltöltések
analytics-col-amount = Összeg
analytics-col-country = Ország
analytics-col-code = Kód
analytics-col-uses = Felhasználások
analytics-col-discount = Kedvezmény
analytics-col-affiliate = Partner
analytics-col-commissions = Jutalékok
analytics-col-earned = Megszerzett
analytics-col-reversed = Sztornózott
analytics-col-issued = Kiállított licencek
analytics-col-activations = Aktiválások
analytics-col-deactivations = Inaktiválások
analytics-col-live = Élő aktiválások
analytics-col-count = Darabszám
analytics-col-by = Kezdeményező
analytics-col-validations = Ellenőrzések
analytics-col-heartbeats = Életjelek
analytics-col-active_devices = Aktív eszközök
analytics-col-active_sites = Aktív webhelyek
analytics-col-license = Licenc
analytics-col-owner = Tulajdonos
analytics-col-calls = Hívások
analytics-col-devices_seen = Észlelt eszközök
analytics-col-downloads = Letöltések
analytics-col-release = Kiadás
analytics-col-channel = Csatorna

# One license's usage (its owner's page and the admin's).
usage-title = Használat
usage-back = Vissza
usage-range = Időszak
usage-last-days = { $days ->
    [one] Az utolsó nap
   *[other] Az utolsó { $days } nap
}
usage-chart-devices = Eszközök és webhelyek: élő és jelentkező
usage-chart-calls = Ellenőrzések és életjelek
usage-live = Élő
usage-seen = Jelentkezett
usage-devices = Eszközök és webhelyek
usage-no-devices = Ezzel a licenccel jelenleg semmi sincs aktiválva.
usage-device = Eszköz vagy webhely
usage-platform = Platform
usage-last-seen = Utoljára látva
usage-heartbeat = Életjel
usage-no-downloads = Ezzel a licenccel még nem töltöttek le semmit.
usage-last-download = Utolsó letöltés
