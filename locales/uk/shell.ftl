### Layout shared by every page: language selector, navigation, landing, docs and error pages.

# The language's name for itself, shown in the language selector.
language-name = Українська

-brand = RMS License Server

## Layout shared by every page

skip-to-content = Перейти до вмісту
nav-home = Головна
nav-sign-in = Увійти
nav-api-docs = Документація API
nav-menu = Меню
notice-dismiss = Закрити
language-label = Мова
language-apply = Перемкнути
footer-text = { -brand } — ліцензування та продажі на вашому власному сервері.
footer-support = Підтримка

## Landing page

landing-page-title = { -brand }
landing-tagline = Продавайте своє програмне забезпечення, захищайте його й отримуйте оплату — на власному сервері.
landing-intro = { -brand } випускає криптографічні ліцензійні ключі, прив’язує їх до пристроїв або доменів, перевіряє їх онлайн і офлайн, продає через магазин із гаманцем і платіжними шлюзами та спілкується з вашими клієнтами їхньою мовою.
landing-feature-keys-title = Ключі, які неможливо підробити
landing-feature-keys-body = Кожну ліцензію підписано Ed25519. Ваша програма перевіряє її відкритим ключем — навіть без підключення до мережі.
landing-feature-store-title = Магазин із точним обліком грошей
landing-feature-store-body = Ціни обчислюються на сервері, кожен платіж зараховується рівно один раз, і кожен номер рахунку використовується рівно один раз.
landing-feature-scale-title = Один виконуваний файл — від ноутбука до кластера
landing-feature-scale-body = Почніть з однієї команди на вбудованій базі даних; розширюйтеся до багатьох вузлів на PostgreSQL і Redis, не змінюючи жодного рядка.
landing-cta-sign-in = Увійти
landing-cta-store = Перейти до магазину
landing-cta-docs = Ознайомитися з API
landing-languages = Доступно { $count ->
        [one] { $count } мовою
        [few] { $count } мовами
        [many] { $count } мовами
       *[other] { $count } мовами
    }.

## API documentation page

docs-page-title = Документація API
docs-noscript = Для інтерактивного довідника потрібен JavaScript. Сам документ OpenAPI розміщено за адресою { $url }.

## Error pages

error-page-back = Повернутися на головну сторінку
error-page-request-id = Ідентифікатор запиту: { $id }
