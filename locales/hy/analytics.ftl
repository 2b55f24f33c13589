# Analytics: the admin's sales, licensing, usage and download reports.
analytics-title = Վերլուծություն
analytics-sales = Վաճառքներ
analytics-licenses = Լիցենզիաներ
analytics-usage = Օգտագործում
analytics-downloads = Ներբեռնումներ
analytics-from = Սկսած
analytics-to = Մինչև
analytics-granularity = Խմբավորել ըստ
analytics-by-day = Օրվա
analytics-by-week = Շաբաթվա
analytics-by-month = Ամսվա
analytics-all-products = Բոլոր արտադրանքները
analytics-show = Ցույց տալ
analytics-previous = Նախորդ ժամանակահատված՝
analytics-chart-table = Գծապատկերում ցուցադրված թվերը
analytics-csv = Ներբեռնել CSV ձևաչափով
analytics-empty = Այս ժամանակահատվածում տվյալներ չկան։
analytics-source = { $rollup ->
    [1] Մեկ օր՝ կարդացված օրական ամփոփումից
    [one] { $rollup } օր՝ կարդացված օրական ամփոփումից
   *[other] { $rollup } օր՝ կարդացված օրական ամփոփումից
}, { $live ->
    [1] մեկ օր՝ հաշվարկված իրադարձություններից։
    [one] { $live } օր՝ հաշվարկված իրադարձություններից։
   *[other] { $live } օր՝ հաշվարկված իրադարձություններից։
}
analytics-chart-desc = { $from }-ից մինչև { $to }։ Գծապատկերի տակ գտնվող աղյուսակը պարունակում է բոլոր թվերը։
analytics-chart-revenue = Զուտ հասույթ և վերադարձներ
analytics-chart-licenses = Գործող ակտիվացումներ, նոր ակտիվացումներ և թողարկված լիցենզիաներ
analytics-chart-usage = Կապ հաստատած սարքեր և կայքեր (ամենածանրաբեռնված օրը)
analytics-chart-downloads = Ներբեռնումներ
analytics-table-products = Ըստ արտադրանքի
analytics-table-customers = Նոր և վերադարձող հաճախորդներ
analytics-table-gateways = Դրամապանակի համալրումներ ըստ դարպասի
analytics-table-countries = Ըստ գնորդի երկրի
analytics-table-promos = Պրոմոկոդեր
analytics-table-affiliates = Գործընկերներ
analytics-table-activation-results = Ակտիվացումներ ըստ արդյունքի
analytics-table-validation-results = Ստուգումներ ըստ արդյունքի
analytics-table-deactivated-by = Ապաակտիվացումներ ըստ նախաձեռնողի
analytics-table-top-licenses = Ամենաակտիվ լիցենզիաները
analytics-table-releases = Ըստ թողարկման
analytics-table-channels = Ըստ ալիքի
analytics-col-period = Ժամանակահատված
analytics-col-gross = Համախառն
analytics-col-discounts = Զեղչեր
analytics-col-refunds = Վերադարձներ
analytics-col-net = Զուտ
analytics-col-orders = Պատվերներ
analytics-col-product = Արտադրանք
analytics-col-plan = Պլան
analytics-col-units = Միավորներ
analytics-col-new_customers = Նոր հաճախորդներ
analytics-col-orders_from_new = Նոր հաճախորդների պատվերներ
analytics-col-orders_from_returning = Վերադարձող հաճախորդների պատվերներ
analytics-col-gateway = Դարպաս
analytics-col-top_ups = Համալրումներ
analytics-col-amount = Գումար
analytics-col-country = Երկիր
analytics-col-code = Կոդ
analytics-col-uses = Օգտագործումներ
analytics-col-discount = Զեղչ
analytics-col-affiliate = Գործընկեր
analytics-col-commissions = Միջնորդավճարներ
analytics-col-earned = Վաստակված
analytics-col-reversed = Չեղարկված
analytics-col-issued = Թողարկված լիցենզիաներ
analytics-col-activations = Ակտիվացումներ
analytics-col-deactivations = Ապաակտիվացումներ
analytics-col-live = Գործող ակտիվացումներ
analytics-col-count = Քանակ
analytics-col-by = Նախաձեռնող
analytics-col-validations = Ստուգումներ
analytics-col-heartbeats = Կենդանության ազդանշաններ
analytics-col-active_devices = Ակտիվ սարքեր
analytics-col-active_sites = Ակտիվ կայքեր
analytics-col-license = Լիցենզիա
analytics-col-owner = Սեփականատեր
analytics-col-calls = Կանչեր
analytics-col-devices_seen = Կապ հաստատած սարքեր
analytics-col-downloads = Ներբեռնումներ
analytics-col-release = Թողարկում
analytics-col-channel = Ալիք

# One license's usage (its owner's page and the admin's).
usage-title = Օգտագործում
usage-back = Հետ
usage-range = Ժամանակահատված
usage-last-days = { $days ->
    [1] Վերջին օրը
    [one] Վերջին { $days } օրը
   *[other] Վերջին { $days } օրը
}
usage-chart-devices = Սարքեր և կայքեր՝ գործող և կապ հաստատած
usage-chart-calls = Ստուգումներ և կենդանության ազդանշաններ
usage-live = Գործող
usage-seen = Կապ հաստատած
usage-devices = Սարքեր և կայքեր
usage-no-devices = Այս պահին այս լիցենզիայով ոչինչ ակտիվացված չէ։
usage-device = Սարք կամ կայք
usage-platform = Հարթակ
usage-last-seen = Վերջին ակտիվություն
usage-heartbeat = Կենդանության ազդանշան
usage-no-downloads = Այս լիցենզիայով դեռ ոչինչ չի ներբեռնվել։
usage-last-download = Վերջին ներբեռնումը
