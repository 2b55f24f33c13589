# Titles and details of RFC 9457 problem responses, one pair per stable error code.

problem-bad-request-title = Некоректний запит
problem-bad-request-detail = Не вдалося розібрати запит: { $reason }
bad-request-not-json = тіло запиту не є коректним JSON.
bad-request-missing-field = поле «{ $field }» обов’язкове.
bad-request-unknown-field = цей запит не приймає поля «{ $field }».
bad-request-malformed-field = поле «{ $field }» має значення неправильного типу або формату.
bad-request-malformed = одне зі значень у ньому має неправильний тип або формат.
problem-not-found-title = Не знайдено
problem-not-found-detail = За цією адресою нічого немає.
problem-method-not-allowed-title = Метод не дозволено
problem-method-not-allowed-detail = Ця адреса не приймає метод { $method }.
problem-payload-too-large-title = Запит завеликий
problem-payload-too-large-detail = Тіло запиту більше, ніж приймає цей сервер (максимум — { $limit ->
        [one] { $limit } байт
        [few] { $limit } байти
        [many] { $limit } байтів
       *[other] { $limit } байта
    }).
problem-unsupported-media-type-title = Непідтримуваний тип даних
problem-unsupported-media-type-detail = Надсилайте тіло запиту у форматі JSON із заголовком Content-Type: application/json.
problem-request-timeout-title = Час очікування запиту минув
problem-request-timeout-detail = Запит виконувався понад { $seconds ->
        [one] { $seconds } секунду
        [few] { $seconds } секунди
        [many] { $seconds } секунд
       *[other] { $seconds } секунди
    } і був зупинений. Нічого не збережено, якщо у відповіді не сказано інше.
problem-too-many-requests-title = Забагато запитів
problem-too-many-requests-detail = Забагато запитів за короткий час. Зачекайте й повторіть спробу.
problem-internal-error-title = Внутрішня помилка
problem-internal-error-detail = На нашому боці сталася помилка. Її зафіксовано; якщо звертатиметеся до служби підтримки, вкажіть ідентифікатор запиту { $request_id }.
problem-service-unavailable-title = Сервіс недоступний
problem-service-unavailable-detail = Сервіс тимчасово недоступний. Спробуйте ще раз за мить.
problem-http-error-title = Запит не виконано
problem-http-error-detail = Запит завершився помилкою з HTTP-статусом { $status }.

## Accounts and sessions

