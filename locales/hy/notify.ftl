# Notifications: one subject (also the in-app title) and one body per kind. Arguments come from
# what happened: $name is always the person's name; links are added below the body by the sender.
# A kind may add `-details`, a paragraph shown only when its arguments are all there (notices
# stored by an older version lack some).

notify-footer = Դուք ստանում եք այս նամակը, քանի որ հաշիվ ունեք { $seller }-ում։ Թե ինչի մասին և որտեղ ծանուցումներ ստանալ, կարող եք ընտրել Ձեր հաշվի էջում։
notify-open = Բացել
notify-unsubscribe = Հրաժարվել այս նամակներից
notify-unsubscribe-intro = Դադարեցնե՞լ այս տեսակի նամակների ստացումը։ Անվտանգության ծանուցումների և մյուս տեսակների վրա դա չի ազդի։ Այն կարող եք նորից միացնել Ձեր հաշվի էջից։
notify-unsubscribe-confirm = Հրաժարվել
notify-unsubscribe-done = Պատրաստ է։ Դուք այլևս չեք ստանա այս նամակները։

notify-top_up_credited-subject = Ձեր դրամապանակը համալրվել է { $amount } գումարով
notify-top_up_credited-body = Հարգելի { $name }, Ձեր դրամապանակին ավելացվել է { $amount }։
notify-top_up_credited-details = { $gateway }-ի միջոցով կատարված Ձեր { $reference } վճարումը՝ { $paid } գումարով, ստացվել է։ Ձեր մնացորդը և պատմությունը Ձեր դրամապանակի էջում են։
notify-transfer_confirmed-subject = Ձեր { $amount } բանկային փոխանցումը ստացվել է
notify-transfer_confirmed-body = Հարգելի { $name }, մենք ստացել ենք Ձեր բանկային փոխանցումը․ { $amount } այժմ Ձեր դրամապանակում է։
notify-transfer_confirmed-details = Դրա վճարման կոդն էր { $reference }, Դուք ուղարկել եք { $paid }։
notify-purchase_receipt-subject = Ձեր գնման անդորրագիրը ({ $invoice })
notify-purchase_receipt-body = Հարգելի { $name }, շնորհակալություն գնման համար։ { $invoice } հաշիվ-ապրանքագիրը՝ { $amount } ընդհանուր գումարով, վճարվել է Ձեր դրամապանակից։ Ձեր լիցենզիայի բանալիները Ձեր լիցենզիաների էջում են, իսկ հաշիվ-ապրանքագրի PDF-ը ցանկացած պահի կարող եք ներբեռնել Ձեր դրամապանակի էջից։
notify-order_failed-subject = Ձեր պատվերը հնարավոր չեղավ ավարտել
notify-order_failed-body = Հարգելի { $name }, Ձեր պատվերը հնարավոր չեղավ ավարտել։ { $reason ->
        [unpaid] Դրա վճարումը չի կատարվել, ուստի ոչինչ չի գանձվել։ Կարող եք նորից պատվիրել խանութից։
        [returned] Դրա վճարումը հետ է վերցվել վճարային ծառայություն մատուցողի կողմից, ուստի ոչինչ չի գնվել։
        [late] Դրա վճարումը չափազանց ուշ է ստացվել՝ Ձեզ առաջարկված գնով գնելու համար։ Ձեր վճարած գումարը ({ $amount }) Ձեր դրամապանակում է․ կարող եք նորից գնել խանութից՝ երբ ցանկանաք։
       *[refused] Խանութն այլևս չէր կարող վաճառել այն պատվիրված պայմաններով (պրոմոկոդն սպառվել է, պլանն այլևս չի վաճառվում)։ Ձեր վճարած գումարը ({ $amount }) Ձեր դրամապանակում է։
    }
