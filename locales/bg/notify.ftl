# Notifications: one subject (also the in-app title) and one body per kind. Arguments come from
# what happened: $name is always the person's name; links are added below the body by the sender.
# A kind may add `-details`, a paragraph shown only when its arguments are all there (notices
# stored by an older version lack some).

notify-footer = Получавате това съобщение, защото имате акаунт в { $seller }. На страницата на акаунта си можете да изберете за какво и къде да получавате известия.
notify-open = Отваряне
notify-unsubscribe = Отписване от тези имейли
notify-unsubscribe-intro = Да се спре ли получаването на имейли от този вид? Известията за сигурност и останалите видове не се засягат; можете да ги включите отново от страницата на акаунта си.
notify-unsubscribe-confirm = Отписване
notify-unsubscribe-done = Готово: вече няма да получавате тези имейли.

notify-top_up_credited-subject = Портфейлът ви е зареден с { $amount }
notify-top_up_credited-body = Здравейте, { $name }! В портфейла ви е добавена сумата { $amount }.
notify-top_up_credited-details = Плащането ви { $reference } на стойност { $paid } чрез { $gateway } е получено. Наличността и историята са на страницата на портфейла ви.
notify-transfer_confirmed-subject = Банковият ви превод на стойност { $amount } е получен
notify-transfer_confirmed-body = Здравейте, { $name }! Получихме банковия ви превод: сумата { $amount } вече е в портфейла ви.
notify-transfer_confirmed-details = Референтният му номер беше { $reference }; изпратихте { $paid }.
notify-purchase_receipt-subject = Разписка за покупката ви ({ $invoice })
notify-purchase_receipt-body = Здравейте, { $name }! Благодарим ви за покупката. Фактура { $invoice } на обща стойност { $amount } е платена от портфейла ви. Лицензните ви ключове са на страницата с вашите лицензи; PDF файлът на фактурата може да бъде изтеглен по всяко време от страницата на портфейла ви.
notify-order_failed-subject = Поръчката ви не можа да бъде изпълнена
notify-order_failed-body = Здравейте, { $name }! Поръчката ви не можа да бъде изпълнена. { $reason ->
        [unpaid] Плащането не премина, затова нищо не е таксувано. Можете да поръчате отново от магазина.
        [returned] Плащането беше върнато от доставчика на плащания, затова нищо не е закупено.
        [late] Плащането пристигна твърде късно, за да се купи на предложената ви цена. Платената от вас сума { $amount } е в портфейла ви: купете отново от магазина, когато пожелаете.
       *[refused] Магазинът вече не можеше да изпълни поръчката така, както е направена (изчерпан промокод, план, който вече не се продава). Платената от вас сума { $amount } е в портфейла ви.
    }
notify-refund-subject = Възстановена ви е сумата { $amount }
notify-refund-body = Здравейте, { $name }! Сумата { $amount } по фактура { $invoice } е възстановена в портфейла ви.
notify-payment_attention-subject = Плащане изисква вашето внимание
notify-payment_attention-body = Здравейте, { $name }! Плащане на стойност { $amount } чака решение.
notify-license_issued-subject = Лицензът ви за { $product } е готов
notify-license_issued-body = Здравейте, { $name }! Издаден ви е лиценз за { $product } ({ $plan }). Ключът му е на страницата с вашите лицензи.
notify-device_activated-subject = Лицензът за { $product } е активиран на ново устройство
notify-device_activated-body = Здравейте, { $name }! Вашият лиценз за { $product } е активиран на устройството { $device }. Ако това не сте били вие, освободете мястото от страницата с вашите лицензи.
notify-seat_freed-subject = Освободено е място в лиценза за { $product }
notify-seat_freed-body = Здравейте, { $name }! Устройството { $device } вече не заема място във вашия лиценз за { $product }.
notify-license_expiring-subject = Лицензът ви за { $product } изтича след { $days ->
        [one] { $days } ден
       *[other] { $days } дни
    }
notify-license_expiring-body = Здравейте, { $name }! Лицензът ви за { $product } изтича след { $days ->
        [one] { $days } ден
       *[other] { $days } дни
    }. Подновете го, за да продължите да използвате { $product } и да получавате обновления.
