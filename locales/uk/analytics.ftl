# Analytics: the admin's sales, licensing, usage and download reports.
analytics-title = Аналітика
analytics-sales = Продажі
analytics-licenses = Ліцензії
analytics-usage = Використання
analytics-downloads = Завантаження
analytics-from = З
analytics-to = По
analytics-granularity = Групувати за
analytics-by-day = Днями
analytics-by-week = Тижнями
analytics-by-month = Місяцями
analytics-all-products = Усі продукти
analytics-show = Показати
analytics-previous = Попередній період:
analytics-chart-table = Значення, показані на графіку
analytics-csv = Завантажити як CSV
analytics-empty = За цей період нічого немає.
analytics-source = { $rollup ->
    [one] { $rollup } день узято зі щоденного зведення
    [few] { $rollup } дні взято зі щоденного зведення
    [many] { $rollup } днів узято зі щоденного зведення
   *[other] { $rollup } дня взято зі щоденного зведення
}, { $live ->
    [one] { $live } день обчислено за подіями.
    [few] { $live } дні обчислено за подіями.
    [many] { $live } днів обчислено за подіями.
   *[other] { $live } дня обчислено за подіями.
}
analytics-chart-desc = З { $from } по { $to }. Усі значення наведено в таблиці під графіком.
analytics-chart-revenue = Чистий дохід і повернення коштів
analytics-chart-licenses = Чинні активації, нові активації та видані ліцензії
analytics-chart-usage = Пристрої та сайти, що виходили на зв’язок (найактивніший день)
analytics-chart-downloads = Завантаження
analytics-table-products = За продуктами
analytics-table-customers = Нові та постійні клієнти
analytics-table-gateways = Поповнення гаманця за платіжними шлюзами
analytics-table-countries = За країною покупця
analytics-table-promos = Промокоди
analytics-table-affiliates = Партнери
analytics-table-activation-results = Активації за результатом
analytics-table-validation-results = Перевірки за результатом
analytics-table-deactivated-by = Деактивації за ініціатором
analytics-table-top-licenses = Найактивніші ліцензії
analytics-table-releases = За випусками
analytics-table-channels = За каналами
analytics-col-period = Період
analytics-col-gross = Валова сума
analytics-col-discounts = Знижки
analytics-col-refunds = Повернення коштів
analytics-col-net = Чиста сума
analytics-col-orders = Замовлення
analytics-col-product = Продукт
analytics-col-plan = Тариф
analytics-col-units = Одиниць
analytics-col-new_customers = Нові клієнти
analytics-col-orders_from_new = Замовлення нових клієнтів
analytics-col-orders_from_returning = Замовлення постійних клієнтів
analytics-col-gateway = Шлюз
analytics-col-top_ups = Поповнення
analytics-col-amount = Сума
analytics-col-country = Країна
analytics-col-code = Код
analytics-col-uses = Використань
analytics-col-discount = Знижка
analytics-col-affiliate = Партнер
analytics-col-commissions = Винагороди
analytics-col-earned = Нараховано
analytics-col-reversed = Скасовано
analytics-col-issued = Видано ліцензій
analytics-col-activations = Активації
analytics-col-deactivations = Деактивації
analytics-col-live = Чинні активації
analytics-col-count = Кількість
analytics-col-by = Ініціатор
analytics-col-validations = Перевірки
analytics-col-heartbeats = Сигнали активності
analytics-col-active_devices = Активні пристрої
analytics-col-active_sites = Активні сайти
analytics-col-license = Ліцензія
analytics-col-owner = Власник
analytics-col-calls = Звернення
analytics-col-devices_seen = Пристроїв на зв’язку
analytics-col-downloads = Завантаження
analytics-col-release = Випуск
analytics-col-channel = Канал

# One license's usage (its owner's page and the admin's).
usage-title = Використання
usage-back = Назад
usage-range = Період
usage-last-days = { $days ->
    [one] Останній { $days } день
    [few] Останні { $days } дні
    [many] Останні { $days } днів
   *[other] Останні { $days } дня
}
usage-chart-devices = Пристрої та сайти: чинні й ті, що виходили на зв’язок
usage-chart-calls = Перевірки та сигнали активності
usage-live = Чинні
usage-seen = На зв’язку
usage-devices = Пристрої та сайти
usage-no-devices = Наразі з цією ліцензією нічого не активовано.
usage-device = Пристрій або сайт
usage-platform = Платформа
usage-last-seen = Востаннє на зв’язку
usage-heartbeat = Сигнал активності
usage-no-downloads = З цією ліцензією ще нічого не завантажували.
usage-last-download = Останнє завантаження
