# Titles and details of RFC 9457 problem responses, one pair per stable error code.

problem-bad-request-title = Некарэктны запыт
problem-bad-request-detail = Не ўдалося разабраць запыт: { $reason }
bad-request-not-json = цела запыту не з’яўляецца карэктным JSON.
bad-request-missing-field = поле «{ $field }» абавязковае.
bad-request-unknown-field = гэты запыт не прымае поле «{ $field }».
bad-request-malformed-field = поле «{ $field }» мае значэнне няправільнага тыпу або фармату.
bad-request-malformed = адно са значэнняў у ім мае няправільны тып або фармат.
problem-not-found-title = Не знойдзена
problem-not-found-detail = Па гэтым адрасе нічога няма.
problem-method-not-allowed-title = Метад не дазволены
problem-method-not-allowed-detail = Гэты адрас не прымае метад { $method }.
problem-payload-too-large-title = Запыт занадта вялікі
problem-payload-too-large-detail = Цела запыту большае, чым прымае гэты сервер (максімум — { $limit ->
        [one] { $limit } байт
        [few] { $limit } байты
        [many] { $limit } байтаў
       *[other] { $limit } байта
    }).
problem-unsupported-media-type-title = Тып даных не падтрымліваецца
problem-unsupported-media-type-detail = Адпраўляйце цела запыту ў фармаце JSON з загалоўкам Content-Type: application/json.
problem-request-timeout-title = Час чакання запыту скончыўся
problem-request-timeout-detail = Запыт выконваўся больш за { $seconds ->
        [one] { $seconds } секунду
        [few] { $seconds } секунды
        [many] { $seconds } секунд
       *[other] { $seconds } секунды
    } і быў спынены. Нічога не захавана, калі ў адказе не сказана іншае.
problem-too-many-requests-title = Занадта шмат запытаў
problem-too-many-requests-detail = Занадта шмат запытаў за кароткі час. Пачакайце і паўтарыце спробу.
problem-internal-error-title = Унутраная памылка
problem-internal-error-detail = На нашым баку адбылася памылка. Яна зафіксавана; калі будзеце звяртацца ў службу падтрымкі, укажыце ідэнтыфікатар запыту { $request_id }.
problem-service-unavailable-title = Сэрвіс недаступны
problem-service-unavailable-detail = Сэрвіс часова недаступны. Паспрабуйце яшчэ раз крыху пазней.
problem-http-error-title = Запыт не выкананы
problem-http-error-detail = Запыт завяршыўся памылкай з HTTP-статусам { $status }.

## Accounts and sessions

