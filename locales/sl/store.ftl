### The store: plans and checkout, invoices, wallet, sandbox payments, affiliates, billing details.

invoice-title = Račun
invoice-credit-note-title = Dobropis
invoice-seller = Prodajalec
invoice-buyer = Kupec
invoice-date = Datum
invoice-payment-method = Plačilo
invoice-paid-from-wallet = Stanje denarnice
invoice-cancels = Nanaša se na račun
invoice-tax-id = Davčna številka: { $id }
invoice-column-item = Postavka
invoice-column-quantity = Kol.
invoice-column-unit-price = Cena na enoto
invoice-column-amount = Znesek
invoice-seats = { $seats ->
    [one] { $seats } mesto
    [two] { $seats } mesti
    [few] { $seats } mesta
   *[other] { $seats } mest
}
invoice-subtotal = Vmesni seštevek
invoice-volume-discount = Količinski popust
invoice-promo-discount = Promocijska koda { $code }
invoice-renewal-discount = Popust ob podaljšanju
invoice-total = Skupaj
invoice-tax = Davek ({ $rate } %)
invoice-tax-included = Vključen davek ({ $rate } %)
invoice-reverse-charge = Obrnjena davčna obveznost: DDV obračuna kupec (196. člen Direktive Sveta 2006/112/ES)
invoice-tax-removed = Davek ni obračunan (obrnjena davčna obveznost)
nav-store = Trgovina
nav-wallet = Denarnica
nav-affiliate = Partnerski program
store-title = Trgovina
store-empty = Na prodaj še ni ničesar.
store-empty-admin = Dodajte izdelek
store-plan = Paket
store-includes = Vključuje
store-price = Cena
store-choose = Izberite paket
store-back = ← Vsi izdelki
store-perpetual = trajno
store-days = { $days ->
    [one] { $days } dan
    [two] { $days } dneva
    [few] { $days } dnevi
   *[other] { $days } dni
}
store-tier = { $percent } % popusta od { $from } naprej
store-quantity = Količina
store-promo = Promocijska koda
store-price-it = Prikaži ceno
store-buy = Kupi iz moje denarnice
store-sign-in-to-buy = Za nakup se prijavite
store-sign-up-to-buy = Ste novi? Ustvarite uporabniški račun
store-bought = Hvala! Vaš nakup je zaključen: račun
store-receipt-title = Potrdilo o nakupu
store-receipt-licenses = Vaše licence in ključi
store-pay-difference = V vaši denarnici manjka { $amount }. Razliko plačajte zdaj in nakup se bo samodejno zaključil, ko plačilo prispe.
store-pay-with = Plačilo prek
store-pay-difference-button = Plačaj razliko in kupi
store-top-up-link = Napolnite denarnico
wallet-title = Denarnica
wallet-balance = Stanje:
wallet-top-up = Napolni
wallet-amount = Znesek
wallet-gateway = Način plačila
wallet-gateway-sandbox = Peskovnik (testno plačilo, plača se takoj)
wallet-gateway-manual = Bančno nakazilo
wallet-top-up-submit = Nadaljuj
wallet-open-payments = Plačila v teku
wallet-reference = Sklic
wallet-pay-now = Plačaj zdaj
wallet-awaiting-transfer = Čakamo na vaše nakazilo: navedite sklic
wallet-manual-started = Nakažite znesek in navedite spodnji sklic; vaša denarnica bo napolnjena, ko nakazilo prispe.
wallet-topped-up = Plačilo prejeto: vaša denarnica je napolnjena.
wallet-invoices = Računi
wallet-no-invoices = Še ni računov.
wallet-number = Številka
wallet-download-pdf = Prenesi PDF
wallet-pdf-generating = PDF se ustvarja; preverite znova čez trenutek.
wallet-pdf-failed = PDF-ja ni bilo mogoče ustvariti; prodajalec je bil obveščen.
wallet-invoice-paid = plačan
wallet-invoice-refunded = vrnjen
wallet-invoice-issued = izdan
wallet-history = Zgodovina
wallet-kind = Vrsta
wallet-any = Vse
wallet-direction = Smer
wallet-in = Prilivi
wallet-out = Odlivi
wallet-from = Od
wallet-until = Do
wallet-filter = Filtriraj
wallet-no-movements = Ni gibanj.
wallet-kind-top-up = Polnitev
wallet-kind-purchase = Nakup
wallet-kind-refund = Vračilo
wallet-kind-adjustment = Prilagoditev
wallet-kind-commission-release = Partnerska provizija
sandbox-title = Plačilo v peskovniku
sandbox-explain = To je preizkusni plačilni prehod za razvoj in testiranje: pravi denar se ne premika, plačilo pa se zaključi takoj.
sandbox-pay = Plačaj
sandbox-already-paid = To plačilo je zaključeno.
affiliate-title = Partnerski program
affiliate-explain = Delite svojo povezavo: ko se nekdo prek nje registrira in kupi, zaslužite provizijo, ki jo lahko porabite iz svoje denarnice.
affiliate-join = Pridružite se partnerskemu programu
affiliate-terms = Prejmete { $percent } % vsakega nakupa oseb, ki ste jih priporočili; znesek postane na voljo { $days ->
    [one] { $days } dan
    [two] { $days } dneva
    [few] { $days } dni
   *[other] { $days } dni
} po nakupu, razen če je bil denar vrnjen.
affiliate-link = Vaša priporočitvena povezava
affiliate-code = Koda
affiliate-referred = Priporočene registracije
affiliate-purchases = Nakupi
affiliate-pending = Provizija v čakanju
affiliate-available = Razpoložljiva provizija
affiliate-owed = Dolg po vračilih (poravnan iz vaših naslednjih provizij)
wallet-profile = Podatki za obračun
wallet-profile-explain = Kaj poleg vašega imena in e-poštnega naslova prikazujejo vaši računi
wallet-profile-company = Podjetje
wallet-profile-address = Naslov
wallet-profile-country = Država (dvočrkovna koda)
wallet-profile-region = Zvezna država ali provinca, kjer se davek razlikuje glede nanjo (koda ISO, na primer CA)
wallet-profile-vat-hint = Podjetja iz EU: z identifikacijsko številko za DDV s predpono države (DE123456789) vam DDV ni obračunan, če smo v drugi državi.
wallet-profile-saved = Podatki za obračun so shranjeni: prikazani bodo na vaših naslednjih računih.
wallet-gateway-paypal = PayPal
wallet-gateway-cryptomus = Cryptomus (kriptovalute)
wallet-gateway-nowpayments = NOWPayments (kriptovalute)
wallet-gateway-plisio = Plisio (kriptovalute)
pay-status = Stanje
pay-status-title = Vaše plačilo
pay-status-pending = Čakamo na plačilo
pay-status-paid = Plačano: vaša denarnica je napolnjena
pay-status-failed = Ni plačano
pay-status-expired = Poteklo
pay-status-review = Prejeto; naša ekipa ga preverja
pay-status-refunded = Vrnjeno
pay-waiting = Ta stran samodejno znova preverja stanje. Lahko jo tudi zapustite: vaša denarnica bo napolnjena takoj, ko plačilo prispe.
pay-order-waiting = Vaš nakup se bo samodejno zaključil takoj, ko prispe to plačilo; ta stran bo nato prikazala potrdilo o nakupu.
pay-order-failed = Plačilo je v vaši denarnici, vendar nakupa ni bilo mogoče zaključiti ({ $code }). V trgovini kupite znova.
pay-cancelled = Stran za plačilo ste zapustili brez plačila. Nič vam ni bilo zaračunano; plačate lahko pozneje ali začnete novo polnitev.
transfer-title = Plačilo z bančnim nakazilom
transfer-explain = Nakažite natanko ta znesek in navedite sklic, da lahko vaše plačilo prepoznamo. Vaša denarnica bo napolnjena, ko denar prispe.
transfer-account-holder = Imetnik računa
transfer-account-number = IBAN ali številka računa
transfer-swift-bic = SWIFT/BIC
transfer-bank-name = Banka
transfer-bank-address = Naslov banke
transfer-copy = Kopiraj
transfer-copied = Kopirano
transfer-no-details = Bančni podatki za to valuto še niso nastavljeni. Pred nakazilom se obrnite na nas.
transfer-quote-reference = Pri nakazilu navedite sklic: brez njega prepoznavanje vašega plačila traja dlje.
