# Notifications: one subject (also the in-app title) and one body per kind. Arguments come from
# what happened: $name is always the person's name; links are added below the body by the sender.
# A kind may add `-details`, a paragraph shown only when its arguments are all there (notices
# stored by an older version lack some).

notify-footer = Бұл хабарды { $seller } дүкеніндегі тіркелгіңізге байланысты алып отырсыз. Не туралы және қайда хабар алатыныңызды тіркелгі бетінде таңдаңыз.
notify-open = Ашу
notify-unsubscribe = Бұл хаттарға жазылымнан бас тарту
notify-unsubscribe-intro = Осы түрдегі хаттарды алуды тоқтату керек пе? Қауіпсіздік хабарландыруларына және басқа түрлерге әсер етпейді; мұны тіркелгі бетінен қайта қоса аласыз.
notify-unsubscribe-confirm = Жазылымнан бас тарту
notify-unsubscribe-done = Дайын: бұдан былай бұл хаттарды алмайсыз.

notify-top_up_credited-subject = Әмияныңыз { $amount } сомасына толтырылды
notify-top_up_credited-body = Сәлеметсіз бе, { $name }! Әмияныңызға { $amount } қосылды.
notify-top_up_credited-details = { $gateway } арқылы жасалған { $paid } сомасындағы { $reference } төлеміңіз түсті. Балансыңыз бен операциялар тарихы әмиян бетінде.
notify-transfer_confirmed-subject = { $amount } сомасындағы банк аударымыңыз түсті
notify-transfer_confirmed-body = Сәлеметсіз бе, { $name }! Банк аударымыңызды алдық: { $amount } енді әмияныңызда.
notify-transfer_confirmed-details = Оның төлем коды: { $reference }; сіз { $paid } жібердіңіз.
notify-purchase_receipt-subject = Сатып алу түбіртегі ({ $invoice })
notify-purchase_receipt-body = Сәлеметсіз бе, { $name }! Сатып алғаныңыз үшін рахмет. Жалпы сомасы { $amount } болатын { $invoice } шот-фактурасы әмияныңыздан төленді. Лицензия кілттеріңіз «Менің лицензияларым» бетінде; шот-фактураның PDF файлын кез келген уақытта әмиян бетінен жүктеп алуға болады.
notify-order_failed-subject = Тапсырысыңызды аяқтау мүмкін болмады
notify-order_failed-body = Сәлеметсіз бе, { $name }! Тапсырысыңызды аяқтау мүмкін болмады. { $reason ->
        [unpaid] Оның төлемі өтпеді, сондықтан сізден ештеңе алынған жоқ. Дүкеннен қайта тапсырыс бере аласыз.
        [returned] Оның төлемін төлем провайдері кері қайтарып алды, сондықтан ештеңе сатып алынған жоқ.
        [late] Оның төлемі сізге ұсынылған бағамен сатып алу үшін тым кеш түсті. Сіз төлеген { $amount } әмияныңызда: дүкеннен кез келген уақытта қайта сатып ала аласыз.
       *[refused] Дүкен оны тапсырыс берілген күйінде сата алмады (промокод таусылған немесе тариф енді сатылмайды). Сіз төлеген { $amount } әмияныңызда.
    }
notify-refund-subject = Сізге { $amount } қайтарылды
notify-refund-body = Сәлеметсіз бе, { $name }! { $invoice } шот-фактурасы бойынша { $amount } әмияныңызға қайтарылды.
notify-payment_attention-subject = Төлем назарыңызды қажет етеді
notify-payment_attention-body = Сәлеметсіз бе, { $name }! { $amount } сомасындағы төлем шешім күтіп тұр.
notify-license_issued-subject = { $product } лицензияңыз дайын
notify-license_issued-body = Сәлеметсіз бе, { $name }! Сізге { $product } ({ $plan }) лицензиясы берілді. Оның кілті «Менің лицензияларым» бетінде.
notify-device_activated-subject = { $product } жаңа құрылғыда белсендірілді
notify-device_activated-body = Сәлеметсіз бе, { $name }! { $product } лицензияңыз { $device } құрылғысында белсендірілді. Егер бұл сіз болмасаңыз, «Менің лицензияларым» бетінен орынды босатыңыз.
notify-seat_freed-subject = { $product } лицензиясының бір орны босатылды
notify-seat_freed-body = Сәлеметсіз бе, { $name }! { $device } құрылғысы енді { $product } лицензияңыздың орнын пайдаланбайды.
notify-license_expiring-subject = { $product } лицензияңыздың мерзімі { $days ->
        [one] бір күннен
       *[other] { $days } күннен
    } кейін аяқталады
