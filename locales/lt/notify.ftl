# Pranešimai: kiekvienam tipui po vieną temą (ji kartu yra pavadinimas programoje) ir vieną tekstą. Argumentai gaunami
# iš įvykio: $name visada yra asmens vardas; nuorodas po tekstu prideda siuntėjas.
# Tipas gali turėti `-details` – pastraipą, rodomą tik tada, kai yra visi jos argumentai (senesnės versijos
# išsaugotuose pranešimuose kai kurių gali trūkti).

notify-footer = Šį pranešimą gaunate, nes turite paskyrą parduotuvėje { $seller }. Paskyros puslapyje galite pasirinkti, apie ką ir kokiais kanalais norite gauti pranešimus.
notify-open = Atidaryti
notify-unsubscribe = Atsisakyti šių el. laiškų
notify-unsubscribe-intro = Nebegauti šio tipo el. laiškų? Tai neturės įtakos saugos ir kitų tipų pranešimams; vėl įjungti galėsite paskyros puslapyje.
notify-unsubscribe-confirm = Atsisakyti
notify-unsubscribe-done = Atlikta: šių el. laiškų nebegausite.

notify-top_up_credited-subject = Jūsų piniginė papildyta: { $amount }
notify-top_up_credited-body = Sveiki, { $name }! Į Jūsų piniginę įskaityta { $amount }.
notify-top_up_credited-details = Jūsų mokėjimas { $reference } ({ $paid }, per { $gateway }) gautas. Likutį ir operacijų istoriją rasite piniginės puslapyje.
notify-transfer_confirmed-subject = Jūsų banko pavedimas gautas: { $amount }
notify-transfer_confirmed-body = Sveiki, { $name }! Gavome Jūsų banko pavedimą: { $amount } jau yra Jūsų piniginėje.
notify-transfer_confirmed-details = Pavedimo mokėjimo kodas: { $reference }; pervesta suma: { $paid }.
notify-purchase_receipt-subject = Pirkimo kvitas ({ $invoice })
notify-purchase_receipt-body = Sveiki, { $name }! Dėkojame, kad pirkote. Sąskaita faktūra { $invoice }, kurios bendra suma { $amount }, apmokėta iš Jūsų piniginės. Licencijų raktai pateikti puslapyje „Mano licencijos“; sąskaitos faktūros PDF failą bet kada galite atsisiųsti piniginės puslapyje.
notify-order_failed-subject = Jūsų užsakymo įvykdyti nepavyko
notify-order_failed-body = Sveiki, { $name }! Jūsų užsakymo įvykdyti nepavyko. { $reason ->
        [unpaid] Mokėjimas neįvyko, todėl nieko nenuskaičiuota. Užsisakyti iš naujo galite parduotuvėje.
        [returned] Mokėjimų paslaugų teikėjas atšaukė mokėjimą, todėl pirkimas neįvyko.
        [late] Mokėjimas gautas per vėlu, kad būtų galima pirkti Jums nurodyta kaina. Sumokėta suma ({ $amount }) yra Jūsų piniginėje: parduotuvėje galite pirkti iš naujo bet kada.
       *[refused] Parduotuvė nebegalėjo parduoti to, kas užsakyta (nuolaidos kodas išnaudotas, planas nebeparduodamas). Sumokėta suma ({ $amount }) yra Jūsų piniginėje.
    }
notify-refund-subject = Jums grąžinta { $amount }
notify-refund-body = Sveiki, { $name }! Į Jūsų piniginę grąžinta { $amount } pagal sąskaitą faktūrą { $invoice }.
notify-payment_attention-subject = Mokėjimui reikia Jūsų dėmesio
notify-payment_attention-body = Sveiki, { $name }! Mokėjimas ({ $amount }) laukia sprendimo.
notify-license_issued-subject = Jūsų produkto { $product } licencija paruošta
notify-license_issued-body = Sveiki, { $name }! Jums išduota produkto { $product } licencija ({ $plan }). Jos raktas pateiktas puslapyje „Mano licencijos“.
notify-device_activated-subject = Produktas { $product } aktyvintas naujame įrenginyje
notify-device_activated-body = Sveiki, { $name }! Jūsų produkto { $product } licencija aktyvinta įrenginyje { $device }. Jei tai buvote ne Jūs, atlaisvinkite vietą puslapyje „Mano licencijos“.
notify-seat_freed-subject = Atlaisvinta produkto { $product } licencijos vieta
notify-seat_freed-body = Sveiki, { $name }! Įrenginys { $device } nebeužima Jūsų produkto { $product } licencijos vietos.
notify-license_expiring-subject = Jūsų produkto { $product } licencija nustos galioti po { $days ->
        [one] { $days } dienos
        [few] { $days } dienų
       *[other] { $days } dienų
    }
