### Layout shared by every page: language selector, navigation, landing, docs and error pages.

# The language's name for itself, shown in the language selector.
language-name = Қазақ тілі

-brand = RMS License Server

## Layout shared by every page

skip-to-content = Негізгі мазмұнға өту
nav-home = Басты бет
nav-sign-in = Кіру
nav-api-docs = API құжаттамасы
nav-menu = Мәзір
notice-dismiss = Жабу
language-label = Тіл
language-apply = Ауыстыру
footer-text = { -brand } — өз серверіңізде орналастырылатын лицензиялау және есеп айырысу жүйесі.
footer-support = Қолдау

## Landing page

landing-page-title = { -brand }
landing-tagline = Бағдарламаңызды сатыңыз, қорғаңыз және төлем алыңыз — өз серверіңізде.
landing-intro = { -brand } криптографиялық лицензия кілттерін береді, оларды құрылғыларға не домендерге байлайды, онлайн және офлайн тексереді, әмияны мен төлем шлюздері бар дүкен арқылы сатады және тұтынушыларыңызбен олардың өз тілінде сөйлеседі.
landing-feature-keys-title = Қолдан жасауға болмайтын кілттер
landing-feature-keys-body = Әрбір лицензияға Ed25519 арқылы қол қойылады. Бағдарламаңыз оны ашық кілтпен, тіпті желіге қосылмай-ақ тексереді.
landing-feature-store-title = Ақшаны дәл есептейтін дүкен
landing-feature-store-body = Бағалар серверде есептеледі, әрбір төлем тек бір рет есепке алынады, әрбір шот-фактура нөмірі тек бір рет пайдаланылады.
landing-feature-scale-title = Бір бинарлық файл — ноутбуктан кластерге дейін
landing-feature-scale-body = Кірістірілген дерекқормен бір командадан бастаңыз; кейін бір жолды да өзгертпей, PostgreSQL мен Redis негізіндегі көп түйінге дейін кеңейіңіз.
landing-cta-sign-in = Кіру
landing-cta-store = Дүкенді қарау
landing-cta-docs = API-мен танысу
landing-languages = { $count ->
        [one] Бір тілде
       *[other] { $count } тілде
    } қолжетімді.

## API documentation page

docs-page-title = API құжаттамасы
docs-noscript = Интерактивті анықтамалыққа JavaScript қажет. OpenAPI құжатының өзі мына мекенжайда: { $url }.

## Error pages

error-page-back = Басты бетке оралу
error-page-request-id = Сұрау идентификаторы: { $id }