problem-invalid-email-title = Некоректна адреса електронної пошти
problem-invalid-email-detail = «{ $field }» не є коректною адресою електронної пошти.
problem-password-length-title = Довжина пароля
problem-password-length-detail = Довжина пароля має бути від { $min } до { $max } символів.
problem-password-too-common-title = Надто поширений пароль
problem-password-too-common-detail = Цей пароль — один із найпоширеніших. Виберіть інший.
problem-password-contains-email-title = Пароль містить адресу електронної пошти
problem-password-contains-email-detail = Пароль не повинен містити вашу адресу електронної пошти. Виберіть інший.
problem-invalid-name-title = Некоректне ім’я
problem-invalid-name-detail = Ім’я має містити від 1 до 100 символів, без керівних символів.
problem-invalid-timezone-title = Некоректний часовий пояс
problem-invalid-timezone-detail = Вкажіть назву часового поясу, наприклад Europe/Berlin або UTC.
problem-unsupported-locale-title = Непідтримувана мова
problem-unsupported-locale-detail = Ця мова недоступна. Виберіть одну із запропонованих мов.
problem-invalid-credentials-title = Не вдалося увійти
problem-invalid-credentials-detail = Неправильна адреса електронної пошти або пароль.
problem-account-locked-title = Обліковий запис заблоковано
problem-account-locked-detail = Цей обліковий запис заблоковано. Зверніться до служби підтримки.
problem-unauthenticated-title = Вхід не виконано
problem-unauthenticated-detail = Для цього запиту потрібен дійсний токен доступу. Увійдіть знову, щоб отримати його.
problem-invalid-refresh-token-title = Сеанс закінчився
problem-invalid-refresh-token-detail = Сеанс закінчився або його було завершено. Увійдіть знову.
problem-invalid-link-token-title = Посилання більше не дійсне
problem-invalid-link-token-detail = Це посилання недійсне, уже використане або термін його дії минув. Запросіть нове.
problem-forbidden-title = Доступ заборонено
problem-forbidden-detail = Ви ввійшли в систему, але з цими обліковими даними це робити заборонено.
problem-limit-reached-title = Досягнуто ліміту
problem-limit-reached-detail = Ви досягли ліміту: { $limit }. Видаліть один елемент, перш ніж додавати інший.
problem-invalid-scope-title = Некоректний дозвіл
problem-invalid-scope-detail = Виберіть принаймні один із запропонованих дозволів; деякі з них доступні лише адміністраторам.
problem-out-of-range-title = Значення поза допустимим діапазоном
problem-out-of-range-detail = Значення поля «{ $field }» виходить за межі допустимого діапазону.
problem-totp-required-title = Потрібен одноразовий код
problem-totp-required-detail = Цей обліковий запис використовує двофакторну автентифікацію. Введіть код із застосунку-автентифікатора або резервний код.
problem-totp-invalid-title = Неправильний одноразовий код
problem-totp-invalid-detail = Код неправильний, застарів або вже використаний. Дочекайтеся наступного коду й спробуйте ще раз.
problem-totp-locked-title = Двофакторну автентифікацію заблоковано
problem-totp-locked-detail = Забагато неправильних кодів. Двофакторну автентифікацію заблоковано на 15 хвилин.
problem-totp-already-enabled-title = Двофакторну автентифікацію вже ввімкнено
problem-totp-already-enabled-detail = Для цього облікового запису двофакторну автентифікацію вже ввімкнено.
problem-totp-not-enabled-title = Двофакторну автентифікацію вимкнено
problem-totp-not-enabled-detail = Для цього облікового запису двофакторну автентифікацію не ввімкнено (або її налаштування не розпочато).
problem-invalid-code-title = Неправильний код
problem-invalid-code-detail = Значення поля «{ $field }» неправильне або застаріле.
problem-invalid-role-title = Невідома роль
problem-invalid-role-detail = Роль має бути однією з таких: user, support або admin.
problem-csrf-failed-title = Форма застаріла
problem-csrf-failed-detail = Не вдалося прийняти цю форму. Оновіть сторінку й спробуйте ще раз.
problem-two-factor-required-for-staff-title = Потрібна двофакторна автентифікація
problem-two-factor-required-for-staff-detail = На цьому сервері персонал має використовувати двофакторну автентифікацію. Спершу ввімкніть її в налаштуваннях облікового запису.
problem-slug-taken-title = Ідентифікатор зайнятий
problem-slug-taken-detail = Інший продукт уже використовує цей ідентифікатор (slug). Виберіть інший.
problem-invalid-slug-title = Некоректний ідентифікатор
problem-invalid-slug-detail = Ідентифікатор (slug) складається з 2–64 малих латинських літер, цифр і дефісів і не може починатися або закінчуватися дефісом.
problem-invalid-product-kind-title = Некоректний тип продукту
problem-invalid-product-kind-detail = Продукт має тип «software» (прив’язка до комп’ютерів) або «site» (прив’язка до доменів).
problem-unknown-account-title = Невідомий обліковий запис
problem-unknown-account-detail = Немає облікового запису з цією адресою електронної пошти. Спершу ця людина має зареєструватися.
problem-license-revoked-title = Ліцензію відкликано
problem-license-revoked-detail = Цю ліцензію відкликано; відкликану ліцензію неможливо відновити. Натомість видайте нову.
problem-seats-in-use-title = Місця зайняті
problem-seats-in-use-detail = Зайнято { $in_use ->
        [one] { $in_use } місце
        [few] { $in_use } місця
        [many] { $in_use } місць
       *[other] { $in_use } місця
    } цієї ліцензії. Звільніть частину (деактивуйте пристрої або зменште субліцензії), перш ніж зменшувати кількість місць.
problem-license-unusable-title = Ліцензію неможливо використати
problem-license-unusable-detail = Ліцензію неможливо використати для цього ({ $code }).

