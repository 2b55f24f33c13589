# Notifications: one subject (also the in-app title) and one body per kind. Arguments come from
# what happened: $name is always the person's name; links are added below the body by the sender.
# A kind may add `-details`, a paragraph shown only when its arguments are all there (notices
# stored by an older version lack some).

notify-footer = Вы атрымалі гэтае паведамленне, бо маеце ўліковы запіс у { $seller }. Выбраць, пра што і дзе вас апавяшчаць, можна на старонцы ўліковага запісу.
notify-open = Адкрыць
notify-unsubscribe = Адпісацца ад гэтых лістоў
notify-unsubscribe-intro = Больш не атрымліваць лісты гэтага тыпу? Гэта не паўплывае на апавяшчэнні бяспекі і іншыя тыпы апавяшчэнняў; зноў уключыць іх можна на старонцы ўліковага запісу.
notify-unsubscribe-confirm = Адпісацца
notify-unsubscribe-done = Гатова: вы больш не будзеце атрымліваць гэтыя лісты.

notify-top_up_credited-subject = Ваш кашалёк папоўнены на { $amount }
notify-top_up_credited-body = Вітаем, { $name }! У ваш кашалёк залічана { $amount }.
notify-top_up_credited-details = Ваш плацёж { $reference } на суму { $paid } праз { $gateway } паступіў. Баланс і гісторыя аперацый — на старонцы кашалька.
notify-transfer_confirmed-subject = Ваш банкаўскі перавод на суму { $amount } паступіў
notify-transfer_confirmed-body = Вітаем, { $name }! Мы атрымалі ваш банкаўскі перавод: { $amount } цяпер у вашым кашальку.
notify-transfer_confirmed-details = Код плацяжу: { $reference }; вы адправілі { $paid }.
notify-purchase_receipt-subject = Квітанцыя за вашу пакупку ({ $invoice })
notify-purchase_receipt-body = Вітаем, { $name }! Дзякуй за пакупку. Рахунак { $invoice } на суму { $amount } аплачаны з вашага кашалька. Вашы ліцэнзійныя ключы — на старонцы вашых ліцэнзій; PDF рахунку можна ў любы час спампаваць на старонцы кашалька.
notify-order_failed-subject = Не ўдалося выканаць вашу замову
notify-order_failed-body = Вітаем, { $name }! Вашу замову не ўдалося выканаць. { $reason ->
        [unpaid] Аплата не прайшла, таму сродкі не спісаны. Вы можаце зноў зрабіць замову ў краме.
        [returned] Плацежны правайдар вярнуў аплату, таму пакупка не адбылася.
        [late] Аплата паступіла занадта позна, каб купіць па цане, якую вам назвалі. Сума { $amount }, якую вы заплацілі, — у вашым кашальку: купляйце зноў у краме, калі пажадаеце.
       *[refused] Крама больш не можа выканаць замову ў тым выглядзе, у якім яна была зроблена (прамакод вычарпаны, тарыф больш не прадаецца). Сума { $amount }, якую вы заплацілі, — у вашым кашальку.
    }
notify-refund-subject = Вам вернута { $amount }
notify-refund-body = Вітаем, { $name }! Сума { $amount } па рахунку { $invoice } вернута ў ваш кашалёк.
notify-payment_attention-subject = Плацёж патрабуе вашай увагі
notify-payment_attention-body = Вітаем, { $name }! Плацёж на суму { $amount } чакае рашэння.
notify-license_issued-subject = Ваша ліцэнзія на { $product } гатовая
notify-license_issued-body = Вітаем, { $name }! Вам выдадзена ліцэнзія на { $product } ({ $plan }). Яе ключ — на старонцы вашых ліцэнзій.
notify-device_activated-subject = Ліцэнзія на { $product } актывавана на новай прыладзе
notify-device_activated-body = Вітаем, { $name }! Ваша ліцэнзія на { $product } актывавана на прыладзе { $device }. Калі гэта былі не вы, вызваліце месца на старонцы вашых ліцэнзій.
notify-seat_freed-subject = Вызвалена месца ў ліцэнзіі на { $product }
notify-seat_freed-body = Вітаем, { $name }! Прылада { $device } больш не займае месца ў вашай ліцэнзіі на { $product }.
notify-license_expiring-subject = Тэрмін дзеяння вашай ліцэнзіі на { $product } заканчваецца праз { $days ->
        [one] { $days } дзень
        [few] { $days } дні
        [many] { $days } дзён
       *[other] { $days } дня
    }
