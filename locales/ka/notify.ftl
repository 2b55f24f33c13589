# Notifications: one subject (also the in-app title) and one body per kind. Arguments come from
# what happened: $name is always the person's name; links are added below the body by the sender.
# A kind may add `-details`, a paragraph shown only when its arguments are all there (notices
# stored by an older version lack some).

notify-footer = ამ შეტყობინებას იღებთ, რადგან გაქვთ ანგარიში აქ: { $seller }. აირჩიეთ, რის შესახებ და სად მიიღოთ შეტყობინებები, თქვენი ანგარიშის გვერდზე.
notify-open = გახსნა
notify-unsubscribe = ამ წერილების გამოწერის გაუქმება
notify-unsubscribe-intro = გსურთ ამ ტიპის წერილების მიღების შეწყვეტა? ეს არ შეეხება უსაფრთხოების შეტყობინებებსა და სხვა ტიპის შეტყობინებებს; მისი ხელახლა ჩართვა ანგარიშის გვერდიდან შეგიძლიათ.
notify-unsubscribe-confirm = გამოწერის გაუქმება
notify-unsubscribe-done = მზადაა: ამ წერილებს აღარ მიიღებთ.

notify-top_up_credited-subject = თქვენს საფულეში ჩაირიცხა { $amount }
notify-top_up_credited-body = გამარჯობა, { $name }! თქვენს საფულეში ჩაირიცხა { $amount }.
notify-top_up_credited-details = თქვენი გადახდა { $reference } ({ $paid }, { $gateway }-ის მეშვეობით) მიღებულია. თქვენი ბალანსი და ოპერაციების ისტორია საფულის გვერდზეა.
notify-transfer_confirmed-subject = თქვენი საბანკო გადარიცხვა ({ $amount }) მიღებულია
notify-transfer_confirmed-body = გამარჯობა, { $name }! თქვენი საბანკო გადარიცხვა მივიღეთ: { $amount } უკვე თქვენს საფულეშია.
notify-transfer_confirmed-details = მისი საიდენტიფიკაციო კოდი იყო { $reference }; თქვენ გადმორიცხეთ { $paid }.
notify-purchase_receipt-subject = თქვენი შენაძენის ქვითარი ({ $invoice })
notify-purchase_receipt-body = გამარჯობა, { $name }! გმადლობთ შენაძენისთვის. ინვოისი { $invoice }, ჯამით { $amount }, გადახდილია თქვენი საფულიდან. ლიცენზიის გასაღებები თქვენი ლიცენზიების გვერდზეა; ინვოისის PDF ნებისმიერ დროს შეგიძლიათ ჩამოტვირთოთ საფულის გვერდიდან.
notify-order_failed-subject = თქვენი შეკვეთის შესრულება ვერ მოხერხდა
notify-order_failed-body = გამარჯობა, { $name }! თქვენი შეკვეთის შესრულება ვერ მოხერხდა. { $reason ->
        [unpaid] მისი გადახდა არ განხორციელდა, ამიტომ თანხა არ ჩამოგეჭრათ. შეგიძლიათ ხელახლა შეუკვეთოთ მაღაზიიდან.
        [returned] მისი გადახდა საგადახდო პროვაიდერმა უკან დააბრუნა, ამიტომ შესყიდვა არ შედგა.
        [late] მისი გადახდა ძალიან გვიან მოვიდა იმ ფასით შესაძენად, რომელიც შემოგთავაზეს. თქვენ მიერ გადახდილი { $amount } თქვენს საფულეშია: შეგიძლიათ ხელახლა შეიძინოთ მაღაზიიდან, როცა მოგესურვებათ.
       *[refused] მაღაზია მას შეკვეთილი სახით ვეღარ გაყიდდა (პრომოკოდი ამოიწურა, ტარიფი აღარ იყიდება). თქვენ მიერ გადახდილი { $amount } თქვენს საფულეშია.
    }
notify-refund-subject = თქვენ დაგიბრუნდათ { $amount }
notify-refund-body = გამარჯობა, { $name }! ინვოისით { $invoice } გადახდილი თანხიდან { $amount } თქვენს საფულეს დაუბრუნდა.
notify-payment_attention-subject = გადახდა თქვენს ყურადღებას საჭიროებს
notify-payment_attention-body = გამარჯობა, { $name }! გადახდა თანხით { $amount } გადაწყვეტილებას ელოდება.
notify-license_issued-subject = თქვენი { $product }-ის ლიცენზია მზადაა
notify-license_issued-body = გამარჯობა, { $name }! თქვენთვის გაიცა { $product }-ის ლიცენზია ({ $plan }). მისი გასაღები თქვენი ლიცენზიების გვერდზეა.
notify-device_activated-subject = { $product } ახალ მოწყობილობაზე გააქტიურდა
notify-device_activated-body = გამარჯობა, { $name }! თქვენი { $product }-ის ლიცენზია გააქტიურდა მოწყობილობაზე { $device }. თუ ეს თქვენ არ იყავით, გაათავისუფლეთ ადგილი თქვენი ლიცენზიების გვერდიდან.
notify-seat_freed-subject = { $product }-ის ადგილი გათავისუფლდა
notify-seat_freed-body = გამარჯობა, { $name }! მოწყობილობა { $device } აღარ იკავებს თქვენი { $product }-ის ლიცენზიის ადგილს.
notify-license_expiring-subject = თქვენი { $product }-ის ლიცენზიის ვადა { $days ->
        [one] { $days } დღეში
       *[other] { $days } დღეში
    } იწურება
