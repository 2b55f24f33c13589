# Analytics: the admin's sales, licensing, usage and download reports.
analytics-title = Statistici
analytics-sales = Vânzări
analytics-licenses = Licențe
analytics-usage = Utilizare
analytics-downloads = Descărcări
analytics-from = De la
analytics-to = Până la
analytics-granularity = Grupare după
analytics-by-day = Zi
analytics-by-week = Săptămână
analytics-by-month = Lună
analytics-all-products = Toate produsele
analytics-show = Afișați
analytics-previous = Perioada anterioară:
analytics-chart-table = Valorile afișate în grafic
analytics-csv = Descărcați ca CSV
analytics-empty = Nimic în această perioadă.
analytics-source = { $rollup ->
    [one] O zi citită din agregarea zilnică
    [few] { $rollup } zile citite din agregarea zilnică
   *[other] { $rollup } de zile citite din agregarea zilnică
}, { $live ->
    [one] o zi calculată din evenimente.
    [few] { $live } zile calculate din evenimente.
   *[other] { $live } de zile calculate din evenimente.
}
analytics-chart-desc = De la { $from } până la { $to }. Tabelul de sub grafic conține toate valorile.
analytics-chart-revenue = Venituri nete și rambursări
analytics-chart-licenses = Activări curente, activări noi și licențe emise
analytics-chart-usage = Dispozitive și site-uri care au raportat activitate (ziua cea mai aglomerată)
analytics-chart-downloads = Descărcări
analytics-table-products = Pe produs
analytics-table-customers = Clienți noi și clienți care revin
analytics-table-gateways = Alimentări ale portofelului pe gateway
analytics-table-countries = Pe țara cumpărătorului
analytics-table-promos = Coduri promoționale
analytics-table-affiliates = Afiliați
analytics-table-activation-results = Activări după rezultat
analytics-table-validation-results = Validări după rezultat
analytics-table-deactivated-by = Dezactivări după cine le-a încheiat
analytics-table-top-licenses = Cele mai active licențe
analytics-table-releases = Pe versiune
analytics-table-channels = Pe canal
analytics-col-period = Perioadă
analytics-col-gross = Brut
analytics-col-discounts = Reduceri
analytics-col-refunds = Rambursări
analytics-col-net = Net
analytics-col-orders = Comenzi
analytics-col-product = Produs
analytics-col-plan = Plan
analytics-col-units = Unități
analytics-col-new_customers = Clienți noi
analytics-col-orders_from_new = Comenzi de la clienți noi
analytics-col-orders_from_returning = Comenzi de la clienți care revin
analytics-col-gateway = Gateway
analytics-col-top_ups = Alimentări
analytics-col-amount = Sumă
analytics-col-country = Țară
analytics-col-code = Cod
analytics-col-uses = Utilizări
analytics-col-discount = Reducere
analytics-col-affiliate = Afiliat
analytics-col-commissions = Comisioane
analytics-col-earned = Câștigate
analytics-col-reversed = Anulate
analytics-col-issued = Licențe emise
analytics-col-activations = Activări
analytics-col-deactivations = Dezactivări
analytics-col-live = Activări curente
analytics-col-count = Număr
analytics-col-by = Încheiate de
analytics-col-validations = Validări
analytics-col-heartbeats = Semnale de activitate
analytics-col-active_devices = Dispozitive active
analytics-col-active_sites = Site-uri active
analytics-col-license = Licență
analytics-col-owner = Titular
analytics-col-calls = Apeluri
analytics-col-devices_seen = Dispozitive văzute
analytics-col-downloads = Descărcări
analytics-col-release = Versiune
analytics-col-channel = Canal

# One license's usage (its owner's page and the admin's).
usage-title = Utilizare
usage-back = Înapoi
usage-range = Perioadă
usage-last-days = { $days ->
    [one] Ultima zi
    [few] Ultimele { $days } zile
   *[other] Ultimele { $days } de zile
}
usage-chart-devices = Dispozitive și site-uri: active și care raportează activitate
usage-chart-calls = Validări și semnale de activitate
usage-live = Active
usage-seen = Au raportat
usage-devices = Dispozitive și site-uri
usage-no-devices = În prezent, nimic nu este activat cu această licență.
usage-device = Dispozitiv sau site
usage-platform = Platformă
usage-last-seen = Ultima activitate
usage-heartbeat = Semnal de activitate
usage-no-downloads = Nu s-a descărcat încă nimic cu această licență.
usage-last-download = Ultima descărcare