notify-license_expiring-body = Sveiki, { $name }! Jūsų produkto { $product } licencija nustos galioti po { $days ->
        [one] { $days } dienos
        [few] { $days } dienų
       *[other] { $days } dienų
    }. Pratęskite ją, kad galėtumėte toliau naudotis produktu { $product } ir gauti atnaujinimus.
notify-license_expired-subject = Jūsų produkto { $product } licencijos galiojimas baigėsi
notify-license_expired-body = Sveiki, { $name }! Jūsų produkto { $product } licencijos galiojimas baigėsi.
notify-renewal_upcoming-subject = Jūsų produkto { $product } licencija bus pratęsta { $date }
notify-renewal_upcoming-body = Sveiki, { $name }! Jūsų produkto { $product } licencija { $date } bus automatiškai pratęsta, o iš Jūsų piniginės bus nuskaičiuota { $amount }. { $reason ->
        [wallet_short] Jūsų piniginėje kol kas nepakanka lėšų: papildykite ją iki tos dienos, kitaip licencijos galiojimas baigsis.
       *[other] Jūsų piniginėje lėšų pakanka.
    } Automatinį pratęsimą galite išjungti puslapyje „Mano licencijos“.
notify-license_renewed-subject = Jūsų produkto { $product } licencija pratęsta
notify-license_renewed-body = Sveiki, { $name }! Jūsų produkto { $product } licencija automatiškai pratęsta iki { $date }. Sąskaita faktūra { $invoice }, kurios bendra suma { $amount }, apmokėta iš Jūsų piniginės.
notify-renewal_failed-subject = Jūsų produkto { $product } licencijos pratęsti nepavyko
notify-renewal_failed-body = Sveiki, { $name }! Jūsų produkto { $product } licencijos automatiškai pratęsti nepavyko. { $reason ->
        [wallet_short] Pratęsimas kainuoja { $amount }, o Jūsų piniginėje yra { $paid }. Papildykite piniginę ir pratęskite licenciją puslapyje „Mano licencijos“.
        [not_for_sale] Jos planas nebeparduodamas.
       *[other] Pratęskite ją puslapyje „Mano licencijos“.
    } Jei licencija bus pratęsta iki { $date }, ji išsaugos savo raktą ir įrenginius.
notify-clone_suspected-subject = Jūsų produkto { $product } licencija gali būti naudojama nukopijuotame įrenginyje
notify-clone_suspected-body = Sveiki, { $name }! Du kompiuteriai ką tik pateikė tą patį Jūsų produkto { $product } licencijos aktyvinimą (įrenginys „{ $device }“). Paprastai tai reiškia, kad buvo nukopijuotas disko atvaizdis ar virtualioji mašina kartu su joje esančia licencija.

    Aktyvinimas pristabdytas. Jei atpažįstate abu kompiuterius, puslapyje „Mano licencijos“ atlaisvinkite senąjį ir aktyvinkite naująjį. Jei jų neatpažįstate, Jūsų licencijos raktu gali naudotis kažkas kitas: susisiekite su pardavėju.
notify-license_status-subject = Nauja Jūsų produkto { $product } licencijos būsena: { $status ->
        [active] „Aktyvi“
        [suspended] „Sustabdyta“
        [expired] „Nebegalioja“
        [revoked] „Atšaukta“
       *[other] „{ $status }“
    }
