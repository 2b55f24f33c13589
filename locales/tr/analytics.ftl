# Analytics: the admin's sales, licensing, usage and download reports.
analytics-title = Analiz
analytics-sales = Satışlar
analytics-licenses = Lisanslar
analytics-usage = Kullanım
analytics-downloads = İndirmeler
analytics-from = Başlangıç
analytics-to = Bitiş
analytics-granularity = Gruplama
analytics-by-day = Gün
analytics-by-week = Hafta
analytics-by-month = Ay
analytics-all-products = Tüm ürünler
analytics-show = Göster
analytics-previous = Önceki dönem:
analytics-chart-table = Grafikte gösterilen değerler
analytics-csv = CSV olarak indir
analytics-empty = Bu dönemde veri yok.
analytics-source = { $rollup ->
    [one] Bir gün günlük özetten okundu
   *[other] { $rollup } gün günlük özetten okundu
}, { $live ->
    [one] bir gün olaylardan hesaplandı.
   *[other] { $live } gün olaylardan hesaplandı.
}
analytics-chart-desc = { $from } ile { $to } arası. Grafiğin altındaki tabloda tüm değerler yer alır.
analytics-chart-revenue = Net gelir ve iadeler
analytics-chart-licenses = Canlı etkinleştirmeler, yeni etkinleştirmeler ve verilen lisanslar
analytics-chart-usage = Sunucuya bağlanan cihazlar ve siteler (en yoğun gün)
analytics-chart-downloads = İndirmeler
analytics-table-products = Ürüne göre
analytics-table-customers = Yeni ve geri dönen müşteriler
analytics-table-gateways = Ödeme geçidine göre cüzdan yüklemeleri
analytics-table-countries = Alıcının ülkesine göre
analytics-table-promos = Promosyon kodları
analytics-table-affiliates = Satış ortakları
analytics-table-activation-results = Sonuca göre etkinleştirmeler
analytics-table-validation-results = Sonuca göre doğrulamalar
analytics-table-deactivated-by = Sonlandıran tarafa göre devre dışı bırakmalar
analytics-table-top-licenses = En yoğun lisanslar
analytics-table-releases = Sürüme göre
analytics-table-channels = Kanala göre
analytics-col-period = Dönem
analytics-col-gross = Brüt
analytics-col-discounts = İndirimler
analytics-col-refunds = İadeler
analytics-col-net = Net
analytics-col-orders = Siparişler
analytics-col-product = Ürün
analytics-col-plan = Plan
analytics-col-units = Adet
analytics-col-new_customers = Yeni müşteriler
analytics-col-orders_from_new = Yeni müşterilerin siparişleri
analytics-col-orders_from_returning = Geri dönen müşterilerin siparişleri
analytics-col-gateway = Ödeme geçidi
analytics-col-top_ups = Bakiye yüklemeleri
analytics-col-amount = Tutar
analytics-col-country = Ülke
analytics-col-code = Kod
analytics-col-uses = Kullanım
analytics-col-discount = İndirim
analytics-col-affiliate = Satış ortağı
analytics-col-commissions = Komisyonlar
analytics-col-earned = Kazanılan
analytics-col-reversed = Geri alınan
analytics-col-issued = Verilen lisanslar
analytics-col-activations = Etkinleştirmeler
analytics-col-deactivations = Devre dışı bırakmalar
analytics-col-live = Canlı etkinleştirmeler
analytics-col-count = Sayı
analytics-col-by = Sonlandıran
analytics-col-validations = Doğrulamalar
analytics-col-heartbeats = Canlılık sinyalleri
analytics-col-active_devices = Etkin cihazlar
analytics-col-active_sites = Etkin siteler
analytics-col-license = Lisans
analytics-col-owner = Sahip
analytics-col-calls = Çağrılar
analytics-col-devices_seen = Görülen cihazlar
analytics-col-downloads = İndirmeler
analytics-col-release = Sürüm
analytics-col-channel = Kanal

# One license's usage (its owner's page and the admin's).
usage-title = Kullanım
usage-back = Geri
usage-range = Dönem
usage-last-days = { $days ->
    [one] Son gün
   *[other] Son { $days } gün
}
usage-chart-devices = Cihazlar ve siteler: canlı ve sunucuya bağlanan
usage-chart-calls = Doğrulamalar ve canlılık sinyalleri
usage-live = Canlı
usage-seen = Sunucuya bağlandı
usage-devices = Cihazlar ve siteler
usage-no-devices = Şu anda bu lisansla etkinleştirilmiş hiçbir şey yok.
usage-device = Cihaz veya site
usage-platform = Platform
usage-last-seen = Son görülme
usage-heartbeat = Canlılık sinyali
usage-no-downloads = Bu lisansla henüz hiçbir şey indirilmedi.
usage-last-download = Son indirme
