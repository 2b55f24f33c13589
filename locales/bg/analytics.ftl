# Analytics: the admin's sales, licensing, usage and download reports.
analytics-title = Анализи
analytics-sales = Продажби
analytics-licenses = Лицензи
analytics-usage = Използване
analytics-downloads = Изтегляния
analytics-from = От
analytics-to = До
analytics-granularity = Групиране по
analytics-by-day = Ден
analytics-by-week = Седмица
analytics-by-month = Месец
analytics-all-products = Всички продукти
analytics-show = Показване
analytics-previous = Предходен период:
analytics-chart-table = Стойности, показани в диаграмата
analytics-csv = Изтегляне като CSV
analytics-empty = Няма данни за този период.
analytics-source = { $rollup ->
    [one] Един ден е прочетен от дневното обобщение
   *[other] { $rollup } дни са прочетени от дневното обобщение
}, { $live ->
    [one] един ден е изчислен от събитията.
   *[other] { $live } дни са изчислени от събитията.
}
analytics-chart-desc = От { $from } до { $to }. Таблицата под диаграмата съдържа всички стойности.
analytics-chart-revenue = Нетни приходи и възстановени суми
analytics-chart-licenses = Текущи активирания, нови активирания и издадени лицензи
analytics-chart-usage = Устройства и сайтове, подали сигнал (в най-натоварения ден)
analytics-chart-downloads = Изтегляния
analytics-table-products = По продукт
analytics-table-customers = Нови и завръщащи се клиенти
analytics-table-gateways = Зареждания на портфейла по платежен портал
analytics-table-countries = По държава на купувача
analytics-table-promos = Промокодове
analytics-table-affiliates = Партньори
analytics-table-activation-results = Активирания по резултат
analytics-table-validation-results = Проверки по резултат
analytics-table-deactivated-by = Деактивирания според това кой ги е извършил
analytics-table-top-licenses = Най-активни лицензи
analytics-table-releases = По издание
analytics-table-channels = По канал
analytics-col-period = Период
analytics-col-gross = Бруто
analytics-col-discounts = Отстъпки
analytics-col-refunds = Възстановени суми
analytics-col-net = Нето
analytics-col-orders = Поръчки
analytics-col-product = Продукт
analytics-col-plan = План
analytics-col-units = Бройки
analytics-col-new_customers = Нови клиенти
analytics-col-orders_from_new = Поръчки от нови клиенти
analytics-col-orders_from_returning = Поръчки от завръщащи се клиенти
analytics-col-gateway = Платежен портал
analytics-col-top_ups = Зареждания
analytics-col-amount = Сума
analytics-col-country = Държава
analytics-col-code = Код
analytics-col-uses = Използвания
analytics-col-discount = Отстъпка
analytics-col-affiliate = Партньор
analytics-col-commissions = Комисионни
analytics-col-earned = Спечелени
analytics-col-reversed = Сторнирани
analytics-col-issued = Издадени лицензи
analytics-col-activations = Активирания
analytics-col-deactivations = Деактивирания
analytics-col-live = Текущи активирания
analytics-col-count = Брой
analytics-col-by = Извършено от
analytics-col-validations = Проверки
analytics-col-heartbeats = Сигнали за активност
analytics-col-active_devices = Активни устройства
analytics-col-active_sites = Активни сайтове
analytics-col-license = Лиценз
analytics-col-owner = Собственик
analytics-col-calls = Заявки
analytics-col-devices_seen = Засечени устройства
analytics-col-downloads = Изтегляния
analytics-col-release = Издание
analytics-col-channel = Канал

# One license's usage (its owner's page and the admin's).
usage-title = Използване
usage-back = Назад
usage-range = Период
usage-last-days = { $days ->
    [one] Последният ден
   *[other] Последните { $days } дни
}
usage-chart-devices = Устройства и сайтове: текущи и подали сигнал
usage-chart-calls = Проверки и сигнали за активност
usage-live = Текущи
usage-seen = Подали сигнал
usage-devices = Устройства и сайтове
usage-no-devices = В момента с този лиценз няма нищо активирано.
usage-device = Устройство или сайт
usage-platform = Платформа
usage-last-seen = Последна активност
usage-heartbeat = Сигнал за активност
usage-no-downloads = С този лиценз все още нищо не е изтеглено.
usage-last-download = Последно изтегляне
