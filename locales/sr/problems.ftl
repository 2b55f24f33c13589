# Titles and details of RFC 9457 problem responses, one pair per stable error code.

problem-bad-request-title = Неисправан захтев
problem-bad-request-detail = Захтев није могуће протумачити: { $reason }
bad-request-not-json = тело захтева није исправан JSON.
bad-request-missing-field = поље „{ $field }“ је обавезно.
bad-request-unknown-field = „{ $field }“ није поље које овај захтев прихвата.
bad-request-malformed-field = поље „{ $field }“ нема вредност одговарајуће врсте или формата.
bad-request-malformed = једна од вредности у њему нема одговарајућу врсту или формат.
problem-not-found-title = Није пронађено
problem-not-found-detail = На овој адреси нема ничега.
problem-method-not-allowed-title = Метода није дозвољена
problem-method-not-allowed-detail = Ова адреса не прихвата методу { $method }.
problem-payload-too-large-title = Захтев је превелик
problem-payload-too-large-detail = Тело захтева је веће од онога што овај сервер прихвата (највише { $limit ->
        [one] { $limit } бајт
        [few] { $limit } бајта
       *[other] { $limit } бајтова
    }).
problem-unsupported-media-type-title = Неподржан тип медија
problem-unsupported-media-type-detail = Пошаљите тело захтева као JSON са заглављем Content-Type: application/json.
problem-request-timeout-title = Истекло је време за захтев
problem-request-timeout-detail = Захтев је трајао дуже од { $seconds ->
        [one] { $seconds } секунде
        [few] { $seconds } секунде
       *[other] { $seconds } секунди
    } и прекинут је. Ништа није сачувано, осим ако је у одговору наведено другачије.
problem-too-many-requests-title = Превише захтева
problem-too-many-requests-detail = Превише захтева за кратко време. Сачекајте и покушајте поново.
problem-internal-error-title = Интерна грешка
problem-internal-error-detail = Дошло је до грешке на нашој страни. Грешка је забележена; ако се обратите подршци, наведите идентификатор захтева { $request_id }.
problem-service-unavailable-title = Услуга није доступна
problem-service-unavailable-detail = Услуга је привремено недоступна. Покушајте поново за тренутак.
problem-http-error-title = Захтев није успео
problem-http-error-detail = Захтев није успео: HTTP статус { $status }.

## Accounts and sessions

