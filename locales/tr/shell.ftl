### Layout shared by every page: language selector, navigation, landing, docs and error pages.

# The language's name for itself, shown in the language selector.
language-name = Türkçe

-brand = RMS License Server

## Layout shared by every page

skip-to-content = İçeriğe geç
nav-home = Ana sayfa
nav-sign-in = Giriş yap
nav-api-docs = API belgeleri
nav-menu = Menü
notice-dismiss = Kapat
language-label = Dil
language-apply = Değiştir
footer-text = { -brand } — kendi sunucunuzda barındırdığınız lisanslama ve faturalama.
footer-support = Destek

## Landing page

landing-page-title = { -brand }
landing-tagline = Yazılımınızı satın, koruyun ve ödemenizi alın — kendi sunucunuzda.
landing-intro = { -brand } kriptografik lisans anahtarları oluşturur, bunları cihazlara veya alan adlarına bağlar, çevrimiçi ve çevrimdışı doğrular, cüzdanı ve ödeme geçitleri olan bir mağaza üzerinden satış yapar ve müşterilerinizle kendi dillerinde iletişim kurar.
landing-feature-keys-title = Taklit edilemeyen anahtarlar
landing-feature-keys-body = Her lisans Ed25519 ile imzalanır. Yazılımınız lisansı, ağ bağlantısı olmadan bile bir açık anahtarla doğrular.
landing-feature-store-title = Kuruşu kuruşuna doğru hesap yapan bir mağaza
landing-feature-store-body = Fiyatlar sunucuda hesaplanır, her ödeme cüzdana tam olarak bir kez eklenir ve her fatura numarası yalnızca bir kez kullanılır.
landing-feature-scale-title = Dizüstü bilgisayardan kümeye tek bir çalıştırılabilir dosya
landing-feature-scale-body = Gömülü bir veritabanı üzerinde tek bir komutla başlayın; tek satır değiştirmeden PostgreSQL ve Redis ile çok sayıda düğüme büyüyün.
landing-cta-sign-in = Giriş yap
landing-cta-store = Mağazaya göz at
landing-cta-docs = API'yi keşfet
landing-languages = { $count ->
        [one] { $count } dilde
       *[other] { $count } dilde
    } kullanılabilir.

## API documentation page

docs-page-title = API belgeleri
docs-noscript = Etkileşimli başvuru belgesi JavaScript gerektirir. OpenAPI belgesinin kendisine { $url } adresinden ulaşabilirsiniz.

## Error pages

error-page-back = Ana sayfaya dön
error-page-request-id = İstek kimliği: { $id }
