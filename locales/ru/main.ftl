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

## Signing in and up, account settings

nav-sign-up = Регистрация
nav-sign-out = Выйти
field-email = Адрес электронной почты
field-password = Пароль
field-name = Имя
sign-in-title = Вход
sign-in-submit = Войти
sign-in-code = Одноразовый код
sign-in-code-hint = Шестизначный код из приложения-аутентификатора или один из резервных кодов.
sign-in-forgot = Забыли пароль?
sign-in-no-account = Создать учётную запись
sign-up-title = Создание учётной записи
sign-up-submit = Создать учётную запись
sign-up-done = Спасибо. Мы отправили ссылку для подтверждения на указанный адрес; откройте её, чтобы подтвердить почту. Затем войдите.
forgot-title = Забыли пароль?
forgot-submit = Прислать ссылку для сброса
forgot-done = Если этот адрес используется учётной записью, ссылка для выбора нового пароля уже в пути. Она действует 30 минут.
account-title = Ваша учётная запись
account-profile = Профиль
account-email-verified = подтверждён
account-email-unverified = ещё не подтверждён
account-timezone = Часовой пояс
account-save = Сохранить
account-saved = Изменения сохранены.
account-password = Пароль
account-current-password = Текущий пароль
account-change-password = Сменить пароль
account-password-changed = Пароль изменён. Все остальные сеансы завершены.
account-security = Безопасность
account-2fa-on = Двухфакторный вход включён.
account-2fa-off = Двухфакторный вход выключен.
account-sessions-hint = Завершает все сеансы этой учётной записи на всех устройствах, включая это.
account-sign-out-everywhere = Выйти на всех устройствах

## Two-factor sign-in and API key pages

account-2fa-manage = Настроить
tfa-title = Двухфакторный вход
tfa-intro = При двухфакторном входе, кроме пароля, нужен код из приложения-аутентификатора на телефоне, так что одного украденного пароля недостаточно.
tfa-start = Настроить
tfa-scan = Отсканируйте этот код приложением-аутентификатором и введите шестизначный код, который оно покажет.
tfa-qr-alt = QR-код для приложения-аутентификатора
tfa-secret = Или введите этот ключ:
tfa-confirm = Включить двухфакторный вход
tfa-enabled = Двухфакторный вход включён. Все сеансы завершены; войдите снова с кодом.
tfa-codes-intro = Сохраните эти резервные коды в надёжном месте. Каждый действует один раз, если вы потеряете телефон. Они показываются только сейчас.
tfa-disable = Выключить двухфакторный вход
keys-title = API-ключи
keys-new = Новый ключ
keys-scopes = Права
keys-scope-read = Чтение ваших данных
keys-scope-licenses = Управление лицензиями
keys-scope-releases = Публикация релизов
keys-expires = Срок действия (дней, необязательно)
keys-create = Создать ключ
keys-created = Ваш новый ключ ниже. Скопируйте его сейчас: он показывается только один раз.
keys-yours = Ваши ключи
keys-none = У вас пока нет API-ключей.
keys-prefix = Начинается с
keys-revoke = Отозвать
keys-revoked = отозван

## Admin panel

admin-users-title = Пользователи
admin-search = Поиск по адресу почты или имени
admin-search-submit = Найти
admin-users-count = { $count ->
        [one] { $count } пользователь
        [few] { $count } пользователя
       *[other] { $count } пользователей
    }
admin-role = Роль
admin-state = Состояние
admin-locked = заблокирован
admin-active = активен
admin-previous = Назад
admin-next = Далее
admin-actions = Действия
admin-lock = Заблокировать учётную запись
admin-unlock = Разблокировать учётную запись
admin-force-logout = Завершить все сеансы
admin-reset-2fa = Сбросить двухфакторный вход
admin-verify-email = Отметить почту как подтверждённую
admin-audit-title = Журнал аудита
admin-audit-action = Действие
admin-audit-csv = Выгрузить в CSV
admin-audit-when = Когда
admin-audit-actor = Кем
admin-audit-target = Объект

nav-admin = Администрирование

# Мои лицензии
nav-licenses = Мои лицензии
licenses-title = Мои лицензии
licenses-none = У вас пока нет лицензий.
licenses-key = Лицензионный ключ
licenses-copy = Копировать
licenses-copied = Скопировано
licenses-status = Статус
licenses-status-active = Активна
licenses-status-suspended = Приостановлена
licenses-status-expired = Истекла
licenses-status-revoked = Отозвана
licenses-expires = Действует до
licenses-perpetual = Бессрочно
licenses-seats = Места
licenses-seats-used = Занято { $used } из { $total }
licenses-moves-label = Смена устройств
licenses-moves = Осталось { $remaining } из { $max }
licenses-moves-wait = Осталось { $remaining } из { $max }; следующая — с { $at }
licenses-no-devices = Лицензия ещё не активирована ни на одном устройстве или сайте.
licenses-device = Устройство или сайт
licenses-platform = Платформа
licenses-last-seen = Последняя активность
licenses-heartbeat = Heartbeat
licenses-heartbeat-not-started = Не начат
licenses-heartbeat-alive = Работает
licenses-heartbeat-dead = Остановлен
licenses-heartbeat-clone = Приостановлено: похоже на копию машины
licenses-unnamed = Без имени
licenses-download = Файл лицензии
licenses-deactivate = Деактивировать
licenses-deactivated = Устройство деактивировано, его место свободно.

