# Analytics: the admin's sales, licensing, usage and download reports.
analytics-title = Аналітыка
analytics-sales = Продажы
analytics-licenses = Ліцэнзіі
analytics-usage = Выкарыстанне
analytics-downloads = Спампоўкі
analytics-from = З
analytics-to = Па
analytics-granularity = Групаваць па
analytics-by-day = Днях
analytics-by-week = Тыднях
analytics-by-month = Месяцах
analytics-all-products = Усе прадукты
analytics-show = Паказаць
analytics-previous = Папярэдні перыяд:
analytics-chart-table = Значэнні, паказаныя на графіку
analytics-csv = Спампаваць як CSV
analytics-empty = За гэты перыяд нічога няма.
analytics-source = { $rollup ->
    [one] { $rollup } дзень узяты са штодзённай зводкі
    [few] { $rollup } дні ўзяты са штодзённай зводкі
    [many] { $rollup } дзён узята са штодзённай зводкі
   *[other] { $rollup } дня ўзята са штодзённай зводкі
}, { $live ->
    [one] { $live } дзень вылічаны на аснове падзей.
    [few] { $live } дні вылічаны на аснове падзей.
    [many] { $live } дзён вылічана на аснове падзей.
   *[other] { $live } дня вылічана на аснове падзей.
}
analytics-chart-desc = З { $from } па { $to }. Усе значэнні прыведзены ў табліцы пад графікам.
analytics-chart-revenue = Чысты даход і вяртанні сродкаў
analytics-chart-licenses = Дзейныя актывацыі, новыя актывацыі і выдадзеныя ліцэнзіі
analytics-chart-usage = Прылады і сайты, якія выходзілі на сувязь (самы актыўны дзень)
analytics-chart-downloads = Спампоўкі
analytics-table-products = Па прадуктах
analytics-table-customers = Новыя і пастаянныя кліенты
analytics-table-gateways = Папаўненні кашалька па плацежных шлюзах
analytics-table-countries = Па краіне пакупніка
analytics-table-promos = Прамакоды
analytics-table-affiliates = Партнёры
analytics-table-activation-results = Актывацыі па выніку
analytics-table-validation-results = Праверкі па выніку
analytics-table-deactivated-by = Дэактывацыі па ініцыятары
analytics-table-top-licenses = Самыя актыўныя ліцэнзіі
analytics-table-releases = Па выпусках
analytics-table-channels = Па каналах
analytics-col-period = Перыяд
analytics-col-gross = Валавая сума
analytics-col-discounts = Зніжкі
analytics-col-refunds = Вяртанні сродкаў
analytics-col-net = Чыстая сума
analytics-col-orders = Замовы
analytics-col-product = Прадукт
analytics-col-plan = Тарыф
analytics-col-units = Адзінак
analytics-col-new_customers = Новыя кліенты
analytics-col-orders_from_new = Замовы новых кліентаў
analytics-col-orders_from_returning = Замовы пастаянных кліентаў
analytics-col-gateway = Шлюз
analytics-col-top_ups = Папаўненні
analytics-col-amount = Сума
analytics-col-country = Краіна
analytics-col-code = Код
analytics-col-uses = Выкарыстанняў
analytics-col-discount = Зніжка
analytics-col-affiliate = Партнёр
analytics-col-commissions = Узнагароды
analytics-col-earned = Налічана
analytics-col-reversed = Скасавана
analytics-col-issued = Выдадзена ліцэнзій
analytics-col-activations = Актывацыі
analytics-col-deactivations = Дэактывацыі
analytics-col-live = Дзейныя актывацыі
analytics-col-count = Колькасць
analytics-col-by = Ініцыятар
analytics-col-validations = Праверкі
analytics-col-heartbeats = Сігналы актыўнасці
analytics-col-active_devices = Актыўныя прылады
analytics-col-active_sites = Актыўныя сайты
analytics-col-license = Ліцэнзія
analytics-col-owner = Уладальнік
analytics-col-calls = Звароты
analytics-col-devices_seen = Прылад на сувязі
analytics-col-downloads = Спампоўкі
analytics-col-release = Выпуск
analytics-col-channel = Канал

# One license's usage (its owner's page and the admin's).
usage-title = Выкарыстанне
usage-back = Назад
usage-range = Перыяд
usage-last-days = { $days ->
    [one] Апошні { $days } дзень
    [few] Апошнія { $days } дні
    [many] Апошнія { $days } дзён
   *[other] Апошнія { $days } дня
}
usage-chart-devices = Прылады і сайты: дзейныя і тыя, што выходзілі на сувязь
usage-chart-calls = Праверкі і сігналы актыўнасці
usage-live = Дзейныя
usage-seen = На сувязі
usage-devices = Прылады і сайты
usage-no-devices = Зараз з гэтай ліцэнзіяй нічога не актывавана.
usage-device = Прылада або сайт
usage-platform = Платформа
usage-last-seen = Апошні раз на сувязі
usage-heartbeat = Сігнал актыўнасці
usage-no-downloads = З гэтай ліцэнзіяй яшчэ нічога не спампоўвалі.
usage-last-download = Апошняя спампоўка