notify-license_expiring-body = Сәлеметсіз бе, { $name }! { $product } лицензияңыздың мерзімі { $days ->
        [one] бір күннен
       *[other] { $days } күннен
    } кейін аяқталады. { $product } өнімін пайдалануды және жаңартулар алуды жалғастыру үшін лицензияны ұзартыңыз.
notify-license_expired-subject = { $product } лицензияңыздың мерзімі аяқталды
notify-license_expired-body = Сәлеметсіз бе, { $name }! { $product } лицензияңыздың мерзімі аяқталды.
notify-renewal_upcoming-subject = { $product } лицензияңыз { $date } күні ұзартылады
notify-renewal_upcoming-body = Сәлеметсіз бе, { $name }! { $product } лицензияңыз { $date } күні автоматты түрде ұзартылады, ол үшін әмияныңыздан { $amount } алынады. { $reason ->
        [wallet_short] Әмияныңызда әзірге мұнша қаражат жоқ: оған дейін әмиянды толтырыңыз, әйтпесе лицензияның мерзімі аяқталады.
       *[other] Әмияныңыздағы қаражат жеткілікті.
    } Автоматты ұзартуды «Менің лицензияларым» бетінде өшіре аласыз.
notify-license_renewed-subject = { $product } лицензияңыз ұзартылды
notify-license_renewed-body = Сәлеметсіз бе, { $name }! { $product } лицензияңыз { $date } күніне дейін автоматты түрде ұзартылды. Жалпы сомасы { $amount } болатын { $invoice } шот-фактурасы әмияныңыздан төленді.
notify-renewal_failed-subject = { $product } лицензияңызды ұзарту мүмкін болмады
notify-renewal_failed-body = Сәлеметсіз бе, { $name }! { $product } лицензияңызды автоматты түрде ұзарту мүмкін болмады. { $reason ->
        [wallet_short] Ұзарту құны — { $amount }, ал әмияныңызда { $paid } бар. Әмиянды толтырып, лицензияны «Менің лицензияларым» бетінен ұзартыңыз.
        [not_for_sale] Оның тарифі енді сатылмайды.
       *[other] Оны «Менің лицензияларым» бетінен ұзартыңыз.
    } Егер { $date } күніне дейін ұзартылса, лицензияның кілті мен құрылғылары сақталады.
notify-clone_suspected-subject = { $product } лицензияңыз көшірілген құрылғыда пайдаланылып жатқан болуы мүмкін
notify-clone_suspected-body = Сәлеметсіз бе, { $name }! Жаңа ғана екі компьютер { $product } лицензияңыздың бір белсендіруін бірдей ұсынды («{ $device }» құрылғысы). Әдетте бұл диск бейнесі немесе виртуалды машина ондағы лицензиямен бірге көшірілгенін білдіреді.

    Белсендіру кідіртілді. Егер екі компьютерді де танысаңыз, «Менің лицензияларым» бетінде ескісін босатып, жаңасын белсендіріңіз. Егер танымасаңыз, лицензия кілтіңізді біреу пайдаланып жүрген болуы мүмкін: сатушыға хабарласыңыз.
notify-license_status-subject = { $product } лицензияңыздың жаңа күйі: { $status ->
        [active] «Белсенді»
        [suspended] «Тоқтатыла тұрған»
        [expired] «Мерзімі өткен»
        [revoked] «Күші жойылған»
       *[other] «{ $status }»
    }
notify-license_status-body = Сәлеметсіз бе, { $name }! { $product } лицензияңыздың күйі { $status ->
        [active] «Белсенді»
        [suspended] «Тоқтатыла тұрған»
        [expired] «Мерзімі өткен»
        [revoked] «Күші жойылған»
       *[other] «{ $status }»
    } болып өзгерді.
