# Analytics: the admin's sales, licensing, usage and download reports.
analytics-title = ანალიტიკა
analytics-sales = გაყიდვები
analytics-licenses = ლიცენზიები
analytics-usage = გამოყენება
analytics-downloads = ჩამოტვირთვები
analytics-from = საწყისი თარიღი
analytics-to = საბოლოო თარიღი
analytics-granularity = დაჯგუფება
analytics-by-day = დღე
analytics-by-week = კვირა
analytics-by-month = თვე
analytics-all-products = ყველა პროდუქტი
analytics-show = ჩვენება
analytics-previous = წინა პერიოდი:
analytics-chart-table = დიაგრამაზე ნაჩვენები მონაცემები
analytics-csv = ჩამოტვირთვა CSV ფორმატში
analytics-empty = ამ პერიოდში მონაცემები არ არის.
analytics-source = { $rollup ->
    [one] ერთი დღე წაკითხულია დღიური შეჯამებიდან
   *[other] { $rollup } დღე წაკითხულია დღიური შეჯამებიდან
}, { $live ->
    [one] ერთი დღე გამოთვლილია მოვლენების მიხედვით.
   *[other] { $live } დღე გამოთვლილია მოვლენების მიხედვით.
}
analytics-chart-desc = პერიოდი: { $from } — { $to }. დიაგრამის ქვეშ მოცემულ ცხრილში ყველა მონაცემია.
analytics-chart-revenue = წმინდა შემოსავალი და თანხის დაბრუნებები
analytics-chart-licenses = მოქმედი აქტივაციები, ახალი აქტივაციები და გაცემული ლიცენზიები
analytics-chart-usage = სერვერთან დაკავშირებული მოწყობილობები და საიტები (ყველაზე დატვირთული დღე)
analytics-chart-downloads = ჩამოტვირთვები
analytics-table-products = პროდუქტების მიხედვით
analytics-table-customers = ახალი და განმეორებითი კლიენტები
analytics-table-gateways = საფულის შევსებები შლუზების მიხედვით
analytics-table-countries = მყიდველის ქვეყნის მიხედვით
analytics-table-promos = პრომოკოდები
analytics-table-affiliates = პარტნიორები
analytics-table-activation-results = აქტივაციები შედეგის მიხედვით
analytics-table-validation-results = შემოწმებები შედეგის მიხედვით
analytics-table-deactivated-by = დეაქტივაციები ინიციატორის მიხედვით
analytics-table-top-licenses = ყველაზე აქტიური ლიცენზიები
analytics-table-releases = გამოშვებების მიხედვით
analytics-table-channels = არხების მიხედვით
analytics-col-period = პერიოდი
analytics-col-gross = მთლიანი
analytics-col-discounts = ფასდაკლებები
analytics-col-refunds = დაბრუნებები
analytics-col-net = წმინდა
analytics-col-orders = შეკვეთები
analytics-col-product = პროდუქტი
analytics-col-plan = ტარიფი
analytics-col-units = ერთეულები
analytics-col-new_customers = ახალი კლიენტები
analytics-col-orders_from_new = ახალი კლიენტების შეკვეთები
analytics-col-orders_from_returning = განმეორებითი კლიენტების შეკვეთები
analytics-col-gateway = შლუზი
analytics-col-top_ups = შევსებები
analytics-col-amount = თანხა
analytics-col-country = ქვეყანა
analytics-col-code = კოდი
analytics-col-uses = გამოყენებები
analytics-col-discount = ფასდაკლება
analytics-col-affiliate = პარტნიორი
analytics-col-commissions = საკომისიოები
analytics-col-earned = გამომუშავებული
analytics-col-reversed = გაუქმებული
analytics-col-issued = გაცემული ლიცენზიები
analytics-col-activations = აქტივაციები
analytics-col-deactivations = დეაქტივაციები
analytics-col-live = მოქმედი აქტივაციები
analytics-col-count = რაოდენობა
analytics-col-by = ვინ დაასრულა
analytics-col-validations = შემოწმებები
analytics-col-heartbeats = სიცოცხლის სიგნალები
analytics-col-active_devices = აქტიური მოწყობილობები
analytics-col-active_sites = აქტიური საიტები
analytics-col-license = ლიცენზია
analytics-col-owner = მფლობელი
analytics-col-calls = გამოძახებები
analytics-col-devices_seen = დაფიქსირებული მოწყობილობები
analytics-col-downloads = ჩამოტვირთვები
analytics-col-release = გამოშვება
analytics-col-channel = არხი

# One license's usage (its owner's page and the admin's).
usage-title = გამოყენება
usage-back = უკან
usage-range = პერიოდი
usage-last-days = { $days ->
    [one] ბოლო დღე
   *[other] ბოლო { $days } დღე
}
usage-chart-devices = მოწყობილობები და საიტები: მოქმედი და სერვერთან დაკავშირებული
usage-chart-calls = შემოწმებები და სიცოცხლის სიგნალები
usage-live = მოქმედი
usage-seen = დაკავშირებული
usage-devices = მოწყობილობები და საიტები
usage-no-devices = ამ ლიცენზიით ამჟამად არაფერია გააქტიურებული.
usage-device = მოწყობილობა ან საიტი
usage-platform = პლატფორმა
usage-last-seen = ბოლო კავშირი
usage-heartbeat = სიცოცხლის სიგნალი
usage-no-downloads = ამ ლიცენზიით ჯერ არაფერი ჩამოტვირთულა.
usage-last-download = ბოლო ჩამოტვირთვა
