# Notifications: one subject (also the in-app title) and one body per kind. Arguments come from
# what happened: $name is always the person's name; links are added below the body by the sender.
# A kind may add `-details`, a paragraph shown only when its arguments are all there (notices
# stored by an older version lack some).

notify-footer = Вы получаете это сообщение, потому что у вас есть учётная запись в { $seller }. Выбрать, о чём и где вас уведомлять, можно на странице учётной записи.
notify-open = Открыть
notify-unsubscribe = Отписаться от этих писем
notify-unsubscribe-intro = Больше не получать письма этого типа? Уведомлений безопасности и остальных типов это не коснётся; снова включить их можно на странице учётной записи.
notify-unsubscribe-confirm = Отписаться
notify-unsubscribe-done = Готово: вы больше не будете получать эти письма.

notify-top_up_credited-subject = Ваш кошелёк пополнен на { $amount }
notify-top_up_credited-body = Здравствуйте, { $name }! На ваш кошелёк зачислено { $amount }.
notify-top_up_credited-details = Ваш платёж { $reference } на сумму { $paid } через { $gateway } получен. Баланс и история — на странице кошелька.
notify-transfer_confirmed-subject = Ваш банковский перевод на { $amount } получен
notify-transfer_confirmed-body = Здравствуйте, { $name }! Мы получили ваш банковский перевод: сумма { $amount } зачислена на ваш кошелёк.
notify-transfer_confirmed-details = Назначение платежа: { $reference }; вы отправили { $paid }.
notify-purchase_receipt-subject = Чек за вашу покупку ({ $invoice })
notify-purchase_receipt-body = Здравствуйте, { $name }! Спасибо за покупку. Счёт { $invoice } на сумму { $amount } оплачен из вашего кошелька. Лицензионные ключи — на странице ваших лицензий; PDF счёта можно скачать на странице кошелька в любое время.
notify-order_failed-subject = Не удалось выполнить ваш заказ
notify-order_failed-body = Здравствуйте, { $name }! Ваш заказ не удалось выполнить. { $reason ->
        [unpaid] Оплата не прошла, поэтому ничего не списано. Вы можете заказать снова в магазине.
        [returned] Платёжная система вернула оплату, поэтому ничего не куплено.
        [late] Оплата пришла слишком поздно, чтобы купить по названной вам цене. Оплаченные вами { $amount } — в вашем кошельке: покупайте снова в магазине, когда удобно.
       *[refused] Магазин больше не может продать его так, как вы заказали (промокод исчерпан, тариф больше не продаётся). Оплаченные вами { $amount } — в вашем кошельке.
    }
notify-refund-subject = Вам вернули { $amount }
notify-refund-body = Здравствуйте, { $name }! Сумма { $amount } по счёту { $invoice } возвращена на ваш кошелёк.
notify-payment_attention-subject = Платёж требует вашего внимания
notify-payment_attention-body = Здравствуйте, { $name }! Платёж на сумму { $amount } ожидает решения.
notify-license_issued-subject = Ваша лицензия { $product } готова
notify-license_issued-body = Здравствуйте, { $name }! Вам выдана лицензия { $product } ({ $plan }). Её ключ — на странице ваших лицензий.
notify-device_activated-subject = Лицензия { $product } активирована на новом устройстве
notify-device_activated-body = Здравствуйте, { $name }! Ваша лицензия { $product } активирована на устройстве { $device }. Если это были не вы, освободите место на странице ваших лицензий.
notify-seat_freed-subject = Освободилось место в лицензии { $product }
notify-seat_freed-body = Здравствуйте, { $name }! Устройство { $device } больше не занимает место в вашей лицензии { $product }.
notify-license_expiring-subject = Срок действия вашей лицензии { $product } истекает через { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дней
    }
notify-license_expiring-body = Здравствуйте, { $name }! Срок действия вашей лицензии { $product } истекает через { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дней
    }. Продлите её, чтобы и дальше пользоваться { $product } и получать обновления.
notify-license_expired-subject = Срок действия вашей лицензии { $product } истёк
notify-license_expired-body = Здравствуйте, { $name }! Срок действия вашей лицензии { $product } истёк.
notify-renewal_upcoming-subject = Ваша лицензия { $product } продлится { $date }
notify-renewal_upcoming-body = Здравствуйте, { $name }! Ваша лицензия { $product } автоматически продлится { $date } за { $amount } из вашего кошелька. { $reason ->
        [wallet_short] В кошельке пока недостаточно средств: пополните его до этой даты, иначе лицензия закончится.
       *[other] Средств в кошельке достаточно.
    } Автопродление можно отключить на странице лицензий.