notify-license_expiring-body = Вітаем, { $name }! Тэрмін дзеяння вашай ліцэнзіі на { $product } заканчваецца праз { $days ->
        [one] { $days } дзень
        [few] { $days } дні
        [many] { $days } дзён
       *[other] { $days } дня
    }. Падоўжыце яе, каб і далей карыстацца прадуктам { $product } і атрымліваць абнаўленні.
notify-license_expired-subject = Тэрмін дзеяння вашай ліцэнзіі на { $product } скончыўся
notify-license_expired-body = Вітаем, { $name }! Тэрмін дзеяння вашай ліцэнзіі на { $product } скончыўся.
notify-renewal_upcoming-subject = Ваша ліцэнзія на { $product } будзе падоўжана { $date }
notify-renewal_upcoming-body = Вітаем, { $name }! Ваша ліцэнзія на { $product } будзе аўтаматычна падоўжана { $date } за { $amount } з вашага кашалька. { $reason ->
        [wallet_short] У кашальку пакуль недастаткова сродкаў: папоўніце яго да гэтай даты, інакш дзеянне ліцэнзіі спыніцца.
       *[other] Сродкаў у кашальку дастаткова.
    } Аўтаматычнае падаўжэнне можна выключыць на старонцы вашых ліцэнзій.
notify-license_renewed-subject = Ваша ліцэнзія на { $product } падоўжана
notify-license_renewed-body = Вітаем, { $name }! Ваша ліцэнзія на { $product } аўтаматычна падоўжана да { $date }. Рахунак { $invoice } на суму { $amount } аплачаны з вашага кашалька.
notify-renewal_failed-subject = Не ўдалося падоўжыць вашу ліцэнзію на { $product }
notify-renewal_failed-body = Вітаем, { $name }! Не ўдалося аўтаматычна падоўжыць вашу ліцэнзію на { $product }. { $reason ->
        [wallet_short] Падаўжэнне каштуе { $amount }, а ў вашым кашальку { $paid }. Папоўніце кашалёк і падоўжыце ліцэнзію на старонцы вашых ліцэнзій.
        [not_for_sale] Яе тарыф больш не прадаецца.
       *[other] Падоўжыце яе на старонцы вашых ліцэнзій.
    } Калі падоўжыць яе да { $date }, ключ і прылады захаваюцца.
notify-clone_suspected-subject = Магчыма, вашу ліцэнзію на { $product } выкарыстоўваюць на скапіяванай прыладзе
notify-clone_suspected-body = Вітаем, { $name }! Два камп’ютары толькі што прад’явілі адну і тую ж актывацыю вашай ліцэнзіі на { $product } (прылада «{ $device }»). Звычайна гэта азначае, што вобраз дыска або віртуальную машыну скапіявалі разам з ліцэнзіяй.

    Актывацыя прыпынена. Калі вы пазнаеце абодва камп’ютары, вызваліце стары на старонцы вашых ліцэнзій і актывуйце новы. Калі не, вашым ліцэнзійным ключом можа карыстацца нехта іншы: звярніцеся да прадаўца.
notify-license_status-subject = Новы статус вашай ліцэнзіі на { $product }: { $status ->
        [active] «Актыўная»
        [suspended] «Прыпыненая»
        [expired] «Скончылася»
        [revoked] «Адкліканая»
       *[other] «{ $status }»
    }
notify-license_status-body = Вітаем, { $name }! Статус вашай ліцэнзіі на { $product } зменены на { $status ->
        [active] «Актыўная»
        [suspended] «Прыпыненая»
        [expired] «Скончылася»
        [revoked] «Адкліканая»
       *[other] «{ $status }»
    }.