# Answers of the product-facing API (validate, activate, heartbeat, deactivate, license file).
answer-not-found = Ліцензії з таким ключем немає.
answer-revoked = Цю ліцензію відкликано.
answer-suspended = Цю ліцензію призупинено.
answer-expired = Термін дії цієї ліцензії минув.
answer-product-mismatch = Цей ключ належить іншому продукту.
answer-not-activated = Цю ліцензію тут ще не активовано.
answer-fingerprint-mismatch = Цю ліцензію активовано на інших пристроях, а не на цьому.
answer-domain-mismatch = Цю ліцензію активовано на інших доменах, а не на цьому.
answer-heartbeat-dead = Цей пристрій перестав надсилати сигнали активності; активуйте його знову.
answer-too-many-activations = Активних пристроїв більше, ніж місць у ліцензії.
answer-entitlement-missing = Ліцензія не включає запитану функцію.
answer-version-not-covered = Цю версію випущено після завершення періоду оновлень ліцензії.
answer-valid = Ліцензія дійсна.
answer-activation-limit = Усі місця цієї ліцензії ({ $seats }) зайнято. Звільніть одну з наведених активацій, щоб використовувати ліцензію тут.
answer-clone-suspected = Цю активацію використовує інший комп’ютер; її призупинено, доки власник її не звільнить.
answer-reassignment-limit = Ця ліцензія поки що вичерпала ліміт змін пристроїв. Наступна зміна можлива з { $at }.
answer-refused-title = Сервер ліцензій відхилив цей запит
problem-reassignment-limit-title = Зміни пристроїв поки що вичерпано
problem-reassignment-limit-detail = Ця ліцензія поки що вичерпала ліміт змін пристроїв. Наступна зміна можлива з { $at }.
problem-not-enough-seats-title = Недостатньо вільних місць
problem-not-enough-seats-detail = { $free ->
    [0] У цій ліцензії немає вільних місць.
    [one] Вільне лише { $free } місце цієї ліцензії.
    [few] Вільні лише { $free } місця цієї ліцензії.
    [many] Вільно лише { $free } місць цієї ліцензії.
   *[other] Вільно лише { $free } місця цієї ліцензії.
}
problem-invalid-activation-request-title = Недійсний запит на активацію
problem-invalid-activation-request-detail = Це не запит на активацію, створений із ключем цієї ліцензії. Створіть його заново на комп’ютері, який потрібно активувати, з ключем цієї ліцензії.
problem-not-for-sale-title = Не продається
problem-not-for-sale-detail = Цей тариф не продається.
problem-promo-not-found-title = Невідомий промокод
problem-promo-not-found-detail = Такого промокоду не існує, або він зараз недійсний.
problem-insufficient-funds-title = Недостатньо коштів на гаманці
problem-insufficient-funds-detail = Балансу вашого гаманця недостатньо для цієї покупки. Поповніть гаманець і спробуйте ще раз; кошти не списано.
problem-promo-expired-title = Промокод зараз недійсний
problem-promo-expired-detail = Цей промокод наразі недійсний.
problem-promo-not-applicable-title = Промокод не застосовується
problem-promo-not-applicable-detail = Цей промокод не застосовується до жодного продукту у вашому кошику.
problem-promo-below-minimum-title = Замовлення менше за мінімум для промокоду
problem-promo-below-minimum-detail = Сума вашого замовлення менша за мінімальну, потрібну для цього промокоду.
problem-promo-first-purchase-only-title = Промокод для першої покупки
problem-promo-first-purchase-only-detail = Цей промокод діє лише для першої покупки.
problem-promo-exhausted-title = Промокод вичерпано
problem-promo-exhausted-detail = Цей промокод уже використано стільки разів, скільки наразі дозволено.
problem-promo-user-limit-title = Промокод уже використано
problem-promo-user-limit-detail = Ви вже використали цей промокод стільки разів, скільки він дозволяє.
problem-promo-paused-title = Промокод призупинено
problem-promo-paused-detail = Цей промокод наразі призупинено.
problem-promo-code-taken-title = Промокод уже існує
problem-promo-code-taken-detail = Інший промокод уже має таку назву.
problem-idempotency-key-reused-title = Ключ ідемпотентності використано для іншого запиту
problem-idempotency-key-reused-detail = Цей Idempotency-Key уже використано з іншим запитом. Для нового запиту використовуйте новий ключ.
problem-idempotency-key-in-use-title = Запит обробляється
problem-idempotency-key-in-use-detail = Запит із цим Idempotency-Key ще обробляється. Повторіть спробу за мить, щоб отримати відповідь на нього.
problem-self-referral-title = Запрошення самого себе
problem-self-referral-detail = Ви не можете використати власний реферальний код.
problem-wrong-state-title = Неможливо в цьому стані
problem-wrong-state-detail = Зараз це неможливо зробити ({ $state }).
problem-gateway-disabled-title = Спосіб оплати недоступний
problem-gateway-disabled-detail = Цей спосіб оплати не ввімкнено на цьому сервері.
problem-gateway-unavailable-title = Платіжний провайдер недоступний
problem-gateway-unavailable-detail = Не вдалося зв’язатися з платіжним провайдером. Кошти не списано; спробуйте ще раз за кілька хвилин або виберіть інший спосіб оплати.
problem-webhook-signature-invalid-title = Недійсний підпис вебхука
problem-webhook-signature-invalid-detail = Підпис вебхука не відповідає налаштуванням цього шлюзу. Нічого не змінено.
problem-invalid-number-format-title = Некоректний шаблон номера
problem-invalid-number-format-detail = «{ $field }» має містити {"{"}YYYY{"}"} один раз і одну групу цифр у фігурних дужках, наприклад INV-{"{"}YYYY{"}"}-{"{"}000001{"}"}: нумерація починається заново щороку.
problem-number-formats-clash-title = Номери можуть збігтися
problem-number-formats-clash-detail = «{ $field }» може створювати ті самі номери, що й шаблон рахунків. Задайте двом шаблонам різні префікси, наприклад INV- і CN-.
problem-invalid-staging-pattern-title = Некоректний шаблон тестового хоста
problem-invalid-staging-pattern-detail = Вказуйте по одному хосту на рядок: точний хост (staging.shop.com), усі хости в межах домену (*.preview.shop.com), усі хости, що починаються з певної мітки (staging.*) або містять її (*.staging.*). Цілий домен верхнього рівня, наприклад *.dev, є публічним і не може працювати безкоштовно.
problem-insufficient-scope-title = Цим ключем заборонено
problem-insufficient-scope-detail = Для цього потрібен { $scope ->
        [session] сеанс із виконаним входом: ключ API цього не може
       *[other] ключ API з дозволом «{ $scope }»
    }.
