### Layout shared by every page: language selector, navigation, landing, docs and error pages.

# The language's name for itself, shown in the language selector.
language-name = Српски

-brand = RMS License Server

## Layout shared by every page

skip-to-content = Пређи на садржај
nav-home = Почетна
nav-sign-in = Пријава
nav-api-docs = API документација
nav-menu = Мени
notice-dismiss = Затвори
language-label = Језик
language-apply = Промени
footer-text = { -brand } — лиценцирање и наплата на вашем сопственом серверу.
footer-support = Подршка

## Landing page

landing-page-title = { -brand }
landing-tagline = Продајте свој софтвер, заштитите га и наплатите — на сопственом серверу.
landing-intro = { -brand } издаје криптографске лиценцне кључеве, везује их за уређаје или домене, проверава их онлајн и офлајн, продаје преко продавнице са новчаником и сервисима за плаћање и обраћа се вашим купцима на њиховом језику.
landing-feature-keys-title = Кључеви које је немогуће фалсификовати
landing-feature-keys-body = Свака лиценца је потписана алгоритмом Ed25519. Ваш софтвер је проверава јавним кључем, чак и без мрежне везе.
landing-feature-store-title = Продавница која тачно рачуна новац
landing-feature-store-body = Цене се израчунавају на серверу, свака уплата се књижи тачно једном и сваки број фактуре користи се тачно једном.
landing-feature-scale-title = Једна извршна датотека, од лаптопа до кластера
landing-feature-scale-body = Почните једном командом на уграђеној бази података; пређите на више чворова са PostgreSQL-ом и Redis-ом без измене иједног реда кода.
landing-cta-sign-in = Пријави се
landing-cta-store = Погледај продавницу
landing-cta-docs = Истражи API
landing-languages = Доступно на { $count ->
        [one] { $count } језику
        [few] { $count } језика
       *[other] { $count } језика
    }.

## API documentation page

docs-page-title = API документација
docs-noscript = За интерактивну референцу потребан је JavaScript. Сам OpenAPI документ налази се на адреси { $url }.

## Error pages

error-page-back = Назад на почетну страницу
error-page-request-id = Идентификатор захтева: { $id }