notify-license_status-body = Sveiki, { $name }! Jūsų produkto { $product } licencijos būsena pakeista į { $status ->
        [active] „Aktyvi“
        [suspended] „Sustabdyta“
        [expired] „Nebegalioja“
        [revoked] „Atšaukta“
       *[other] „{ $status }“
    }.
notify-release_published-subject = Išleista nauja versija: { $product } { $version }
notify-release_published-body = Sveiki, { $name }! Produkto { $product } versija { $version } paskelbta { $channel ->
        [stable] stabiliajame
        [beta] beta
        [alpha] alfa
       *[other] „{ $channel }“
    } kanale. Ją rasite atsisiuntimų puslapyje.
notify-new_sign_in-subject = Naujas prisijungimas prie Jūsų paskyros
notify-new_sign_in-body = Sveiki, { $name }! Ką tik prie Jūsų paskyros prisijungta iš įrenginio { $device }. Jei tai buvote ne Jūs, nedelsdami pakeiskite slaptažodį.
notify-password_changed-subject = Jūsų slaptažodis pakeistas
notify-password_changed-body = Sveiki, { $name }! Jūsų paskyros slaptažodis pakeistas. Jei tai buvote ne Jūs, nedelsdami jį atkurkite ir susisiekite su pagalbos tarnyba.
notify-two_factor_changed-subject = Dviejų veiksnių prisijungimas { $status ->
        [on] įjungtas
        [off] išjungtas
       *[other] pakeistas ({ $status })
    }
notify-two_factor_changed-body = Sveiki, { $name }! Jūsų paskyros dviejų veiksnių prisijungimas { $status ->
        [on] įjungtas
        [off] išjungtas
       *[other] pakeistas ({ $status })
    }. Jei tai buvote ne Jūs, nedelsdami susisiekite su pagalbos tarnyba.
notify-api_key_created-subject = Sukurtas naujas API raktas
notify-api_key_created-body = Sveiki, { $name }! Jūsų paskyrai sukurtas API raktas „{ $key_name }“. Jei tai buvote ne Jūs, nedelsdami jį atšaukite.
notify-commission_earned-subject = Uždirbote { $amount } komisinių
notify-commission_earned-body = Sveiki, { $name }! Pirkimas per Jūsų rekomendacinę nuorodą Jums atnešė { $amount }. Ši suma laikoma, kol baigsis pinigų grąžinimo terminas.
notify-commission_released-subject = Komisiniai ({ $amount }) dabar priklauso Jums
notify-commission_released-body = Sveiki, { $name }! Komisiniai ({ $amount }) įskaityti į Jūsų piniginę.
notify-marketing-subject = { $headline }
notify-marketing-body = Sveiki, { $name }!

    { $text }

