# Notifications: one subject (also the in-app title) and one body per kind. Arguments come from
# what happened: $name is always the person's name; links are added below the body by the sender.
# A kind may add `-details`, a paragraph shown only when its arguments are all there (notices
# stored by an older version lack some).

notify-footer = Ово примате због свог налога код продавца { $seller }. На страници налога можете изабрати о чему и где желите да будете обавештавани.
notify-open = Отвори
notify-unsubscribe = Одјави се са ових имејлова
notify-unsubscribe-intro = Желите ли да престанете да примате имејлове ове врсте? Безбедносна обавештења и остале врсте обавештења нису обухваћени; ове имејлове можете поново укључити на страници налога.
notify-unsubscribe-confirm = Одјави се
notify-unsubscribe-done = Готово: више нећете примати ове имејлове.

notify-top_up_credited-subject = Ваш новчаник је допуњен износом од { $amount }
notify-top_up_credited-body = Добар дан, { $name }! У ваш новчаник је додат износ од { $amount }.
notify-top_up_credited-details = Ваша уплата { $reference } у износу од { $paid } преко сервиса { $gateway } је стигла. Стање и историја налазе се на страници новчаника.
notify-transfer_confirmed-subject = Ваш банковни пренос у износу од { $amount } је стигао
notify-transfer_confirmed-body = Добар дан, { $name }! Примили смо ваш банковни пренос: износ од { $amount } сада је у вашем новчанику.
notify-transfer_confirmed-details = Позив на број је био { $reference }; послали сте { $paid }.
notify-purchase_receipt-subject = Потврда о куповини ({ $invoice })
notify-purchase_receipt-body = Добар дан, { $name }! Хвала вам на куповини. Фактура { $invoice }, укупно { $amount }, плаћена је из вашег новчаника. Лиценцни кључеви налазе се на страници Моје лиценце; PDF фактуре можете у сваком тренутку преузети на страници новчаника.
notify-order_failed-subject = Вашу поруџбину није било могуће завршити
notify-order_failed-body = Добар дан, { $name }! Вашу поруџбину није било могуће завршити. { $reason ->
        [unpaid] Плаћање није прошло, па ништа није наплаћено. Можете поново да наручите у продавници.
        [returned] Пружалац услуга плаћања је повукао уплату, па ништа није купљено.
        [late] Уплата је стигла прекасно за куповину по цени која вам је понуђена. Износ од { $amount } који сте платили налази се у вашем новчанику: купите поново у продавници кад год желите.
       *[refused] Продавница више није могла да изврши продају онако како је наручено (промо-код је потрошен или се план више не продаје). Износ од { $amount } који сте платили налази се у вашем новчанику.
    }
notify-refund-subject = Вратили смо вам { $amount }
notify-refund-body = Добар дан, { $name }! Износ од { $amount } по фактури { $invoice } враћен је у ваш новчаник.
notify-payment_attention-subject = Уплата захтева вашу пажњу
notify-payment_attention-body = Добар дан, { $name }! Уплата у износу од { $amount } чека одлуку.
notify-license_issued-subject = Ваша лиценца за { $product } је спремна
notify-license_issued-body = Добар дан, { $name }! Издата вам је лиценца за { $product } ({ $plan }). Њен кључ се налази на страници Моје лиценце.
notify-device_activated-subject = Лиценца за { $product } активирана је на новом уређају
notify-device_activated-body = Добар дан, { $name }! Ваша лиценца за { $product } активирана је на уређају { $device }. Ако то нисте били ви, ослободите место на страници Моје лиценце.
notify-seat_freed-subject = Ослобођено је место у лиценци за { $product }
notify-seat_freed-body = Добар дан, { $name }! Уређај { $device } више не заузима место у вашој лиценци за { $product }.
notify-license_expiring-subject = Ваша лиценца за { $product } истиче за { $days ->
        [one] { $days } дан
        [few] { $days } дана
       *[other] { $days } дана
    }
notify-license_expiring-body = Добар дан, { $name }! Ваша лиценца за { $product } истиче за { $days ->
        [one] { $days } дан
        [few] { $days } дана
       *[other] { $days } дана
    }. Обновите је да бисте наставили да користите { $product } и примате ажурирања.