notify-release_published-subject = { $product } { $version } шықты
notify-release_published-body = Сәлеметсіз бе, { $name }! { $product } өнімінің { $version } нұсқасы { $channel ->
        [stable] тұрақты арнада
        [beta] бета арнада
        [alpha] альфа арнада
       *[other] «{ $channel }» арнасында
    } жарияланды. Оны жүктеп алулар бетінен таба аласыз.
notify-new_sign_in-subject = Тіркелгіңізге жаңа кіру
notify-new_sign_in-body = Сәлеметсіз бе, { $name }! Жаңа ғана тіркелгіңізге { $device } құрылғысынан кіру орындалды. Егер бұл сіз болмасаңыз, құпиясөзіңізді дереу өзгертіңіз.
notify-password_changed-subject = Құпиясөзіңіз өзгертілді
notify-password_changed-body = Сәлеметсіз бе, { $name }! Тіркелгіңіздің құпиясөзі өзгертілді. Егер бұл сіз болмасаңыз, оны дереу қалпына келтіріп, қолдау қызметіне хабарласыңыз.
notify-two_factor_changed-subject = Екі факторлы кіру { $status ->
        [on] қосылды
        [off] өшірілді
       *[other] өзгертілді ({ $status })
    }
notify-two_factor_changed-body = Сәлеметсіз бе, { $name }! Тіркелгіңізде екі факторлы кіру { $status ->
        [on] қосылды
        [off] өшірілді
       *[other] өзгертілді ({ $status })
    }. Егер бұл сіз болмасаңыз, дереу қолдау қызметіне хабарласыңыз.
notify-api_key_created-subject = Жаңа API кілті жасалды
notify-api_key_created-body = Сәлеметсіз бе, { $name }! Тіркелгіңіз үшін «{ $key_name }» API кілті жасалды. Егер бұл сіз болмасаңыз, оның күшін дереу жойыңыз.
notify-commission_earned-subject = Сізге { $amount } комиссия есептелді
notify-commission_earned-body = Сәлеметсіз бе, { $name }! Шақыру сілтемеңіз арқылы жасалған сатып алу сізге { $amount } әкелді. Бұл сома қайтару мерзімі аяқталғанша ұстап тұрылады.
notify-commission_released-subject = { $amount } комиссия енді сіздікі
notify-commission_released-body = Сәлеметсіз бе, { $name }! { $amount } сомасындағы комиссия әмияныңызға аударылды.
notify-marketing-subject = { $headline }
notify-marketing-body = Сәлеметсіз бе, { $name }!

    { $text }

