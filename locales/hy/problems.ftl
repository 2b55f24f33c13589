# Titles and details of RFC 9457 problem responses, one pair per stable error code.

problem-bad-request-title = Սխալ հարցում
problem-bad-request-detail = Հարցումը հնարավոր չեղավ հասկանալ՝ { $reason }
bad-request-not-json = մարմինը վավեր JSON չէ։
bad-request-missing-field = «{ $field }» դաշտը պարտադիր է։
bad-request-unknown-field = «{ $field }» դաշտը չի ընդունվում այս հարցման մեջ։
bad-request-malformed-field = «{ $field }» դաշտի արժեքը ճիշտ տեսակի կամ ձևաչափի չէ։
bad-request-malformed = դրանում առկա արժեքներից մեկը ճիշտ տեսակի կամ ձևաչափի չէ։
problem-not-found-title = Չի գտնվել
problem-not-found-detail = Այս հասցեում ոչինչ չկա։
problem-method-not-allowed-title = Մեթոդը թույլատրված չէ
problem-method-not-allowed-detail = Այս հասցեն չի ընդունում { $method } մեթոդը։
problem-payload-too-large-title = Հարցումը չափազանց մեծ է
problem-payload-too-large-detail = Հարցման մարմինն ավելի մեծ է, քան ընդունում է այս սերվերը (առավելագույնը՝ { $limit } բայթ)։
problem-unsupported-media-type-title = Չաջակցվող մեդիա տեսակ
problem-unsupported-media-type-detail = Ուղարկեք հարցման մարմինը JSON ձևաչափով՝ Content-Type: application/json վերնագրով։
problem-request-timeout-title = Հարցման ժամանակը սպառվել է
problem-request-timeout-detail = Հարցումը տևեց ավելի քան { $seconds } վայրկյան և դադարեցվեց։ Ոչինչ չի պահպանվել, եթե պատասխանում այլ բան նշված չէր։
problem-too-many-requests-title = Չափազանց շատ հարցումներ
problem-too-many-requests-detail = Կարճ ժամանակում չափազանց շատ հարցումներ են ուղարկվել։ Խնդրում ենք սպասել և կրկին փորձել։
problem-internal-error-title = Ներքին սխալ
problem-internal-error-detail = Մեր կողմում ինչ-որ բան սխալ է գնացել։ Սխալը գրանցվել է․ աջակցման ծառայությանը դիմելիս խնդրում ենք նշել հարցման նույնացուցիչը՝ { $request_id }։
problem-service-unavailable-title = Ծառայությունը հասանելի չէ
problem-service-unavailable-detail = Ծառայությունը ժամանակավորապես հասանելի չէ։ Խնդրում ենք մի փոքր ուշ կրկին փորձել։
problem-http-error-title = Հարցումը ձախողվեց
problem-http-error-detail = Հարցումը ձախողվեց HTTP { $status } կարգավիճակով։

## Accounts and sessions