# Администрирование: лицензирование
admin-products-title = Продукты
admin-licenses-title = Лицензии
admin-public-keys = Открытые ключи
admin-kind = Тип
admin-kind-software = Программа (привязка к устройствам)
admin-kind-site = Сайт (привязка к доменам)
admin-slug = Короткое имя (в адресах и API)
admin-plan = Тариф
admin-duration-days = Срок (дней; пусто — бессрочно)
admin-heartbeat-secs = Интервал heartbeat (секунд; 0 — выкл.)
admin-max-moves = Смен устройств за 30 дней (пусто — без ограничений)
admin-new-plan = Добавить тариф
admin-staging = Тестовые сайты
admin-staging-patterns = Хосты, которые не занимают место, по одному на строку: staging.shop.com, *.preview.shop.com, staging.*, *.staging.*
admin-staging-reserved = Всегда бесплатны без перечисления: { $names }. Публичные имена (сайт в .dev, хосты staging.*) занимают место, если не указать их здесь.
admin-new-product = Новый продукт
admin-create = Создать
admin-licenses-search = Начало ключа или email владельца
admin-issue-license = Выдать лицензию
admin-issue = Выдать
admin-owner = Владелец
admin-suspend = Приостановить
admin-reinstate = Возобновить
admin-revoke = Отозвать
admin-resize = Изменить число мест
admin-reset-budget = Сбросить лимит смен устройств
admin-reset-binding = Сбросить
admin-offline-activation = Активировать компьютер клиента без интернета
admin-offline-request = Вставьте запрос на активацию, который прислал клиент
admin-activations = Активации
admin-moves-unlimited = Без ограничений
admin-rotate-key = Сменить ключ подписи
licenses-offline = Активировать машину без интернета
licenses-offline-request = Вставьте запрос активации, созданный машиной
licenses-offline-submit = Получить файл лицензии
licenses-subs = Сублицензии
licenses-sub-label = Название
licenses-sub-assignee = Передать (адрес почты, необязательно: туда придёт приглашение)
licenses-sub-invited = Приглашение отправлено на
licenses-sub-revoke = Отозвать и вернуть места
licenses-sub-revoked = Сублицензия отозвана, её места вернулись в общий пул.
licenses-sub-resize-label = Места
licenses-sub-resize = Изменить число мест
licenses-sub-resized = Число мест сублицензии изменено, общий пул пересчитан.
licenses-split = Выделить места в сублицензию
licenses-split-submit = Создать сублицензию
licenses-split-done = Сублицензия создана со своим ключом.
invoice-title = Счёт
invoice-credit-note-title = Кредит-нота
invoice-seller = Продавец
invoice-buyer = Покупатель
invoice-date = Дата
invoice-payment-method = Оплата
invoice-paid-from-wallet = Баланс кошелька
invoice-cancels = Отменяет счёт
invoice-tax-id = ИНН: { $id }
invoice-column-item = Позиция
invoice-column-quantity = Кол-во
invoice-column-unit-price = Цена
invoice-column-amount = Сумма
invoice-seats = { $seats ->
    [one] { $seats } место
    [few] { $seats } места
   *[other] { $seats } мест
}
invoice-subtotal = Промежуточный итог
invoice-volume-discount = Скидка за объём
invoice-promo-discount = Промокод { $code }
invoice-total = Итого
nav-store = Магазин
nav-wallet = Кошелёк
nav-affiliate = Партнёрская программа
store-title = Магазин
store-empty = Пока ничего не продаётся.
store-plan = Тариф
store-includes = Включает
store-price = Цена
store-choose = Выбрать тариф
store-back = ← Все продукты
store-perpetual = бессрочно
store-days = { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[other] { $days } дней
}
store-tier = скидка { $percent } % от { $from } шт.
store-quantity = Количество
store-promo = Промокод
store-price-it = Показать цену
store-buy = Купить из кошелька
store-sign-in-to-buy = Войдите, чтобы купить
store-bought = Спасибо! Покупка оформлена: счёт
store-top-up-link = Пополнить кошелёк
wallet-title = Кошелёк
wallet-balance = Баланс:
wallet-top-up = Пополнение
wallet-amount = Сумма
wallet-gateway = Способ оплаты
wallet-gateway-sandbox = Песочница (тестовый платёж, проходит сразу)
wallet-gateway-manual = Банковский перевод
wallet-top-up-submit = Продолжить
wallet-open-payments = Незавершённые платежи
wallet-reference = Назначение платежа
wallet-pay-now = Оплатить
wallet-awaiting-transfer = Ожидаем ваш перевод: укажите назначение платежа
wallet-manual-started = Переведите сумму, указав назначение платежа ниже; кошелёк пополнится, когда перевод поступит.
wallet-topped-up = Платёж получен: кошелёк пополнен.
wallet-invoices = Счета
wallet-no-invoices = Счетов пока нет.
wallet-number = Номер
wallet-download-pdf = Скачать PDF
wallet-pdf-generating = PDF формируется; проверьте чуть позже.
wallet-pdf-failed = Не удалось сформировать PDF; продавец уведомлён.
wallet-invoice-paid = оплачен
wallet-invoice-refunded = возвращён
wallet-invoice-issued = выставлен
wallet-history = История
wallet-kind = Тип
wallet-any = Любой
wallet-direction = Направление
wallet-in = Поступления
wallet-out = Списания
wallet-from = С
wallet-until = По
wallet-filter = Показать
wallet-no-movements = Операций нет.
wallet-kind-top-up = Пополнение
wallet-kind-purchase = Покупка
wallet-kind-refund = Возврат
wallet-kind-adjustment = Корректировка
wallet-kind-commission-release = Партнёрское вознаграждение
sandbox-title = Платёж в песочнице
sandbox-explain = Это тестовый шлюз для разработки: реальные деньги не списываются, оплата проходит сразу.
sandbox-pay = Оплатить
sandbox-already-paid = Этот платёж завершён.
affiliate-title = Партнёрская программа
affiliate-explain = Делитесь своей ссылкой: когда кто-то зарегистрируется по ней и купит, вы получите вознаграждение в кошелёк.
affiliate-join = Стать партнёром
affiliate-terms = Вы получаете { $percent } % с каждой покупки приглашённых вами людей; вознаграждение становится доступным через { $days } дн. после покупки, если её не вернули.
affiliate-link = Ваша реферальная ссылка
affiliate-code = Код
affiliate-referred = Приглашённые регистрации
affiliate-purchases = Покупки
affiliate-pending = Ожидающее вознаграждение
affiliate-available = Доступное вознаграждение
affiliate-owed = Долг после возвратов (покрывается следующими комиссиями)
admin-promos-title = Промокоды
admin-billing-title = Платежи и счета
admin-billing-settings = Настройки счетов
admin-transfers = Переводы к подтверждению
admin-no-transfers = Нет ожидающих переводов.
admin-confirm-transfer = Подтвердить поступление
admin-payment-confirmed = Перевод подтверждён, кошелёк пополнен.
admin-refund = Вернуть деньги
admin-refund-reason = Причина
admin-refund-override = после окончания срока возврата
admin-refunded = Возврат выполнен: деньги вернулись в кошелёк клиента, выставлена кредит-нота.
admin-settings-saved = Настройки сохранены.
admin-seller-name = Название продавца
admin-seller-address = Адрес продавца
admin-seller-tax-id = ИНН
admin-invoice-footer = Подвал счёта (юридический текст)
admin-invoice-format = Формат номера счёта
admin-credit-note-format = Формат номера кредит-ноты
admin-commission-percent = Партнёрское вознаграждение (%)
admin-commission-hold = Удержание вознаграждения (дней)
admin-referral-window = Срок привязки реферала (дней)
admin-set-price = Установить цену
admin-visibility = Видимость
admin-visibility-public = публичный
admin-visibility-hidden = скрытый (по прямой ссылке)
admin-visibility-archived = в архиве
promo-code = Код
promo-value = Скидка
promo-uses = Использования
promo-total-uses = Всего использований
promo-per-user = На клиента
promo-valid-until = Действует до
promo-active = активен
promo-paused = приостановлен
promo-new = Новый промокод
promo-kind = Тип скидки
promo-kind-percent = процент
promo-kind-amount = фиксированная сумма
promo-max-uses = Максимум использований
promo-reset = Счётчик сбрасывается каждый
promo-reset-never = никогда
promo-per-day = день
promo-per-week = неделю
promo-per-month = месяц
promo-min-order = Минимальная сумма заказа
promo-first-purchase = Только для первой покупки
promo-pause = Приостановить
promo-resume = Возобновить
promo-usage = Использование
promo-unused = Ещё не использовался.
promo-discount = Скидка
promo-edit = Изменить условия
promo-save = Сохранить
admin-rates = Курсы валют
admin-rates-explain = Сколько единиц каждой валюты стоит одна единица базовой валюты; по этим курсам пересчитываются платежи в других валютах. Платёжные шлюзы со своим курсом тоже записывают его сюда.
admin-rate-currency = Валюта
admin-rate = Курс
admin-rate-source = Источник
admin-rate-set = Установить курс
admin-rate-saved = Курс сохранён.
wallet-profile = Платёжные реквизиты
wallet-profile-explain = Что ваши счета указывают помимо имени и email
wallet-profile-company = Компания
wallet-profile-address = Адрес
wallet-profile-country = Страна (двухбуквенный код)
wallet-profile-saved = Реквизиты сохранены: они появятся в следующих счетах.
