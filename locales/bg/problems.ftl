# Titles and details of RFC 9457 problem responses, one pair per stable error code.

problem-bad-request-title = Невалидна заявка
problem-bad-request-detail = Заявката не можа да бъде разбрана: { $reason }
bad-request-not-json = тялото не е валиден JSON.
bad-request-missing-field = „{ $field }“ е задължително.
bad-request-unknown-field = „{ $field }“ не е поле, което тази заявка приема.
bad-request-malformed-field = „{ $field }“ няма стойност от правилния вид или формат.
bad-request-malformed = стойност в нея няма правилния вид или формат.
problem-not-found-title = Не е намерено
problem-not-found-detail = На този адрес няма нищо.
problem-method-not-allowed-title = Методът не е разрешен
problem-method-not-allowed-detail = Този адрес не приема метода { $method }.
problem-payload-too-large-title = Заявката е твърде голяма
problem-payload-too-large-detail = Тялото на заявката е по-голямо, отколкото приема този сървър (най-много { $limit ->
        [one] { $limit } байт
       *[other] { $limit } байта
    }).
problem-unsupported-media-type-title = Неподдържан тип съдържание
problem-unsupported-media-type-detail = Изпратете тялото на заявката като JSON със заглавката Content-Type: application/json.
problem-request-timeout-title = Времето за заявката изтече
problem-request-timeout-detail = Заявката отне повече от { $seconds ->
        [one] { $seconds } секунда
       *[other] { $seconds } секунди
    } и беше прекратена. Нищо не е запазено, освен ако в отговора не е казано друго.
problem-too-many-requests-title = Твърде много заявки
problem-too-many-requests-detail = Твърде много заявки за кратко време. Моля, изчакайте и опитайте отново.
problem-internal-error-title = Вътрешна грешка
problem-internal-error-detail = Нещо се обърка от наша страна. Грешката е записана; ако се свържете с поддръжката, моля, посочете идентификатора на заявката { $request_id }.
problem-service-unavailable-title = Услугата не е достъпна
problem-service-unavailable-detail = Услугата временно не е достъпна. Моля, опитайте отново след малко.
problem-http-error-title = Неуспешна заявка
problem-http-error-detail = Заявката завърши неуспешно с HTTP статус { $status }.

## Accounts and sessions