problem-invalid-email-title = Некарэктны адрас электроннай пошты
problem-invalid-email-detail = «{ $field }» не з’яўляецца карэктным адрасам электроннай пошты.
problem-password-length-title = Даўжыня пароля
problem-password-length-detail = Даўжыня пароля павінна быць ад { $min } да { $max } сімвалаў.
problem-password-too-common-title = Занадта распаўсюджаны пароль
problem-password-too-common-detail = Гэты пароль — адзін з самых распаўсюджаных. Выберыце іншы.
problem-password-contains-email-title = Пароль утрымлівае адрас электроннай пошты
problem-password-contains-email-detail = Пароль не павінен утрымліваць ваш адрас электроннай пошты. Выберыце іншы.
problem-invalid-name-title = Некарэктнае імя
problem-invalid-name-detail = Імя павінна ўтрымліваць ад 1 да 100 сімвалаў, без кіравальных сімвалаў.
problem-invalid-timezone-title = Некарэктны часавы пояс
problem-invalid-timezone-detail = Укажыце назву часавога пояса, напрыклад Europe/Berlin або UTC.
problem-unsupported-locale-title = Мова не падтрымліваецца
problem-unsupported-locale-detail = Гэтая мова недаступная. Выберыце адну з прапанаваных моў.
problem-invalid-credentials-title = Не ўдалося ўвайсці
problem-invalid-credentials-detail = Няправільны адрас электроннай пошты або пароль.
problem-account-locked-title = Уліковы запіс заблакаваны
problem-account-locked-detail = Гэты ўліковы запіс заблакаваны. Звярніцеся ў службу падтрымкі.
problem-unauthenticated-title = Уваход не выкананы
problem-unauthenticated-detail = Для гэтага запыту патрэбны сапраўдны токен доступу. Увайдзіце зноў, каб атрымаць яго.
problem-invalid-refresh-token-title = Сеанс скончыўся
problem-invalid-refresh-token-detail = Сеанс скончыўся або быў завершаны. Увайдзіце зноў.
problem-invalid-link-token-title = Спасылка больш не сапраўдная
problem-invalid-link-token-detail = Гэтая спасылка несапраўдная, ужо выкарыстаная або тэрмін яе дзеяння скончыўся. Запытайце новую.
problem-forbidden-title = Доступ забаронены
problem-forbidden-detail = Вы ўвайшлі ў сістэму, але з гэтымі ўліковымі данымі гэта рабіць забаронена.
problem-limit-reached-title = Дасягнуты ліміт
problem-limit-reached-detail = Вы дасягнулі ліміту: { $limit }. Выдаліце адзін элемент, перш чым дадаваць іншы.
problem-invalid-scope-title = Некарэктны дазвол
problem-invalid-scope-detail = Выберыце хоць бы адзін з прапанаваных дазволаў; некаторыя з іх даступныя толькі адміністратарам.
problem-out-of-range-title = Значэнне па-за дапушчальным дыяпазонам
problem-out-of-range-detail = Значэнне поля «{ $field }» выходзіць за межы дапушчальнага дыяпазону.
problem-totp-required-title = Патрэбны аднаразовы код
problem-totp-required-detail = Гэты ўліковы запіс выкарыстоўвае двухфактарную аўтэнтыфікацыю. Увядзіце код з праграмы-аўтэнтыфікатара або рэзервовы код.
problem-totp-invalid-title = Няправільны аднаразовы код
problem-totp-invalid-detail = Код няправільны, састарэў або ўжо выкарыстаны. Дачакайцеся наступнага кода і паспрабуйце яшчэ раз.
problem-totp-locked-title = Двухфактарная аўтэнтыфікацыя заблакавана
problem-totp-locked-detail = Занадта шмат няправільных кодаў. Двухфактарная аўтэнтыфікацыя заблакавана на 15 хвілін.
problem-totp-already-enabled-title = Двухфактарная аўтэнтыфікацыя ўжо ўключана
problem-totp-already-enabled-detail = Для гэтага ўліковага запісу двухфактарная аўтэнтыфікацыя ўжо ўключана.
problem-totp-not-enabled-title = Двухфактарная аўтэнтыфікацыя выключана
problem-totp-not-enabled-detail = Для гэтага ўліковага запісу двухфактарная аўтэнтыфікацыя не ўключана (або яе наладжванне не пачата).
problem-invalid-code-title = Няправільны код
problem-invalid-code-detail = Значэнне поля «{ $field }» няправільнае або састарэлае.
problem-invalid-role-title = Невядомая роля
problem-invalid-role-detail = Роля павінна быць адной з наступных: user, support або admin.
problem-csrf-failed-title = Форма састарэла
problem-csrf-failed-detail = Не ўдалося прыняць гэтую форму. Абнавіце старонку і паспрабуйце яшчэ раз.
problem-two-factor-required-for-staff-title = Патрэбна двухфактарная аўтэнтыфікацыя
problem-two-factor-required-for-staff-detail = На гэтым серверы персанал павінен выкарыстоўваць двухфактарную аўтэнтыфікацыю. Спачатку ўключыце яе ў наладах уліковага запісу.
problem-slug-taken-title = Ідэнтыфікатар заняты
problem-slug-taken-detail = Іншы прадукт ужо выкарыстоўвае гэты ідэнтыфікатар (slug). Выберыце іншы.
problem-invalid-slug-title = Некарэктны ідэнтыфікатар
problem-invalid-slug-detail = Ідэнтыфікатар (slug) складаецца з 2–64 малых лацінскіх літар, лічбаў і злучкоў і не можа пачынацца або заканчвацца злучком.
problem-invalid-product-kind-title = Некарэктны тып прадукту
problem-invalid-product-kind-detail = Прадукт мае тып «software» (прывязка да камп’ютараў) або «site» (прывязка да даменаў).
problem-unknown-account-title = Невядомы ўліковы запіс
problem-unknown-account-detail = Няма ўліковага запісу з гэтым адрасам электроннай пошты. Спачатку гэты чалавек павінен зарэгістравацца.
problem-license-revoked-title = Ліцэнзія адклікана
problem-license-revoked-detail = Гэтая ліцэнзія адклікана; адкліканую ліцэнзію немагчыма аднавіць. Замест гэтага выдайце новую.
problem-seats-in-use-title = Месцы занятыя
problem-seats-in-use-detail = Занятых месцаў гэтай ліцэнзіі: { $in_use }. Вызваліце частку (дэактывуйце прылады або паменшыце субліцэнзіі), перш чым памяншаць колькасць месцаў.
problem-license-unusable-title = Ліцэнзію немагчыма выкарыстаць
problem-license-unusable-detail = Ліцэнзію немагчыма выкарыстаць для гэтага ({ $code }).