problem-invalid-email-title = Անվավեր էլ. փոստի հասցե
problem-invalid-email-detail = «{ $field }» դաշտի արժեքը վավեր էլ. փոստի հասցե չէ։
problem-password-length-title = Գաղտնաբառի երկարություն
problem-password-length-detail = Գաղտնաբառը պետք է պարունակի { $min }-ից { $max } նիշ։
problem-password-too-common-title = Գաղտնաբառը չափազանց տարածված է
problem-password-too-common-detail = Այս գաղտնաբառն ամենահաճախ օգտագործվողներից է։ Խնդրում ենք ընտրել այլ գաղտնաբառ։
problem-password-contains-email-title = Գաղտնաբառը պարունակում է էլ. փոստի հասցեն
problem-password-contains-email-detail = Գաղտնաբառը չպետք է պարունակի Ձեր էլ. փոստի հասցեն։ Խնդրում ենք ընտրել այլ գաղտնաբառ։
problem-invalid-name-title = Անվավեր անուն
problem-invalid-name-detail = Անունը պետք է պարունակի 1-ից 100 նիշ՝ առանց կառավարման նիշերի։
problem-invalid-timezone-title = Անվավեր ժամային գոտի
problem-invalid-timezone-detail = Օգտագործեք ժամային գոտու անվանում, օրինակ՝ Europe/Berlin կամ UTC։
problem-unsupported-locale-title = Չաջակցվող լեզու
problem-unsupported-locale-detail = Այս լեզուն հասանելի չէ։ Ընտրեք առաջարկվող լեզուներից մեկը։
problem-invalid-credentials-title = Մուտքը ձախողվեց
problem-invalid-credentials-detail = Էլ. փոստի հասցեն կամ գաղտնաբառը սխալ է։
problem-account-locked-title = Հաշիվն արգելափակված է
problem-account-locked-detail = Այս հաշիվն արգելափակված է։ Խնդրում ենք դիմել աջակցման ծառայությանը։
problem-unauthenticated-title = Մուտք գործված չէ
problem-unauthenticated-detail = Այս հարցման համար անհրաժեշտ է վավեր մուտքի տոկեն։ Այն ստանալու համար կրկին մուտք գործեք։
problem-invalid-refresh-token-title = Սեանսի ժամկետը լրացել է
problem-invalid-refresh-token-detail = Սեանսի ժամկետը լրացել է, կամ այն ավարտվել է։ Խնդրում ենք կրկին մուտք գործել։
problem-invalid-link-token-title = Հղումն այլևս վավեր չէ
problem-invalid-link-token-detail = Այս հղումն անվավեր է, արդեն օգտագործվել է կամ դրա ժամկետը լրացել է։ Պահանջեք նորը։
problem-forbidden-title = Թույլատրված չէ
problem-forbidden-detail = Դուք մուտք եք գործել, բայց այս մուտքի տվյալներով այս գործողությունը թույլատրված չէ։
problem-limit-reached-title = Սահմանաչափը սպառված է
problem-limit-reached-detail = Դուք հասել եք սահմանաչափին՝ { $limit }։ Նորն ավելացնելուց առաջ հեռացրեք գոյություն ունեցողներից մեկը։
problem-invalid-scope-title = Անվավեր թույլտվություն
problem-invalid-scope-detail = Ընտրեք առաջարկվող թույլտվություններից առնվազն մեկը․ որոշները հասանելի են միայն ադմինիստրատորներին։
problem-out-of-range-title = Արժեքը թույլատրելի միջակայքից դուրս է
problem-out-of-range-detail = «{ $field }» դաշտի արժեքը թույլատրելի միջակայքից դուրս է։
problem-totp-required-title = Անհրաժեշտ է միանգամյա կոդ
problem-totp-required-detail = Այս հաշիվն օգտագործում է երկգործոն մուտք։ Մուտքագրեք Ձեր նույնականացման հավելվածի կոդը կամ վերականգնման կոդ։
problem-totp-invalid-title = Սխալ միանգամյա կոդ
problem-totp-invalid-detail = Կոդը սխալ է, դրա ժամկետը լրացել է, կամ այն արդեն օգտագործվել է։ Սպասեք հաջորդ կոդին և կրկին փորձեք։
problem-totp-locked-title = Երկգործոն մուտքն արգելափակված է
problem-totp-locked-detail = Չափազանց շատ սխալ կոդեր։ Երկգործոն մուտքն արգելափակված է 15 րոպեով։
problem-totp-already-enabled-title = Երկգործոն մուտքն արդեն միացված է
problem-totp-already-enabled-detail = Այս հաշվի համար երկգործոն մուտքն արդեն միացված է։
problem-totp-not-enabled-title = Երկգործոն մուտքն անջատված է
problem-totp-not-enabled-detail = Այս հաշվի համար երկգործոն մուտքը միացված չէ (կամ կարգավորումը չի սկսվել)։
problem-invalid-code-title = Սխալ կոդ
problem-invalid-code-detail = «{ $field }» դաշտի արժեքը սխալ է, կամ դրա ժամկետը լրացել է։
problem-invalid-role-title = Անհայտ դեր
problem-invalid-role-detail = Դերը պետք է լինի user, support կամ admin։
problem-csrf-failed-title = Ձևի ժամկետը լրացել է
problem-csrf-failed-detail = Այս ձևը հնարավոր չեղավ ընդունել։ Թարմացրեք էջը և կրկին փորձեք։
problem-two-factor-required-for-staff-title = Անհրաժեշտ է երկգործոն մուտք
problem-two-factor-required-for-staff-detail = Այս սերվերը պահանջում է, որ անձնակազմն օգտագործի երկգործոն մուտք։ Նախ միացրեք այն Ձեր հաշվի կարգավորումներում։
problem-slug-taken-title = Կարճ անունը զբաղված է
problem-slug-taken-detail = Մեկ այլ արտադրանք արդեն օգտագործում է այս կարճ անունը (slug)։ Ընտրեք մեկ ուրիշը։
problem-invalid-slug-title = Անվավեր կարճ անուն
problem-invalid-slug-detail = Կարճ անունը (slug) 2-ից 64 փոքրատառ լատինական տառեր, թվանշաններ և գծիկներ է, և այն չի սկսվում կամ ավարտվում գծիկով։
problem-invalid-product-kind-title = Արտադրանքի անվավեր տեսակ
problem-invalid-product-kind-detail = Արտադրանքը կա՛մ «software» է (կապվում է մեքենաներին), կա՛մ «site» (կապվում է դոմեններին)։
problem-unknown-account-title = Անհայտ հաշիվ
problem-unknown-account-detail = Այս էլ. փոստի հասցեով հաշիվ չկա։ Անձը նախ պետք է գրանցվի։
problem-license-revoked-title = Լիցենզիան չեղարկված է
problem-license-revoked-detail = Այս լիցենզիան չեղարկվել է, իսկ չեղարկված լիցենզիան հնարավոր չէ վերականգնել։ Փոխարենը թողարկեք նորը։
problem-seats-in-use-title = Տեղերն օգտագործվում են
problem-seats-in-use-detail = Այս լիցենզիայի { $in_use ->
        [1] մեկ տեղն օգտագործվում է
        [one] { $in_use } տեղ է օգտագործվում
       *[other] { $in_use } տեղ է օգտագործվում
    }։ Տեղերի քանակը նվազեցնելուց առաջ ազատեք դրանցից մի քանիսը (ապաակտիվացրեք սարքեր կամ փոքրացրեք ենթալիցենզիաները)։