# The notifications page, the header's bell, and the choices per kind.
nav-notifications = Хабарландырулар
notifications-title = Хабарландырулар
notifications-none = Әзірге ештеңе жоқ. Лицензияларыңызға, төлемдеріңізге және тіркелгіңізге қатысты оқиғалар осында көрсетіледі.
notifications-mark-all = Барлығын оқылды деп белгілеу
notifications-unread = жаңа
account-notifications-title = Хабарландыру параметрлері
account-notifications-intro = Хабарландырудың әр түрі үшін оның сізге электрондық пошта арқылы және қолданбада келетін-келмейтінін таңдаңыз. Қауіпсіздік хабарландырулары әрқашан кемінде бір арна арқылы келеді.
account-notifications-save = Хабарландыру параметрлерін сақтау
account-notifications-saved = Хабарландыру параметрлері сақталды.
account-notifications-security = қауіпсіздік
notify-kind = Хабарландыру
notify-channel-email = Электрондық пошта
notify-channel-in_app = Қолданбада
notify-channel-telegram = Telegram
notify-group-transactions = Төлемдер
notify-group-licenses = Лицензиялар
notify-group-releases = Шығарылымдар
notify-group-security = Қауіпсіздік
notify-group-affiliate = Серіктестік бағдарлама
notify-group-marketing = Жаңалықтар
notify-kind-top_up_credited = Әмиян толтырылды
notify-kind-transfer_confirmed = Банк аударымы түсті
notify-kind-purchase_receipt = Сатып алу түбіртектері
notify-kind-order_failed = Аяқталмаған тапсырыстар
notify-kind-refund = Қайтарымдар
notify-kind-payment_attention = Шешім күтетін төлемдер
notify-kind-license_issued = Сізге берілген лицензия
notify-kind-device_activated = Жаңа құрылғыда белсендіру
notify-kind-seat_freed = Орын босатылды
notify-kind-license_expiring = Лицензия мерзімінің аяқталуы жақындады (14 және 3 күн бұрын)
notify-kind-license_expired = Лицензия мерзімі аяқталды
notify-kind-renewal_upcoming = Алдағы автоматты ұзарту (7 күн бұрын)
notify-kind-license_renewed = Лицензия автоматты түрде ұзартылды
notify-kind-renewal_failed = Автоматты ұзарту сәтсіз аяқталды
notify-kind-clone_suspected = Көшірілген болуы мүмкін құрылғы
notify-kind-license_status = Лицензия тоқтатыла тұрды, күші жойылды немесе қалпына келтірілді
notify-kind-release_published = Жаңа нұсқалар
notify-kind-new_sign_in = Жаңа құрылғыдан кіру
notify-kind-password_changed = Құпиясөз өзгертілді
notify-kind-two_factor_changed = Екі факторлы кіру өзгертілді
notify-kind-api_key_created = API кілті жасалды
notify-kind-commission_earned = Комиссия есептелді
notify-kind-commission_released = Комиссия төленді
notify-kind-marketing = Жаңалықтар мен ұсыныстар

# New versions per product, on the notification settings page.
account-releases-title = Жаңа нұсқалар
account-releases-intro = Лицензияңыз бар әр өнім үшін: қандай нұсқалар туралы және қайда хабар аласыз. Бета таңдалса, тұрақты нұсқалар туралы да хабарланады; альфа таңдалса, барлығы туралы.
account-releases-none = Мүлдем хабарламау
account-releases-stable = Тұрақты нұсқалар
account-releases-beta = Бета және тұрақты нұсқалар
account-releases-alpha = Барлық нұсқа, альфаны қоса алғанда

# The Telegram bot's replies.
telegram-linked = Сәлеметсіз бе, { $name }! Бұл чат енді тіркелгіңізге байланыстырылды: Telegram үшін таңдаған хабарландыруларыңыз осында келеді. Байланысты үзу үшін /stop жіберіңіз.
telegram-unlinked = Бұл чат енді ешбір тіркелгіге байланыстырылмаған. Оны тіркелгі бетінен қайта байланыстыра аласыз.
telegram-link-invalid = Бұл сілтеменің мерзімі өткен немесе ол бұрын пайдаланылған. Тіркелгі бетінде жаңасын жасаңыз.
telegram-help = Хабарландыруларды осында алу үшін тіркелгі бетіндегі Telegram сілтемесін ашыңыз. Бұл чатты ажырату үшін /stop жіберіңіз.

# Telegram on the notification settings page.
account-telegram-intro = Таңдаған хабарландыруларыңызды Telegram арқылы алыңыз: бұл тіркелгіні дүкен ботымен чатқа байланыстырыңыз.
account-telegram-link = Telegram чатын байланыстыру
account-telegram-open = Бұл сілтемені 15 минут ішінде Telegram қолданбасында ашып, Start түймесін басыңыз:
account-telegram-linked = Бұл тіркелгі Telegram чатына байланыстырылған.
account-telegram-unlink = Telegram чатын ажырату

# Alerts to the admins' Telegram chat.
telegram-alert-payment_review = Төлем шешім күтуде: { $payment } ({ $reason }).
telegram-alert-clone_suspected = Құрылғы көшірме болуы мүмкін: лицензия { $license }, құрылғы { $device }.
telegram-alert-reconciliation = Есеп кітабын салыстыру барысында { $count } бұзушылық анықталды: ақша жоқтан пайда болған немесе жоғалған болуы мүмкін.
telegram-alert-job_dead = Фондық тапсырманың әрекеттері таусылды: { $job } ({ $id }). Соңғы қате: { $reason }