notify-refund-subject = Ձեզ վերադարձվել է { $amount }
notify-refund-body = Հարգելի { $name }, { $invoice } հաշիվ-ապրանքագրից { $amount } վերադարձվել է Ձեր դրամապանակ։
notify-payment_attention-subject = Վճարումը պահանջում է Ձեր ուշադրությունը
notify-payment_attention-body = Հարգելի { $name }, { $amount } գումարով վճարումը սպասում է որոշման։
notify-license_issued-subject = Ձեր { $product } լիցենզիան պատրաստ է
notify-license_issued-body = Հարգելի { $name }, Ձեզ համար թողարկվել է { $product }-ի լիցենզիա ({ $plan })։ Դրա բանալին Ձեր լիցենզիաների էջում է։
notify-device_activated-subject = { $product }՝ ակտիվացում նոր սարքում
notify-device_activated-body = Հարգելի { $name }, Ձեր { $product } լիցենզիան ակտիվացվել է { $device } սարքում։ Եթե դա Դուք չէիք, ազատեք տեղը Ձեր լիցենզիաների էջում։
notify-seat_freed-subject = { $product }-ի տեղն ազատվել է
notify-seat_freed-body = Հարգելի { $name }, { $device } սարքն այլևս չի զբաղեցնում Ձեր { $product } լիցենզիայի տեղը։
notify-license_expiring-subject = Ձեր { $product } լիցենզիայի ժամկետը լրանում է { $days ->
        [one] { $days } օրից
       *[other] { $days } օրից
    }
notify-license_expiring-body = Հարգելի { $name }, Ձեր { $product } լիցենզիայի ժամկետը լրանում է { $days ->
        [one] { $days } օրից
       *[other] { $days } օրից
    }։ Երկարաձգեք այն, որպեսզի շարունակեք օգտագործել { $product } արտադրանքը և ստանալ թարմացումներ։
notify-license_expired-subject = Ձեր { $product } լիցենզիայի ժամկետը լրացել է
notify-license_expired-body = Հարգելի { $name }, Ձեր { $product } լիցենզիայի ժամկետը լրացել է։
notify-renewal_upcoming-subject = Ձեր { $product } լիցենզիան կերկարաձգվի { $date }-ին
notify-renewal_upcoming-body = Հարգելի { $name }, Ձեր { $product } լիցենզիան ավտոմատ կերկարաձգվի { $date }-ին՝ { $amount } գումարով, որը կգանձվի Ձեր դրամապանակից։ { $reason ->
        [wallet_short] Ձեր դրամապանակում դեռ այդքան գումար չկա․ համալրեք այն մինչ այդ, այլապես լիցենզիան կավարտվի։
       *[other] Ձեր դրամապանակի մնացորդը բավարար է։
    } Ավտոմատ երկարաձգումը կարող եք անջատել Ձեր լիցենզիաների էջում։
notify-license_renewed-subject = Ձեր { $product } լիցենզիան երկարաձգվել է
notify-license_renewed-body = Հարգելի { $name }, Ձեր { $product } լիցենզիան ավտոմատ երկարաձգվել է մինչև { $date }։ { $invoice } հաշիվ-ապրանքագիրը՝ { $amount } ընդհանուր գումարով, վճարվել է Ձեր դրամապանակից։
notify-renewal_failed-subject = Ձեր { $product } լիցենզիան հնարավոր չեղավ երկարաձգել
notify-renewal_failed-body = Հարգելի { $name }, Ձեր { $product } լիցենզիան հնարավոր չեղավ ավտոմատ երկարաձգել։ { $reason ->
        [wallet_short] Երկարաձգումն արժե { $amount }, իսկ Ձեր դրամապանակում կա { $paid }։ Համալրեք Ձեր դրամապանակը և երկարաձգեք լիցենզիան Ձեր լիցենզիաների էջից։
        [not_for_sale] Դրա պլանն այլևս չի վաճառվում։
       *[other] Երկարաձգեք այն Ձեր լիցենզիաների էջից։
    } Եթե այն երկարաձգվի մինչև { $date }, կպահպանի իր բանալին և սարքերը։
notify-clone_suspected-subject = Ձեր { $product } լիցենզիան, հնարավոր է, օգտագործվում է պատճենված սարքում
notify-clone_suspected-body = Հարգելի { $name }, երկու մեքենա հենց նոր ներկայացրել են Ձեր { $product } լիցենզիայի նույն ակտիվացումը (սարք՝ «{ $device }»)։ Սովորաբար դա նշանակում է, որ սկավառակի պատկերը կամ վիրտուալ մեքենան պատճենվել է լիցենզիայի հետ միասին։

    Ակտիվացումը դադարեցված է։ Եթե ճանաչում եք երկու մեքենաներն էլ, ազատեք հինը Ձեր լիցենզիաների էջում և ակտիվացրեք նորը։ Եթե չեք ճանաչում, հնարավոր է՝ ինչ-որ մեկն օգտագործում է Ձեր լիցենզիայի բանալին․ դիմեք մատակարարին։
notify-license_status-subject = Ձեր { $product } լիցենզիան այժմ { $status ->
        [active] ակտիվ է
        [suspended] կասեցված է
        [expired] ժամկետանց է
        [revoked] չեղարկված է
       *[other] «{ $status }» կարգավիճակում է
    }