# Answers of the product-facing API (validate, activate, heartbeat, deactivate, license file).
answer-not-found = Ліцэнзіі з такім ключом няма.
answer-revoked = Гэтая ліцэнзія адклікана.
answer-suspended = Гэтая ліцэнзія прыпынена.
answer-expired = Тэрмін дзеяння гэтай ліцэнзіі скончыўся.
answer-product-mismatch = Гэты ключ належыць іншаму прадукту.
answer-not-activated = Гэтая ліцэнзія тут яшчэ не актывавана.
answer-fingerprint-mismatch = Гэтая ліцэнзія актывавана на іншых прыладах, а не на гэтай.
answer-domain-mismatch = Гэтая ліцэнзія актывавана на іншых даменах, а не на гэтым.
answer-heartbeat-dead = Гэтая прылада перастала адпраўляць сігналы актыўнасці; актывуйце яе зноў.
answer-too-many-activations = Актыўных прылад больш, чым месцаў у ліцэнзіі.
answer-entitlement-missing = Ліцэнзія не ўключае запытаную функцыю.
answer-version-not-covered = Гэтая версія выпушчана пасля заканчэння перыяду абнаўленняў ліцэнзіі.
answer-valid = Ліцэнзія сапраўдная.
answer-activation-limit = Усе месцы гэтай ліцэнзіі ({ $seats }) занятыя. Вызваліце адну з пералічаных актывацый, каб выкарыстоўваць ліцэнзію тут.
answer-clone-suspected = Гэтую актывацыю выкарыстоўвае іншы камп’ютар; яна прыпынена, пакуль уладальнік яе не вызваліць.
answer-reassignment-limit = Гэтая ліцэнзія пакуль вычарпала ліміт змен прылад. Наступная змена магчымая з { $at }.
answer-refused-title = Сервер ліцэнзій адхіліў гэты запыт
problem-reassignment-limit-title = Змены прылад пакуль вычарпаны
problem-reassignment-limit-detail = Гэтая ліцэнзія пакуль вычарпала ліміт змен прылад. Наступная змена магчымая з { $at }.
problem-not-enough-seats-title = Недастаткова вольных месцаў
problem-not-enough-seats-detail = { $free ->
    [0] У гэтай ліцэнзіі няма вольных месцаў.
    [one] У гэтай ліцэнзіі вольнае толькі { $free } месца.
    [few] У гэтай ліцэнзіі вольныя толькі { $free } месцы.
    [many] У гэтай ліцэнзіі вольна толькі { $free } месцаў.
   *[other] У гэтай ліцэнзіі вольна толькі { $free } месца.
}
problem-invalid-activation-request-title = Несапраўдны запыт на актывацыю
problem-invalid-activation-request-detail = Гэта не запыт на актывацыю, створаны з ключом гэтай ліцэнзіі. Стварыце яго нанова на камп’ютары, які трэба актываваць, з ключом гэтай ліцэнзіі.
problem-not-for-sale-title = Не прадаецца
problem-not-for-sale-detail = Гэты тарыф не прадаецца.
problem-promo-not-found-title = Невядомы прамакод
problem-promo-not-found-detail = Такога прамакода не існуе, або ён зараз не дзейнічае.
problem-insufficient-funds-title = Недастаткова сродкаў у кашальку
problem-insufficient-funds-detail = Балансу вашага кашалька недастаткова для гэтай пакупкі. Папоўніце кашалёк і паспрабуйце яшчэ раз; сродкі не спісаны.
problem-promo-expired-title = Прамакод зараз не дзейнічае
problem-promo-expired-detail = Гэты прамакод цяпер не дзейнічае.
problem-promo-not-applicable-title = Прамакод не прымяняецца
problem-promo-not-applicable-detail = Гэты прамакод не прымяняецца ні да аднаго прадукту ў вашым кошыку.
problem-promo-below-minimum-title = Замова меншая за мінімум для прамакода
problem-promo-below-minimum-detail = Сума вашай замовы меншая за мінімальную, патрэбную для гэтага прамакода.
problem-promo-first-purchase-only-title = Прамакод для першай пакупкі
problem-promo-first-purchase-only-detail = Гэты прамакод дзейнічае толькі для першай пакупкі.
problem-promo-exhausted-title = Прамакод вычарпаны
problem-promo-exhausted-detail = Гэты прамакод ужо выкарыстаны столькі разоў, колькі пакуль дазволена.
problem-promo-user-limit-title = Прамакод ужо выкарыстаны
problem-promo-user-limit-detail = Вы ўжо выкарысталі гэты прамакод столькі разоў, колькі ён дазваляе.
problem-promo-paused-title = Прамакод прыпынены
problem-promo-paused-detail = Дзеянне гэтага прамакода зараз прыпынена.
problem-promo-code-taken-title = Прамакод ужо існуе
problem-promo-code-taken-detail = Іншы прамакод ужо мае такую назву.
problem-idempotency-key-reused-title = Ключ ідэмпатэнтнасці выкарыстаны для іншага запыту
problem-idempotency-key-reused-detail = Гэты Idempotency-Key ужо выкарыстаны з іншым запытам. Для новага запыту выкарыстоўвайце новы ключ.
problem-idempotency-key-in-use-title = Запыт апрацоўваецца
problem-idempotency-key-in-use-detail = Запыт з гэтым Idempotency-Key яшчэ апрацоўваецца. Паўтарыце спробу крыху пазней, каб атрымаць адказ на яго.
problem-self-referral-title = Запрашэнне самога сябе
problem-self-referral-detail = Вы не можаце выкарыстаць уласны рэферальны код.
problem-wrong-state-title = Немагчыма ў гэтым стане
problem-wrong-state-detail = Зараз гэта немагчыма зрабіць ({ $state }).
problem-gateway-disabled-title = Спосаб аплаты недаступны
problem-gateway-disabled-detail = Гэты спосаб аплаты не ўключаны на гэтым серверы.
problem-gateway-unavailable-title = Плацежны правайдар недаступны
problem-gateway-unavailable-detail = Не ўдалося звязацца з плацежным правайдарам. Сродкі не спісаны; паспрабуйце яшчэ раз праз некалькі хвілін або выберыце іншы спосаб аплаты.
problem-webhook-signature-invalid-title = Несапраўдны подпіс вэбхука
problem-webhook-signature-invalid-detail = Подпіс вэбхука не адпавядае наладам гэтага шлюза. Нічога не зменена.
problem-invalid-number-format-title = Некарэктны шаблон нумара
problem-invalid-number-format-detail = «{ $field }» павінен утрымліваць {"{"}YYYY{"}"} адзін раз і адну групу лічбаў у фігурных дужках, напрыклад INV-{"{"}YYYY{"}"}-{"{"}000001{"}"}: нумарацыя пачынаецца нанова кожны год.
problem-number-formats-clash-title = Нумары могуць супасці
problem-number-formats-clash-detail = «{ $field }» можа ствараць тыя ж нумары, што і шаблон рахункаў. Задайце двум шаблонам розныя прэфіксы, напрыклад INV- і CN-.
problem-invalid-staging-pattern-title = Некарэктны шаблон тэставага хоста
problem-invalid-staging-pattern-detail = Указвайце па адным хосце на радок: дакладны хост (staging.shop.com), усе хосты ў межах дамена (*.preview.shop.com), усе хосты, што пачынаюцца з пэўнай меткі (staging.*) або ўтрымліваюць яе (*.staging.*). Цэлы дамен верхняга ўзроўню, напрыклад *.dev, з’яўляецца публічным і не можа працаваць бясплатна.
problem-insufficient-scope-title = Гэтым ключом забаронена
problem-insufficient-scope-detail = Для гэтага патрэбны { $scope ->
        [session] сеанс з выкананым уваходам: ключ API гэтага не можа
       *[other] ключ API з дазволам «{ $scope }»
    }.
