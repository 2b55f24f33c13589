# The language's name for itself, shown in the language selector.
language-name = Русский

-brand = RMS License Server

## Layout shared by every page

skip-to-content = Перейти к содержимому
nav-home = Главная
nav-sign-in = Войти
nav-api-docs = Документация API
language-label = Язык
language-apply = Переключить
footer-text = { -brand } — лицензирование и продажи на вашем собственном сервере.

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

## Email verification page

verify-email-page-title = Подтверждение адреса электронной почты
verify-email-intro = Нажмите кнопку, чтобы подтвердить, что этот адрес электронной почты принадлежит вам.
verify-email-confirm = Подтвердить мой адрес
verify-email-done = Спасибо: ваш адрес электронной почты подтверждён.

## Password reset page

reset-page-title = Придумайте новый пароль
reset-new-password = Новый пароль
reset-password-hint = От 12 до 128 символов. Не из числа самых распространённых паролей и не ваш адрес электронной почты.
reset-submit = Установить новый пароль
reset-done = Пароль изменён, все сеансы завершены. Войдите с новым паролем.

## First-run setup page

setup-page-title = Создание первого администратора
setup-intro = На этом сервере ещё нет администратора. Учётная запись, созданная здесь, сможет управлять всем; эта ссылка работает один раз.
setup-email = Адрес электронной почты
setup-name = Имя
setup-password = Пароль
setup-submit = Создать администратора
setup-done = Учётная запись администратора готова. Войдите с ней.