notify-license_expired-subject = Ваша лиценца за { $product } је истекла
notify-license_expired-body = Добар дан, { $name }! Ваша лиценца за { $product } је истекла.
notify-renewal_upcoming-subject = Ваша лиценца за { $product } обнавља се { $date }
notify-renewal_upcoming-body = Добар дан, { $name }! Ваша лиценца за { $product } аутоматски се обнавља { $date } по цени од { $amount }, која се наплаћује из вашег новчаника. { $reason ->
        [wallet_short] У новчанику још нема довољно средстава: допуните га пре тог датума, иначе лиценца истиче.
       *[other] Стање у новчанику је довољно.
    } Аутоматску обнову можете искључити на страници Моје лиценце.
notify-license_renewed-subject = Ваша лиценца за { $product } је обновљена
notify-license_renewed-body = Добар дан, { $name }! Ваша лиценца за { $product } аутоматски је обновљена до { $date }. Фактура { $invoice }, укупно { $amount }, плаћена је из вашег новчаника.
notify-renewal_failed-subject = Вашу лиценцу за { $product } није било могуће обновити
notify-renewal_failed-body = Добар дан, { $name }! Вашу лиценцу за { $product } није било могуће аутоматски обновити. { $reason ->
        [wallet_short] Обнова кошта { $amount }, а у новчанику имате { $paid }. Допуните новчаник и обновите лиценцу на страници Моје лиценце.
        [not_for_sale] Њен план се више не продаје.
       *[other] Обновите је на страници Моје лиценце.
    } Лиценца задржава кључ и уређаје ако је обновите до { $date }.
notify-clone_suspected-subject = Ваша лиценца за { $product } се можда користи на копираном уређају
notify-clone_suspected-body = Добар дан, { $name }! Два рачунара су управо пријавила исту активацију ваше лиценце за { $product } (уређај „{ $device }“). То обично значи да је слика диска или виртуелна машина копирана заједно са лиценцом.

    Активација је паузирана. Ако препознајете оба рачунара, ослободите стари на страници Моје лиценце и активирајте нови. Ако их не препознајете, неко можда користи ваш лиценцни кључ: обратите се продавцу.
notify-license_status-subject = Ваша лиценца за { $product } је сада { $status ->
        [active] активна
        [suspended] суспендована
        [expired] истекла
        [revoked] опозвана
       *[other] „{ $status }“
    }
notify-license_status-body = Добар дан, { $name }! Статус ваше лиценце за { $product } промењен је у „{ $status ->
        [active] Активна
        [suspended] Суспендована
        [expired] Истекла
        [revoked] Опозвана
       *[other] { $status }
    }“.
notify-release_published-subject = Објављена је верзија { $product } { $version }
notify-release_published-body = Добар дан, { $name }! Верзија { $version } производа { $product } објављена је на { $channel ->
        [stable] стабилном каналу
        [beta] бета каналу
        [alpha] алфа каналу
       *[other] каналу „{ $channel }“
    }. Налази се на страници Преузимања.
notify-new_sign_in-subject = Нова пријава на ваш налог
notify-new_sign_in-body = Добар дан, { $name }! Управо је извршена пријава на ваш налог са уређаја { $device }. Ако то нисте били ви, одмах промените лозинку.
notify-password_changed-subject = Ваша лозинка је промењена
notify-password_changed-body = Добар дан, { $name }! Лозинка вашег налога је промењена. Ако то нисте били ви, одмах је ресетујте и обратите се подршци.
notify-two_factor_changed-subject = Двофакторска пријава је { $status ->
        [on] укључена
        [off] искључена
       *[other] { $status }
    }
notify-two_factor_changed-body = Добар дан, { $name }! Двофакторска пријава за ваш налог је { $status ->
        [on] укључена
        [off] искључена
       *[other] { $status }
    }. Ако то нисте били ви, одмах се обратите подршци.
notify-api_key_created-subject = Направљен је нови API кључ
notify-api_key_created-body = Добар дан, { $name }! За ваш налог је направљен API кључ „{ $key_name }“. Ако то нисте били ви, одмах га опозовите.
notify-commission_earned-subject = Зарадили сте провизију од { $amount }
notify-commission_earned-body = Добар дан, { $name }! Куповина преко вашег линка за препоруке донела вам је { $amount }. Износ се задржава док не истекне рок за повраћај новца.
notify-commission_released-subject = Провизије у износу од { $amount } сада су ваше
notify-commission_released-body = Добар дан, { $name }! Провизије у износу од { $amount } исплаћене су у ваш новчаник.
notify-marketing-subject = { $headline }
notify-marketing-body = Добар дан, { $name }!

    { $text }