problem-invalid-email-title = Неисправна имејл адреса
problem-invalid-email-detail = „{ $field }“ није исправна имејл адреса.
problem-password-length-title = Дужина лозинке
problem-password-length-detail = Број знакова у лозинки мора бити од { $min } до { $max }.
problem-password-too-common-title = Превише честа лозинка
problem-password-too-common-detail = Ова лозинка је међу најчешће коришћеним лозинкама. Изаберите другу.
problem-password-contains-email-title = Лозинка садржи имејл адресу
problem-password-contains-email-detail = Лозинка не сме да садржи вашу имејл адресу. Изаберите другу.
problem-invalid-name-title = Неисправно име
problem-invalid-name-detail = Име мора имати од 1 до 100 знакова, без контролних знакова.
problem-invalid-timezone-title = Неисправна временска зона
problem-invalid-timezone-detail = Користите назив временске зоне, на пример Europe/Berlin или UTC.
problem-unsupported-locale-title = Неподржан језик
problem-unsupported-locale-detail = Овај језик није доступан. Изаберите један од понуђених језика.
problem-invalid-credentials-title = Пријава није успела
problem-invalid-credentials-detail = Имејл адреса или лозинка није тачна.
problem-account-locked-title = Налог је закључан
problem-account-locked-detail = Овај налог је закључан. Обратите се подршци.
problem-unauthenticated-title = Нисте пријављени
problem-unauthenticated-detail = За овај захтев потребан је важећи приступни токен. Пријавите се поново да бисте га добили.
problem-invalid-refresh-token-title = Сесија је истекла
problem-invalid-refresh-token-detail = Сесија је истекла или је окончана. Пријавите се поново.
problem-invalid-link-token-title = Линк више не важи
problem-invalid-link-token-detail = Овај линк је неважећи, већ је искоришћен или је истекао. Затражите нови.
problem-forbidden-title = Није дозвољено
problem-forbidden-detail = Пријављени сте, али ови приступни подаци не дозвољавају ову радњу.
problem-limit-reached-title = Достигнуто је ограничење
problem-limit-reached-detail = Достигли сте ограничење од { $limit }. Уклоните једну ставку пре него што додате нову.
problem-invalid-scope-title = Неисправна дозвола
problem-invalid-scope-detail = Изаберите бар једну од понуђених дозвола; неке су доступне само администраторима.
problem-out-of-range-title = Вредност је ван опсега
problem-out-of-range-detail = Вредност поља „{ $field }“ је ван дозвољеног опсега.
problem-totp-required-title = Потребан је једнократни код
problem-totp-required-detail = Овај налог користи двофакторску пријаву. Унесите код из апликације за аутентификацију или код за опоравак.
problem-totp-invalid-title = Погрешан једнократни код
problem-totp-invalid-detail = Код је погрешан, истекао је или је већ искоришћен. Сачекајте следећи код и покушајте поново.
problem-totp-locked-title = Двофакторска пријава је закључана
problem-totp-locked-detail = Превише погрешних кодова. Двофакторска пријава је закључана на 15 минута.
problem-totp-already-enabled-title = Двофакторска пријава је већ укључена
problem-totp-already-enabled-detail = Двофакторска пријава је већ укључена за овај налог.
problem-totp-not-enabled-title = Двофакторска пријава је искључена
problem-totp-not-enabled-detail = Двофакторска пријава није укључена за овај налог (или подешавање није започето).
problem-invalid-code-title = Погрешан код
problem-invalid-code-detail = Вредност поља „{ $field }“ је погрешна или је истекла.
problem-invalid-role-title = Непозната улога
problem-invalid-role-detail = Улога мора бити user, support или admin.
problem-csrf-failed-title = Образац је истекао
problem-csrf-failed-detail = Овај образац није могао бити прихваћен. Поново учитајте страницу и покушајте поново.
problem-two-factor-required-for-staff-title = Потребна је двофакторска пријава
problem-two-factor-required-for-staff-detail = Овај сервер захтева да запослени користе двофакторску пријаву. Најпре је укључите у подешавањима налога.
problem-slug-taken-title = Кратки назив је заузет
problem-slug-taken-detail = Други производ већ користи овај кратки назив. Изаберите неки други.
problem-invalid-slug-title = Неисправан кратки назив
problem-invalid-slug-detail = Кратки назив има од 2 до 64 знака (мала слова, цифре и цртице) и не почиње нити се завршава цртицом.
problem-invalid-product-kind-title = Неисправна врста производа
problem-invalid-product-kind-detail = Производ је или „software“ (везан за рачунаре) или „site“ (везан за домене).
problem-unknown-account-title = Непознат налог
problem-unknown-account-detail = Ниједан налог нема ову имејл адресу. Особа мора најпре да се региструје.
problem-license-revoked-title = Лиценца је опозвана
problem-license-revoked-detail = Ова лиценца је опозвана; опозвана лиценца не може се поново омогућити. Уместо тога издајте нову.
problem-seats-in-use-title = Места су у употреби
problem-seats-in-use-detail = Број заузетих места ове лиценце: { $in_use }. Ослободите нека (деактивирајте уређаје или смањите подлиценце) пре него што смањите број места.
problem-license-unusable-title = Лиценца није употребљива
problem-license-unusable-detail = Лиценца се не може користити за ово ({ $code }).