notify-license_expired-subject = Лицензът ви за { $product } изтече
notify-license_expired-body = Здравейте, { $name }! Лицензът ви за { $product } изтече.
notify-renewal_upcoming-subject = Лицензът ви за { $product } се подновява на { $date }
notify-renewal_upcoming-body = Здравейте, { $name }! Лицензът ви за { $product } ще бъде подновен автоматично на { $date } срещу сумата { $amount }, която ще бъде удържана от портфейла ви. { $reason ->
        [wallet_short] В портфейла ви все още няма толкова пари: заредете го преди тази дата, иначе лицензът ще изтече.
       *[other] Наличността в портфейла ви е достатъчна.
    } Можете да изключите автоматичното подновяване на страницата с вашите лицензи.
notify-license_renewed-subject = Лицензът ви за { $product } е подновен
notify-license_renewed-body = Здравейте, { $name }! Лицензът ви за { $product } е подновен автоматично до { $date }. Фактура { $invoice } на обща стойност { $amount } е платена от портфейла ви.
notify-renewal_failed-subject = Лицензът ви за { $product } не можа да бъде подновен
notify-renewal_failed-body = Здравейте, { $name }! Лицензът ви за { $product } не можа да бъде подновен автоматично. { $reason ->
        [wallet_short] Подновяването струва { $amount }, а в портфейла ви има { $paid }. Заредете портфейла си и подновете лиценза от страницата с вашите лицензи.
        [not_for_sale] Планът му вече не се продава.
       *[other] Подновете го от страницата с вашите лицензи.
    } Ако бъде подновен до { $date }, той запазва ключа и устройствата си.
notify-clone_suspected-subject = Вашият лиценз за { $product } може би се използва на копирано устройство
notify-clone_suspected-body = Здравейте, { $name }! Два компютъра току-що представиха едно и също активиране на вашия лиценз за { $product } (устройство „{ $device }“). Обикновено това означава, че дисков образ или виртуална машина е копирана заедно с лиценза.

    Активирането е временно спряно. Ако разпознавате и двата компютъра, освободете стария на страницата с вашите лицензи и активирайте новия. Ако не ги разпознавате, възможно е някой да използва вашия лицензен ключ: свържете се с продавача.
notify-license_status-subject = Нов статус на лиценза ви за { $product }: { $status ->
        [active] „Активен“
        [suspended] „Спрян“
        [expired] „Изтекъл“
        [revoked] „Анулиран“
       *[other] „{ $status }“
    }
notify-license_status-body = Здравейте, { $name }! Статусът на лиценза ви за { $product } се промени на { $status ->
        [active] „Активен“
        [suspended] „Спрян“
        [expired] „Изтекъл“
        [revoked] „Анулиран“
       *[other] „{ $status }“
    }.
notify-release_published-subject = Излезе { $product } { $version }
notify-release_published-body = Здравейте, { $name }! Версия { $version } на { $product } е публикувана в { $channel ->
        [stable] стабилния канал
        [beta] бета канала
        [alpha] алфа канала
       *[other] канала „{ $channel }“
    }. Ще я намерите на страницата с изтегляния.
notify-new_sign_in-subject = Нов вход в акаунта ви
notify-new_sign_in-body = Здравейте, { $name }! Току-що е извършен вход в акаунта ви от { $device }. Ако това не сте били вие, сменете паролата си веднага.
notify-password_changed-subject = Паролата ви е променена
notify-password_changed-body = Здравейте, { $name }! Паролата за акаунта ви е променена. Ако това не сте били вие, нулирайте я веднага и се свържете с поддръжката.
notify-two_factor_changed-subject = Двуфакторното удостоверяване е { $status ->
        [on] включено
        [off] изключено
       *[other] { $status }
    }
notify-two_factor_changed-body = Здравейте, { $name }! Двуфакторното удостоверяване за акаунта ви е { $status ->
        [on] включено
        [off] изключено
       *[other] { $status }
    }. Ако това не сте били вие, веднага се свържете с поддръжката.
notify-api_key_created-subject = Създаден е нов API ключ
notify-api_key_created-body = Здравейте, { $name }! За акаунта ви е създаден API ключът „{ $key_name }“. Ако това не сте били вие, анулирайте го веднага.
notify-commission_earned-subject = Спечелихте комисионна в размер на { $amount }
notify-commission_earned-body = Здравейте, { $name }! Покупка чрез вашата връзка за препоръки ви донесе { $amount }. Сумата се задържа до изтичането на срока за възстановяване.
notify-commission_released-subject = Комисионни на стойност { $amount } вече са ваши
notify-commission_released-body = Здравейте, { $name }! Комисионни на стойност { $amount } са прехвърлени в портфейла ви.
notify-marketing-subject = { $headline }
notify-marketing-body = Здравейте, { $name }!

    { $text }

