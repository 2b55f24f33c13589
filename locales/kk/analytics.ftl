# Analytics: the admin's sales, licensing, usage and download reports.
analytics-title = Аналитика
analytics-sales = Сатылымдар
analytics-licenses = Лицензиялар
analytics-usage = Пайдалану
analytics-downloads = Жүктеп алулар
analytics-from = Басталу күні
analytics-to = Аяқталу күні
analytics-granularity = Топтастыру
analytics-by-day = Күн бойынша
analytics-by-week = Апта бойынша
analytics-by-month = Ай бойынша
analytics-all-products = Барлық өнім
analytics-show = Көрсету
analytics-previous = Алдыңғы кезең:
analytics-chart-table = Диаграммада көрсетілген мәндер
analytics-csv = CSV ретінде жүктеп алу
analytics-empty = Бұл кезеңде ештеңе жоқ.
analytics-source = { $rollup ->
    [one] Бір күн күнделікті жиынтықтан оқылды
   *[other] { $rollup } күн күнделікті жиынтықтан оқылды
}, { $live ->
    [one] бір күн оқиғалардан есептелді.
   *[other] { $live } күн оқиғалардан есептелді.
}
analytics-chart-desc = Кезең: { $from } – { $to }. Диаграмма астындағы кестеде барлық мән бар.
analytics-chart-revenue = Таза түсім және қайтарымдар
analytics-chart-licenses = Қолданыстағы белсендірулер, жаңа белсендірулер және берілген лицензиялар
analytics-chart-usage = Байланысқа шыққан құрылғылар мен сайттар (ең қарбалас күн)
analytics-chart-downloads = Жүктеп алулар
analytics-table-products = Өнімдер бойынша
analytics-table-customers = Жаңа және қайта келген тұтынушылар
analytics-table-gateways = Шлюздер бойынша әмиянды толтырулар
analytics-table-countries = Сатып алушының елі бойынша
analytics-table-promos = Промокодтар
analytics-table-affiliates = Серіктестер
analytics-table-activation-results = Нәтиже бойынша белсендірулер
analytics-table-validation-results = Нәтиже бойынша тексерулер
analytics-table-deactivated-by = Кім тоқтатқаны бойынша белсендіруден шығарулар
analytics-table-top-licenses = Ең белсенді лицензиялар
analytics-table-releases = Шығарылымдар бойынша
analytics-table-channels = Арналар бойынша
analytics-col-period = Кезең
analytics-col-gross = Жалпы
analytics-col-discounts = Жеңілдіктер
analytics-col-refunds = Қайтарымдар
analytics-col-net = Таза
analytics-col-orders = Тапсырыстар
analytics-col-product = Өнім
analytics-col-plan = Тариф
analytics-col-units = Дана
analytics-col-new_customers = Жаңа тұтынушылар
analytics-col-orders_from_new = Жаңа тұтынушылардың тапсырыстары
analytics-col-orders_from_returning = Қайта келген тұтынушылардың тапсырыстары
analytics-col-gateway = Шлюз
analytics-col-top_ups = Толтырулар
analytics-col-amount = Сома
analytics-col-country = Ел
analytics-col-code = Код
analytics-col-uses = Қолданылуы
analytics-col-discount = Жеңілдік
analytics-col-affiliate = Серіктес
analytics-col-commissions = Комиссиялар
analytics-col-earned = Есептелген
analytics-col-reversed = Кері қайтарылған
analytics-col-issued = Берілген лицензиялар
analytics-col-activations = Белсендірулер
analytics-col-deactivations = Белсендіруден шығарулар
analytics-col-live = Қолданыстағы белсендірулер
analytics-col-count = Саны
analytics-col-by = Кім тоқтатты
analytics-col-validations = Тексерулер
analytics-col-heartbeats = Белсенділік сигналдары
analytics-col-active_devices = Белсенді құрылғылар
analytics-col-active_sites = Белсенді сайттар
analytics-col-license = Лицензия
analytics-col-owner = Иесі
analytics-col-calls = Шақырулар
analytics-col-devices_seen = Байқалған құрылғылар
analytics-col-downloads = Жүктеп алулар
analytics-col-release = Шығарылым
analytics-col-channel = Арна

# One license's usage (its owner's page and the admin's).
usage-title = Пайдалану
usage-back = Артқа
usage-range = Кезең
usage-last-days = { $days ->
    [one] Соңғы күн
   *[other] Соңғы { $days } күн
}
usage-chart-devices = Құрылғылар мен сайттар: қолданыстағы және байланысқа шыққан
usage-chart-calls = Тексерулер мен белсенділік сигналдары
usage-live = Қолданыста
usage-seen = Байланысқа шыққан
usage-devices = Құрылғылар мен сайттар
usage-no-devices = Қазір бұл лицензиямен ештеңе белсендірілмеген.
usage-device = Құрылғы немесе сайт
usage-platform = Платформа
usage-last-seen = Соңғы белсенділік
usage-heartbeat = Белсенділік сигналы
usage-no-downloads = Бұл лицензиямен әлі ештеңе жүктеп алынбаған.
usage-last-download = Соңғы жүктеп алу
