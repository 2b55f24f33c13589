### The store: plans and checkout, invoices, wallet, sandbox payments, affiliates, billing details.

invoice-title = Рахунак
invoice-credit-note-title = Крэдыт-нота
invoice-seller = Прадавец
invoice-buyer = Пакупнік
invoice-date = Дата
invoice-payment-method = Аплата
invoice-paid-from-wallet = Баланс кашалька
invoice-cancels = Ануліруе рахунак
invoice-tax-id = Падатковы нумар: { $id }
invoice-column-item = Найменне
invoice-column-quantity = Кольк.
invoice-column-unit-price = Цана за адзінку
invoice-column-amount = Сума
invoice-seats = { $seats ->
    [one] { $seats } месца
    [few] { $seats } месцы
    [many] { $seats } месцаў
   *[other] { $seats } месца
}
invoice-subtotal = Прамежкавы вынік
invoice-volume-discount = Зніжка за аб’ём
invoice-promo-discount = Прамакод { $code }
invoice-renewal-discount = Зніжка на падаўжэнне
invoice-total = Усяго
invoice-tax = Падатак ({ $rate } %)
invoice-tax-included = Уключаючы падатак ({ $rate } %)
invoice-reverse-charge = Зваротнае падаткаабкладанне: ПДВ плаціць пакупнік (артыкул 196 Дырэктывы Савета 2006/112/ЕС)
invoice-tax-removed = Падатак не налічаны (зваротнае падаткаабкладанне)
nav-store = Крама
nav-wallet = Кашалёк
nav-affiliate = Партнёрская праграма
store-title = Крама
store-empty = Пакуль нічога не прадаецца.
store-empty-admin = Дадаць прадукт
store-plan = Тарыф
store-includes = Уключае
store-price = Цана
store-choose = Выберыце тарыф
store-back = ← Усе прадукты
store-perpetual = бестэрмінова
store-days = { $days ->
    [one] { $days } дзень
    [few] { $days } дні
    [many] { $days } дзён
   *[other] { $days } дня
}
store-tier = зніжка { $percent } % ад { $from } шт.
store-quantity = Колькасць
store-promo = Прамакод
store-price-it = Паказаць цану
store-buy = Купіць з кашалька
store-sign-in-to-buy = Увайдзіце, каб купіць
store-sign-up-to-buy = Упершыню тут? Стварыце ўліковы запіс
store-bought = Дзякуй! Пакупка завершана: рахунак
store-receipt-title = Квітанцыя
store-receipt-licenses = Вашы ліцэнзіі і ключы
store-pay-difference = У вашым кашальку не хапае { $amount }. Заплаціце розніцу зараз, і пакупка завершыцца аўтаматычна, як толькі плацёж паступіць.
store-pay-with = Спосаб аплаты
store-pay-difference-button = Заплаціць розніцу і купіць
store-top-up-link = Папоўніць кашалёк
wallet-title = Кашалёк
wallet-balance = Баланс:
wallet-top-up = Папоўніць
wallet-amount = Сума
wallet-gateway = Спосаб аплаты
wallet-gateway-sandbox = Пясочніца (тэставы плацёж, праходзіць адразу)
wallet-gateway-manual = Банкаўскі перавод
wallet-top-up-submit = Працягнуць
wallet-open-payments = Плацяжы ў апрацоўцы
wallet-reference = Код плацяжу
wallet-pay-now = Заплаціць зараз
wallet-awaiting-transfer = Чакаем ваш перавод: укажыце код плацяжу
wallet-manual-started = Перавядзіце суму, указаўшы прыведзены ніжэй код плацяжу; сродкі будуць залічаны ў кашалёк, як толькі перавод паступіць.
wallet-topped-up = Плацёж атрыманы: ваш кашалёк папоўнены.
wallet-invoices = Рахункі
wallet-no-invoices = Рахункаў яшчэ няма.
wallet-number = Нумар
wallet-download-pdf = Спампаваць PDF
wallet-pdf-generating = PDF фарміруецца; праверце яшчэ раз крыху пазней.
wallet-pdf-failed = Не ўдалося сфарміраваць PDF; прадаўцу паведамлена.
wallet-invoice-paid = аплачаны
wallet-invoice-refunded = сродкі вернуты
wallet-invoice-issued = выстаўлены
wallet-history = Гісторыя
wallet-kind = Тып
wallet-any = Любы
wallet-direction = Напрамак
wallet-in = Паступленні
wallet-out = Выдаткі
wallet-from = З
wallet-until = Па
wallet-filter = Фільтраваць
wallet-no-movements = Аперацый няма.
wallet-kind-top-up = Папаўненне
wallet-kind-purchase = Пакупка
wallet-kind-refund = Вяртанне сродкаў
wallet-kind-adjustment = Карэкціроўка
wallet-kind-commission-release = Партнёрская ўзнагарода
sandbox-title = Тэставы плацёж
sandbox-explain = Гэта тэставы шлюз («пясочніца») для распрацоўкі і тэсціравання: сапраўдныя грошы не перадаюцца, а аплата завяршаецца адразу.
sandbox-pay = Заплаціць
sandbox-already-paid = Гэты плацёж завершаны.
affiliate-title = Партнёрская праграма
affiliate-explain = Распаўсюджвайце сваю спасылку: калі нехта зарэгіструецца па ёй і зробіць пакупку, вы атрымаеце ўзнагароду, якую можна выдаткоўваць з кашалька.
affiliate-join = Далучыцца да партнёрскай праграмы
affiliate-terms = Вы атрымліваеце { $percent } % ад кожнай пакупкі людзей, якіх вы запрасілі; узнагарода становіцца даступнай праз { $days ->
    [one] { $days } дзень
    [few] { $days } дні
    [many] { $days } дзён
   *[other] { $days } дня
} пасля пакупкі, калі сродкі за яе не вернуты.
affiliate-link = Ваша рэферальная спасылка
affiliate-code = Код
affiliate-referred = Рэгістрацыі па вашай спасылцы
affiliate-purchases = Пакупкі
affiliate-pending = Узнагарода ў чаканні
affiliate-available = Даступная ўзнагарода
affiliate-owed = Запазычанасць пасля вяртанняў сродкаў (пагашаецца з вашых наступных узнагарод)
wallet-profile = Плацежныя рэквізіты
wallet-profile-explain = Што, акрамя вашага імя і адраса электроннай пошты, указваецца ў вашых рахунках
wallet-profile-company = Кампанія
wallet-profile-address = Адрас
wallet-profile-country = Краіна (двухлітарны код)
wallet-profile-region = Штат або правінцыя, калі ад іх залежыць падатак (код ISO, напрыклад CA)
wallet-profile-vat-hint = Для кампаній з ЕС: калі ўказаць нумар плацельшчыка ПДВ з прэфіксам краіны (DE123456789), ПДВ не налічваецца, калі мы знаходзімся ў іншай краіне.
wallet-profile-saved = Плацежныя рэквізіты захаваны: яны з’явяцца ў вашых наступных рахунках.
wallet-gateway-paypal = PayPal
wallet-gateway-cryptomus = Cryptomus (крыптавалюта)
wallet-gateway-nowpayments = NOWPayments (крыптавалюта)
wallet-gateway-plisio = Plisio (крыптавалюта)
pay-status = Статус
pay-status-title = Ваш плацёж
pay-status-pending = Чакаем плацёж
pay-status-paid = Аплачана: сродкі залічаны ў кашалёк
pay-status-failed = Не аплачана
pay-status-expired = Тэрмін мінуў
pay-status-review = Атрымана; правяраецца нашай камандай
pay-status-refunded = Сродкі вернуты
pay-waiting = Гэтая старонка правярае статус аўтаматычна. Вы таксама можаце яе закрыць: сродкі будуць залічаны ў кашалёк, як толькі плацёж паступіць.
pay-order-waiting = Ваша пакупка завершыцца аўтаматычна, як толькі гэты плацёж паступіць; тады на гэтай старонцы з’явіцца квітанцыя.
pay-order-failed = Сродкі паступілі ў ваш кашалёк, але пакупку не ўдалося завяршыць ({ $code }). Купіце зноў у краме.
pay-cancelled = Вы пакінулі старонку аплаты, не заплаціўшы. Сродкі не спісаны; вы можаце заплаціць пазней або пачаць новае папаўненне.
transfer-title = Аплата банкаўскім пераводам
transfer-explain = Перавядзіце менавіта гэтую суму і ўкажыце код плацяжу, каб мы маглі супаставіць ваш плацёж. Сродкі будуць залічаны ў кашалёк, як толькі грошы паступяць.
transfer-account-holder = Уладальнік рахунку
transfer-account-number = IBAN або нумар рахунку
transfer-swift-bic = SWIFT/BIC
transfer-bank-name = Банк
transfer-bank-address = Адрас банка
transfer-copy = Капіяваць
transfer-copied = Скапіявана
transfer-no-details = Банкаўскія рэквізіты для гэтай валюты яшчэ не наладжаны. Калі ласка, звяжыцеся з намі, перш чым рабіць перавод.
transfer-quote-reference = Укажыце ў пераводзе код плацяжу: без яго супастаўленне вашага плацяжу зойме больш часу.
