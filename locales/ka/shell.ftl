### Layout shared by every page: language selector, navigation, landing, docs and error pages.

# The language's name for itself, shown in the language selector.
language-name = ქართული

-brand = RMS License Server

## Layout shared by every page

skip-to-content = მთავარ შიგთავსზე გადასვლა
nav-home = მთავარი
nav-sign-in = შესვლა
nav-api-docs = API დოკუმენტაცია
nav-menu = მენიუ
notice-dismiss = დახურვა
language-label = ენა
language-apply = შეცვლა
footer-text = { -brand } — ლიცენზირება და ბილინგი თქვენსავე სერვერზე.
footer-support = მხარდაჭერა

## Landing page

landing-page-title = { -brand }
landing-tagline = გაყიდეთ თქვენი პროგრამული უზრუნველყოფა, დაიცავით ის და მიიღეთ ანაზღაურება — საკუთარ სერვერზე.
landing-intro = { -brand } გასცემს კრიპტოგრაფიულ ლიცენზიის გასაღებებს, აკავშირებს მათ მოწყობილობებთან ან დომენებთან, ამოწმებს მათ ონლაინ და ოფლაინ რეჟიმში, ყიდის მაღაზიის მეშვეობით საფულითა და საგადახდო შლუზებით და თქვენს კლიენტებს მათსავე ენაზე ესაუბრება.
landing-feature-keys-title = გასაღებები, რომელთა გაყალბებაც შეუძლებელია
landing-feature-keys-body = ყოველი ლიცენზია ხელმოწერილია Ed25519-ით. თქვენი პროგრამა მას საჯარო გასაღებით ამოწმებს, ქსელთან კავშირის გარეშეც.
landing-feature-store-title = მაღაზია ზუსტი ანგარიშსწორებით
landing-feature-store-body = ფასები სერვერზე გამოითვლება, ყოველი გადახდა ზუსტად ერთხელ ირიცხება და ინვოისის ყოველი ნომერი ზუსტად ერთხელ გამოიყენება.
landing-feature-scale-title = ერთი შესრულებადი ფაილი — ლეპტოპიდან კლასტერამდე
landing-feature-scale-body = დაიწყეთ ერთი ბრძანებით, ჩაშენებულ მონაცემთა ბაზაზე; შემდეგ გაფართოვდით PostgreSQL-სა და Redis-ზე მომუშავე მრავალ კვანძამდე ისე, რომ კოდის არც ერთ სტრიქონს არ შეცვლით.
landing-cta-sign-in = შესვლა
landing-cta-store = მაღაზიის დათვალიერება
landing-cta-docs = API-ის გაცნობა
landing-languages = ხელმისაწვდომია { $count ->
        [one] ერთ ენაზე
       *[other] { $count } ენაზე
    }.

## API documentation page

docs-page-title = API დოკუმენტაცია
docs-noscript = ინტერაქტიულ ცნობარს JavaScript სჭირდება. თავად OpenAPI დოკუმენტი ამ მისამართზეა: { $url }.

## Error pages

error-page-back = მთავარ გვერდზე დაბრუნება
error-page-request-id = მოთხოვნის ID: { $id }