problem-refund-window-closed-title = Тэрмін вяртання сродкаў мінуў
problem-refund-window-closed-detail = Па гэтым тарыфе сродкі можна вярнуць на працягу { $days ->
        [one] { $days } дня
        [few] { $days } дзён
        [many] { $days } дзён
       *[other] { $days } дня
    } пасля пакупкі, і гэты тэрмін мінуў. Вяртайце сродкі нягледзячы на гэта, толькі калі сапраўды маеце такі намер.
problem-invalid-version-title = Некарэктная версія
problem-invalid-version-detail = Укажыце семантычную версію, напрыклад 1.4.0, 2.0.0-beta.1 або 1.4.0+build.7.
problem-invalid-platform-title = Некарэктная платформа
problem-invalid-platform-detail = Платформа — гэта ад 1 да 64 малых лацінскіх літар, лічбаў, злучкоў і падкрэсліванняў, напрыклад windows-x86_64 або wordpress.
problem-invalid-file-name-title = Некарэктнае імя файла
problem-invalid-file-name-detail = Укажыце адно простае імя файла, напрыклад app-1.4.0.dmg: без касых рысак, кропкі ў пачатку, двукоссяў і кіравальных сімвалаў.
problem-version-taken-title = Версія ўжо існуе
problem-version-taken-detail = У гэтага прадукту ўжо ёсць выпуск з гэтай версіяй (метаданыя зборкі не робяць яе новай).
problem-download-link-invalid-title = Спасылка для спампоўвання несапраўдная
problem-download-link-invalid-detail = Гэтая спасылка для спампоўвання састарэла, зменена або вядзе да выпуску, які больш недаступны. Запытайце новую.
problem-feed-license-required-title = Патрэбны ліцэнзійны ключ
problem-feed-license-required-detail = Гэтая стужка абнаўленняў даступная толькі кліентам з ліцэнзіяй. Перадайце ліцэнзійны ключ у адрасе стужкі або ў загалоўку RMS-License-Key.
problem-feed-license-refused-title = Ліцэнзійны ключ не прыняты
problem-feed-license-refused-detail = Гэты ліцэнзійны ключ не адкрывае доступ да стужкі абнаўленняў гэтага прадукту: ён невядомы, належыць іншаму прадукту, тэрмін яго дзеяння скончыўся, ён прыпынены або адкліканы.

problem-invalid-vat-id-title = Некарэктны нумар плацельшчыка ПДВ
problem-invalid-vat-id-detail = «{ $field }» не з’яўляецца нумарам плацельшчыка ПДВ указанай краіны. Нумары плацельшчыкаў ПДВ у ЕС пачынаюцца з прэфікса краіны, напрыклад DE123456789 (Грэцыя: EL). Калі вы купляеце як прыватная асоба, пакіньце поле пустым.

problem-entitlements-append-only-title = Правы можна толькі дадаваць
problem-entitlements-append-only-detail = Захоўвайце парадак правоў тарыфу і дадавайце новыя ў канец: выдадзеныя ліцэнзійныя ключы ўтрымліваюць іх па пазіцыі, таму выдаленне ці змена парадку змянілі б тое, на што маюць права цяперашнія кліенты.
problem-invalid-date-title = Некарэктная дата
problem-invalid-date-detail = Укажыце «{ $field }» як дату, напрыклад 2026-12-31.
problem-date-range-reversed-title = Даты ў няправільным парадку
problem-date-range-reversed-detail = Дата пачатку пазнейшая за дату заканчэння. Выберыце дату пачатку, не пазнейшую за дату заканчэння.
