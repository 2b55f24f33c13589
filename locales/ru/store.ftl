### The store: plans and checkout, invoices, wallet, sandbox payments, affiliates, billing details.

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
wallet-profile = Платёжные реквизиты
wallet-profile-explain = Что ваши счета указывают помимо имени и email
wallet-profile-company = Компания
wallet-profile-address = Адрес
wallet-profile-country = Страна (двухбуквенный код)
wallet-profile-saved = Реквизиты сохранены: они появятся в следующих счетах.