problem-license-unusable-title = Լիցենզիան հնարավոր չէ օգտագործել
problem-license-unusable-detail = Լիցենզիան հնարավոր չէ օգտագործել այս նպատակով ({ $code })։

# Answers of the product-facing API (validate, activate, heartbeat, deactivate, license file).
answer-not-found = Այս բանալիով լիցենզիա չկա։
answer-revoked = Այս լիցենզիան չեղարկվել է։
answer-suspended = Այս լիցենզիան կասեցված է։
answer-expired = Այս լիցենզիայի ժամկետը լրացել է։
answer-product-mismatch = Այս բանալին պատկանում է մեկ այլ արտադրանքի։
answer-not-activated = Այս լիցենզիան այստեղ դեռ ակտիվացված չէ։
answer-fingerprint-mismatch = Այս լիցենզիան ակտիվացված է այլ սարքերում, ոչ թե այս մեկում։
answer-domain-mismatch = Այս լիցենզիան ակտիվացված է այլ դոմեններում, ոչ թե այս մեկում։
answer-heartbeat-dead = Այս սարքը դադարել է կենդանության ազդանշաններ ուղարկել․ կրկին ակտիվացրեք այն։
answer-too-many-activations = Ակտիվ սարքերն ավելի շատ են, քան լիցենզիայի տեղերը։
answer-entitlement-missing = Լիցենզիան չի ներառում պահանջված հնարավորություններից մեկը։
answer-version-not-covered = Այս տարբերակը թողարկվել է լիցենզիայի թարմացումների ժամկետից հետո։
answer-valid = Լիցենզիան վավեր է։
answer-activation-limit = Այս լիցենզիայի բոլոր { $seats } տեղերն օգտագործվում են։ Այստեղ օգտագործելու համար ազատեք նշված ակտիվացումներից մեկը։
answer-clone-suspected = Մեկ այլ մեքենա օգտագործում է այս ակտիվացումը․ այն դադարեցված է, մինչև սեփականատերն այն ազատի։
answer-reassignment-limit = Այս լիցենզիան առայժմ սպառել է սարքի փոփոխությունները։ Հաջորդը թույլատրվում է { $at }-ից։
answer-refused-title = Լիցենզիաների սերվերը մերժեց այս հարցումը
problem-reassignment-limit-title = Սարքի փոփոխություններն առայժմ սպառված են
problem-reassignment-limit-detail = Այս լիցենզիան առայժմ սպառել է սարքի փոփոխությունները։ Հաջորդը թույլատրվում է { $at }-ից։
problem-not-enough-seats-title = Բավարար ազատ տեղեր չկան
problem-not-enough-seats-detail = { $free ->
    [0] Այս լիցենզիայի ոչ մի տեղ ազատ չէ։
    [1] Այս լիցենզիայի միայն մեկ տեղ է ազատ։
    [one] Այս լիցենզիայի միայն { $free } տեղ է ազատ։
   *[other] Այս լիցենզիայի միայն { $free } տեղ է ազատ։
}
problem-invalid-activation-request-title = Անվավեր ակտիվացման հարցում
problem-invalid-activation-request-detail = Սա այս լիցենզիայի բանալիով ստեղծված ակտիվացման հարցում չէ։ Ստեղծեք այն նորից՝ ակտիվացվող մեքենայում, այս լիցենզիայի բանալիով։
problem-not-for-sale-title = Վաճառքում չէ
problem-not-for-sale-detail = Այս պլանը վաճառքում չէ։
problem-promo-not-found-title = Անհայտ պրոմոկոդ
problem-promo-not-found-detail = Այս պրոմոկոդը գոյություն չունի կամ այս պահին վավեր չէ։
problem-insufficient-funds-title = Դրամապանակում բավարար միջոցներ չկան
problem-insufficient-funds-detail = Ձեր դրամապանակի մնացորդը բավարար չէ այս գնման համար։ Համալրեք Ձեր դրամապանակը և կրկին փորձեք․ ոչինչ չի գանձվել։
problem-promo-expired-title = Պրոմոկոդն այս պահին վավեր չէ
problem-promo-expired-detail = Այս պրոմոկոդն այս պահին վավեր չէ։
problem-promo-not-applicable-title = Պրոմոկոդը չի կիրառվում
problem-promo-not-applicable-detail = Այս պրոմոկոդը չի կիրառվում Ձեր զամբյուղի որևէ արտադրանքի նկատմամբ։
problem-promo-below-minimum-title = Պատվերը պրոմոկոդի նվազագույնից ցածր է
problem-promo-below-minimum-detail = Ձեր պատվերը ցածր է այս պրոմոկոդի համար պահանջվող նվազագույն գումարից։
problem-promo-first-purchase-only-title = Պրոմոկոդ առաջին գնման համար
problem-promo-first-purchase-only-detail = Այս պրոմոկոդը նախատեսված է միայն առաջին գնման համար։
problem-promo-exhausted-title = Պրոմոկոդն սպառված է
problem-promo-exhausted-detail = Այս պրոմոկոդն առայժմ օգտագործվել է թույլատրելի առավելագույն անգամ։
problem-promo-user-limit-title = Պրոմոկոդն արդեն օգտագործվել է
problem-promo-user-limit-detail = Դուք արդեն օգտագործել եք այս պրոմոկոդը թույլատրելի առավելագույն անգամ։
problem-promo-paused-title = Պրոմոկոդը դադարեցված է
problem-promo-paused-detail = Այս պրոմոկոդն այս պահին դադարեցված է։
problem-promo-code-taken-title = Պրոմոկոդն արդեն գոյություն ունի
problem-promo-code-taken-detail = Այս անունով մեկ այլ պրոմոկոդ արդեն կա։
problem-idempotency-key-reused-title = Իդեմպոտենտության բանալին օգտագործվել է այլ հարցման համար
problem-idempotency-key-reused-detail = Այս Idempotency-Key-ն արդեն օգտագործվել է այլ հարցման հետ։ Նոր հարցման համար օգտագործեք նոր բանալի։
problem-idempotency-key-in-use-title = Հարցումը մշակվում է
problem-idempotency-key-in-use-detail = Այս Idempotency-Key-ով հարցումը դեռ մշակվում է։ Մի փոքր ուշ կրկնեք՝ դրա պատասխանը ստանալու համար։
problem-self-referral-title = Ինքնաուղղորդում
problem-self-referral-detail = Դուք չեք կարող օգտագործել Ձեր սեփական ուղղորդման կոդը։
problem-wrong-state-title = Այս վիճակում հնարավոր չէ
problem-wrong-state-detail = Այս պահին դա հնարավոր չէ անել ({ $state })։
problem-gateway-disabled-title = Վճարման եղանակը հասանելի չէ
problem-gateway-disabled-detail = Վճարման այս եղանակը միացված չէ այս սերվերում։
problem-gateway-unavailable-title = Վճարային ծառայությունը հասանելի չէ
problem-gateway-unavailable-detail = Հնարավոր չեղավ կապ հաստատել վճարային ծառայություն մատուցողի հետ։ Ոչինչ չի գանձվել․ կրկին փորձեք մի քանի րոպեից կամ ընտրեք վճարման այլ եղանակ։
problem-webhook-signature-invalid-title = Վեբհուքի անվավեր ստորագրություն
problem-webhook-signature-invalid-detail = Վեբհուքի ստորագրությունը չի համապատասխանում այս դարպասի կարգավորումներին։ Ոչինչ չի փոխվել։
problem-invalid-number-format-title = Համարի անվավեր ձևանմուշ
problem-invalid-number-format-detail = «{ $field }» դաշտը պետք է պարունակի {"{"}YYYY{"}"} մեկ անգամ և ձևավոր փակագծերում թվանշանների մեկ շարք, օրինակ՝ INV-{"{"}YYYY{"}"}-{"{"}000001{"}"}․ համարակալումը վերսկսվում է ամեն տարի։
problem-number-formats-clash-title = Համարները կարող են համընկնել
problem-number-formats-clash-detail = «{ $field }» դաշտը կարող է ստեղծել նույն համարները, ինչ հաշիվ-ապրանքագրի ձևանմուշը։ Տվեք երկու ձևանմուշներին տարբեր նախածանցներ, օրինակ՝ INV- և CN-։
problem-invalid-staging-pattern-title = Փորձարկման հոսթի անվավեր ձևանմուշ
problem-invalid-staging-pattern-detail = Գրեք ամեն տողում մեկ հոսթ՝ ճշգրիտ հոսթ (staging.shop.com), դոմենի տակ գտնվող բոլոր հոսթերը (*.preview.shop.com), որոշակի պիտակով սկսվող բոլոր հոսթերը (staging.*) կամ ներսում որոշակի պիտակ պարունակողները (*.staging.*)։ Ամբողջական վերին մակարդակի դոմենը, օրինակ՝ *.dev, հանրային է և չի կարող անվճար աշխատել։
problem-insufficient-scope-title = Այս բանալիով թույլատրված չէ
problem-insufficient-scope-detail = Դրա համար անհրաժեշտ է { $scope ->
        [session] մուտք գործած սեանս․ API բանալին չի կարող դա անել
       *[other] «{ $scope }» թույլտվությամբ API բանալի
    }։
