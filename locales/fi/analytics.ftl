# Analytics: the admin's sales, licensing, usage and download reports.
analytics-title = Analytiikka
analytics-sales = Myynti
analytics-licenses = Lisenssit
analytics-usage = Käyttö
analytics-downloads = Lataukset
analytics-from = Alkaen
analytics-to = Päättyen
analytics-granularity = Ryhmittely
analytics-by-day = Päivä
analytics-by-week = Viikko
analytics-by-month = Kuukausi
analytics-all-products = Kaikki tuotteet
analytics-show = Näytä
analytics-previous = Edellinen jakso:
analytics-chart-table = Kaaviossa näytetyt luvut
analytics-csv = Lataa CSV-tiedostona
analytics-empty = Tällä jaksolla ei ole mitään.
analytics-source = { $rollup ->
    [one] Yksi päivä luettu päivittäisestä koosteesta
   *[other] { $rollup } päivää luettu päivittäisestä koosteesta
}, { $live ->
    [one] yksi päivä laskettu tapahtumista.
   *[other] { $live } päivää laskettu tapahtumista.
}
analytics-chart-desc = Aikaväli { $from } – { $to }. Kaavion alla olevassa taulukossa on kaikki luvut.
analytics-chart-revenue = Nettotulot ja palautukset
analytics-chart-licenses = Voimassa olevat aktivoinnit, uudet aktivoinnit ja myönnetyt lisenssit
analytics-chart-usage = Yhteyttä ottaneet laitteet ja sivustot (vilkkain päivä)
analytics-chart-downloads = Lataukset
analytics-table-products = Tuotteittain
analytics-table-customers = Uudet ja palaavat asiakkaat
analytics-table-gateways = Saldon lisäykset maksupalveluittain
analytics-table-countries = Ostajan maan mukaan
analytics-table-promos = Kampanjakoodit
analytics-table-affiliates = Kumppanit
analytics-table-activation-results = Aktivoinnit tuloksen mukaan
analytics-table-validation-results = Tarkistukset tuloksen mukaan
analytics-table-deactivated-by = Aktivointien poistot poistajan mukaan
analytics-table-top-licenses = Aktiivisimmat lisenssit
analytics-table-releases = Julkaisuittain
analytics-table-channels = Kanavittain
analytics-col-period = Jakso
analytics-col-gross = Brutto
analytics-col-discounts = Alennukset
analytics-col-refunds = Palautukset
analytics-col-net = Netto
analytics-col-orders = Tilaukset
analytics-col-product = Tuote
analytics-col-plan = Paketti
analytics-col-units = Yksiköt
analytics-col-new_customers = Uudet asiakkaat
analytics-col-orders_from_new = Uusien asiakkaiden tilaukset
analytics-col-orders_from_returning = Palaavien asiakkaiden tilaukset
analytics-col-gateway = Maksupalvelu
analytics-col-top_ups = Saldon lisäykset
analytics-col-amount = Summa
analytics-col-country = Maa
analytics-col-code = Koodi
analytics-col-uses = Käyttökerrat
analytics-col-discount = Alennus
analytics-col-affiliate = Kumppani
analytics-col-commissions = Provisiot
analytics-col-earned = Ansaittu
analytics-col-reversed = Peruttu
analytics-col-issued = Myönnetyt lisenssit
analytics-col-activations = Aktivoinnit
analytics-col-deactivations = Aktivointien poistot
analytics-col-live = Voimassa olevat aktivoinnit
analytics-col-count = Määrä
analytics-col-by = Poistaja
analytics-col-validations = Tarkistukset
analytics-col-heartbeats = Elonmerkit
analytics-col-active_devices = Aktiiviset laitteet
analytics-col-active_sites = Aktiiviset sivustot
analytics-col-license = Lisenssi
analytics-col-owner = Omistaja
analytics-col-calls = Kutsut
analytics-col-devices_seen = Havaitut laitteet
analytics-col-downloads = Lataukset
analytics-col-release = Julkaisu
analytics-col-channel = Kanava

# One license's usage (its owner's page and the admin's).
usage-title = Käyttö
usage-back = Takaisin
usage-range = Jakso
usage-last-days = { $days ->
    [one] Viimeinen päivä
   *[other] Viimeiset { $days } päivää
}
usage-chart-devices = Laitteet ja sivustot: aktiiviset ja yhteyttä ottaneet
usage-chart-calls = Tarkistukset ja elonmerkit
usage-live = Aktiiviset
usage-seen = Yhteyttä ottaneet
usage-devices = Laitteet ja sivustot
usage-no-devices = Tällä lisenssillä ei ole nyt aktivoitu mitään.
usage-device = Laite tai sivusto
usage-platform = Alusta
usage-last-seen = Viimeksi nähty
usage-heartbeat = Elonmerkki
usage-no-downloads = Tällä lisenssillä ei ole vielä ladattu mitään.
usage-last-download = Viimeisin lataus