notify-license_expiring-body = გამარჯობა, { $name }! თქვენი { $product }-ის ლიცენზიის ვადა { $days ->
        [one] { $days } დღეში
       *[other] { $days } დღეში
    } იწურება. გააგრძელეთ ლიცენზია, რათა კვლავ გამოიყენოთ { $product } და მიიღოთ განახლებები.
notify-license_expired-subject = თქვენი { $product }-ის ლიცენზიის ვადა ამოიწურა
notify-license_expired-body = გამარჯობა, { $name }! თქვენი { $product }-ის ლიცენზიის ვადა ამოიწურა.
notify-renewal_upcoming-subject = თქვენი { $product }-ის ლიცენზიის გაგრძელების თარიღი: { $date }
notify-renewal_upcoming-body = გამარჯობა, { $name }! თქვენი { $product }-ის ლიცენზია ავტომატურად გაგრძელდება; გაგრძელების თარიღი: { $date }, საფასური { $amount } თქვენი საფულიდან ჩამოიწერება. { $reason ->
        [wallet_short] თქვენს საფულეში ჯერ საკმარისი თანხა არ არის: შეავსეთ ის მანამდე, წინააღმდეგ შემთხვევაში ლიცენზიის ვადა ამოიწურება.
       *[other] თქვენს საფულეში საკმარისი თანხაა.
    } ავტომატური გაგრძელების გამორთვა თქვენი ლიცენზიების გვერდზე შეგიძლიათ.
notify-license_renewed-subject = თქვენი { $product }-ის ლიცენზია გაგრძელდა
notify-license_renewed-body = გამარჯობა, { $name }! თქვენი { $product }-ის ლიცენზია ავტომატურად გაგრძელდა, ახალი ვადა — { $date }. ინვოისი { $invoice }, ჯამით { $amount }, გადახდილია თქვენი საფულიდან.
notify-renewal_failed-subject = თქვენი { $product }-ის ლიცენზიის გაგრძელება ვერ მოხერხდა
notify-renewal_failed-body = გამარჯობა, { $name }! თქვენი { $product }-ის ლიცენზიის ავტომატური გაგრძელება ვერ მოხერხდა. { $reason ->
        [wallet_short] გაგრძელება ღირს { $amount }, თქვენს საფულეში კი { $paid } არის. შეავსეთ საფულე და გააგრძელეთ ლიცენზია თქვენი ლიცენზიების გვერდიდან.
        [not_for_sale] მისი ტარიფი აღარ იყიდება.
       *[other] გააგრძელეთ ის თქვენი ლიცენზიების გვერდიდან.
    } თუ ლიცენზია გაგრძელდება ამ თარიღამდე: { $date }, მისი გასაღები და მოწყობილობები შენარჩუნდება.
notify-clone_suspected-subject = თქვენი { $product }-ის ლიცენზია, შესაძლოა, დაკოპირებულ მოწყობილობაზე გამოიყენება
notify-clone_suspected-body = გამარჯობა, { $name }! ორმა კომპიუტერმა ახლახან წარადგინა თქვენი { $product }-ის ლიცენზიის ერთი და იგივე აქტივაცია (მოწყობილობა „{ $device }“). როგორც წესი, ეს ნიშნავს, რომ დისკის ასლი ან ვირტუალური მანქანა ლიცენზიასთან ერთად დაკოპირდა.

    აქტივაცია შეჩერებულია. თუ ორივე კომპიუტერს ცნობთ, გაათავისუფლეთ ძველი თქვენი ლიცენზიების გვერდზე და გააქტიურეთ ახალი. თუ არ ცნობთ, შესაძლოა, თქვენს ლიცენზიის გასაღებს ვიღაც სხვა იყენებს: დაუკავშირდით გამყიდველს.
notify-license_status-subject = თქვენი { $product }-ის ლიცენზიის ახალი სტატუსი: { $status ->
        [active] აქტიური
        [suspended] შეჩერებული
        [expired] ვადაგასული
        [revoked] გაუქმებული
       *[other] { $status }
    }