notify-release_published-subject = Выйшла новая версія: { $product } { $version }
notify-release_published-body = Вітаем, { $name }! Версія { $version } прадукту { $product } апублікавана { $channel ->
        [stable] у стабільным канале
        [beta] у бэта-канале
        [alpha] у альфа-канале
       *[other] у канале { $channel }
    }. Яна даступная на старонцы спамповак.
notify-new_sign_in-subject = Новы ўваход у ваш уліковы запіс
notify-new_sign_in-body = Вітаем, { $name }! Толькі што быў выкананы ўваход у ваш уліковы запіс з прылады { $device }. Калі гэта былі не вы, неадкладна змяніце пароль.
notify-password_changed-subject = Ваш пароль зменены
notify-password_changed-body = Вітаем, { $name }! Пароль вашага ўліковага запісу зменены. Калі гэта былі не вы, неадкладна скіньце яго і звярніцеся ў службу падтрымкі.
notify-two_factor_changed-subject = Двухфактарная аўтэнтыфікацыя { $status ->
        [on] ўключана
        [off] выключана
       *[other] зменена: { $status }
    }
notify-two_factor_changed-body = Вітаем, { $name }! Двухфактарная аўтэнтыфікацыя для вашага ўліковага запісу { $status ->
        [on] ўключана
        [off] выключана
       *[other] зменена: { $status }
    }. Калі гэта былі не вы, неадкладна звярніцеся ў службу падтрымкі.
notify-api_key_created-subject = Створаны новы ключ API
notify-api_key_created-body = Вітаем, { $name }! Для вашага ўліковага запісу створаны ключ API «{ $key_name }». Калі гэта былі не вы, неадкладна адклічце яго.
notify-commission_earned-subject = Вам налічана ўзнагарода { $amount }
notify-commission_earned-body = Вітаем, { $name }! Пакупка па вашай рэферальнай спасылцы прынесла вам { $amount }. Узнагарода ўтрымліваецца да заканчэння тэрміну вяртання сродкаў.
notify-commission_released-subject = Узнагарода { $amount } цяпер ваша
notify-commission_released-body = Вітаем, { $name }! Партнёрская ўзнагарода на суму { $amount } залічана ў ваш кашалёк.
notify-marketing-subject = { $headline }
notify-marketing-body = Вітаем, { $name }!

    { $text }

# The notifications page, the header's bell, and the choices per kind.
nav-notifications = Апавяшчэнні
notifications-title = Апавяшчэнні
notifications-none = Пакуль нічога няма. Тут будзе з’яўляцца ўсё, што адбываецца з вашымі ліцэнзіямі, плацяжамі і ўліковым запісам.
notifications-mark-all = Пазначыць усе як прачытаныя
notifications-unread = новае
account-notifications-title = Налады апавяшчэнняў
account-notifications-intro = Выберыце для кожнага тыпу апавяшчэнняў, ці будуць яны прыходзіць вам па электроннай пошце і ў праграме. Для апавяшчэнняў бяспекі заўсёды застаецца хоць бы адзін канал.
account-notifications-save = Захаваць налады апавяшчэнняў
account-notifications-saved = Налады апавяшчэнняў захаваны.
account-notifications-security = бяспека
notify-kind = Апавяшчэнне
notify-channel-email = Электронная пошта
notify-channel-in_app = У праграме
notify-channel-telegram = Telegram
notify-group-transactions = Плацяжы
notify-group-licenses = Ліцэнзіі
notify-group-releases = Выпускі
notify-group-security = Бяспека
notify-group-affiliate = Партнёрская праграма
notify-group-marketing = Навіны
notify-kind-top_up_credited = Папаўненне кашалька
notify-kind-transfer_confirmed = Паступленне банкаўскага пераводу
notify-kind-purchase_receipt = Квітанцыі за пакупкі
notify-kind-order_failed = Замовы, якія не ўдалося выканаць
notify-kind-refund = Вяртанне сродкаў
notify-kind-payment_attention = Плацяжы, якія патрабуюць рашэння
notify-kind-license_issued = Выдача вам ліцэнзіі
notify-kind-device_activated = Актывацыя на новай прыладзе
notify-kind-seat_freed = Вызваленне месца
notify-kind-license_expiring = Тэрмін дзеяння ліцэнзіі хутка скончыцца (за 14 і 3 дні)
notify-kind-license_expired = Тэрмін дзеяння ліцэнзіі скончыўся
notify-kind-renewal_upcoming = Набліжаецца аўтаматычнае падаўжэнне (за 7 дзён)
notify-kind-license_renewed = Ліцэнзія падоўжана аўтаматычна
notify-kind-renewal_failed = Аўтаматычнае падаўжэнне не ўдалося
notify-kind-clone_suspected = Падазрэнне на скапіяваную прыладу
notify-kind-license_status = Ліцэнзія прыпынена, адклікана або адноўлена
notify-kind-release_published = Новыя версіі
notify-kind-new_sign_in = Уваход з новай прылады
notify-kind-password_changed = Змена пароля
notify-kind-two_factor_changed = Змена двухфактарнай аўтэнтыфікацыі
notify-kind-api_key_created = Стварэнне ключа API
notify-kind-commission_earned = Налічэнне ўзнагароды
notify-kind-commission_released = Выплата ўзнагароды
notify-kind-marketing = Навіны і прапановы