problem-refund-window-closed-title = Термін повернення коштів минув
problem-refund-window-closed-detail = За цим тарифом кошти можна повернути протягом { $days ->
        [one] { $days } дня
        [few] { $days } днів
        [many] { $days } днів
       *[other] { $days } дня
    } після покупки, і цей термін минув. Повертайте кошти попри це, лише якщо справді маєте такий намір.
problem-invalid-version-title = Некоректна версія
problem-invalid-version-detail = Вкажіть семантичну версію, наприклад 1.4.0, 2.0.0-beta.1 або 1.4.0+build.7.
problem-invalid-platform-title = Некоректна платформа
problem-invalid-platform-detail = Платформа — це від 1 до 64 малих латинських літер, цифр, дефісів і підкреслень, наприклад windows-x86_64 або wordpress.
problem-invalid-file-name-title = Некоректне ім’я файлу
problem-invalid-file-name-detail = Вкажіть одне просте ім’я файлу, наприклад app-1.4.0.dmg: без скісних рисок, крапки на початку, лапок і керівних символів.
problem-version-taken-title = Версія вже існує
problem-version-taken-detail = У цього продукту вже є випуск із цією версією (метадані збірки не роблять її новою).
problem-download-link-invalid-title = Посилання для завантаження недійсне
problem-download-link-invalid-detail = Це посилання для завантаження застаріле, змінене або веде до випуску, який більше не доступний. Запросіть нове.
problem-feed-license-required-title = Потрібен ліцензійний ключ
problem-feed-license-required-detail = Ця стрічка оновлень доступна лише клієнтам із ліцензією. Передайте ліцензійний ключ в адресі стрічки або в заголовку RMS-License-Key.
problem-feed-license-refused-title = Ліцензійний ключ не прийнято
problem-feed-license-refused-detail = Цей ліцензійний ключ не відкриває доступ до стрічки оновлень цього продукту: він невідомий, належить до іншого продукту, термін його дії минув, його призупинено або відкликано.

problem-invalid-vat-id-title = Некоректний номер платника ПДВ
problem-invalid-vat-id-detail = «{ $field }» не є номером платника ПДВ зазначеної країни. Номери платників ПДВ у ЄС починаються з префікса країни, наприклад DE123456789 (Греція: EL). Якщо ви купуєте як приватна особа, залиште поле порожнім.

problem-entitlements-append-only-title = Права можна лише додавати
problem-entitlements-append-only-detail = Зберігайте порядок прав тарифу й додавайте нові в кінець: видані ліцензійні ключі містять їх за позицією, тож видалення чи зміна порядку змінили б те, на що мають право наявні клієнти.
problem-invalid-date-title = Некоректна дата
problem-invalid-date-detail = Вкажіть «{ $field }» як дату, наприклад 2026-12-31.
problem-date-range-reversed-title = Дати в неправильному порядку
problem-date-range-reversed-detail = Дата початку пізніша за дату закінчення. Виберіть дату початку, що не пізніша за дату закінчення.