problem-refund-window-closed-title = Վերադարձի ժամկետն ավարտվել է
problem-refund-window-closed-detail = Այս պլանի գումարը կարելի է վերադարձնել գնումից հետո { $days } օրվա ընթացքում, և այդ ժամկետն անցել է։ Գումարը վերադարձրեք միայն այն դեպքում, եթե դա իսկապես նպատակադրված է։
problem-invalid-version-title = Անվավեր տարբերակ
problem-invalid-version-detail = Գրեք սեմանտիկ տարբերակ, օրինակ՝ 1.4.0, 2.0.0-beta.1 կամ 1.4.0+build.7։
problem-invalid-platform-title = Անվավեր հարթակ
problem-invalid-platform-detail = Հարթակը 1-ից 64 փոքրատառ լատինական տառեր, թվանշաններ, գծիկներ և ընդգծումներ է, օրինակ՝ windows-x86_64 կամ wordpress։
problem-invalid-file-name-title = Ֆայլի անվավեր անուն
problem-invalid-file-name-detail = Նշեք ֆայլի մեկ պարզ անուն, օրինակ՝ app-1.4.0.dmg․ առանց թեք գծերի, սկզբնական կետի, չակերտների կամ կառավարման նիշերի։
problem-version-taken-title = Տարբերակն արդեն գոյություն ունի
problem-version-taken-detail = Այս արտադրանքն արդեն ունի այս տարբերակով թողարկում (կառուցման մետատվյալները նոր տարբերակ չեն ստեղծում)։
problem-download-link-invalid-title = Ներբեռնման հղումն անվավեր է
problem-download-link-invalid-detail = Այս ներբեռնման հղման ժամկետը լրացել է, այն փոփոխվել է, կամ նախատեսված է այլևս անհասանելի թողարկման համար։ Պահանջեք նորը։
problem-feed-license-required-title = Անհրաժեշտ է լիցենզիայի բանալի
problem-feed-license-required-detail = Թարմացումների այս հոսքը նախատեսված է միայն լիցենզիա ունեցող հաճախորդների համար։ Ուղարկեք Ձեր լիցենզիայի բանալին հոսքի հասցեում կամ RMS-License-Key վերնագրում։
problem-feed-license-refused-title = Լիցենզիայի բանալին չի ընդունվել
problem-feed-license-refused-detail = Այս լիցենզիայի բանալին չի բացում այս արտադրանքի թարմացումների հոսքը․ այն անհայտ է, նախատեսված է այլ արտադրանքի համար, կամ դրա ժամկետը լրացել է, այն կասեցված է կամ չեղարկված։