# New versions per product, on the notification settings page.
account-releases-title = Новыя версіі
account-releases-intro = Для кожнага прадукту, на які ў вас ёсць ліцэнзія: пра якія версіі і дзе вас апавяшчаць. Бэта ўключае і стабільныя версіі, альфа — усе.
account-releases-none = Не апавяшчаць
account-releases-stable = Стабільныя версіі
account-releases-beta = Бэта- і стабільныя версіі
account-releases-alpha = Усе версіі, у тым ліку альфа

# The Telegram bot's replies.
telegram-linked = Вітаем, { $name }! Гэты чат цяпер прывязаны да вашага ўліковага запісу: сюды будуць прыходзіць апавяшчэнні, якія вы выбралі для Telegram. Адпраўце /stop, каб адвязаць яго.
telegram-unlinked = Гэты чат больш не прывязаны да ўліковага запісу. Вы можаце прывязаць яго зноў на старонцы ўліковага запісу.
telegram-link-invalid = Тэрмін дзеяння гэтай спасылкі скончыўся, або яна ўжо выкарыстана. Стварыце новую на старонцы ўліковага запісу.
telegram-help = Каб атрымліваць апавяшчэнні тут, адкрыйце спасылку для Telegram на старонцы ўліковага запісу. Адпраўце /stop, каб адвязаць гэты чат.

# Telegram on the notification settings page.
account-telegram-intro = Атрымлівайце выбраныя апавяшчэнні ў Telegram: прывяжыце гэты ўліковы запіс да чата з ботам крамы.
account-telegram-link = Прывязаць Telegram
account-telegram-open = Адкрыйце гэтую спасылку ў Telegram на працягу 15 хвілін і націсніце «Пачаць» (Start):
account-telegram-linked = Гэты ўліковы запіс прывязаны да чата ў Telegram.
account-telegram-unlink = Адвязаць Telegram

# Alerts to the admins' Telegram chat.
telegram-alert-payment_review = Плацёж патрабуе рашэння: { $payment } ({ $reason }).
telegram-alert-clone_suspected = Прылада можа быць копіяй: ліцэнзія { $license }, прылада { $device }.
telegram-alert-reconciliation = Зверка кнігі ўліку выявіла { $count ->
        [one] { $count } парушэнне
        [few] { $count } парушэнні
        [many] { $count } парушэнняў
       *[other] { $count } парушэння
    }: грошы маглі з’явіцца з нічога або знікнуць.
telegram-alert-job_dead = Фонавае заданне спыніла спробы: { $job } ({ $id }). Апошняя памылка: { $reason }