# The notifications page, the header's bell, and the choices per kind.
nav-notifications = Известия
notifications-title = Известия
notifications-none = Все още няма нищо. Тук ще се появява всичко, което се случва с вашите лицензи, плащания и акаунт.
notifications-mark-all = Маркиране на всички като прочетени
notifications-unread = ново
account-notifications-title = Настройки на известията
account-notifications-intro = Изберете за всеки вид известие дали да го получавате по имейл и в приложението. Известията за сигурност винаги запазват поне един канал.
account-notifications-save = Запазване на настройките на известията
account-notifications-saved = Настройките на известията са запазени.
account-notifications-security = сигурност
notify-kind = Известие
notify-channel-email = Имейл
notify-channel-in_app = В приложението
notify-channel-telegram = Telegram
notify-group-transactions = Плащания
notify-group-licenses = Лицензи
notify-group-releases = Версии
notify-group-security = Сигурност
notify-group-affiliate = Партньорска програма
notify-group-marketing = Новини
notify-kind-top_up_credited = Зареден портфейл
notify-kind-transfer_confirmed = Получен банков превод
notify-kind-purchase_receipt = Разписки за покупки
notify-kind-order_failed = Неизпълнени поръчки
notify-kind-refund = Възстановени суми
notify-kind-payment_attention = Плащания, които изискват решение
notify-kind-license_issued = Издаден ви е лиценз
notify-kind-device_activated = Активиране на ново устройство
notify-kind-seat_freed = Освободено място
notify-kind-license_expiring = Лиценз, който скоро изтича (14 и 3 дни преди това)
notify-kind-license_expired = Изтекъл лиценз
notify-kind-renewal_upcoming = Предстоящо автоматично подновяване (7 дни преди това)
notify-kind-license_renewed = Автоматично подновен лиценз
notify-kind-renewal_failed = Неуспешно автоматично подновяване
notify-kind-clone_suspected = Възможно копирано устройство
notify-kind-license_status = Спрян, анулиран или възобновен лиценз
notify-kind-release_published = Нови версии
notify-kind-new_sign_in = Вход от ново устройство
notify-kind-password_changed = Променена парола
notify-kind-two_factor_changed = Промяна в двуфакторното удостоверяване
notify-kind-api_key_created = Създаден API ключ
notify-kind-commission_earned = Спечелена комисионна
notify-kind-commission_released = Изплатена комисионна
notify-kind-marketing = Новини и оферти

# New versions per product, on the notification settings page.
account-releases-title = Нови версии
account-releases-intro = За всеки продукт, за който имате лиценз: за кои версии да получавате известия и къде. Бета включва и стабилните версии, а алфа — всички.
account-releases-none = Никакви
account-releases-stable = Стабилни версии
account-releases-beta = Бета и стабилни версии
account-releases-alpha = Всички версии, включително алфа

# The Telegram bot's replies.
telegram-linked = Здравейте, { $name }! Този чат вече е свързан с акаунта ви: тук ще пристигат известията, които сте избрали за Telegram. Изпратете /stop, за да прекратите връзката.
telegram-unlinked = Този чат вече не е свързан с акаунт. Можете да го свържете отново от страницата на акаунта си.
telegram-link-invalid = Тази връзка е изтекла или вече е използвана. Създайте нова на страницата на акаунта си.
telegram-help = За да получавате известия тук, отворете връзката за Telegram на страницата на акаунта си. Изпратете /stop, за да прекратите връзката на този чат с акаунта.

# Telegram on the notification settings page.
account-telegram-intro = Получавайте избраните известия в Telegram: свържете този акаунт с чат с бота на магазина.
account-telegram-link = Свързване с Telegram
account-telegram-open = Отворете тази връзка в Telegram в рамките на 15 минути и натиснете „Старт“ (Start):
account-telegram-linked = Този акаунт е свързан с чат в Telegram.
account-telegram-unlink = Прекратяване на връзката с Telegram

# Alerts to the admins' Telegram chat.
telegram-alert-payment_review = Плащане изисква решение: { $payment } ({ $reason }).
telegram-alert-clone_suspected = Възможно е устройство да е копие: лиценз { $license }, устройство { $device }.
telegram-alert-reconciliation = Равнението на регистъра откри { $count ->
        [one] { $count } нарушение
       *[other] { $count } нарушения
    }: възможно е да са създадени или изгубени пари.
telegram-alert-job_dead = Фонова задача е прекратена след неуспешни опити: { $job } ({ $id }). Последна грешка: { $reason }