notify-license_status-body = Հարգելի { $name }, Ձեր { $product } լիցենզիայի կարգավիճակը փոխվել է՝ { $status ->
        [active] «Ակտիվ»
        [suspended] «Կասեցված»
        [expired] «Ժամկետանց»
        [revoked] «Չեղարկված»
       *[other] «{ $status }»
    }։
notify-release_published-subject = Թողարկվել է { $product } { $version }
notify-release_published-body = Հարգելի { $name }, { $product }-ի { $version } տարբերակը հրապարակվել է { $channel ->
        [stable] կայուն
        [beta] բետա
        [alpha] ալֆա
       *[other] «{ $channel }»
    } ալիքում։ Այն հասանելի է Ձեր ներբեռնումների էջում։
notify-new_sign_in-subject = Նոր մուտք Ձեր հաշիվ
notify-new_sign_in-body = Հարգելի { $name }, հենց նոր մուտք է գործվել Ձեր հաշիվ { $device } սարքից։ Եթե դա Դուք չէիք, անմիջապես փոխեք Ձեր գաղտնաբառը։
notify-password_changed-subject = Ձեր գաղտնաբառը փոխվել է
notify-password_changed-body = Հարգելի { $name }, Ձեր հաշվի գաղտնաբառը փոխվել է։ Եթե դա Դուք չէիք, անմիջապես վերականգնեք այն և դիմեք աջակցման ծառայությանը։
notify-two_factor_changed-subject = Երկգործոն մուտքը { $status ->
        [on] միացվել է
        [off] անջատվել է
       *[other] փոխվել է ({ $status })
    }
notify-two_factor_changed-body = Հարգելի { $name }, Ձեր հաշվի երկգործոն մուտքը { $status ->
        [on] միացվել է
        [off] անջատվել է
       *[other] փոխվել է ({ $status })
    }։ Եթե դա Դուք չէիք, անմիջապես դիմեք աջակցման ծառայությանը։
notify-api_key_created-subject = Ստեղծվել է նոր API բանալի
notify-api_key_created-body = Հարգելի { $name }, Ձեր հաշվի համար ստեղծվել է «{ $key_name }» API բանալին։ Եթե դա Դուք չէիք, անմիջապես չեղարկեք այն։
notify-commission_earned-subject = Դուք վաստակել եք { $amount } միջնորդավճար
notify-commission_earned-body = Հարգելի { $name }, Ձեր ուղղորդման հղումով կատարված գնումը Ձեզ բերել է { $amount }։ Գումարը պահվում է մինչև վերադարձի ժամկետի ավարտը։
notify-commission_released-subject = { $amount } միջնորդավճարն այժմ Ձերն է
notify-commission_released-body = Հարգելի { $name }, { $amount } միջնորդավճարը փոխանցվել է Ձեր դրամապանակ։
notify-marketing-subject = { $headline }
notify-marketing-body = Հարգելի { $name },

    { $text }

