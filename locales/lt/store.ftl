### Parduotuvė: planai ir atsiskaitymas, sąskaitos faktūros, piniginė, bandomieji mokėjimai, partneriai, atsiskaitymo duomenys.

invoice-title = Sąskaita faktūra
invoice-credit-note-title = Kreditinė sąskaita faktūra
invoice-seller = Pardavėjas
invoice-buyer = Pirkėjas
invoice-date = Data
invoice-payment-method = Mokėjimas
invoice-paid-from-wallet = Piniginės lėšos
invoice-cancels = Anuliuojama sąskaita faktūra
invoice-tax-id = Mokesčių mokėtojo kodas: { $id }
invoice-column-item = Pavadinimas
invoice-column-quantity = Kiekis
invoice-column-unit-price = Vieneto kaina
invoice-column-amount = Suma
invoice-seats = { $seats ->
    [1] viena vieta
    [one] { $seats } vieta
    [few] { $seats } vietos
   *[other] { $seats } vietų
}
invoice-subtotal = Tarpinė suma
invoice-volume-discount = Nuolaida už kiekį
invoice-promo-discount = Nuolaidos kodas { $code }
invoice-renewal-discount = Pratęsimo nuolaida
invoice-total = Iš viso
invoice-tax = Mokestis ({ $rate } %)
invoice-tax-included = Įskaitant mokestį ({ $rate } %)
invoice-reverse-charge = Atvirkštinis apmokestinimas: PVM apskaito pirkėjas (Tarybos direktyvos 2006/112/EB 196 straipsnis)
invoice-tax-removed = Mokestis netaikomas (atvirkštinis apmokestinimas)
nav-store = Parduotuvė
nav-wallet = Piniginė
nav-affiliate = Partnerių programa
store-title = Parduotuvė
store-empty = Kol kas nieko neparduodama.
store-empty-admin = Pridėti produktą
store-plan = Planas
store-includes = Apima
store-price = Kaina
store-choose = Pasirinkite planą
store-back = ← Visi produktai
store-perpetual = neterminuota
store-days = { $days ->
    [one] { $days } diena
    [few] { $days } dienos
   *[other] { $days } dienų
}
store-tier = { $percent } % nuolaida perkant nuo { $from } vnt.
store-quantity = Kiekis
store-promo = Nuolaidos kodas
store-price-it = Parodyti kainą
store-buy = Pirkti iš mano piniginės
store-sign-in-to-buy = Prisijunkite, kad galėtumėte pirkti
store-sign-up-to-buy = Čia pirmą kartą? Sukurkite paskyrą
store-bought = Ačiū! Pirkimas baigtas: sąskaita faktūra
store-receipt-title = Kvitas
store-receipt-licenses = Jūsų licencijos ir raktai
store-pay-difference = Jūsų piniginėje trūksta { $amount }. Sumokėkite skirtumą dabar, ir pirkimas bus užbaigtas automatiškai, kai tik gausime mokėjimą.
store-pay-with = Mokėti per
store-pay-difference-button = Sumokėti skirtumą ir pirkti
store-top-up-link = Papildyti piniginę
wallet-title = Piniginė
wallet-balance = Likutis:
wallet-top-up = Papildyti
wallet-amount = Suma
wallet-gateway = Mokėjimo būdas
wallet-gateway-sandbox = Bandomoji aplinka (bandomasis mokėjimas, įvykdomas iš karto)
wallet-gateway-manual = Banko pavedimas
wallet-top-up-submit = Tęsti
wallet-open-payments = Vykdomi mokėjimai
wallet-reference = Mokėjimo kodas
wallet-pay-now = Mokėti dabar
wallet-awaiting-transfer = Laukiama Jūsų pavedimo: nurodykite mokėjimo kodą
wallet-manual-started = Pervekite sumą, mokėjimo paskirtyje nurodydami toliau pateiktą mokėjimo kodą; piniginė bus papildyta, kai pavedimas bus gautas.
wallet-topped-up = Mokėjimas gautas: Jūsų piniginė papildyta.
wallet-invoices = Sąskaitos faktūros
wallet-no-invoices = Sąskaitų faktūrų dar nėra.
wallet-number = Numeris
wallet-download-pdf = Atsisiųsti PDF
wallet-pdf-generating = PDF failas kuriamas; patikrinkite po akimirkos.
wallet-pdf-failed = PDF failo sukurti nepavyko; pardavėjas apie tai informuotas.
wallet-invoice-paid = apmokėta
wallet-invoice-refunded = pinigai grąžinti
wallet-invoice-issued = išrašyta
wallet-history = Istorija
wallet-kind = Tipas
wallet-any = Bet koks
wallet-direction = Kryptis
wallet-in = Įplaukos
wallet-out = Išlaidos
wallet-from = Nuo
wallet-until = Iki
wallet-filter = Filtruoti
wallet-no-movements = Operacijų nėra.
wallet-kind-top-up = Papildymas
wallet-kind-purchase = Pirkimas
wallet-kind-refund = Pinigų grąžinimas
wallet-kind-adjustment = Koregavimas
wallet-kind-commission-release = Partnerio komisiniai
sandbox-title = Bandomasis mokėjimas
sandbox-explain = Tai bandomosios aplinkos mokėjimų šliuzas, skirtas kūrimui ir testavimui: tikri pinigai nejuda, o mokėjimas įvykdomas iš karto.
sandbox-pay = Mokėti
sandbox-already-paid = Šis mokėjimas jau įvykdytas.
affiliate-title = Partnerių programa
affiliate-explain = Dalinkitės savo nuoroda: kai kas nors per ją užsiregistruoja ir perka, Jūs uždirbate komisinius, kuriuos galite išleisti iš savo piniginės.
affiliate-join = Prisijungti prie partnerių programos
affiliate-terms = Uždirbate { $percent } % kiekvieno Jūsų rekomenduotų asmenų pirkimo sumos; komisiniai tampa prieinami praėjus { $days ->
        [one] { $days } dienai
        [few] { $days } dienoms
       *[other] { $days } dienų
    } po pirkimo, jei pinigai negrąžinami.