# Answers of the product-facing API (validate, activate, heartbeat, deactivate, license file).
answer-not-found = Ниједна лиценца нема овај кључ.
answer-revoked = Ова лиценца је опозвана.
answer-suspended = Ова лиценца је суспендована.
answer-expired = Ова лиценца је истекла.
answer-product-mismatch = Овај кључ припада другом производу.
answer-not-activated = Ова лиценца још није активирана овде.
answer-fingerprint-mismatch = Ова лиценца је активирана на другим уређајима, а не на овом.
answer-domain-mismatch = Ова лиценца је активирана на другим доменима, а не на овом.
answer-heartbeat-dead = Овај уређај је престао да шаље сигнале активности; активирајте га поново.
answer-too-many-activations = Активно је више уређаја него што лиценца има места.
answer-entitlement-missing = Лиценца не обухвата тражену функцију.
answer-version-not-covered = Ова верзија је објављена након истека периода ажурирања лиценце.
answer-valid = Лиценца је важећа.
answer-activation-limit = Сва места ове лиценце ({ $seats }) су у употреби. Ослободите једну од наведених активација да бисте је користили овде.
answer-clone-suspected = Други рачунар користи ову активацију; паузирана је док је власник не ослободи.
answer-reassignment-limit = Ова лиценца је за сада искористила све промене уређаја. Следећа је дозвољена од { $at }.
answer-refused-title = Сервер лиценци је одбио овај захтев
problem-reassignment-limit-title = За сада нема више промена уређаја
problem-reassignment-limit-detail = Ова лиценца је за сада искористила све промене уређаја. Следећа је дозвољена од { $at }.
problem-not-enough-seats-title = Нема довољно слободних места
problem-not-enough-seats-detail = { $free ->
    [0] Ниједно место ове лиценце није слободно.
    [one] Слободно је само { $free } место ове лиценце.
    [few] Слободна су само { $free } места ове лиценце.
   *[other] Слободно је само { $free } места ове лиценце.
}
problem-invalid-activation-request-title = Неисправан захтев за активацију
problem-invalid-activation-request-detail = Ово није захтев за активацију направљен кључем ове лиценце. Направите га поново на рачунару који треба активирати, кључем ове лиценце.
problem-not-for-sale-title = Није на продају
problem-not-for-sale-detail = Овај план није на продају.
problem-promo-not-found-title = Непознат промо-код
problem-promo-not-found-detail = Овај промо-код не постоји или тренутно не важи.
problem-insufficient-funds-title = Нема довољно новца у новчанику
problem-insufficient-funds-detail = Стање у новчанику је прениско за ову куповину. Допуните новчаник и покушајте поново; ништа није наплаћено.
problem-promo-expired-title = Промо-код тренутно не важи
problem-promo-expired-detail = Овај промо-код не важи у овом тренутку.
problem-promo-not-applicable-title = Промо-код се не примењује
problem-promo-not-applicable-detail = Овај промо-код се не примењује ни на један производ у вашој корпи.
problem-promo-below-minimum-title = Поруџбина је испод минимума за промо-код
problem-promo-below-minimum-detail = Ваша поруџбина је испод минималног износа који овај промо-код захтева.
problem-promo-first-purchase-only-title = Промо-код за прву куповину
problem-promo-first-purchase-only-detail = Овај промо-код важи само за прву куповину.
problem-promo-exhausted-title = Промо-код је потрошен
problem-promo-exhausted-detail = Овај промо-код је за сада искоришћен највећи дозвољени број пута.
problem-promo-user-limit-title = Промо-код је већ искоришћен
problem-promo-user-limit-detail = Већ сте искористили овај промо-код онолико пута колико је дозвољено.
problem-promo-paused-title = Промо-код је паузиран
problem-promo-paused-detail = Овај промо-код је тренутно паузиран.
problem-promo-code-taken-title = Промо-код већ постоји
problem-promo-code-taken-detail = Други промо-код већ има овај назив.
problem-idempotency-key-reused-title = Кључ идемпотентности је коришћен за други захтев
problem-idempotency-key-reused-detail = Овај Idempotency-Key је већ коришћен са другачијим захтевом. За нови захтев користите нови кључ.
problem-idempotency-key-in-use-title = Захтев је у обради
problem-idempotency-key-in-use-detail = Захтев са овим Idempotency-Key се још обрађује. Покушајте поново за тренутак да бисте добили његов одговор.
problem-self-referral-title = Сопствена препорука
problem-self-referral-detail = Не можете користити сопствени код за препоруку.
problem-wrong-state-title = Није могуће у овом стању
problem-wrong-state-detail = Ово тренутно није могуће ({ $state }).
problem-gateway-disabled-title = Начин плаћања није доступан
problem-gateway-disabled-detail = Овај начин плаћања није омогућен на овом серверу.
problem-gateway-unavailable-title = Пружалац услуга плаћања није доступан
problem-gateway-unavailable-detail = Није било могуће повезати се са пружаоцем услуга плаћања. Ништа није наплаћено; покушајте поново за неколико минута или изаберите други начин плаћања.
problem-webhook-signature-invalid-title = Неисправан потпис вебхука
problem-webhook-signature-invalid-detail = Потпис вебхука не одговара подешавањима овог сервиса за плаћање. Ништа није промењено.
problem-invalid-number-format-title = Неисправан образац броја
problem-invalid-number-format-detail = Поље „{ $field }“ мора да садржи {"{"}YYYY{"}"} тачно једном и један низ цифара у витичастим заградама, на пример INV-{"{"}YYYY{"}"}-{"{"}000001{"}"}: нумерисање почиње изнова сваке године.
problem-number-formats-clash-title = Бројеви би могли да се поклопе
problem-number-formats-clash-detail = Поље „{ $field }“ би могло да генерише исте бројеве као образац за фактуре. Дајте обрасцима различите префиксе, на пример INV- и CN-.
problem-invalid-staging-pattern-title = Неисправан образац тестног хоста
problem-invalid-staging-pattern-detail = Наведите један хост по реду: тачан хост (staging.shop.com), сваки хост под доменом (*.preview.shop.com), сваки хост који почиње ознаком (staging.*) или је садржи (*.staging.*). Цео домен највишег нивоа, као што је *.dev, јаван је и не може бити бесплатан.
problem-insufficient-scope-title = Није дозвољено овим кључем
problem-insufficient-scope-detail = За ово вам треба { $scope ->
        [session] сесија у којој сте пријављени: API кључ то не може да уради
       *[other] API кључ са дозволом „{ $scope }“
    }.
