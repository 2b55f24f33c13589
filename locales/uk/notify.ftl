# Notifications: one subject (also the in-app title) and one body per kind. Arguments come from
# what happened: $name is always the person's name; links are added below the body by the sender.
# A kind may add `-details`, a paragraph shown only when its arguments are all there (notices
# stored by an older version lack some).

notify-footer = Ви отримали це повідомлення, тому що маєте обліковий запис у { $seller }. Вибрати, про що і де вас сповіщати, можна на сторінці облікового запису.
notify-open = Відкрити
notify-unsubscribe = Відписатися від цих листів
notify-unsubscribe-intro = Більше не отримувати листи цього типу? Це не вплине на сповіщення безпеки та інші типи сповіщень; знову ввімкнути їх можна на сторінці облікового запису.
notify-unsubscribe-confirm = Відписатися
notify-unsubscribe-done = Готово: ви більше не отримуватимете цих листів.

notify-top_up_credited-subject = Ваш гаманець поповнено на { $amount }
notify-top_up_credited-body = Вітаємо, { $name }! На ваш гаманець зараховано { $amount }.
notify-top_up_credited-details = Ваш платіж { $reference } на суму { $paid } через { $gateway } надійшов. Баланс та історія операцій — на сторінці гаманця.
notify-transfer_confirmed-subject = Ваш банківський переказ на суму { $amount } надійшов
notify-transfer_confirmed-body = Вітаємо, { $name }! Ми отримали ваш банківський переказ: { $amount } тепер на вашому гаманці.
notify-transfer_confirmed-details = Код платежу: { $reference }; ви надіслали { $paid }.
notify-purchase_receipt-subject = Квитанція за вашу покупку ({ $invoice })
notify-purchase_receipt-body = Вітаємо, { $name }! Дякуємо за покупку. Рахунок { $invoice } на суму { $amount } оплачено з вашого гаманця. Ваші ліцензійні ключі — на сторінці ваших ліцензій; PDF рахунку можна будь-коли завантажити на сторінці гаманця.
notify-order_failed-subject = Не вдалося виконати ваше замовлення
notify-order_failed-body = Вітаємо, { $name }! Ваше замовлення не вдалося виконати. { $reason ->
        [unpaid] Оплата не пройшла, тому кошти не списано. Ви можете замовити знову в магазині.
        [returned] Платіжний провайдер повернув оплату, тому покупку не здійснено.
        [late] Оплата надійшла надто пізно, щоб купити за ціною, яку вам було названо. Сума { $amount }, яку ви сплатили, — на вашому гаманці: купуйте знову в магазині, коли забажаєте.
       *[refused] Магазин більше не може продати його так, як було замовлено (промокод вичерпано, тариф більше не продається). Сума { $amount }, яку ви сплатили, — на вашому гаманці.
    }
notify-refund-subject = Вам повернуто { $amount }
notify-refund-body = Вітаємо, { $name }! Суму { $amount } за рахунком { $invoice } повернуто на ваш гаманець.
notify-payment_attention-subject = Платіж потребує вашої уваги
notify-payment_attention-body = Вітаємо, { $name }! Платіж на суму { $amount } чекає на рішення.
notify-license_issued-subject = Ваша ліцензія на { $product } готова
notify-license_issued-body = Вітаємо, { $name }! Вам видано ліцензію на { $product } ({ $plan }). Її ключ — на сторінці ваших ліцензій.
notify-device_activated-subject = { $product } активовано на новому пристрої
notify-device_activated-body = Вітаємо, { $name }! Вашу ліцензію на { $product } активовано на пристрої { $device }. Якщо це були не ви, звільніть місце на сторінці ваших ліцензій.
notify-seat_freed-subject = Звільнено місце в ліцензії на { $product }
notify-seat_freed-body = Вітаємо, { $name }! Пристрій { $device } більше не займає місце у вашій ліцензії на { $product }.
notify-license_expiring-subject = Термін дії вашої ліцензії на { $product } закінчується через { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    }
notify-license_expiring-body = Вітаємо, { $name }! Термін дії вашої ліцензії на { $product } закінчується через { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    }. Продовжте її, щоб і далі користуватися продуктом { $product } та отримувати оновлення.
notify-license_expired-subject = Термін дії вашої ліцензії на { $product } закінчився
notify-license_expired-body = Вітаємо, { $name }! Термін дії вашої ліцензії на { $product } закінчився.
notify-renewal_upcoming-subject = Вашу ліцензію на { $product } буде продовжено { $date }
notify-renewal_upcoming-body = Вітаємо, { $name }! Вашу ліцензію на { $product } буде автоматично продовжено { $date } за { $amount } з вашого гаманця. { $reason ->
        [wallet_short] На гаманці поки що недостатньо коштів: поповніть його до цієї дати, інакше дія ліцензії припиниться.
       *[other] Коштів на гаманці достатньо.
    } Автоматичне продовження можна вимкнути на сторінці ваших ліцензій.
