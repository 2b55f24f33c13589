### Layout shared by every page: language selector, navigation, landing, docs and error pages.

# The language's name for itself, shown in the language selector.
language-name = Oʻzbekcha

-brand = RMS License Server

## Layout shared by every page

skip-to-content = Asosiy mazmunga oʻtish
nav-home = Bosh sahifa
nav-sign-in = Kirish
nav-api-docs = API hujjatlari
nav-menu = Menyu
notice-dismiss = Yopish
language-label = Til
language-apply = Almashtirish
footer-text = { -brand } — oʻz serveringizda ishlaydigan litsenziyalash va hisob-kitob tizimi.
footer-support = Qoʻllab-quvvatlash

## Landing page

landing-page-title = { -brand }
landing-tagline = Dasturiy taʼminotingizni soting, himoya qiling va toʻlovlarni oling — oʻz serveringizda.
landing-intro = { -brand } kriptografik litsenziya kalitlarini beradi, ularni qurilmalar yoki domenlarga bogʻlaydi, onlayn va oflayn tekshiradi, hamyon va toʻlov shlyuzlari bilan ishlaydigan doʻkon orqali sotadi hamda mijozlaringiz bilan ularning oʻz tilida muloqot qiladi.
landing-feature-keys-title = Qalbakilashtirib boʻlmaydigan kalitlar
landing-feature-keys-body = Har bir litsenziya Ed25519 bilan imzolanadi. Dasturingiz uni ochiq kalit yordamida, hatto tarmoqqa ulanmagan holda ham tekshiradi.
landing-feature-store-title = Pul hisobi aniq yuritiladigan doʻkon
landing-feature-store-body = Narxlar serverda hisoblanadi, har bir toʻlov roppa-rosa bir marta hisobga olinadi va har bir hisob-faktura raqami faqat bir marta ishlatiladi.
landing-feature-scale-title = Bitta dastur — noutbukdan klastergacha
landing-feature-scale-body = Oʻrnatilgan maʼlumotlar bazasida bitta buyruq bilan boshlang; keyin birorta qatorni oʻzgartirmasdan PostgreSQL va Redis bilan koʻplab tugunlarga kengaying.
landing-cta-sign-in = Kirish
landing-cta-store = Doʻkonni koʻrish
landing-cta-docs = API bilan tanishish
landing-languages = { $count ->
        [one] { $count } ta tilda mavjud
       *[other] { $count } ta tilda mavjud
    }.

## API documentation page

docs-page-title = API hujjatlari
docs-noscript = Interaktiv maʼlumotnoma uchun JavaScript kerak. OpenAPI hujjatining oʻzi ushbu manzilda: { $url }.

## Error pages

error-page-back = Bosh sahifaga qaytish
error-page-request-id = Soʻrov identifikatori: { $id }
