### Layout shared by every page: language selector, navigation, landing, docs and error pages.

# The language's name for itself, shown in the language selector.
language-name = Հայերեն

-brand = RMS License Server

## Layout shared by every page

skip-to-content = Անցնել բովանդակությանը
nav-home = Գլխավոր
nav-sign-in = Մուտք
nav-api-docs = API փաստաթղթեր
nav-menu = Ընտրացանկ
notice-dismiss = Փակել
language-label = Լեզու
language-apply = Փոխել
footer-text = { -brand } — լիցենզավորում և վճարահաշվարկ Ձեր սեփական սերվերում։
footer-support = Աջակցություն

## Landing page

landing-page-title = { -brand }
landing-tagline = Վաճառեք Ձեր ծրագրային ապահովումը, պաշտպանեք այն և ստացեք վճարումներ՝ Ձեր սեփական սերվերում։
landing-intro = { -brand } համակարգը թողարկում է կրիպտոգրաֆիկ լիցենզիայի բանալիներ, կապում դրանք սարքերին կամ դոմեններին, ստուգում դրանք առցանց և անցանց, վաճառում է դրամապանակով և վճարային դարպասներով խանութի միջոցով և Ձեր հաճախորդների հետ խոսում է նրանց լեզվով։
landing-feature-keys-title = Բանալիներ, որոնք հնարավոր չէ կեղծել
landing-feature-keys-body = Յուրաքանչյուր լիցենզիա ստորագրվում է Ed25519 ալգորիթմով։ Ձեր ծրագիրն այն ստուգում է բաց բանալիով՝ նույնիսկ առանց ցանցային կապի։
landing-feature-store-title = Խանութ՝ անթերի ճշգրիտ հաշվարկներով
landing-feature-store-body = Գները հաշվարկվում են սերվերում, յուրաքանչյուր վճարում հաշվեգրվում է ճիշտ մեկ անգամ, և հաշիվ-ապրանքագրի յուրաքանչյուր համար օգտագործվում է ճիշտ մեկ անգամ։
landing-feature-scale-title = Մեկ կատարվող ֆայլ՝ նոութբուքից մինչև կլաստեր
landing-feature-scale-body = Սկսեք մեկ հրամանով՝ ներկառուցված տվյալների բազայով, և ընդլայնվեք մինչև բազմաթիվ հանգույցներ PostgreSQL-ով և Redis-ով՝ առանց կոդի որևէ տող փոխելու։
landing-cta-sign-in = Մուտք գործել
landing-cta-store = Դիտել խանութը
landing-cta-docs = Ուսումնասիրել API-ն
landing-languages = Հասանելի է { $count ->
        [one] { $count } լեզվով
       *[other] { $count } լեզվով
    }։

## API documentation page

docs-page-title = API փաստաթղթեր
docs-noscript = Ինտերակտիվ տեղեկատուի համար անհրաժեշտ է JavaScript։ OpenAPI փաստաթուղթն ինքնին հասանելի է { $url } հասցեով։

## Error pages

error-page-back = Վերադառնալ գլխավոր էջ
error-page-request-id = Հարցման նույնացուցիչ՝ { $id }
