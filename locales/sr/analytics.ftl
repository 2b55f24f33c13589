# Analytics: the admin's sales, licensing, usage and download reports.
analytics-title = Аналитика
analytics-sales = Продаја
analytics-licenses = Лиценце
analytics-usage = Коришћење
analytics-downloads = Преузимања
analytics-from = Од
analytics-to = До
analytics-granularity = Груписање
analytics-by-day = По дану
analytics-by-week = По недељи
analytics-by-month = По месецу
analytics-all-products = Сви производи
analytics-show = Прикажи
analytics-previous = Претходни период:
analytics-chart-table = Подаци приказани на графикону
analytics-csv = Преузми као CSV
analytics-empty = Нема података за овај период.
analytics-source = Из дневних збирних података: { $rollup ->
    [one] { $rollup } дан
    [few] { $rollup } дана
   *[other] { $rollup } дана
}; израчунато из догађаја: { $live ->
    [one] { $live } дан.
    [few] { $live } дана.
   *[other] { $live } дана.
}
analytics-chart-desc = Од { $from } до { $to }. Табела испод графикона садржи све податке.
analytics-chart-revenue = Нето приход и повраћаји новца
analytics-chart-licenses = Тренутне активације, нове активације и издате лиценце
analytics-chart-usage = Уређаји и сајтови који су послали сигнал активности (најактивнији дан)
analytics-chart-downloads = Преузимања
analytics-table-products = По производу
analytics-table-customers = Нови и повратни купци
analytics-table-gateways = Допуне новчаника по сервису за плаћање
analytics-table-countries = По земљи купца
analytics-table-promos = Промо-кодови
analytics-table-affiliates = Партнери
analytics-table-activation-results = Активације по резултату
analytics-table-validation-results = Провере по резултату
analytics-table-deactivated-by = Деактивације према томе ко их је извршио
analytics-table-top-licenses = Најактивније лиценце
analytics-table-releases = По издању
analytics-table-channels = По каналу
analytics-col-period = Период
analytics-col-gross = Бруто
analytics-col-discounts = Попусти
analytics-col-refunds = Повраћаји новца
analytics-col-net = Нето
analytics-col-orders = Поруџбине
analytics-col-product = Производ
analytics-col-plan = План
analytics-col-units = Јединице
analytics-col-new_customers = Нови купци
analytics-col-orders_from_new = Поруџбине нових купаца
analytics-col-orders_from_returning = Поруџбине повратних купаца
analytics-col-gateway = Сервис за плаћање
analytics-col-top_ups = Допуне
analytics-col-amount = Износ
analytics-col-country = Земља
analytics-col-code = Код
analytics-col-uses = Коришћења
analytics-col-discount = Попуст
analytics-col-affiliate = Партнер
analytics-col-commissions = Провизије
analytics-col-earned = Зарађено
analytics-col-reversed = Сторнирано
analytics-col-issued = Издате лиценце
analytics-col-activations = Активације
analytics-col-deactivations = Деактивације
analytics-col-live = Тренутне активације
analytics-col-count = Број
analytics-col-by = Извршилац
analytics-col-validations = Провере
analytics-col-heartbeats = Сигнали активности
analytics-col-active_devices = Активни уређаји
analytics-col-active_sites = Активни сајтови
analytics-col-license = Лиценца
analytics-col-owner = Власник
analytics-col-calls = Позиви
analytics-col-devices_seen = Уочени уређаји
analytics-col-downloads = Преузимања
analytics-col-release = Издање
analytics-col-channel = Канал

# One license's usage (its owner's page and the admin's).
usage-title = Коришћење
usage-back = Назад
usage-range = Период
usage-last-days = { $days ->
    [one] Последњи { $days } дан
    [few] Последња { $days } дана
   *[other] Последњих { $days } дана
}
usage-chart-devices = Уређаји и сајтови: активни и они који шаљу сигнал активности
usage-chart-calls = Провере и сигнали активности
usage-live = Активни
usage-seen = Послали сигнал
usage-devices = Уређаји и сајтови
usage-no-devices = Тренутно ништа није активирано овом лиценцом.
usage-device = Уређај или сајт
usage-platform = Платформа
usage-last-seen = Последња активност
usage-heartbeat = Сигнал активности
usage-no-downloads = Овом лиценцом још ништа није преузето.
usage-last-download = Последње преузимање
