# Analytics: the admin's sales, licensing, usage and download reports.
analytics-title = Analitika
analytics-sales = Satışlar
analytics-licenses = Lisenziyalar
analytics-usage = İstifadə
analytics-downloads = Endirmələr
analytics-from = Başlanğıc
analytics-to = Son
analytics-granularity = Qruplaşdırma
analytics-by-day = Gün
analytics-by-week = Həftə
analytics-by-month = Ay
analytics-all-products = Bütün məhsullar
analytics-show = Göstər
analytics-previous = Əvvəlki dövr:
analytics-chart-table = Qrafikdə göstərilən rəqəmlər
analytics-csv = CSV kimi endir
analytics-empty = Bu dövrdə heç nə yoxdur.
analytics-source = { $rollup ->
    [one] Bir gün gündəlik xülasədən oxunub
   *[other] { $rollup } gün gündəlik xülasədən oxunub
}, { $live ->
    [one] bir gün hadisələrdən hesablanıb.
   *[other] { $live } gün hadisələrdən hesablanıb.
}
analytics-chart-desc = { $from } tarixindən { $to } tarixinədək. Qrafikin altındakı cədvəldə bütün rəqəmlər var.
analytics-chart-revenue = Xalis gəlir və geri qaytarmalar
analytics-chart-licenses = Cari aktivləşdirmələr, yeni aktivləşdirmələr və verilmiş lisenziyalar
analytics-chart-usage = Serverə müraciət edən cihazlar və saytlar (ən sıx gün)
analytics-chart-downloads = Endirmələr
analytics-table-products = Məhsullar üzrə
analytics-table-customers = Yeni və təkrar müştərilər
analytics-table-gateways = Ödəniş şlüzləri üzrə balans artırmaları
analytics-table-countries = Alıcının ölkəsi üzrə
analytics-table-promos = Promokodlar
analytics-table-affiliates = Partnyorlar
analytics-table-activation-results = Nəticəyə görə aktivləşdirmələr
analytics-table-validation-results = Nəticəyə görə yoxlamalar
analytics-table-deactivated-by = Deaktivləşdirmələr: kim tərəfindən
analytics-table-top-licenses = Ən aktiv lisenziyalar
analytics-table-releases = Buraxılışlar üzrə
analytics-table-channels = Kanallar üzrə
analytics-col-period = Dövr
analytics-col-gross = Ümumi
analytics-col-discounts = Endirimlər
analytics-col-refunds = Geri qaytarmalar
analytics-col-net = Xalis
analytics-col-orders = Sifarişlər
analytics-col-product = Məhsul
analytics-col-plan = Plan
analytics-col-units = Ədəd
analytics-col-new_customers = Yeni müştərilər
analytics-col-orders_from_new = Yeni müştərilərin sifarişləri
analytics-col-orders_from_returning = Təkrar müştərilərin sifarişləri
analytics-col-gateway = Şlüz
analytics-col-top_ups = Balans artırmaları
analytics-col-amount = Məbləğ
analytics-col-country = Ölkə
analytics-col-code = Kod
analytics-col-uses = İstifadə sayı
analytics-col-discount = Endirim
analytics-col-affiliate = Partnyor
analytics-col-commissions = Komissiyalar
analytics-col-earned = Qazanılıb
analytics-col-reversed = Geri alınıb
analytics-col-issued = Verilmiş lisenziyalar
analytics-col-activations = Aktivləşdirmələr
analytics-col-deactivations = Deaktivləşdirmələr
analytics-col-live = Cari aktivləşdirmələr
analytics-col-count = Say
analytics-col-by = Kim bitirib
analytics-col-validations = Yoxlamalar
analytics-col-heartbeats = Nəbz siqnalları
analytics-col-active_devices = Aktiv cihazlar
analytics-col-active_sites = Aktiv saytlar
analytics-col-license = Lisenziya
analytics-col-owner = Sahib
analytics-col-calls = Sorğular
analytics-col-devices_seen = Qeydə alınmış cihazlar
analytics-col-downloads = Endirmələr
analytics-col-release = Buraxılış
analytics-col-channel = Kanal

# One license's usage (its owner's page and the admin's).
usage-title = İstifadə
usage-back = Geri
usage-range = Dövr
usage-last-days = { $days ->
    [one] Son gün
   *[other] Son { $days } gün
}
usage-chart-devices = Cihazlar və saytlar: aktiv olanlar və serverə müraciət edənlər
usage-chart-calls = Yoxlamalar və nəbz siqnalları
usage-live = Aktiv
usage-seen = Müraciət edib
usage-devices = Cihazlar və saytlar
usage-no-devices = Hazırda bu lisenziya ilə heç nə aktivləşdirilməyib.
usage-device = Cihaz və ya sayt
usage-platform = Platforma
usage-last-seen = Son görülmə
usage-heartbeat = Nəbz siqnalı
usage-no-downloads = Bu lisenziya ilə hələ heç nə endirilməyib.
usage-last-download = Son endirmə
