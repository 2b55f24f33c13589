### Layout shared by every page: language selector, navigation, landing, docs and error pages.

# The language's name for itself, shown in the language selector.
language-name = Azərbaycanca

-brand = RMS License Server

## Layout shared by every page

skip-to-content = Məzmuna keç
nav-home = Ana səhifə
nav-sign-in = Daxil ol
nav-api-docs = API sənədləri
nav-menu = Menyu
notice-dismiss = Bağla
language-label = Dil
language-apply = Dəyiş
footer-text = { -brand } — öz serverinizdə işləyən lisenziyalaşdırma və hesablaşma sistemi.
footer-support = Dəstək

## Landing page

landing-page-title = { -brand }
landing-tagline = Proqram təminatınızı satın, qoruyun və ödənişlərinizi alın — öz serverinizdə.
landing-intro = { -brand } kriptoqrafik lisenziya açarları yaradır, onları cihazlara və ya domenlərə bağlayır, onlayn və oflayn yoxlayır, pul kisəsi və ödəniş şlüzləri olan mağaza vasitəsilə satış aparır və müştərilərinizlə onların öz dilində danışır.
landing-feature-keys-title = Saxtalaşdırıla bilməyən açarlar
landing-feature-keys-body = Hər lisenziya Ed25519 ilə imzalanır. Proqramınız onu açıq açarla, hətta şəbəkə bağlantısı olmadan da yoxlayır.
landing-feature-store-title = Pulu dəqiq hesablayan mağaza
landing-feature-store-body = Qiymətlər serverdə hesablanır, hər ödəniş pul kisəsinə düz bir dəfə köçürülür və hər hesab-faktura nömrəsi düz bir dəfə istifadə olunur.
landing-feature-scale-title = Bir icra faylı — noutbukdan klasterə qədər
landing-feature-scale-body = Daxili verilənlər bazası ilə bir əmrlə başlayın; bir sətir belə dəyişmədən PostgreSQL və Redis üzərində çoxsaylı qovşaqlara qədər genişlənin.
landing-cta-sign-in = Daxil ol
landing-cta-store = Mağazaya bax
landing-cta-docs = API ilə tanış ol
landing-languages = { $count ->
        [one] { $count } dildə
       *[other] { $count } dildə
    } mövcuddur.

## API documentation page

docs-page-title = API sənədləri
docs-noscript = İnteraktiv arayış üçün JavaScript lazımdır. OpenAPI sənədinin özü bu ünvandadır: { $url }.

## Error pages

error-page-back = Ana səhifəyə qayıt
error-page-request-id = Sorğu identifikatoru: { $id }