notify-license_renewed-subject = Вашу ліцензію на { $product } продовжено
notify-license_renewed-body = Вітаємо, { $name }! Вашу ліцензію на { $product } автоматично продовжено до { $date }. Рахунок { $invoice } на суму { $amount } оплачено з вашого гаманця.
notify-renewal_failed-subject = Не вдалося продовжити вашу ліцензію на { $product }
notify-renewal_failed-body = Вітаємо, { $name }! Не вдалося автоматично продовжити вашу ліцензію на { $product }. { $reason ->
        [wallet_short] Продовження коштує { $amount }, а на вашому гаманці { $paid }. Поповніть гаманець і продовжте ліцензію на сторінці ваших ліцензій.
        [not_for_sale] Її тариф більше не продається.
       *[other] Продовжте її на сторінці ваших ліцензій.
    } Якщо продовжити її до { $date }, ключ і пристрої збережуться.
notify-clone_suspected-subject = Можливо, вашу ліцензію на { $product } використовують на скопійованому пристрої
notify-clone_suspected-body = Вітаємо, { $name }! Два комп’ютери щойно пред’явили ту саму активацію вашої ліцензії на { $product } (пристрій «{ $device }»). Зазвичай це означає, що образ диска або віртуальну машину скопійовано разом із ліцензією.

    Активацію призупинено. Якщо ви впізнаєте обидва комп’ютери, звільніть старий на сторінці ваших ліцензій і активуйте новий. Якщо ні, вашим ліцензійним ключем може користуватися хтось інший: зверніться до продавця.
notify-license_status-subject = Новий статус вашої ліцензії на { $product }: { $status ->
        [active] «Активна»
        [suspended] «Призупинена»
        [expired] «Закінчилася»
        [revoked] «Відкликана»
       *[other] «{ $status }»
    }
notify-license_status-body = Вітаємо, { $name }! Статус вашої ліцензії на { $product } змінено на { $status ->
        [active] «Активна»
        [suspended] «Призупинена»
        [expired] «Закінчилася»
        [revoked] «Відкликана»
       *[other] «{ $status }»
    }.
notify-release_published-subject = Вийшла нова версія: { $product } { $version }
notify-release_published-body = Вітаємо, { $name }! Версію { $version } продукту { $product } опубліковано { $channel ->
        [stable] у стабільному каналі
        [beta] у бета-каналі
        [alpha] в альфа-каналі
       *[other] у каналі { $channel }
    }. Вона доступна на сторінці завантажень.
notify-new_sign_in-subject = Новий вхід у ваш обліковий запис
notify-new_sign_in-body = Вітаємо, { $name }! Щойно було виконано вхід у ваш обліковий запис із пристрою { $device }. Якщо це були не ви, негайно змініть пароль.
notify-password_changed-subject = Ваш пароль змінено
notify-password_changed-body = Вітаємо, { $name }! Пароль вашого облікового запису змінено. Якщо це були не ви, негайно скиньте його та зверніться до служби підтримки.
notify-two_factor_changed-subject = Двофакторну автентифікацію { $status ->
        [on] увімкнено
        [off] вимкнено
       *[other] змінено: { $status }
    }
notify-two_factor_changed-body = Вітаємо, { $name }! Двофакторну автентифікацію для вашого облікового запису { $status ->
        [on] увімкнено
        [off] вимкнено
       *[other] змінено: { $status }
    }. Якщо це були не ви, негайно зверніться до служби підтримки.
notify-api_key_created-subject = Створено новий ключ API
notify-api_key_created-body = Вітаємо, { $name }! Для вашого облікового запису створено ключ API «{ $key_name }». Якщо це були не ви, негайно відкличте його.
notify-commission_earned-subject = Вам нараховано винагороду { $amount }
notify-commission_earned-body = Вітаємо, { $name }! Покупка за вашим реферальним посиланням принесла вам { $amount }. Винагорода утримується до завершення терміну повернення коштів.
notify-commission_released-subject = Винагорода { $amount } тепер ваша
notify-commission_released-body = Вітаємо, { $name }! Партнерську винагороду на суму { $amount } зараховано на ваш гаманець.
notify-marketing-subject = { $headline }
notify-marketing-body = Вітаємо, { $name }!

    { $text }

