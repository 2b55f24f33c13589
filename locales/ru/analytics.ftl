# Аналитика: отчёты администратора о продажах, лицензиях, использовании и загрузках.
analytics-title = Аналитика
analytics-sales = Продажи
analytics-licenses = Лицензии
analytics-usage = Использование
analytics-downloads = Загрузки
analytics-from = С
analytics-to = По
analytics-granularity = Группировать по
analytics-by-day = Дням
analytics-by-week = Неделям
analytics-by-month = Месяцам
analytics-all-products = Все продукты
analytics-show = Показать
analytics-previous = Предыдущий период:
analytics-chart-table = Значения на графике
analytics-csv = Скачать CSV
analytics-empty = За этот период ничего нет.
analytics-source = { $rollup ->
    [one] { $rollup } день взят из ежедневной сводки
    [few] { $rollup } дня взяты из ежедневной сводки
   *[many] { $rollup } дней взяты из ежедневной сводки
}, { $live ->
    [one] { $live } день посчитан по событиям.
    [few] { $live } дня посчитаны по событиям.
   *[many] { $live } дней посчитаны по событиям.
}
analytics-chart-desc = С { $from } по { $to }. Все значения — в таблице под графиком.
analytics-chart-revenue = Чистая выручка и возвраты
analytics-chart-licenses = Действующие активации, новые активации и выданные лицензии
analytics-chart-usage = Устройства и сайты, выходившие на связь (самый активный день)
analytics-chart-downloads = Загрузки
analytics-table-products = По продуктам
analytics-table-customers = Новые и постоянные покупатели
analytics-table-gateways = Пополнения кошелька по платёжным шлюзам
analytics-table-countries = По стране покупателя
analytics-table-promos = Промокоды
analytics-table-affiliates = Партнёры
analytics-table-activation-results = Активации по результату
analytics-table-validation-results = Проверки по результату
analytics-table-deactivated-by = Деактивации по инициатору
analytics-table-top-licenses = Самые активные лицензии
analytics-table-releases = По выпускам
analytics-table-channels = По каналам
analytics-col-period = Период
analytics-col-gross = Валовая сумма
analytics-col-discounts = Скидки
analytics-col-refunds = Возвраты
analytics-col-net = Чистая сумма
analytics-col-orders = Заказы
analytics-col-product = Продукт
analytics-col-plan = Тариф
analytics-col-units = Штук
analytics-col-new_customers = Новые покупатели
analytics-col-orders_from_new = Заказы новых покупателей
analytics-col-orders_from_returning = Заказы постоянных покупателей
analytics-col-gateway = Шлюз
analytics-col-top_ups = Пополнения
analytics-col-amount = Сумма
analytics-col-country = Страна
analytics-col-code = Код
analytics-col-uses = Использований
analytics-col-discount = Скидка
analytics-col-affiliate = Партнёр
analytics-col-commissions = Вознаграждения
analytics-col-earned = Начислено
analytics-col-reversed = Отменено
analytics-col-issued = Выдано лицензий
analytics-col-activations = Активации
analytics-col-deactivations = Деактивации
analytics-col-live = Действующие активации
analytics-col-count = Количество
analytics-col-by = Инициатор
analytics-col-validations = Проверки
analytics-col-heartbeats = Сигналы активности
analytics-col-active_devices = Активные устройства
analytics-col-active_sites = Активные сайты
analytics-col-license = Лицензия
analytics-col-owner = Владелец
analytics-col-calls = Обращения
analytics-col-devices_seen = Устройств на связи
analytics-col-downloads = Загрузки
analytics-col-release = Выпуск
analytics-col-channel = Канал

# Использование одной лицензии (страница владельца и администратора).
usage-title = Использование
usage-back = Назад
usage-range = Период
usage-last-days = { $days ->
    [one] Последний { $days } день
    [few] Последние { $days } дня
   *[many] Последние { $days } дней
}
usage-chart-devices = Устройства и сайты: действующие и выходившие на связь
usage-chart-calls = Проверки и сигналы активности
usage-live = Действующие
usage-seen = На связи
usage-devices = Устройства и сайты
usage-no-devices = Сейчас с этой лицензией ничего не активировано.
usage-device = Устройство или сайт
usage-platform = Платформа
usage-last-seen = Последний раз на связи
usage-heartbeat = Сигнал активности
usage-no-downloads = С этой лицензией ещё ничего не скачивали.
usage-last-download = Последняя загрузка