notify-license_renewed-subject = Ваша лицензия { $product } продлена
notify-license_renewed-body = Здравствуйте, { $name }! Ваша лицензия { $product } автоматически продлена до { $date }. Счёт { $invoice } на { $amount } оплачен из вашего кошелька.
notify-renewal_failed-subject = Не удалось продлить вашу лицензию { $product }
notify-renewal_failed-body = Здравствуйте, { $name }! Не удалось автоматически продлить вашу лицензию { $product }. { $reason ->
        [wallet_short] Продление стоит { $amount }, а в кошельке { $paid }. Пополните кошелёк и продлите лицензию на странице лицензий.
        [not_for_sale] Её тариф больше не продаётся.
       *[other] Продлите её на странице лицензий.
    } Ключ и устройства сохранятся, если продлить до { $date }.
notify-clone_suspected-subject = Возможно, ваша лицензия { $product } используется на скопированном устройстве
notify-clone_suspected-body = Здравствуйте, { $name }! Две машины только что предъявили одну и ту же активацию вашей лицензии { $product } (устройство «{ $device }»). Обычно так бывает, когда скопирован образ диска или виртуальная машина вместе с лицензией.

    Активация приостановлена. Если обе машины ваши, освободите старую на странице ваших лицензий и активируйте новую. Если нет, вашим лицензионным ключом может пользоваться кто-то другой: свяжитесь с продавцом.
notify-license_status-subject = Новый статус вашей лицензии { $product }: { $status ->
        [active] «Активна»
        [suspended] «Приостановлена»
        [expired] «Истекла»
        [revoked] «Отозвана»
       *[other] «{ $status }»
    }
notify-license_status-body = Здравствуйте, { $name }! Статус вашей лицензии { $product } изменился на { $status ->
        [active] «Активна»
        [suspended] «Приостановлена»
        [expired] «Истекла»
        [revoked] «Отозвана»
       *[other] «{ $status }»
    }.
notify-release_published-subject = Новый выпуск: { $product } { $version }
notify-release_published-body = Здравствуйте, { $name }! Версия { $version } продукта { $product } опубликована в { $channel ->
        [stable] стабильном канале
        [beta] бета-канале
        [alpha] альфа-канале
       *[other] канале { $channel }
    }. Она доступна на странице загрузок.
notify-new_sign_in-subject = Новый вход в вашу учётную запись
notify-new_sign_in-body = Здравствуйте, { $name }! Только что в вашу учётную запись выполнен вход с устройства { $device }. Если это были не вы, смените пароль прямо сейчас.
notify-password_changed-subject = Ваш пароль изменён
notify-password_changed-body = Здравствуйте, { $name }! Пароль вашей учётной записи изменён. Если это были не вы, сбросьте его прямо сейчас и свяжитесь со службой поддержки.
notify-two_factor_changed-subject = Двухфакторный вход { $status ->
        [on] включён
        [off] выключен
       *[other] { $status }
    }
notify-two_factor_changed-body = Здравствуйте, { $name }! Двухфакторный вход в вашу учётную запись { $status ->
        [on] включён
        [off] выключен
       *[other] { $status }
    }. Если это были не вы, немедленно свяжитесь со службой поддержки.
notify-api_key_created-subject = Создан новый API-ключ
notify-api_key_created-body = Здравствуйте, { $name }! Для вашей учётной записи создан API-ключ «{ $key_name }». Если это были не вы, отзовите его прямо сейчас.
notify-commission_earned-subject = Вам начислено вознаграждение { $amount }
notify-commission_earned-body = Здравствуйте, { $name }! Покупка по вашей реферальной ссылке принесла вам { $amount }. Вознаграждение удерживается до окончания срока возврата.
notify-commission_released-subject = Вознаграждение { $amount } теперь ваше
notify-commission_released-body = Здравствуйте, { $name }! Партнёрское вознаграждение на сумму { $amount } зачислено на ваш кошелёк.
notify-marketing-subject = { $headline }
notify-marketing-body = Здравствуйте, { $name }!

    { $text }

