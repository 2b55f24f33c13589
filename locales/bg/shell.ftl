### Layout shared by every page: language selector, navigation, landing, docs and error pages.

# The language's name for itself, shown in the language selector.
language-name = Български

-brand = RMS License Server

## Layout shared by every page

skip-to-content = Към основното съдържание
nav-home = Начало
nav-sign-in = Вход
nav-api-docs = Документация на API
nav-menu = Меню
notice-dismiss = Затваряне
language-label = Език
language-apply = Смяна
footer-text = { -brand } — лицензиране и фактуриране на ваш собствен сървър.
footer-support = Поддръжка

## Landing page

landing-page-title = { -brand }
landing-tagline = Продавайте софтуера си, защитавайте го и получавайте плащанията си — на собствен сървър.
landing-intro = { -brand } издава криптографски лицензни ключове, обвързва ги с устройства или домейни, проверява ги онлайн и офлайн, продава чрез магазин с портфейл и платежни портали и общува с клиентите ви на техния език.
landing-feature-keys-title = Ключове, които не могат да бъдат фалшифицирани
landing-feature-keys-body = Всеки лиценз е подписан с Ed25519. Вашият софтуер го проверява с публичен ключ дори без връзка с мрежата.
landing-feature-store-title = Магазин с точни сметки
landing-feature-store-body = Цените се изчисляват на сървъра, всяко плащане се заверява точно веднъж и всеки номер на фактура се използва точно веднъж.
landing-feature-scale-title = Един изпълним файл — от лаптопа до клъстера
landing-feature-scale-body = Започнете с една команда върху вградена база данни; разраснете се до много възли с PostgreSQL и Redis, без да променяте нито ред.
landing-cta-sign-in = Вход
landing-cta-store = Разгледайте магазина
landing-cta-docs = Запознайте се с API
landing-languages = Достъпно на { $count ->
        [one] { $count } език
       *[other] { $count } езика
    }.

## API documentation page

docs-page-title = Документация на API
docs-noscript = Интерактивният справочник изисква JavaScript. Самият документ OpenAPI се намира на адрес { $url }.

## Error pages

error-page-back = Към началната страница
error-page-request-id = Идентификатор на заявката: { $id }
