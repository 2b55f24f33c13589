### The store: plans and checkout, invoices, wallet, sandbox payments, affiliates, billing details.

invoice-title = Рахунок
invoice-credit-note-title = Кредит-нота
invoice-seller = Продавець
invoice-buyer = Покупець
invoice-date = Дата
invoice-payment-method = Оплата
invoice-paid-from-wallet = Баланс гаманця
invoice-cancels = Анулює рахунок
invoice-tax-id = Податковий номер: { $id }
invoice-column-item = Найменування
invoice-column-quantity = К-сть
invoice-column-unit-price = Ціна за одиницю
invoice-column-amount = Сума
invoice-seats = { $seats ->
    [one] { $seats } місце
    [few] { $seats } місця
    [many] { $seats } місць
   *[other] { $seats } місця
}
invoice-subtotal = Проміжний підсумок
invoice-volume-discount = Знижка за обсяг
invoice-promo-discount = Промокод { $code }
invoice-renewal-discount = Знижка на продовження
invoice-total = Усього
invoice-tax = Податок ({ $rate } %)
invoice-tax-included = Включно з податком ({ $rate } %)
invoice-reverse-charge = Зворотне оподаткування: ПДВ сплачує покупець (стаття 196 Директиви Ради 2006/112/ЄС)
invoice-tax-removed = Податок не нараховано (зворотне оподаткування)
nav-store = Магазин
nav-wallet = Гаманець
nav-affiliate = Партнерська програма
store-title = Магазин
store-empty = Поки що нічого не продається.
store-empty-admin = Додати продукт
store-plan = Тариф
store-includes = Включає
store-price = Ціна
store-choose = Виберіть тариф
store-back = ← Усі продукти
store-perpetual = безстроково
store-days = { $days ->
    [one] { $days } день
    [few] { $days } дні
    [many] { $days } днів
   *[other] { $days } дня
}
store-tier = знижка { $percent } % від { $from } шт.
store-quantity = Кількість
store-promo = Промокод
store-price-it = Показати ціну
store-buy = Купити з гаманця
store-sign-in-to-buy = Увійдіть, щоб купити
store-sign-up-to-buy = Уперше тут? Створіть обліковий запис
store-bought = Дякуємо! Покупку завершено: рахунок
store-receipt-title = Квитанція
store-receipt-licenses = Ваші ліцензії та ключі
store-pay-difference = На вашому гаманці бракує { $amount }. Сплатіть різницю зараз, і покупка завершиться автоматично, щойно платіж надійде.
store-pay-with = Спосіб оплати
store-pay-difference-button = Сплатити різницю й купити
store-top-up-link = Поповнити гаманець
wallet-title = Гаманець
wallet-balance = Баланс:
wallet-top-up = Поповнити
wallet-amount = Сума
wallet-gateway = Спосіб оплати
wallet-gateway-sandbox = Пісочниця (тестовий платіж, проходить одразу)
wallet-gateway-manual = Банківський переказ
wallet-top-up-submit = Продовжити
wallet-open-payments = Платежі в обробці
wallet-reference = Код платежу
wallet-pay-now = Сплатити зараз
wallet-awaiting-transfer = Чекаємо на ваш переказ: вкажіть код платежу
wallet-manual-started = Перекажіть суму, зазначивши наведений нижче код платежу; кошти буде зараховано на гаманець, щойно переказ надійде.
wallet-topped-up = Платіж отримано: ваш гаманець поповнено.
wallet-invoices = Рахунки
wallet-no-invoices = Рахунків ще немає.
wallet-number = Номер
wallet-download-pdf = Завантажити PDF
wallet-pdf-generating = PDF формується; перевірте ще раз за мить.
wallet-pdf-failed = Не вдалося сформувати PDF; продавця повідомлено.
wallet-invoice-paid = оплачено
wallet-invoice-refunded = кошти повернуто
wallet-invoice-issued = виставлено
wallet-history = Історія
wallet-kind = Тип
wallet-any = Будь-який
wallet-direction = Напрямок
wallet-in = Надходження
wallet-out = Витрати
wallet-from = З
wallet-until = По
wallet-filter = Фільтрувати
wallet-no-movements = Операцій немає.
wallet-kind-top-up = Поповнення
wallet-kind-purchase = Покупка
wallet-kind-refund = Повернення коштів
wallet-kind-adjustment = Коригування
wallet-kind-commission-release = Партнерська винагорода
sandbox-title = Тестовий платіж
sandbox-explain = Це тестовий шлюз («пісочниця») для розробки й тестування: справжні гроші не переказуються, а оплата завершується одразу.
sandbox-pay = Сплатити
sandbox-already-paid = Цей платіж завершено.
affiliate-title = Партнерська програма
affiliate-explain = Поширюйте своє посилання: коли хтось зареєструється за ним і здійснить покупку, ви отримаєте винагороду, яку можна витрачати з гаманця.
affiliate-join = Приєднатися до партнерської програми
affiliate-terms = Ви отримуєте { $percent } % від кожної покупки людей, яких ви запросили; винагорода стає доступною через { $days ->
    [one] { $days } день
    [few] { $days } дні
    [many] { $days } днів
   *[other] { $days } дня
} після покупки, якщо кошти за неї не повернуто.
affiliate-link = Ваше реферальне посилання
affiliate-code = Код
affiliate-referred = Реєстрації за вашим посиланням
affiliate-purchases = Покупки
affiliate-pending = Винагорода в очікуванні
affiliate-available = Доступна винагорода
affiliate-owed = Заборгованість після повернень коштів (погашається з ваших наступних винагород)
wallet-profile = Платіжні реквізити
wallet-profile-explain = Що, крім вашого імені та адреси електронної пошти, зазначається у ваших рахунках
wallet-profile-company = Компанія
wallet-profile-address = Адреса
wallet-profile-country = Країна (дволітерний код)
wallet-profile-region = Штат або провінція, якщо від них залежить податок (код ISO, наприклад CA)
wallet-profile-vat-hint = Для компаній з ЄС: якщо вказати номер платника ПДВ із префіксом країни (DE123456789), ПДВ не нараховується, коли ми перебуваємо в іншій країні.
wallet-profile-saved = Платіжні реквізити збережено: вони з’являться у ваших наступних рахунках.
wallet-gateway-paypal = PayPal
wallet-gateway-cryptomus = Cryptomus (криптовалюта)
wallet-gateway-nowpayments = NOWPayments (криптовалюта)
wallet-gateway-plisio = Plisio (криптовалюта)
pay-status = Статус
pay-status-title = Ваш платіж
pay-status-pending = Чекаємо на платіж
pay-status-paid = Сплачено: кошти зараховано на гаманець
pay-status-failed = Не сплачено
pay-status-expired = Термін минув
pay-status-review = Отримано; перевіряється нашою командою
pay-status-refunded = Кошти повернуто
pay-waiting = Ця сторінка перевіряє статус автоматично. Ви також можете її закрити: кошти буде зараховано на гаманець, щойно платіж надійде.
pay-order-waiting = Ваша покупка завершиться автоматично, щойно цей платіж надійде; тоді на цій сторінці з’явиться квитанція.
pay-order-failed = Кошти надійшли на ваш гаманець, але покупку не вдалося завершити ({ $code }). Купіть знову в магазині.
pay-cancelled = Ви залишили сторінку оплати, не сплативши. Кошти не списано; ви можете сплатити пізніше або розпочати нове поповнення.
transfer-title = Оплата банківським переказом
transfer-explain = Перекажіть саме цю суму й укажіть код платежу, щоб ми могли зіставити ваш платіж. Кошти буде зараховано на гаманець, щойно гроші надійдуть.
transfer-account-holder = Власник рахунку
transfer-account-number = IBAN або номер рахунку
transfer-swift-bic = SWIFT/BIC
transfer-bank-name = Банк
transfer-bank-address = Адреса банку
transfer-copy = Копіювати
transfer-copied = Скопійовано
transfer-no-details = Банківські реквізити для цієї валюти ще не налаштовано. Будь ласка, зв’яжіться з нами, перш ніж здійснювати переказ.
transfer-quote-reference = Вкажіть у переказі код платежу: без нього зіставлення вашого платежу триватиме довше.