problem-invalid-vat-id-title = Անվավեր ԱԱՀ համար
problem-invalid-vat-id-detail = «{ $field }» դաշտի արժեքը նշված երկրի ԱԱՀ համար չէ։ ԵՄ ԱԱՀ համարները սկսվում են երկրի նախածանցով, օրինակ՝ DE123456789 (Հունաստան՝ EL)։ Որպես ֆիզիկական անձ գնելիս թողեք այն դատարկ։

problem-entitlements-append-only-title = Իրավունքները կարելի է միայն ավելացնել
problem-entitlements-append-only-detail = Պահպանեք պլանի իրավունքների հերթականությունը և նորերն ավելացրեք վերջում․ թողարկված լիցենզիայի բանալիները դրանք պարունակում են ըստ դիրքի, ուստի որևէ մեկի հեռացումը կամ վերադասավորումը կփոխի, թե ինչի իրավունք ունեն գոյություն ունեցող հաճախորդները։
problem-invalid-date-title = Անվավեր ամսաթիվ
problem-invalid-date-detail = Գրեք «{ $field }» դաշտը ամսաթվի տեսքով, օրինակ՝ 2026-12-31։
problem-date-range-reversed-title = Ամսաթվերը սխալ հերթականությամբ են
problem-date-range-reversed-detail = Սկզբի ամսաթիվն ավելի ուշ է, քան ավարտի ամսաթիվը։ Ընտրեք սկիզբ, որը նույնն է կամ ավելի վաղ է, քան ավարտը։
