### Layout shared by every page: language selector, navigation, landing, docs and error pages.

# The language's name for itself, shown in the language selector.
language-name = Беларуская

-brand = RMS License Server

## Layout shared by every page

skip-to-content = Перайсці да змесціва
nav-home = Галоўная
nav-sign-in = Увайсці
nav-api-docs = Дакументацыя API
nav-menu = Меню
notice-dismiss = Закрыць
language-label = Мова
language-apply = Пераключыць
footer-text = { -brand } — ліцэнзаванне і продажы на вашым уласным серверы.
footer-support = Падтрымка

## Landing page

landing-page-title = { -brand }
landing-tagline = Прадавайце сваё праграмнае забеспячэнне, абараняйце яго і атрымлівайце аплату — на ўласным серверы.
landing-intro = { -brand } выпускае крыптаграфічныя ліцэнзійныя ключы, прывязвае іх да прылад або даменаў, правярае іх анлайн і афлайн, прадае праз краму з кашальком і плацежнымі шлюзамі і размаўляе з вашымі кліентамі на іх мове.
landing-feature-keys-title = Ключы, якія немагчыма падрабіць
landing-feature-keys-body = Кожная ліцэнзія падпісана Ed25519. Ваша праграма правярае яе адкрытым ключом — нават без падключэння да сеткі.
landing-feature-store-title = Крама з дакладным улікам грошай
landing-feature-store-body = Цэны вылічваюцца на серверы, кожны плацёж залічваецца роўна адзін раз, і кожны нумар рахунку выкарыстоўваецца роўна адзін раз.
landing-feature-scale-title = Адзін выконваны файл — ад ноўтбука да кластара
landing-feature-scale-body = Пачніце з адной каманды на ўбудаванай базе даных; пашырайцеся да мноства вузлоў на PostgreSQL і Redis, не змяняючы ніводнага радка.
landing-cta-sign-in = Увайсці
landing-cta-store = Перайсці ў краму
landing-cta-docs = Азнаёміцца з API
landing-languages = Даступна на { $count ->
        [one] { $count } мове
        [few] { $count } мовах
        [many] { $count } мовах
       *[other] { $count } мовах
    }.

## API documentation page

docs-page-title = Дакументацыя API
docs-noscript = Для інтэрактыўнага даведніка патрэбны JavaScript. Сам дакумент OpenAPI знаходзіцца па адрасе { $url }.

## Error pages

error-page-back = Вярнуцца на галоўную старонку
error-page-request-id = Ідэнтыфікатар запыту: { $id }