# The notifications page, the header's bell, and the choices per kind.
nav-notifications = Обавештења
notifications-title = Обавештења
notifications-none = Још ништа. Овде ће се појављивати шта се дешава са вашим лиценцама, уплатама и налогом.
notifications-mark-all = Означи све као прочитано
notifications-unread = ново
account-notifications-title = Подешавања обавештења
account-notifications-intro = За сваку врсту обавештења изаберите да ли вам стиже имејлом и у апликацији. Безбедносна обавештења увек задржавају бар један канал.
account-notifications-save = Сачувај подешавања обавештења
account-notifications-saved = Подешавања обавештења су сачувана.
account-notifications-security = безбедност
notify-kind = Обавештење
notify-channel-email = Имејл
notify-channel-in_app = У апликацији
notify-channel-telegram = Telegram
notify-group-transactions = Уплате
notify-group-licenses = Лиценце
notify-group-releases = Верзије
notify-group-security = Безбедност
notify-group-affiliate = Партнерски програм
notify-group-marketing = Новости
notify-kind-top_up_credited = Допуна новчаника
notify-kind-transfer_confirmed = Пријем банковног преноса
notify-kind-purchase_receipt = Потврде о куповини
notify-kind-order_failed = Незавршене поруџбине
notify-kind-refund = Повраћаји новца
notify-kind-payment_attention = Уплате које чекају одлуку
notify-kind-license_issued = Издата вам је лиценца
notify-kind-device_activated = Активација на новом уређају
notify-kind-seat_freed = Ослобођено место
notify-kind-license_expiring = Лиценца ускоро истиче (14 и 3 дана раније)
notify-kind-license_expired = Лиценца је истекла
notify-kind-renewal_upcoming = Предстојећа аутоматска обнова (7 дана раније)
notify-kind-license_renewed = Лиценца је аутоматски обновљена
notify-kind-renewal_failed = Аутоматска обнова није успела
notify-kind-clone_suspected = Могуће копиран уређај
notify-kind-license_status = Лиценца суспендована, опозвана или поново омогућена
notify-kind-release_published = Нове верзије
notify-kind-new_sign_in = Пријава са новог уређаја
notify-kind-password_changed = Промена лозинке
notify-kind-two_factor_changed = Промена двофакторске пријаве
notify-kind-api_key_created = Направљен API кључ
notify-kind-commission_earned = Зарађена провизија
notify-kind-commission_released = Исплаћена провизија
notify-kind-marketing = Новости и понуде

# New versions per product, on the notification settings page.
account-releases-title = Нове верзије
account-releases-intro = За сваки производ за који имате лиценцу: о којим верзијама желите да будете обавештени и где. Бета обухвата и стабилне верзије, а алфа све верзије.
account-releases-none = Ни о једној
account-releases-stable = Стабилне верзије
account-releases-beta = Бета и стабилне верзије
account-releases-alpha = Све верзије, укључујући алфа

# The Telegram bot's replies.
telegram-linked = Добар дан, { $name }! Овај чет је сада повезан са вашим налогом: обавештења која изаберете за Telegram стизаће овде. Пошаљите /stop да бисте прекинули везу.
telegram-unlinked = Овај чет више није повезан ни са једним налогом. Можете га поново повезати на страници налога.
telegram-link-invalid = Овај линк је истекао или је већ искоришћен. Направите нови на страници налога.
telegram-help = Да бисте овде примали обавештења, отворите Telegram линк на страници налога. Пошаљите /stop да бисте прекинули везу овог чета са налогом.

# Telegram on the notification settings page.
account-telegram-intro = Примајте изабрана обавештења у Telegram-у: повежите овај налог са четом са ботом продавнице.
account-telegram-link = Повежи Telegram
account-telegram-open = Отворите овај линк у Telegram-у у року од 15 минута и притисните „Покрени“ (Start):
account-telegram-linked = Овај налог је повезан са Telegram четом.
account-telegram-unlink = Прекини везу са Telegram-ом

# Alerts to the admins' Telegram chat.
telegram-alert-payment_review = Уплата чека одлуку: { $payment } ({ $reason }).
telegram-alert-clone_suspected = Уређај је можда копија: лиценца { $license }, уређај { $device }.
telegram-alert-reconciliation = Усаглашавање главне књиге пронашло је { $count ->
        [one] { $count } неусаглашеност
        [few] { $count } неусаглашености
       *[other] { $count } неусаглашености
    }: новац је можда створен или изгубљен.
telegram-alert-job_dead = Позадински задатак је обустављен: { $job } ({ $id }). Последња грешка: { $reason }