problem-refund-window-closed-title = Рок за повраћај новца је истекао
problem-refund-window-closed-detail = За овај план новац се може вратити у року од { $days } дана од куповине, а тај рок је прошао. Ипак вратите новац само ако то заиста желите.
problem-invalid-version-title = Неисправна верзија
problem-invalid-version-detail = Наведите семантичку верзију, на пример 1.4.0, 2.0.0-beta.1 или 1.4.0+build.7.
problem-invalid-platform-title = Неисправна платформа
problem-invalid-platform-detail = Платформа има од 1 до 64 знака (мала слова, цифре, цртице и доње црте), на пример windows-x86_64 или wordpress.
problem-invalid-file-name-title = Неисправан назив датотеке
problem-invalid-file-name-detail = Наведите један обичан назив датотеке, на пример app-1.4.0.dmg: без косих црта, без тачке на почетку, без наводника и контролних знакова.
problem-version-taken-title = Верзија већ постоји
problem-version-taken-detail = Овај производ већ има издање са овом верзијом (метаподаци о билду не чине нову верзију).
problem-download-link-invalid-title = Линк за преузимање не важи
problem-download-link-invalid-detail = Овај линк за преузимање је истекао, измењен је или води до издања које више није доступно. Затражите нови.
problem-feed-license-required-title = Потребан је лиценцни кључ
problem-feed-license-required-detail = Овај фид за ажурирања намењен је само купцима са лиценцом. Пошаљите лиценцни кључ у адреси фида или у заглављу RMS-License-Key.
problem-feed-license-refused-title = Лиценцни кључ није прихваћен
problem-feed-license-refused-detail = Овај лиценцни кључ не отвара фид за ажурирања овог производа: непознат је, припада другом производу, истекао је, суспендован је или опозван.

problem-invalid-vat-id-title = Неисправан ПДВ број
problem-invalid-vat-id-detail = „{ $field }“ није ПДВ број наведене земље. ПДВ бројеви у ЕУ почињу префиксом земље, на пример DE123456789 (Грчка: EL). Оставите поље празно ако купујете као физичко лице.

problem-entitlements-append-only-title = Права се могу само додавати
problem-entitlements-append-only-detail = Задржите права плана истим редом и нова додајте на крај: издати лиценцни кључеви их носе по позицији, па би уклањање или промена редоследа променили оно на шта постојећи купци имају право.
problem-invalid-date-title = Неисправан датум
problem-invalid-date-detail = Унесите „{ $field }“ као датум, на пример 2026-12-31.
problem-date-range-reversed-title = Датуми су погрешним редом
problem-date-range-reversed-detail = Датум почетка је после датума завршетка. Изаберите почетак који пада на дан завршетка или пре њега.