# The notifications page, the header's bell, and the choices per kind.
nav-notifications = Ծանուցումներ
notifications-title = Ծանուցումներ
notifications-none = Դեռ ոչինչ չկա։ Այստեղ կհայտնվի այն ամենը, ինչ տեղի է ունենում Ձեր լիցենզիաների, վճարումների և հաշվի հետ։
notifications-mark-all = Նշել բոլորը որպես կարդացված
notifications-unread = նոր
account-notifications-title = Ծանուցումների կարգավորումներ
account-notifications-intro = Յուրաքանչյուր տեսակի ծանուցման համար ընտրեք՝ արդյոք այն Ձեզ հասնի էլ. փոստով և հավելվածում։ Անվտանգության ծանուցումները միշտ պահպանում են առնվազն մեկ ալիք։
account-notifications-save = Պահպանել ծանուցումների կարգավորումները
account-notifications-saved = Ծանուցումների կարգավորումները պահպանված են։
account-notifications-security = անվտանգություն
notify-kind = Ծանուցում
notify-channel-email = Էլ. փոստ
notify-channel-in_app = Հավելվածում
notify-channel-telegram = Telegram
notify-group-transactions = Վճարումներ
notify-group-licenses = Լիցենզիաներ
notify-group-releases = Թողարկումներ
notify-group-security = Անվտանգություն
notify-group-affiliate = Գործընկերային ծրագիր
notify-group-marketing = Նորություններ
notify-kind-top_up_credited = Դրամապանակի համալրում
notify-kind-transfer_confirmed = Բանկային փոխանցման ստացում
notify-kind-purchase_receipt = Գնումների անդորրագրեր
notify-kind-order_failed = Չավարտված պատվերներ
notify-kind-refund = Գումարի վերադարձներ
notify-kind-payment_attention = Որոշում պահանջող վճարումներ
notify-kind-license_issued = Ձեզ համար թողարկված լիցենզիա
notify-kind-device_activated = Ակտիվացում նոր սարքում
notify-kind-seat_freed = Տեղի ազատում
notify-kind-license_expiring = Լիցենզիայի ժամկետի մոտալուտ ավարտ (14 և 3 օր առաջ)
notify-kind-license_expired = Լիցենզիայի ժամկետի ավարտ
notify-kind-renewal_upcoming = Առաջիկա ավտոմատ երկարաձգում (7 օր առաջ)
notify-kind-license_renewed = Լիցենզիայի ավտոմատ երկարաձգում
notify-kind-renewal_failed = Ավտոմատ երկարաձգման ձախողում
notify-kind-clone_suspected = Հնարավոր պատճենված սարք
notify-kind-license_status = Լիցենզիայի կասեցում, չեղարկում կամ վերականգնում
notify-kind-release_published = Նոր տարբերակներ
notify-kind-new_sign_in = Մուտք նոր սարքից
notify-kind-password_changed = Գաղտնաբառի փոփոխություն
notify-kind-two_factor_changed = Երկգործոն մուտքի փոփոխություն
notify-kind-api_key_created = API բանալու ստեղծում
notify-kind-commission_earned = Վաստակված միջնորդավճար
notify-kind-commission_released = Վճարված միջնորդավճար
notify-kind-marketing = Նորություններ և առաջարկներ

# New versions per product, on the notification settings page.
account-releases-title = Նոր տարբերակներ
account-releases-intro = Յուրաքանչյուր արտադրանքի համար, որի լիցենզիան ունեք՝ որ տարբերակների մասին և որտեղ տեղեկանալ։ Բետան ներառում է նաև կայուն տարբերակները, ալֆան՝ բոլորը։
account-releases-none = Ընդհանրապես չտեղեկացնել
account-releases-stable = Կայուն տարբերակներ
account-releases-beta = Բետա և կայուն տարբերակներ
account-releases-alpha = Բոլոր տարբերակները, ներառյալ ալֆան

# The Telegram bot's replies.
telegram-linked = Բարև Ձեզ, { $name }։ Այս զրույցն այժմ կապված է Ձեր հաշվին․ Telegram-ի համար Ձեր ընտրած ծանուցումները կգան այստեղ։ Կապը դադարեցնելու համար ուղարկեք /stop։
telegram-unlinked = Այս զրույցն այլևս կապված չէ որևէ հաշվի։ Այն կարող եք նորից կապել Ձեր հաշվի էջից։
telegram-link-invalid = Այս հղման ժամկետը լրացել է, կամ այն արդեն օգտագործվել է։ Ստեղծեք նորը Ձեր հաշվի էջում։
telegram-help = Այստեղ ծանուցումներ ստանալու համար բացեք Telegram-ի հղումը Ձեր հաշվի էջում։ Այս զրույցի կապն անջատելու համար ուղարկեք /stop։

# Telegram on the notification settings page.
account-telegram-intro = Ստացեք Ձեր ընտրած ծանուցումները Telegram-ում՝ կապելով այս հաշիվը խանութի բոտի հետ զրույցին։
account-telegram-link = Կապել Telegram-ը
account-telegram-open = Բացեք այս հղումը Telegram-ում 15 րոպեի ընթացքում և սեղմեք Start․
account-telegram-linked = Այս հաշիվը կապված է Telegram-ի զրույցի հետ։
account-telegram-unlink = Անջատել Telegram-ը

# Alerts to the admins' Telegram chat.
telegram-alert-payment_review = Վճարումը պահանջում է որոշում՝ { $payment } ({ $reason })։
telegram-alert-clone_suspected = Սարքը կարող է պատճեն լինել՝ լիցենզիա { $license }, սարք { $device }։
telegram-alert-reconciliation = Մատյանի համադրումը հայտնաբերել է { $count ->
        [one] { $count } խախտում
       *[other] { $count } խախտում
    }․ գումար կարող է ստեղծված կամ կորած լինել։
telegram-alert-job_dead = Ֆոնային առաջադրանքը վերջնականապես ձախողվել է՝ { $job } ({ $id })։ Վերջին սխալը՝ { $reason }