# The notifications page, the header's bell, and the choices per kind.
nav-notifications = Уведомления
notifications-title = Уведомления
notifications-none = Пока ничего нет. Здесь появится всё, что происходит с вашими лицензиями, платежами и учётной записью.
notifications-mark-all = Отметить все как прочитанные
notifications-unread = новое
account-notifications-title = Настройки уведомлений
account-notifications-intro = Выберите для каждого типа уведомлений, будут ли они приходить вам по электронной почте и в приложении. У уведомлений безопасности всегда остаётся хотя бы один канал.
account-notifications-save = Сохранить настройки уведомлений
account-notifications-saved = Настройки уведомлений сохранены.
account-notifications-security = безопасность
notify-kind = Уведомление
notify-channel-email = Эл. почта
notify-channel-in_app = В приложении
notify-channel-telegram = Telegram
notify-group-transactions = Платежи
notify-group-licenses = Лицензии
notify-group-releases = Выпуски
notify-group-security = Безопасность
notify-group-affiliate = Партнёрская программа
notify-group-marketing = Новости
notify-kind-top_up_credited = Кошелёк пополнен
notify-kind-transfer_confirmed = Банковский перевод получен
notify-kind-purchase_receipt = Чеки за покупки
notify-kind-order_failed = Невыполненные заказы
notify-kind-refund = Возвраты
notify-kind-payment_attention = Платежи, ожидающие решения
notify-kind-license_issued = Вам выдана лицензия
notify-kind-device_activated = Активация на новом устройстве
notify-kind-seat_freed = Освободилось место
notify-kind-license_expiring = Лицензия скоро истечёт (за 14 и 3 дня)
notify-kind-license_expired = Лицензия истекла
notify-kind-renewal_upcoming = Скорое автопродление (за 7 дней)
notify-kind-license_renewed = Лицензия продлена автоматически
notify-kind-renewal_failed = Автопродление не удалось
notify-kind-clone_suspected = Подозрение на скопированное устройство
notify-kind-license_status = Лицензия приостановлена, отозвана или восстановлена
notify-kind-release_published = Новые версии
notify-kind-new_sign_in = Вход с нового устройства
notify-kind-password_changed = Пароль изменён
notify-kind-two_factor_changed = Изменён двухфакторный вход
notify-kind-api_key_created = Создан API-ключ
notify-kind-commission_earned = Начислено вознаграждение
notify-kind-commission_released = Вознаграждение выплачено
notify-kind-marketing = Новости и предложения

# New versions per product, on the notification settings page.
account-releases-title = Новые версии
account-releases-intro = Для каждого продукта, на который у вас есть лицензия: о каких версиях и где вас уведомлять. Бета включает и стабильные версии, альфа — все.
account-releases-none = Не уведомлять
account-releases-stable = Стабильные версии
account-releases-beta = Бета- и стабильные версии
account-releases-alpha = Все версии, включая альфа

# The Telegram bot's replies.
telegram-linked = Здравствуйте, { $name }! Этот чат привязан к вашей учётной записи: сюда будут приходить уведомления, которые вы выбрали для Telegram. Отправьте /stop, чтобы отвязать его.
telegram-unlinked = Этот чат больше не привязан к учётной записи. Вы можете привязать его снова на странице учётной записи.
telegram-link-invalid = Срок действия этой ссылки истёк, или она уже использована. Создайте новую на странице учётной записи.
telegram-help = Чтобы получать уведомления здесь, откройте ссылку для Telegram на странице учётной записи. Отправьте /stop, чтобы отвязать этот чат.

# Telegram on the notification settings page.
account-telegram-intro = Получайте выбранные уведомления в Telegram: привяжите эту учётную запись к чату с ботом магазина.
account-telegram-link = Привязать Telegram
account-telegram-open = Откройте эту ссылку в Telegram в течение 15 минут и нажмите «Старт»:
account-telegram-linked = Эта учётная запись привязана к чату в Telegram.
account-telegram-unlink = Отвязать Telegram

# Alerts to the admins' Telegram chat.
telegram-alert-payment_review = Платёж ждёт решения: { $payment } ({ $reason }).
telegram-alert-clone_suspected = Возможно, устройство скопировано: лицензия { $license }, устройство { $device }.
telegram-alert-reconciliation = Сверка учёта нашла нарушения ({ $count }): деньги могли появиться или пропасть.
telegram-alert-job_dead = Фоновое задание прекратило попытки: { $job } ({ $id }). Последняя ошибка: { $reason }
