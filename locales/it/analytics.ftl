# Analytics: the admin's sales, licensing, usage and download reports.
analytics-title = Analisi
analytics-sales = Vendite
analytics-licenses = Licenze
analytics-usage = Utilizzo
analytics-downloads = Download
analytics-from = Dal
analytics-to = Al
analytics-granularity = Raggruppa per
analytics-by-day = Giorno
analytics-by-week = Settimana
analytics-by-month = Mese
analytics-all-products = Tutti i prodotti
analytics-show = Mostra
analytics-previous = Periodo precedente:
analytics-chart-table = Dati mostrati nel grafico
analytics-csv = Scarica in formato CSV
analytics-empty = Nessun dato in questo periodo.
analytics-source = { $rollup ->
    [one] Un giorno letto dall'aggregato giornaliero
   *[other] { $rollup } giorni letti dall'aggregato giornaliero
}, { $live ->
    [one] un giorno calcolato dagli eventi.
   *[other] { $live } giorni calcolati dagli eventi.
}
analytics-chart-desc = Dal { $from } al { $to }. La tabella sotto il grafico contiene tutti i dati.
analytics-chart-revenue = Ricavi netti e rimborsi
analytics-chart-licenses = Attivazioni in corso, nuove attivazioni e licenze emesse
analytics-chart-usage = Dispositivi e siti che si sono collegati (giorno di punta)
analytics-chart-downloads = Download
analytics-table-products = Per prodotto
analytics-table-customers = Clienti nuovi e abituali
analytics-table-gateways = Ricariche del portafoglio per gateway
analytics-table-countries = Per Paese dell'acquirente
analytics-table-promos = Codici promozionali
analytics-table-affiliates = Affiliati
analytics-table-activation-results = Attivazioni per esito
analytics-table-validation-results = Convalide per esito
analytics-table-deactivated-by = Disattivazioni per autore
analytics-table-top-licenses = Licenze più utilizzate
analytics-table-releases = Per versione
analytics-table-channels = Per canale
analytics-col-period = Periodo
analytics-col-gross = Lordo
analytics-col-discounts = Sconti
analytics-col-refunds = Rimborsi
analytics-col-net = Netto
analytics-col-orders = Ordini
analytics-col-product = Prodotto
analytics-col-plan = Piano
analytics-col-units = Unità
analytics-col-new_customers = Nuovi clienti
analytics-col-orders_from_new = Ordini di nuovi clienti
analytics-col-orders_from_returning = Ordini di clienti abituali
analytics-col-gateway = Gateway
analytics-col-top_ups = Ricariche
analytics-col-amount = Importo
analytics-col-country = Paese
analytics-col-code = Codice
analytics-col-uses = Utilizzi
analytics-col-discount = Sconto
analytics-col-affiliate = Affiliato
analytics-col-commissions = Commissioni
analytics-col-earned = Maturate
analytics-col-reversed = Stornate
analytics-col-issued = Licenze emesse
analytics-col-activations = Attivazioni
analytics-col-deactivations = Disattivazioni
analytics-col-live = Attivazioni in corso
analytics-col-count = Numero
analytics-col-by = Terminata da
analytics-col-validations = Convalide
analytics-col-heartbeats = Segnali di attività
analytics-col-active_devices = Dispositivi attivi
analytics-col-active_sites = Siti attivi
analytics-col-license = Licenza
analytics-col-owner = Titolare
analytics-col-calls = Chiamate
analytics-col-devices_seen = Dispositivi rilevati
analytics-col-downloads = Download
analytics-col-release = Versione
analytics-col-channel = Canale

# One license's usage (its owner's page and the admin's).
usage-title = Utilizzo
usage-back = Indietro
usage-range = Periodo
usage-last-days = { $days ->
    [one] Ultimo giorno
   *[other] Ultimi { $days } giorni
}
usage-chart-devices = Dispositivi e siti: attivi e collegati
usage-chart-calls = Convalide e segnali di attività
usage-live = Attivi
usage-seen = Collegati
usage-devices = Dispositivi e siti
usage-no-devices = Al momento nulla è attivato con questa licenza.
usage-device = Dispositivo o sito
usage-platform = Piattaforma
usage-last-seen = Ultimo contatto
usage-heartbeat = Segnale di attività
usage-no-downloads = Con questa licenza non è stato ancora scaricato nulla.
usage-last-download = Ultimo download