problem-invalid-email-title = Невалиден имейл адрес
problem-invalid-email-detail = „{ $field }“ не е валиден имейл адрес.
problem-password-length-title = Дължина на паролата
problem-password-length-detail = Паролата трябва да бъде с дължина между { $min } и { $max } знака.
problem-password-too-common-title = Твърде често срещана парола
problem-password-too-common-detail = Тази парола е сред най-често използваните. Моля, изберете друга.
problem-password-contains-email-title = Паролата съдържа имейл адреса
problem-password-contains-email-detail = Паролата не трябва да съдържа вашия имейл адрес. Моля, изберете друга.
problem-invalid-name-title = Невалидно име
problem-invalid-name-detail = Името трябва да бъде с дължина от 1 до 100 знака, без управляващи знаци.
problem-invalid-timezone-title = Невалидна часова зона
problem-invalid-timezone-detail = Използвайте име на часова зона, например Europe/Berlin или UTC.
problem-unsupported-locale-title = Неподдържан език
problem-unsupported-locale-detail = Този език не е наличен. Изберете един от предложените езици.
problem-invalid-credentials-title = Неуспешен вход
problem-invalid-credentials-detail = Имейл адресът или паролата са грешни.
problem-account-locked-title = Акаунтът е заключен
problem-account-locked-detail = Този акаунт е заключен. Моля, свържете се с поддръжката.
problem-unauthenticated-title = Не сте влезли
problem-unauthenticated-detail = Тази заявка изисква валиден токен за достъп. Влезте отново, за да получите такъв.
problem-invalid-refresh-token-title = Сесията е изтекла
problem-invalid-refresh-token-detail = Сесията е изтекла или е прекратена. Моля, влезте отново.
problem-invalid-link-token-title = Връзката вече не е валидна
problem-invalid-link-token-detail = Тази връзка е невалидна, вече е използвана или е изтекла. Поискайте нова.
problem-forbidden-title = Не е разрешено
problem-forbidden-detail = Влезли сте, но с тези идентификационни данни това действие не е разрешено.
problem-limit-reached-title = Достигнат лимит
problem-limit-reached-detail = Достигнахте лимита от { $limit }. Премахнете един елемент, преди да добавите друг.
problem-invalid-scope-title = Невалидно разрешение
problem-invalid-scope-detail = Изберете поне едно от предложените разрешения; някои са достъпни само за администратори.
problem-out-of-range-title = Стойност извън допустимия диапазон
problem-out-of-range-detail = Стойността на „{ $field }“ е извън допустимия диапазон.
problem-totp-required-title = Изисква се еднократен код
problem-totp-required-detail = Този акаунт използва двуфакторно удостоверяване. Въведете кода от приложението си за удостоверяване или код за възстановяване.
problem-totp-invalid-title = Грешен еднократен код
problem-totp-invalid-detail = Кодът е грешен, изтекъл или вече използван. Изчакайте следващия код и опитайте отново.
problem-totp-locked-title = Двуфакторното удостоверяване е заключено
problem-totp-locked-detail = Твърде много грешни кодове. Двуфакторното удостоверяване е заключено за 15 минути.
problem-totp-already-enabled-title = Двуфакторното удостоверяване вече е включено
problem-totp-already-enabled-detail = Двуфакторното удостоверяване вече е включено за този акаунт.
problem-totp-not-enabled-title = Двуфакторното удостоверяване е изключено
problem-totp-not-enabled-detail = Двуфакторното удостоверяване не е включено за този акаунт (или настройването му не е започнато).
problem-invalid-code-title = Грешен код
problem-invalid-code-detail = Стойността на „{ $field }“ е грешна или е изтекла.
problem-invalid-role-title = Непозната роля
problem-invalid-role-detail = Ролята трябва да бъде една от следните: user, support или admin.
problem-csrf-failed-title = Формулярът е изтекъл
problem-csrf-failed-detail = Този формуляр не можа да бъде приет. Презаредете страницата и опитайте отново.
problem-two-factor-required-for-staff-title = Изисква се двуфакторно удостоверяване
problem-two-factor-required-for-staff-detail = Този сървър изисква служителите да използват двуфакторно удостоверяване. Първо го включете в настройките на акаунта си.
problem-slug-taken-title = Краткото име е заето
problem-slug-taken-detail = Друг продукт вече използва това кратко име. Изберете друго.
problem-invalid-slug-title = Невалидно кратко име
problem-invalid-slug-detail = Краткото име се състои от 2 до 64 малки латински букви, цифри и тирета и не започва и не завършва с тире.
problem-invalid-product-kind-title = Невалиден вид продукт
problem-invalid-product-kind-detail = Продуктът е или „software“ (обвързан с компютри), или „site“ (обвързан с домейни).
problem-unknown-account-title = Непознат акаунт
problem-unknown-account-detail = Няма акаунт с този имейл адрес. Човекът трябва първо да се регистрира.
problem-license-revoked-title = Лицензът е анулиран
problem-license-revoked-detail = Този лиценз е анулиран; анулиран лиценз не може да бъде възобновен. Вместо това издайте нов.
problem-seats-in-use-title = Заети места
problem-seats-in-use-detail = { $in_use ->
        [one] { $in_use } място от този лиценз е заето
       *[other] { $in_use } места от този лиценз са заети
    }. Освободете места (деактивирайте устройства или намалете подлицензите), преди да понижите броя на местата.
problem-license-unusable-title = Лицензът не може да се използва
problem-license-unusable-detail = Лицензът не може да бъде използван за това ({ $code }).

# Answers of the product-facing API (validate, activate, heartbeat, deactivate, license file).
answer-not-found = Няма лиценз с този ключ.
answer-revoked = Този лиценз е анулиран.
answer-suspended = Този лиценз е спрян.
answer-expired = Този лиценз е изтекъл.
answer-product-mismatch = Този ключ принадлежи на друг продукт.
answer-not-activated = Този лиценз все още не е активиран тук.
answer-fingerprint-mismatch = Този лиценз е активиран на други устройства, но не и на това.
answer-domain-mismatch = Този лиценз е активиран за други домейни, но не и за този.
answer-heartbeat-dead = Това устройство спря да изпраща сигнали за активност; активирайте го отново.
answer-too-many-activations = Активните устройства са повече от местата в лиценза.
answer-entitlement-missing = Лицензът не включва поискана функция.
answer-version-not-covered = Тази версия е издадена след периода за обновления на лиценза.
answer-valid = Лицензът е валиден.
answer-activation-limit = { $seats ->
        [one] Единственото място в този лиценз е заето.
       *[other] Всички { $seats } места в този лиценз са заети.
    } Освободете едно от изброените активирания, за да използвате лиценза тук.
