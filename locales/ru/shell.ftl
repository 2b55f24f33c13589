### Layout shared by every page: language selector, navigation, landing, docs and error pages.

# The language's name for itself, shown in the language selector.
language-name = Русский

-brand = RMS License Server

## Layout shared by every page

skip-to-content = Перейти к содержимому
nav-home = Главная
nav-sign-in = Войти
nav-api-docs = Документация API
nav-menu = Меню
notice-dismiss = Закрыть
language-label = Язык
language-apply = Переключить
footer-text = { -brand } — лицензирование и продажи на вашем собственном сервере.
footer-support = Поддержка

## Landing page

landing-page-title = { -brand }
landing-tagline = Продавайте свои программы, защищайте их и получайте оплату — на собственном сервере.
landing-intro = { -brand } выпускает криптографические лицензионные ключи, привязывает их к устройствам или доменам, проверяет их онлайн и офлайн, продаёт через магазин с внутренним кошельком и платёжными шлюзами и общается с вашими клиентами на их языке.
landing-feature-keys-title = Ключи, которые нельзя подделать
landing-feature-keys-body = Каждая лицензия подписана Ed25519. Ваша программа проверяет её открытым ключом — даже без подключения к сети.
landing-feature-store-title = Магазин с точным учётом денег
landing-feature-store-body = Цены рассчитываются только на сервере, каждый платёж зачисляется ровно один раз, и каждый номер счёта используется ровно один раз.
landing-feature-scale-title = Один исполняемый файл — от ноутбука до кластера
landing-feature-scale-body = Начните одной командой на встроенной базе данных; переходите на множество узлов с PostgreSQL и Redis, не меняя ни строчки.
landing-cta-sign-in = Войти
landing-cta-store = Перейти в магазин
landing-cta-docs = Изучить API
landing-languages = Доступно на { $count ->
        [one] { $count } языке
       *[other] { $count } языках
    }.

## API documentation page

docs-page-title = Документация API
docs-noscript = Для интерактивного справочника нужен JavaScript. Сам документ OpenAPI доступен по адресу { $url }.

## Error pages

error-page-back = Вернуться на главную
error-page-request-id = Идентификатор запроса: { $id }