notify-license_status-body = გამარჯობა, { $name }! თქვენი { $product }-ის ლიცენზიის სტატუსი შეიცვალა, ახალი სტატუსი: { $status ->
        [active] აქტიური
        [suspended] შეჩერებული
        [expired] ვადაგასული
        [revoked] გაუქმებული
       *[other] { $status }
    }.
notify-release_published-subject = გამოვიდა { $product } { $version }
notify-release_published-body = გამარჯობა, { $name }! { $product }-ის ვერსია { $version } გამოქვეყნდა { $channel ->
        [stable] სტაბილურ არხზე
        [beta] ბეტა არხზე
        [alpha] ალფა არხზე
       *[other] არხზე „{ $channel }“
    }. ის თქვენი ჩამოტვირთვების გვერდზეა.
notify-new_sign_in-subject = ახალი შესვლა თქვენს ანგარიშში
notify-new_sign_in-body = გამარჯობა, { $name }! თქვენს ანგარიშში ახლახან შესრულდა შესვლა მოწყობილობიდან { $device }. თუ ეს თქვენ არ იყავით, ახლავე შეცვალეთ პაროლი.
notify-password_changed-subject = თქვენი პაროლი შეიცვალა
notify-password_changed-body = გამარჯობა, { $name }! თქვენი ანგარიშის პაროლი შეიცვალა. თუ ეს თქვენ არ იყავით, ახლავე აღადგინეთ ის და დაუკავშირდით მხარდაჭერის სამსახურს.
notify-two_factor_changed-subject = ორფაქტორიანი შესვლა { $status ->
        [on] ჩაირთო
        [off] გამოირთო
       *[other] შეიცვალა ({ $status })
    }
notify-two_factor_changed-body = გამარჯობა, { $name }! თქვენი ანგარიშის ორფაქტორიანი შესვლა { $status ->
        [on] ჩაირთო
        [off] გამოირთო
       *[other] შეიცვალა ({ $status })
    }. თუ ეს თქვენ არ იყავით, ახლავე დაუკავშირდით მხარდაჭერის სამსახურს.
notify-api_key_created-subject = შეიქმნა ახალი API გასაღები
notify-api_key_created-body = გამარჯობა, { $name }! თქვენი ანგარიშისთვის შეიქმნა API გასაღები „{ $key_name }“. თუ ეს თქვენ არ იყავით, ახლავე გააუქმეთ ის.
notify-commission_earned-subject = თქვენ მიიღეთ საკომისიო: { $amount }
notify-commission_earned-body = გამარჯობა, { $name }! თქვენი სარეფერალო ბმულით განხორციელებულმა შესყიდვამ მოგიტანათ { $amount }. თანხა შეკავებულია, სანამ თანხის დაბრუნების ვადა არ ამოიწურება.
notify-commission_released-subject = საკომისიო { $amount } ახლა თქვენია
notify-commission_released-body = გამარჯობა, { $name }! { $amount } ოდენობის საკომისიო თქვენს საფულეში ჩაირიცხა.
notify-marketing-subject = { $headline }
notify-marketing-body = გამარჯობა, { $name }!

    { $text }