answer-clone-suspected = Друг компютър използва това активиране; то е временно спряно, докато собственикът не го освободи.
answer-reassignment-limit = Този лиценз засега е изчерпал смените на устройство. Следващата смяна е разрешена от { $at }.
answer-refused-title = Лицензният сървър отказа тази заявка
problem-reassignment-limit-title = Засега няма повече смени на устройство
problem-reassignment-limit-detail = Този лиценз засега е изчерпал смените на устройство. Следващата смяна е разрешена от { $at }.
problem-not-enough-seats-title = Няма достатъчно свободни места
problem-not-enough-seats-detail = { $free ->
    [0] В този лиценз няма свободно място.
    [one] В този лиценз има само едно свободно място.
   *[other] В този лиценз има само { $free } свободни места.
}
problem-invalid-activation-request-title = Невалидна заявка за активиране
problem-invalid-activation-request-detail = Това не е заявка за активиране, създадена с ключа на този лиценз. Създайте я отново на компютъра, който ще активирате, с ключа на този лиценз.
problem-not-for-sale-title = Не се продава
problem-not-for-sale-detail = Този план не се продава.
problem-promo-not-found-title = Непознат промокод
problem-promo-not-found-detail = Този промокод не съществува или в момента не е валиден.
problem-insufficient-funds-title = Недостатъчно пари в портфейла
problem-insufficient-funds-detail = Наличността в портфейла ви е недостатъчна за тази покупка. Заредете портфейла си и опитайте отново; нищо не е таксувано.
problem-promo-expired-title = Промокодът не е валиден в момента
problem-promo-expired-detail = Този промокод не е валиден по това време.
problem-promo-not-applicable-title = Промокодът не е приложим
problem-promo-not-applicable-detail = Този промокод не се отнася за нито един продукт в количката ви.
problem-promo-below-minimum-title = Поръчката е под минимума за промокода
problem-promo-below-minimum-detail = Поръчката ви е под минималната сума, която изисква този промокод.
problem-promo-first-purchase-only-title = Промокод само за първа покупка
problem-promo-first-purchase-only-detail = Този промокод важи само за първа покупка.
problem-promo-exhausted-title = Промокодът е изчерпан
problem-promo-exhausted-detail = Засега този промокод е използван максимално допустимия брой пъти.
problem-promo-user-limit-title = Промокодът вече е използван
problem-promo-user-limit-detail = Вече сте използвали този промокод толкова пъти, колкото е разрешено.
problem-promo-paused-title = Промокодът е на пауза
problem-promo-paused-detail = В момента този промокод е на пауза.
problem-promo-code-taken-title = Промокодът вече съществува
problem-promo-code-taken-detail = Друг промокод вече има това име.
problem-idempotency-key-reused-title = Ключът за идемпотентност е използван за друга заявка
problem-idempotency-key-reused-detail = Този Idempotency-Key вече е използван с различна заявка. Използвайте нов ключ за нова заявка.
problem-idempotency-key-in-use-title = Заявката се обработва
problem-idempotency-key-in-use-detail = Заявка с този Idempotency-Key все още се обработва. Опитайте отново след малко, за да получите отговора ѝ.
problem-self-referral-title = Препоръка на самия себе си
problem-self-referral-detail = Не можете да използвате собствения си код за препоръки.
problem-wrong-state-title = Не е възможно в това състояние
problem-wrong-state-detail = Това не може да бъде направено сега ({ $state }).
problem-gateway-disabled-title = Начинът на плащане не е наличен
problem-gateway-disabled-detail = Този начин на плащане не е активиран на този сървър.
problem-gateway-unavailable-title = Доставчикът на плащания не е достъпен
problem-gateway-unavailable-detail = Не можа да се установи връзка с доставчика на плащания. Нищо не е таксувано; опитайте отново след няколко минути или изберете друг начин на плащане.
problem-webhook-signature-invalid-title = Невалиден подпис на уебхука
problem-webhook-signature-invalid-detail = Подписът на уебхука не съответства на настройките на този платежен портал. Нищо не е променено.
problem-invalid-number-format-title = Невалиден шаблон за номериране
problem-invalid-number-format-detail = „{ $field }“ трябва да съдържа {"{"}YYYY{"}"} веднъж и една поредица от цифри във фигурни скоби, например INV-{"{"}YYYY{"}"}-{"{"}000001{"}"}: номерацията започва отначало всяка година.
problem-number-formats-clash-title = Номерата може да съвпаднат
problem-number-formats-clash-detail = „{ $field }“ може да генерира същите номера като шаблона за фактури. Дайте на двата шаблона различни префикси, например INV- и CN-.
problem-invalid-staging-pattern-title = Невалиден шаблон за тестови хостове
problem-invalid-staging-pattern-detail = Пишете по един хост на ред: точен хост (staging.shop.com), всички хостове в даден домейн (*.preview.shop.com), всички хостове, които започват с даден етикет (staging.*) или го съдържат (*.staging.*). Цял домейн от първо ниво, например *.dev, е публичен и не може да бъде безплатен.
problem-insufficient-scope-title = Не е разрешено с този ключ
problem-insufficient-scope-detail = За това { $scope ->
        [session] е нужна сесия с вход в акаунта: API ключ не може да го направи
       *[other] е нужен API ключ с разрешение „{ $scope }“
    }.