# The notifications page, the header's bell, and the choices per kind.
nav-notifications = Сповіщення
notifications-title = Сповіщення
notifications-none = Поки що нічого немає. Тут з’являтиметься все, що відбувається з вашими ліцензіями, платежами та обліковим записом.
notifications-mark-all = Позначити всі як прочитані
notifications-unread = нове
account-notifications-title = Налаштування сповіщень
account-notifications-intro = Виберіть для кожного типу сповіщень, чи надходитимуть вони вам електронною поштою та в застосунку. Для сповіщень безпеки завжди залишається принаймні один канал.
account-notifications-save = Зберегти налаштування сповіщень
account-notifications-saved = Налаштування сповіщень збережено.
account-notifications-security = безпека
notify-kind = Сповіщення
notify-channel-email = Електронна пошта
notify-channel-in_app = У застосунку
notify-channel-telegram = Telegram
notify-group-transactions = Платежі
notify-group-licenses = Ліцензії
notify-group-releases = Випуски
notify-group-security = Безпека
notify-group-affiliate = Партнерська програма
notify-group-marketing = Новини
notify-kind-top_up_credited = Поповнення гаманця
notify-kind-transfer_confirmed = Надходження банківського переказу
notify-kind-purchase_receipt = Квитанції за покупки
notify-kind-order_failed = Замовлення, які не вдалося виконати
notify-kind-refund = Повернення коштів
notify-kind-payment_attention = Платежі, що потребують рішення
notify-kind-license_issued = Видача вам ліцензії
notify-kind-device_activated = Активація на новому пристрої
notify-kind-seat_freed = Звільнення місця
notify-kind-license_expiring = Ліцензія незабаром закінчиться (за 14 і 3 дні)
notify-kind-license_expired = Термін дії ліцензії закінчився
notify-kind-renewal_upcoming = Наближається автоматичне продовження (за 7 днів)
notify-kind-license_renewed = Ліцензію продовжено автоматично
notify-kind-renewal_failed = Автоматичне продовження не вдалося
notify-kind-clone_suspected = Підозра на скопійований пристрій
notify-kind-license_status = Ліцензію призупинено, відкликано або відновлено
notify-kind-release_published = Нові версії
notify-kind-new_sign_in = Вхід із нового пристрою
notify-kind-password_changed = Зміна пароля
notify-kind-two_factor_changed = Зміна двофакторної автентифікації
notify-kind-api_key_created = Створення ключа API
notify-kind-commission_earned = Нарахування винагороди
notify-kind-commission_released = Виплата винагороди
notify-kind-marketing = Новини та пропозиції

# New versions per product, on the notification settings page.
account-releases-title = Нові версії
account-releases-intro = Для кожного продукту, на який у вас є ліцензія: про які версії та де вас сповіщати. Бета включає й стабільні версії, альфа — усі.
account-releases-none = Не сповіщати
account-releases-stable = Стабільні версії
account-releases-beta = Бета- та стабільні версії
account-releases-alpha = Усі версії, зокрема альфа

# The Telegram bot's replies.
telegram-linked = Вітаємо, { $name }! Цей чат тепер прив’язано до вашого облікового запису: сюди надходитимуть сповіщення, які ви вибрали для Telegram. Надішліть /stop, щоб відв’язати його.
telegram-unlinked = Цей чат більше не прив’язано до облікового запису. Ви можете прив’язати його знову на сторінці облікового запису.
telegram-link-invalid = Термін дії цього посилання минув, або його вже використано. Створіть нове на сторінці облікового запису.
telegram-help = Щоб отримувати сповіщення тут, відкрийте посилання для Telegram на сторінці облікового запису. Надішліть /stop, щоб відв’язати цей чат.

# Telegram on the notification settings page.
account-telegram-intro = Отримуйте вибрані сповіщення в Telegram: прив’яжіть цей обліковий запис до чату з ботом магазину.
account-telegram-link = Прив’язати Telegram
account-telegram-open = Відкрийте це посилання в Telegram протягом 15 хвилин і натисніть «Почати» (Start):
account-telegram-linked = Цей обліковий запис прив’язано до чату в Telegram.
account-telegram-unlink = Відв’язати Telegram

# Alerts to the admins' Telegram chat.
telegram-alert-payment_review = Платіж потребує рішення: { $payment } ({ $reason }).
telegram-alert-clone_suspected = Пристрій може бути копією: ліцензія { $license }, пристрій { $device }.
telegram-alert-reconciliation = Звірка книги обліку виявила { $count ->
        [one] { $count } порушення
        [few] { $count } порушення
        [many] { $count } порушень
       *[other] { $count } порушення
    }: гроші могли з’явитися нізвідки або зникнути.
telegram-alert-job_dead = Фонове завдання припинило спроби: { $job } ({ $id }). Остання помилка: { $reason }