# Pranešimų puslapis, varpelis antraštėje ir pasirinkimai pagal tipą.
nav-notifications = Pranešimai
notifications-title = Pranešimai
notifications-none = Kol kas nieko nėra. Čia bus rodoma, kas vyksta su Jūsų licencijomis, mokėjimais ir paskyra.
notifications-mark-all = Pažymėti visus kaip skaitytus
notifications-unread = naujas
account-notifications-title = Pranešimų nustatymai
account-notifications-intro = Kiekvienam pranešimų tipui pasirinkite, ar jie turi Jus pasiekti el. paštu ir programoje. Saugos pranešimams visada paliekamas bent vienas kanalas.
account-notifications-save = Išsaugoti pranešimų nustatymus
account-notifications-saved = Pranešimų nustatymai išsaugoti.
account-notifications-security = sauga
notify-kind = Pranešimas
notify-channel-email = El. paštas
notify-channel-in_app = Programoje
notify-channel-telegram = Telegram
notify-group-transactions = Mokėjimai
notify-group-licenses = Licencijos
notify-group-releases = Leidimai
notify-group-security = Sauga
notify-group-affiliate = Partnerių programa
notify-group-marketing = Naujienos
notify-kind-top_up_credited = Piniginės papildymas
notify-kind-transfer_confirmed = Gautas banko pavedimas
notify-kind-purchase_receipt = Pirkimų kvitai
notify-kind-order_failed = Neįvykdyti užsakymai
notify-kind-refund = Pinigų grąžinimai
notify-kind-payment_attention = Sprendimo laukiantys mokėjimai
notify-kind-license_issued = Jums išduota licencija
notify-kind-device_activated = Aktyvinimas naujame įrenginyje
notify-kind-seat_freed = Atlaisvinta vieta
notify-kind-license_expiring = Artėjanti licencijos galiojimo pabaiga (likus 14 ir 3 dienoms)
notify-kind-license_expired = Pasibaigęs licencijos galiojimas
notify-kind-renewal_upcoming = Artėjantis automatinis pratęsimas (likus 7 dienoms)
notify-kind-license_renewed = Automatiškai pratęsta licencija
notify-kind-renewal_failed = Nepavykęs automatinis pratęsimas
notify-kind-clone_suspected = Galimai nukopijuotas įrenginys
notify-kind-license_status = Licencijos sustabdymas, atšaukimas ar atkūrimas
notify-kind-release_published = Naujos versijos
notify-kind-new_sign_in = Prisijungimas iš naujo įrenginio
notify-kind-password_changed = Slaptažodžio pakeitimas
notify-kind-two_factor_changed = Dviejų veiksnių prisijungimo pakeitimas
notify-kind-api_key_created = API rakto sukūrimas
notify-kind-commission_earned = Uždirbti komisiniai
notify-kind-commission_released = Išmokėti komisiniai
notify-kind-marketing = Naujienos ir pasiūlymai

# Naujos versijos pagal produktą, pranešimų nustatymų puslapyje.
account-releases-title = Naujos versijos
account-releases-intro = Kiekvienam produktui, kurio licenciją turite: apie kurias versijas norite sužinoti ir kur. Beta kanalas praneša ir apie stabiliąsias versijas, alfa – apie visas.
account-releases-none = Nepranešti
account-releases-stable = Stabiliosios versijos
account-releases-beta = Beta ir stabiliosios versijos
account-releases-alpha = Visos versijos, įskaitant alfa

# Telegram roboto atsakymai.
telegram-linked = Sveiki, { $name }! Šis pokalbis dabar susietas su Jūsų paskyra: čia gausite pranešimus, kuriuos pasirinkote gauti per Telegram. Norėdami susiejimą nutraukti, išsiųskite /stop.
telegram-unlinked = Šis pokalbis nebesusietas su jokia paskyra. Vėl susieti jį galite paskyros puslapyje.
telegram-link-invalid = Ši nuoroda nebegalioja arba jau buvo panaudota. Sukurkite naują paskyros puslapyje.
telegram-help = Norėdami čia gauti pranešimus, atidarykite Telegram nuorodą savo paskyros puslapyje. Norėdami atsieti šį pokalbį, išsiųskite /stop.

# Telegram pranešimų nustatymų puslapyje.
account-telegram-intro = Gaukite pasirinktus pranešimus per Telegram: susiekite šią paskyrą su pokalbiu su parduotuvės robotu.
account-telegram-link = Susieti su Telegram
account-telegram-open = Per 15 minučių atidarykite šią nuorodą programoje Telegram ir paspauskite „Start“:
account-telegram-linked = Ši paskyra susieta su Telegram pokalbiu.
account-telegram-unlink = Atsieti Telegram

# Įspėjimai į administratorių Telegram pokalbį.
telegram-alert-payment_review = Mokėjimas laukia sprendimo: { $payment } ({ $reason }).
telegram-alert-clone_suspected = Įrenginys gali būti kopija: licencija { $license }, įrenginys { $device }.
telegram-alert-reconciliation = Apskaitos žurnalo suderinimas aptiko { $count ->
        [one] { $count } neatitikimą
        [few] { $count } neatitikimus
       *[other] { $count } neatitikimų
    }: pinigai galėjo atsirasti iš niekur arba dingti.
telegram-alert-job_dead = Foninė užduotis nutraukta: { $job } ({ $id }). Paskutinė klaida: { $reason }