problem-refund-window-closed-title = Срокът за възстановяване е изтекъл
problem-refund-window-closed-detail = Сумата по този план може да бъде възстановена до { $days ->
        [one] { $days } ден
       *[other] { $days } дни
    } след покупката, а този срок е изтекъл. Възстановете я въпреки това само ако наистина го искате.
problem-invalid-version-title = Невалидна версия
problem-invalid-version-detail = Въведете семантична версия, например 1.4.0, 2.0.0-beta.1 или 1.4.0+build.7.
problem-invalid-platform-title = Невалидна платформа
problem-invalid-platform-detail = Платформата се състои от 1 до 64 малки латински букви, цифри, тирета и долни черти, например windows-x86_64 или wordpress.
problem-invalid-file-name-title = Невалидно име на файл
problem-invalid-file-name-detail = Посочете едно обикновено име на файл, например app-1.4.0.dmg: без наклонени черти, без точка в началото, без кавички и управляващи знаци.
problem-version-taken-title = Версията вече съществува
problem-version-taken-detail = Този продукт вече има издание с тази версия (метаданните за компилация не създават нова версия).
problem-download-link-invalid-title = Връзката за изтегляне не е валидна
problem-download-link-invalid-detail = Тази връзка за изтегляне е изтекла, променена или води към издание, което вече не е налично. Поискайте нова.
problem-feed-license-required-title = Изисква се лицензен ключ
problem-feed-license-required-detail = Тази емисия за обновления е само за клиенти с лиценз. Изпратете лицензния си ключ в адреса на емисията или в заглавката RMS-License-Key.
problem-feed-license-refused-title = Лицензният ключ не е приет
problem-feed-license-refused-detail = Този лицензен ключ не дава достъп до емисията за обновления на този продукт: той е непознат, за друг продукт, изтекъл, спрян или анулиран.

problem-invalid-vat-id-title = Невалиден ДДС номер
problem-invalid-vat-id-detail = „{ $field }“ не е ДДС номер от посочената държава. ДДС номерата в ЕС започват с префикса на държавата, например DE123456789 (Гърция: EL). Оставете полето празно, ако купувате като физическо лице.

problem-entitlements-append-only-title = Правата могат само да се добавят
problem-entitlements-append-only-detail = Запазете правата на плана в техния ред и добавяйте новите в края: издадените лицензни ключове ги съдържат по позиция, така че премахването или пренареждането на някое от тях би променило това, на което имат право съществуващите клиенти.
problem-invalid-date-title = Невалидна дата
problem-invalid-date-detail = Въведете „{ $field }“ като дата, например 2026-12-31.
problem-date-range-reversed-title = Датите са в грешен ред
problem-date-range-reversed-detail = Началната дата е след крайната. Изберете начална дата, която е не по-късно от крайната.
