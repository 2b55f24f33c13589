# Analitika: administratoriaus pardavimų, licencijavimo, naudojimo ir atsisiuntimų ataskaitos.
analytics-title = Analitika
analytics-sales = Pardavimai
analytics-licenses = Licencijos
analytics-usage = Naudojimas
analytics-downloads = Atsisiuntimai
analytics-from = Nuo
analytics-to = Iki
analytics-granularity = Grupuoti pagal
analytics-by-day = Dienas
analytics-by-week = Savaites
analytics-by-month = Mėnesius
analytics-all-products = Visi produktai
analytics-show = Rodyti
analytics-previous = Ankstesnis laikotarpis:
analytics-chart-table = Diagramoje rodomi skaičiai
analytics-csv = Atsisiųsti CSV formatu
analytics-empty = Šiuo laikotarpiu duomenų nėra.
analytics-source = { $rollup ->
    [one] { $rollup } diena nuskaityta iš dienos suvestinės
    [few] { $rollup } dienos nuskaitytos iš dienos suvestinės
   *[other] { $rollup } dienų nuskaityta iš dienos suvestinės
}, { $live ->
    [one] { $live } diena apskaičiuota pagal įvykius.
    [few] { $live } dienos apskaičiuotos pagal įvykius.
   *[other] { $live } dienų apskaičiuota pagal įvykius.
}
analytics-chart-desc = Nuo { $from } iki { $to }. Visi skaičiai pateikti lentelėje po diagrama.
analytics-chart-revenue = Grynosios pajamos ir grąžinimai
analytics-chart-licenses = Veikiantys aktyvinimai, nauji aktyvinimai ir išduotos licencijos
analytics-chart-usage = Ryšį užmezgę įrenginiai ir svetainės (intensyviausia diena)
analytics-chart-downloads = Atsisiuntimai
analytics-table-products = Pagal produktą
analytics-table-customers = Nauji ir grįžtantys klientai
analytics-table-gateways = Piniginės papildymai pagal mokėjimų šliuzą
analytics-table-countries = Pagal pirkėjo šalį
analytics-table-promos = Nuolaidos kodai
analytics-table-affiliates = Partneriai
analytics-table-activation-results = Aktyvinimai pagal rezultatą
analytics-table-validation-results = Patikros pagal rezultatą
analytics-table-deactivated-by = Išaktyvinimai pagal tai, kas juos atliko
analytics-table-top-licenses = Intensyviausiai naudojamos licencijos
analytics-table-releases = Pagal leidimą
analytics-table-channels = Pagal kanalą
analytics-col-period = Laikotarpis
analytics-col-gross = Bendroji suma
analytics-col-discounts = Nuolaidos
analytics-col-refunds = Grąžinimai
analytics-col-net = Grynoji suma
analytics-col-orders = Užsakymai
analytics-col-product = Produktas
analytics-col-plan = Planas
analytics-col-units = Vienetai
analytics-col-new_customers = Nauji klientai
analytics-col-orders_from_new = Naujų klientų užsakymai
analytics-col-orders_from_returning = Grįžtančių klientų užsakymai
analytics-col-gateway = Mokėjimų šliuzas
analytics-col-top_ups = Papildymai
analytics-col-amount = Suma
analytics-col-country = Šalis
analytics-col-code = Kodas
analytics-col-uses = Panaudojimai
analytics-col-discount = Nuolaida
analytics-col-affiliate = Partneris
analytics-col-commissions = Komisiniai
analytics-col-earned = Uždirbta
analytics-col-reversed = Atšaukta
analytics-col-issued = Išduotos licencijos
analytics-col-activations = Aktyvinimai
analytics-col-deactivations = Išaktyvinimai
analytics-col-live = Veikiantys aktyvinimai
analytics-col-count = Skaičius
analytics-col-by = Kas atliko
analytics-col-validations = Patikros
analytics-col-heartbeats = Gyvybės signalai
analytics-col-active_devices = Aktyvūs įrenginiai
analytics-col-active_sites = Aktyvios svetainės
analytics-col-license = Licencija
analytics-col-owner = Savininkas
analytics-col-calls = Užklausos
analytics-col-devices_seen = Užfiksuoti įrenginiai
analytics-col-downloads = Atsisiuntimai
analytics-col-release = Leidimas
analytics-col-channel = Kanalas

# Vienos licencijos naudojimas (jos savininko ir administratoriaus puslapiai).
usage-title = Naudojimas
usage-back = Atgal
usage-range = Laikotarpis
usage-last-days = { $days ->
    [1] Paskutinė diena
    [one] Paskutinė { $days } diena
    [few] Paskutinės { $days } dienos
   *[other] Paskutinės { $days } dienų
}
usage-chart-devices = Įrenginiai ir svetainės: veikiantys ir užmezgę ryšį
usage-chart-calls = Patikros ir gyvybės signalai
usage-live = Veikiantys
usage-seen = Užmezgę ryšį
usage-devices = Įrenginiai ir svetainės
usage-no-devices = Šiuo metu su šia licencija nieko neaktyvinta.
usage-device = Įrenginys arba svetainė
usage-platform = Platforma
usage-last-seen = Paskutinis ryšys
usage-heartbeat = Gyvybės signalas
usage-no-downloads = Su šia licencija dar nieko neatsisiųsta.
usage-last-download = Paskutinis atsisiuntimas