# The notifications page, the header's bell, and the choices per kind.
nav-notifications = შეტყობინებები
notifications-title = შეტყობინებები
notifications-none = ჯერ არაფერია. აქ გამოჩნდება ყველაფერი, რაც თქვენს ლიცენზიებს, გადახდებსა და ანგარიშს ეხება.
notifications-mark-all = ყველას წაკითხულად მონიშვნა
notifications-unread = ახალი
account-notifications-title = შეტყობინებების პარამეტრები
account-notifications-intro = აირჩიეთ თითოეული ტიპის შეტყობინებისთვის, მიიღებთ თუ არა მას ელფოსტით და აპლიკაციაში. უსაფრთხოების შეტყობინებებისთვის ერთი არხი მაინც ყოველთვის ჩართული რჩება.
account-notifications-save = შეტყობინებების პარამეტრების შენახვა
account-notifications-saved = შეტყობინებების პარამეტრები შენახულია.
account-notifications-security = უსაფრთხოება
notify-kind = შეტყობინება
notify-channel-email = ელფოსტა
notify-channel-in_app = აპლიკაციაში
notify-channel-telegram = Telegram
notify-group-transactions = გადახდები
notify-group-licenses = ლიცენზიები
notify-group-releases = გამოშვებები
notify-group-security = უსაფრთხოება
notify-group-affiliate = პარტნიორული პროგრამა
notify-group-marketing = სიახლეები
notify-kind-top_up_credited = საფულე შეივსო
notify-kind-transfer_confirmed = საბანკო გადარიცხვა მიღებულია
notify-kind-purchase_receipt = შესყიდვის ქვითრები
notify-kind-order_failed = შეკვეთები, რომელთა შესრულებაც ვერ მოხერხდა
notify-kind-refund = თანხის დაბრუნებები
notify-kind-payment_attention = გადაწყვეტილების მომლოდინე გადახდები
notify-kind-license_issued = თქვენთვის გაცემული ლიცენზია
notify-kind-device_activated = აქტივაცია ახალ მოწყობილობაზე
notify-kind-seat_freed = ადგილის გათავისუფლება
notify-kind-license_expiring = ლიცენზიის ვადის ამოწურვის მოახლოება (14 და 3 დღით ადრე)
notify-kind-license_expired = ლიცენზიის ვადა ამოიწურა
notify-kind-renewal_upcoming = მოახლოებული ავტომატური გაგრძელება (7 დღით ადრე)
notify-kind-license_renewed = ლიცენზია ავტომატურად გაგრძელდა
notify-kind-renewal_failed = ავტომატური გაგრძელება ვერ მოხერხდა
notify-kind-clone_suspected = სავარაუდოდ დაკოპირებული მოწყობილობა
notify-kind-license_status = ლიცენზიის შეჩერება, გაუქმება ან აღდგენა
notify-kind-release_published = ახალი ვერსიები
notify-kind-new_sign_in = შესვლა ახალი მოწყობილობიდან
notify-kind-password_changed = პაროლის შეცვლა
notify-kind-two_factor_changed = ორფაქტორიანი შესვლის ცვლილება
notify-kind-api_key_created = API გასაღების შექმნა
notify-kind-commission_earned = მიღებული საკომისიო
notify-kind-commission_released = საკომისიოს ჩარიცხვა
notify-kind-marketing = სიახლეები და შეთავაზებები

# New versions per product, on the notification settings page.
account-releases-title = ახალი ვერსიები
account-releases-intro = თითოეული პროდუქტისთვის, რომლის ლიცენზიაც გაქვთ: რომელი ვერსიების შესახებ და სად მიიღოთ შეტყობინება. ბეტა ასევე მოიცავს სტაბილურ ვერსიებს, ალფა კი — ყველას.
account-releases-none = არ მსურს
account-releases-stable = სტაბილური ვერსიები
account-releases-beta = ბეტა და სტაბილური ვერსიები
account-releases-alpha = ყველა ვერსია, ალფას ჩათვლით

# The Telegram bot's replies.
telegram-linked = გამარჯობა, { $name }! ეს ჩატი ახლა თქვენს ანგარიშთანაა დაკავშირებული: Telegram-ისთვის არჩეული შეტყობინებები აქ მოვა. კავშირის გასაწყვეტად გაგზავნეთ /stop.
telegram-unlinked = ეს ჩატი აღარ არის დაკავშირებული ანგარიშთან. მისი ხელახლა დაკავშირება ანგარიშის გვერდიდან შეგიძლიათ.
telegram-link-invalid = ამ ბმულს ვადა გაუვიდა ან უკვე გამოყენებულია. შექმენით ახალი თქვენი ანგარიშის გვერდზე.
telegram-help = აქ შეტყობინებების მისაღებად გახსენით Telegram-ის ბმული თქვენი ანგარიშის გვერდზე. ამ ჩატთან კავშირის გასაწყვეტად გაგზავნეთ /stop.

# Telegram on the notification settings page.
account-telegram-intro = მიიღეთ არჩეული შეტყობინებები Telegram-ში: დააკავშირეთ ეს ანგარიში მაღაზიის ბოტთან არსებულ ჩატს.
account-telegram-link = Telegram-ის დაკავშირება
account-telegram-open = გახსენით ეს ბმული Telegram-ში 15 წუთის განმავლობაში და დააჭირეთ ღილაკს „Start“:
account-telegram-linked = ეს ანგარიში დაკავშირებულია Telegram-ის ჩატთან.
account-telegram-unlink = Telegram-თან კავშირის გაწყვეტა

# Alerts to the admins' Telegram chat.
telegram-alert-payment_review = გადახდა გადაწყვეტილებას საჭიროებს: { $payment } ({ $reason }).
telegram-alert-clone_suspected = მოწყობილობა შესაძლოა ასლი იყოს: ლიცენზია { $license }, მოწყობილობა { $device }.
telegram-alert-reconciliation = საბუღალტრო წიგნის შეჯერებამ აღმოაჩინა { $count } დარღვევა: შესაძლოა, თანხა წარმოიქმნა ან დაიკარგა.
telegram-alert-job_dead = ფონური დავალება შეწყდა: { $job } ({ $id }). ბოლო შეცდომა: { $reason }