affiliate-link = Jūsų rekomendacinė nuoroda
affiliate-code = Kodas
affiliate-referred = Registracijos per rekomendaciją
affiliate-purchases = Pirkimai
affiliate-pending = Laukiantys komisiniai
affiliate-available = Prieinami komisiniai
affiliate-owed = Skola po pinigų grąžinimų (padengiama iš kitų Jūsų komisinių)
wallet-profile = Atsiskaitymo duomenys
wallet-profile-explain = Kas, be Jūsų vardo ir el. pašto adreso, nurodoma Jūsų sąskaitose faktūrose
wallet-profile-company = Įmonė
wallet-profile-address = Adresas
wallet-profile-country = Šalis (dviejų raidžių kodas)
wallet-profile-region = Valstija ar provincija, jei mokesčiai joje skiriasi (ISO kodas, pvz., CA)
wallet-profile-vat-hint = ES įmonėms: jei nurodysite PVM mokėtojo kodą su šalies prefiksu (DE123456789), o mes esame kitoje šalyje, PVM nebus taikomas.
wallet-profile-saved = Atsiskaitymo duomenys išsaugoti: jie bus nurodyti kitose Jūsų sąskaitose faktūrose.
wallet-gateway-paypal = PayPal
wallet-gateway-cryptomus = Cryptomus (kriptovaliuta)
wallet-gateway-nowpayments = NOWPayments (kriptovaliuta)
wallet-gateway-plisio = Plisio (kriptovaliuta)
pay-status = Būsena
pay-status-title = Jūsų mokėjimas
pay-status-pending = Laukiama mokėjimo
pay-status-paid = Apmokėta: piniginė papildyta
pay-status-failed = Neapmokėta
pay-status-expired = Nebegalioja
pay-status-review = Gauta; tikrina mūsų komanda
pay-status-refunded = Pinigai grąžinti
pay-waiting = Šis puslapis pats tikrina būseną iš naujo. Galite jį ir palikti: piniginė bus papildyta, kai tik gausime mokėjimą.
pay-order-waiting = Pirkimas bus užbaigtas automatiškai, kai tik gausime šį mokėjimą; tada šiame puslapyje bus parodytas kvitas.
pay-order-failed = Mokėjimas įskaitytas į Jūsų piniginę, tačiau pirkimo užbaigti nepavyko ({ $code }). Pirkite iš naujo parduotuvėje.
pay-cancelled = Mokėjimo puslapis paliktas nesumokėjus. Nieko nenuskaičiuota; galite sumokėti vėliau arba pradėti naują papildymą.
transfer-title = Mokėjimas banko pavedimu
transfer-explain = Pervekite tiksliai šią sumą ir nurodykite mokėjimo kodą, kad galėtume susieti Jūsų mokėjimą. Piniginė bus papildyta, kai tik gausime pinigus.
transfer-account-holder = Sąskaitos savininkas
transfer-account-number = IBAN arba sąskaitos numeris
transfer-swift-bic = SWIFT/BIC
transfer-bank-name = Bankas
transfer-bank-address = Banko adresas
transfer-copy = Kopijuoti
transfer-copied = Nukopijuota
transfer-no-details = Šios valiutos banko rekvizitai dar nenustatyti. Prieš atlikdami pavedimą, susisiekite su mumis.
transfer-quote-reference = Pavedime nurodykite mokėjimo kodą: be jo Jūsų mokėjimą susieti užtruks ilgiau.
