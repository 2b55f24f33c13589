# Analytics: the admin's sales, licensing, usage and download reports.
analytics-title = Analitika
analytics-sales = Sotuvlar
analytics-licenses = Litsenziyalar
analytics-usage = Foydalanish
analytics-downloads = Yuklab olishlar
analytics-from = Qachondan
analytics-to = Qachongacha
analytics-granularity = Guruhlash
analytics-by-day = Kun
analytics-by-week = Hafta
analytics-by-month = Oy
analytics-all-products = Barcha mahsulotlar
analytics-show = Koʻrsatish
analytics-previous = Oldingi davr:
analytics-chart-table = Grafikdagi koʻrsatkichlar
analytics-csv = CSV sifatida yuklab olish
analytics-empty = Bu davrda hech narsa yoʻq.
analytics-source = { $rollup ->
    [one] Bir kun kunlik jamlanmadan olindi
   *[other] { $rollup } kun kunlik jamlanmadan olindi
}, { $live ->
    [one] bir kun hodisalardan hisoblandi.
   *[other] { $live } kun hodisalardan hisoblandi.
}
analytics-chart-desc = Davr: { $from } — { $to }. Grafik ostidagi jadvalda barcha koʻrsatkichlar keltirilgan.
analytics-chart-revenue = Sof tushum va qaytarishlar
analytics-chart-licenses = Amaldagi faollashtirishlar, yangi faollashtirishlar va berilgan litsenziyalar
analytics-chart-usage = Aloqaga chiqqan qurilmalar va saytlar (eng faol kun)
analytics-chart-downloads = Yuklab olishlar
analytics-table-products = Mahsulotlar boʻyicha
analytics-table-customers = Yangi va qaytgan mijozlar
analytics-table-gateways = Shlyuzlar boʻyicha hamyon toʻldirishlar
analytics-table-countries = Xaridor mamlakati boʻyicha
analytics-table-promos = Promokodlar
analytics-table-affiliates = Hamkorlar
analytics-table-activation-results = Natija boʻyicha faollashtirishlar
analytics-table-validation-results = Natija boʻyicha tekshiruvlar
analytics-table-deactivated-by = Kim yakunlagani boʻyicha faolsizlantirishlar
analytics-table-top-licenses = Eng faol litsenziyalar
analytics-table-releases = Relizlar boʻyicha
analytics-table-channels = Kanallar boʻyicha
analytics-col-period = Davr
analytics-col-gross = Yalpi
analytics-col-discounts = Chegirmalar
analytics-col-refunds = Qaytarishlar
analytics-col-net = Sof
analytics-col-orders = Buyurtmalar
analytics-col-product = Mahsulot
analytics-col-plan = Tarif
analytics-col-units = Birliklar
analytics-col-new_customers = Yangi mijozlar
analytics-col-orders_from_new = Yangi mijozlar buyurtmalari
analytics-col-orders_from_returning = Qaytgan mijozlar buyurtmalari
analytics-col-gateway = Shlyuz
analytics-col-top_ups = Toʻldirishlar
analytics-col-amount = Summa
analytics-col-country = Mamlakat
analytics-col-code = Kod
analytics-col-uses = Foydalanishlar
analytics-col-discount = Chegirma
analytics-col-affiliate = Hamkor
analytics-col-commissions = Komissiyalar
analytics-col-earned = Ishlab topilgan
analytics-col-reversed = Qaytarib olingan
analytics-col-issued = Berilgan litsenziyalar
analytics-col-activations = Faollashtirishlar
analytics-col-deactivations = Faolsizlantirishlar
analytics-col-live = Amaldagi faollashtirishlar
analytics-col-count = Soni
analytics-col-by = Kim yakunlagan
analytics-col-validations = Tekshiruvlar
analytics-col-heartbeats = Faollik signallari
analytics-col-active_devices = Faol qurilmalar
analytics-col-active_sites = Faol saytlar
analytics-col-license = Litsenziya
analytics-col-owner = Egasi
analytics-col-calls = Chaqiruvlar
analytics-col-devices_seen = Aniqlangan qurilmalar
analytics-col-downloads = Yuklab olishlar
analytics-col-release = Reliz
analytics-col-channel = Kanal

# One license's usage (its owner's page and the admin's).
usage-title = Foydalanish
usage-back = Orqaga
usage-range = Davr
usage-last-days = { $days ->
    [one] Oxirgi kun
   *[other] Oxirgi { $days } kun
}
usage-chart-devices = Qurilmalar va saytlar: amaldagilar va aloqaga chiqqanlar
usage-chart-calls = Tekshiruvlar va faollik signallari
usage-live = Amalda
usage-seen = Aloqaga chiqqan
usage-devices = Qurilmalar va saytlar
usage-no-devices = Hozir bu litsenziya bilan hech narsa faollashtirilmagan.
usage-device = Qurilma yoki sayt
usage-platform = Platforma
usage-last-seen = Oxirgi faollik
usage-heartbeat = Faollik signali
usage-no-downloads = Bu litsenziya bilan hali hech narsa yuklab olinmagan.
usage-last-download = Oxirgi yuklab olish
