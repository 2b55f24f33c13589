# RFC 9457 klaidų atsakymų pavadinimai ir aprašymai – po vieną porą kiekvienam pastoviam klaidos kodui.

problem-bad-request-title = Netinkama užklausa
problem-bad-request-detail = Užklausos nepavyko suprasti: { $reason }
bad-request-not-json = turinys nėra galiojantis JSON.
bad-request-missing-field = laukas „{ $field }“ yra privalomas.
bad-request-unknown-field = „{ $field }“ nėra šios užklausos priimamas laukas.
bad-request-malformed-field = lauko „{ $field }“ reikšmė yra netinkamo tipo arba formato.
bad-request-malformed = jame esanti reikšmė yra netinkamo tipo arba formato.
problem-not-found-title = Nerasta
problem-not-found-detail = Šiuo adresu nieko nėra.
problem-method-not-allowed-title = Metodas neleidžiamas
problem-method-not-allowed-detail = Šiuo adresu nepriimamas metodas { $method }.
problem-payload-too-large-title = Užklausa per didelė
problem-payload-too-large-detail = Užklausos turinys didesnis, nei priima šis serveris (didžiausias dydis baitais: { $limit }).
problem-unsupported-media-type-title = Nepalaikomas duomenų tipas
problem-unsupported-media-type-detail = Siųskite užklausos turinį JSON formatu su antrašte Content-Type: application/json.
problem-request-timeout-title = Baigėsi užklausos laikas
problem-request-timeout-detail = Užklausa truko ilgiau nei { $seconds ->
        [one] { $seconds } sekundę
        [few] { $seconds } sekundes
       *[other] { $seconds } sekundžių
    } ir buvo nutraukta. Niekas neišsaugota, nebent atsakyme nurodyta kitaip.
problem-too-many-requests-title = Per daug užklausų
problem-too-many-requests-detail = Per trumpą laiką gauta per daug užklausų. Palaukite ir bandykite dar kartą.
problem-internal-error-title = Vidinė klaida
problem-internal-error-detail = Mūsų pusėje įvyko klaida. Ji užregistruota; jei kreipsitės į pagalbos tarnybą, nurodykite užklausos ID { $request_id }.
problem-service-unavailable-title = Paslauga nepasiekiama
problem-service-unavailable-detail = Paslauga laikinai nepasiekiama. Bandykite dar kartą po akimirkos.
problem-http-error-title = Užklausa nepavyko
problem-http-error-detail = Užklausa nepavyko (HTTP būsenos kodas { $status }).

## Paskyros ir sesijos

problem-invalid-email-title = Netinkamas el. pašto adresas
problem-invalid-email-detail = „{ $field }“ nėra galiojantis el. pašto adresas.
problem-password-length-title = Slaptažodžio ilgis
problem-password-length-detail = Slaptažodį turi sudaryti nuo { $min } iki { $max } simbolių.
problem-password-too-common-title = Per dažnas slaptažodis
problem-password-too-common-detail = Šis slaptažodis yra vienas iš dažniausiai naudojamų. Pasirinkite kitą.
problem-password-contains-email-title = Slaptažodyje yra el. pašto adresas
problem-password-contains-email-detail = Slaptažodyje negali būti Jūsų el. pašto adreso. Pasirinkite kitą.
problem-invalid-name-title = Netinkamas vardas
problem-invalid-name-detail = Vardą turi sudaryti nuo 1 iki 100 simbolių, be valdymo simbolių.
problem-invalid-timezone-title = Netinkama laiko juosta
problem-invalid-timezone-detail = Nurodykite laiko juostos pavadinimą, pvz., Europe/Berlin arba UTC.
problem-unsupported-locale-title = Nepalaikoma kalba
problem-unsupported-locale-detail = Ši kalba neprieinama. Pasirinkite vieną iš siūlomų kalbų.
problem-invalid-credentials-title = Prisijungti nepavyko
problem-invalid-credentials-detail = Neteisingas el. pašto adresas arba slaptažodis.
problem-account-locked-title = Paskyra užblokuota
problem-account-locked-detail = Ši paskyra užblokuota. Susisiekite su pagalbos tarnyba.
problem-unauthenticated-title = Neprisijungta
problem-unauthenticated-detail = Šiai užklausai reikia galiojančio prieigos žetono. Prisijunkite iš naujo, kad jį gautumėte.
problem-invalid-refresh-token-title = Sesija baigėsi
problem-invalid-refresh-token-detail = Sesijos laikas baigėsi arba ji buvo nutraukta. Prisijunkite iš naujo.
problem-invalid-link-token-title = Nuoroda nebegalioja
problem-invalid-link-token-detail = Ši nuoroda netinkama, jau panaudota arba nebegalioja. Paprašykite naujos.
problem-forbidden-title = Neleidžiama
problem-forbidden-detail = Prisijungta sėkmingai, tačiau su šiais prisijungimo duomenimis šio veiksmo atlikti negalima.
problem-limit-reached-title = Pasiekta riba
problem-limit-reached-detail = Pasiekėte ribą ({ $limit }). Prieš pridėdami naują, pašalinkite vieną esamą.
problem-invalid-scope-title = Netinkamos teisės
problem-invalid-scope-detail = Pasirinkite bent vieną iš siūlomų teisių; kai kurios prieinamos tik administratoriams.
problem-out-of-range-title = Reikšmė už leistino intervalo ribų
problem-out-of-range-detail = Lauko „{ $field }“ reikšmė nepatenka į leistiną intervalą.
problem-totp-required-title = Reikia vienkartinio kodo
problem-totp-required-detail = Šioje paskyroje naudojamas dviejų veiksnių prisijungimas. Įveskite kodą iš autentifikavimo programėlės arba atkūrimo kodą.
problem-totp-invalid-title = Neteisingas vienkartinis kodas
problem-totp-invalid-detail = Kodas neteisingas, nebegalioja arba jau buvo panaudotas. Palaukite kito kodo ir bandykite dar kartą.
problem-totp-locked-title = Dviejų veiksnių prisijungimas užblokuotas
problem-totp-locked-detail = Per daug neteisingų kodų. Dviejų veiksnių prisijungimas užblokuotas 15 minučių.
problem-totp-already-enabled-title = Dviejų veiksnių prisijungimas jau įjungtas
problem-totp-already-enabled-detail = Šios paskyros dviejų veiksnių prisijungimas jau įjungtas.
problem-totp-not-enabled-title = Dviejų veiksnių prisijungimas išjungtas
problem-totp-not-enabled-detail = Šios paskyros dviejų veiksnių prisijungimas neįjungtas (arba jo nustatymas nepradėtas).
problem-invalid-code-title = Neteisingas kodas
problem-invalid-code-detail = Lauko „{ $field }“ reikšmė neteisinga arba nebegalioja.
problem-invalid-role-title = Nežinomas vaidmuo
problem-invalid-role-detail = Vaidmuo turi būti vienas iš šių: user, support arba admin.
problem-csrf-failed-title = Formos galiojimas baigėsi
problem-csrf-failed-detail = Šios formos priimti nepavyko. Įkelkite puslapį iš naujo ir bandykite dar kartą.
problem-two-factor-required-for-staff-title = Reikia dviejų veiksnių prisijungimo
problem-two-factor-required-for-staff-detail = Šiame serveryje darbuotojai privalo naudoti dviejų veiksnių prisijungimą. Pirmiausia įjunkite jį paskyros nustatymuose.
problem-slug-taken-title = Identifikatorius užimtas
problem-slug-taken-detail = Šį identifikatorių jau naudoja kitas produktas. Pasirinkite kitą.
problem-invalid-slug-title = Netinkamas identifikatorius
problem-invalid-slug-detail = Identifikatorių sudaro nuo 2 iki 64 mažųjų raidžių, skaitmenų ir brūkšnelių; jis negali prasidėti ar baigtis brūkšneliu.
problem-invalid-product-kind-title = Netinkamas produkto tipas
problem-invalid-product-kind-detail = Produktas yra arba „software“ (susiejamas su kompiuteriais), arba „site“ (susiejamas su domenais).
problem-unknown-account-title = Nežinoma paskyra
problem-unknown-account-detail = Nėra paskyros su šiuo el. pašto adresu. Asmuo pirmiausia turi užsiregistruoti.
problem-license-revoked-title = Licencija atšaukta
problem-license-revoked-detail = Ši licencija atšaukta; atšauktos licencijos atkurti negalima. Vietoj jos išduokite naują.
problem-seats-in-use-title = Vietos užimtos
problem-seats-in-use-detail = Užimtų šios licencijos vietų skaičius: { $in_use }. Prieš mažindami vietų skaičių, atlaisvinkite dalį jų (išaktyvinkite įrenginius arba sumažinkite sublicencijas).
problem-license-unusable-title = Licencija netinkama naudoti
problem-license-unusable-detail = Licencijos šiam tikslui naudoti negalima ({ $code }).

# Produktams skirtos API atsakymai (patikra, aktyvinimas, gyvybės signalas, išaktyvinimas, licencijos failas).
answer-not-found = Nėra licencijos su šiuo raktu.
answer-revoked = Ši licencija atšaukta.
answer-suspended = Ši licencija sustabdyta.
answer-expired = Šios licencijos galiojimas baigėsi.
answer-product-mismatch = Šis raktas skirtas kitam produktui.
answer-not-activated = Ši licencija čia dar neaktyvinta.
answer-fingerprint-mismatch = Ši licencija aktyvinta kituose įrenginiuose, bet ne šiame.
answer-domain-mismatch = Ši licencija aktyvinta kituose domenuose, bet ne šiame.
answer-heartbeat-dead = Šis įrenginys nustojo siųsti gyvybės signalus; aktyvinkite jį iš naujo.
answer-too-many-activations = Aktyvių įrenginių yra daugiau nei licencijos vietų.
answer-entitlement-missing = Licencija neapima prašomos funkcijos.
answer-version-not-covered = Ši versija išleista pasibaigus licencijos atnaujinimų laikotarpiui.
answer-valid = Licencija galioja.
answer-activation-limit = Visos šios licencijos vietos ({ $seats }) užimtos. Norėdami ją naudoti čia, atlaisvinkite vieną iš išvardytų aktyvinimų.
answer-clone-suspected = Šį aktyvinimą naudoja kitas kompiuteris; jis pristabdytas, kol savininkas jį atlaisvins.
answer-reassignment-limit = Ši licencija kol kas išnaudojo įrenginių keitimus. Kitas keitimas bus leidžiamas { $at }.
answer-refused-title = Licencijų serveris atmetė šią užklausą
problem-reassignment-limit-title = Įrenginių keitimų kol kas nebeliko
problem-reassignment-limit-detail = Ši licencija kol kas išnaudojo įrenginių keitimus. Kitas keitimas bus leidžiamas { $at }.
problem-not-enough-seats-title = Nepakanka laisvų vietų
problem-not-enough-seats-detail = { $free ->
    [0] Nė viena šios licencijos vieta nėra laisva.
    [1] Laisva tik viena šios licencijos vieta.
    [one] Yra tik { $free } laisva šios licencijos vieta.
    [few] Yra tik { $free } laisvos šios licencijos vietos.
   *[other] Yra tik { $free } laisvų šios licencijos vietų.
}
problem-invalid-activation-request-title = Netinkama aktyvinimo užklausa
problem-invalid-activation-request-detail = Tai nėra aktyvinimo užklausa, sukurta naudojant šios licencijos raktą. Sukurkite ją iš naujo aktyvinamame kompiuteryje, naudodami šios licencijos raktą.
problem-not-for-sale-title = Neparduodama
problem-not-for-sale-detail = Šis planas neparduodamas.
problem-promo-not-found-title = Nežinomas nuolaidos kodas
problem-promo-not-found-detail = Tokio nuolaidos kodo nėra arba jis šiuo metu negalioja.
problem-insufficient-funds-title = Piniginėje nepakanka lėšų
problem-insufficient-funds-detail = Jūsų piniginės likučio šiam pirkiniui nepakanka. Papildykite piniginę ir bandykite dar kartą; nieko nenuskaičiuota.
problem-promo-expired-title = Nuolaidos kodas šiuo metu negalioja
problem-promo-expired-detail = Šis nuolaidos kodas šiuo metu negalioja.
problem-promo-not-applicable-title = Nuolaidos kodas netaikomas
problem-promo-not-applicable-detail = Šis nuolaidos kodas netaikomas nė vienam Jūsų krepšelio produktui.
problem-promo-below-minimum-title = Užsakymas mažesnis už nuolaidos kodo minimumą
problem-promo-below-minimum-detail = Jūsų užsakymo suma mažesnė už šiam nuolaidos kodui reikalingą minimalią sumą.
problem-promo-first-purchase-only-title = Nuolaidos kodas pirmajam pirkimui
problem-promo-first-purchase-only-detail = Šis nuolaidos kodas skirtas tik pirmajam pirkimui.
problem-promo-exhausted-title = Nuolaidos kodas išnaudotas
problem-promo-exhausted-detail = Šis nuolaidos kodas kol kas panaudotas didžiausią leistiną kartų skaičių.
problem-promo-user-limit-title = Nuolaidos kodas jau panaudotas
problem-promo-user-limit-detail = Šį nuolaidos kodą jau panaudojote tiek kartų, kiek leidžiama.
problem-promo-paused-title = Nuolaidos kodas pristabdytas
problem-promo-paused-detail = Šiuo metu šis nuolaidos kodas pristabdytas.
problem-promo-code-taken-title = Nuolaidos kodas jau yra
problem-promo-code-taken-detail = Kitas nuolaidos kodas jau turi šį pavadinimą.
problem-idempotency-key-reused-title = Idempotentiškumo raktas panaudotas kitai užklausai
problem-idempotency-key-reused-detail = Šis Idempotency-Key jau buvo panaudotas su kita užklausa. Naujai užklausai naudokite naują raktą.
problem-idempotency-key-in-use-title = Užklausa vykdoma
problem-idempotency-key-in-use-detail = Užklausa su šiuo Idempotency-Key dar apdorojama. Pakartokite po akimirkos, kad gautumėte jos atsakymą.
problem-self-referral-title = Savęs rekomendavimas
problem-self-referral-detail = Negalite naudoti savo rekomendacinio kodo.
problem-wrong-state-title = Esant šiai būsenai neįmanoma
problem-wrong-state-detail = Šiuo metu to atlikti negalima ({ $state }).
problem-gateway-disabled-title = Mokėjimo būdas neprieinamas
problem-gateway-disabled-detail = Šis mokėjimo būdas šiame serveryje neįjungtas.
problem-gateway-unavailable-title = Mokėjimų paslaugų teikėjas nepasiekiamas
problem-gateway-unavailable-detail = Nepavyko susisiekti su mokėjimų paslaugų teikėju. Nieko nenuskaičiuota; bandykite dar kartą po kelių minučių arba pasirinkite kitą mokėjimo būdą.
problem-webhook-signature-invalid-title = Netinkamas webhook pranešimo parašas
problem-webhook-signature-invalid-detail = Webhook pranešimo parašas neatitinka šio mokėjimų šliuzo nustatymų. Niekas nepakeista.
problem-invalid-number-format-title = Netinkamas numerio šablonas
problem-invalid-number-format-detail = Lauke „{ $field }“ turi būti vieną kartą {"{"}YYYY{"}"} ir viena skaitmenų seka riestiniuose skliaustuose, pvz., INV-{"{"}YYYY{"}"}-{"{"}000001{"}"}: numeracija kiekvienais metais pradedama iš naujo.
problem-number-formats-clash-title = Numeriai gali sutapti
problem-number-formats-clash-detail = Pagal „{ $field }“ gali būti sukurti tokie patys numeriai kaip pagal sąskaitų faktūrų šabloną. Nurodykite šiems šablonams skirtingus prefiksus, pvz., INV- ir CN-.
problem-invalid-staging-pattern-title = Netinkamas bandomųjų serverių šablonas
problem-invalid-staging-pattern-detail = Kiekvienoje eilutėje nurodykite po vieną serverio vardą: tikslų vardą (staging.shop.com), visus domeno serverius (*.preview.shop.com), visus vardus, prasidedančius žyme (staging.*), arba vardus, kuriuose yra žymė (*.staging.*). Visas aukščiausiojo lygio domenas, pvz., *.dev, yra viešas, todėl negali būti naudojamas neužimant licencijos vietos.
problem-insufficient-scope-title = Su šiuo raktu neleidžiama
problem-insufficient-scope-detail = Tam reikia { $scope ->
        [session] prisijungusio naudotojo sesijos: API raktu to atlikti negalima
       *[other] API rakto su teise „{ $scope }“
    }.
problem-refund-window-closed-title = Pinigų grąžinimo terminas baigėsi
problem-refund-window-closed-detail = Už šį planą pinigus galima grąžinti per { $days ->
        [one] { $days } dieną
        [few] { $days } dienas
       *[other] { $days } dienų
    } nuo pirkimo, o šis terminas jau praėjo. Grąžinkite pinigus vis tiek tik tuo atveju, jei tikrai to norite.
problem-invalid-version-title = Netinkama versija
problem-invalid-version-detail = Nurodykite semantinę versiją, pvz., 1.4.0, 2.0.0-beta.1 arba 1.4.0+build.7.
problem-invalid-platform-title = Netinkama platforma
problem-invalid-platform-detail = Platformą sudaro nuo 1 iki 64 mažųjų raidžių, skaitmenų, brūkšnelių ir pabraukimo brūkšnių, pvz., windows-x86_64 arba wordpress.
problem-invalid-file-name-title = Netinkamas failo vardas
problem-invalid-file-name-detail = Nurodykite vieną paprastą failo vardą, pvz., app-1.4.0.dmg: be pasvirųjų brūkšnių, be taško pradžioje, be kabučių ir valdymo simbolių.
problem-version-taken-title = Versija jau yra
problem-version-taken-detail = Šis produktas jau turi leidimą su šia versija (kompiliavimo metaduomenys nesukuria naujos versijos).
problem-download-link-invalid-title = Atsisiuntimo nuoroda negalioja
problem-download-link-invalid-detail = Ši atsisiuntimo nuoroda nebegalioja, yra pakeista arba skirta nebeprieinamam leidimui. Paprašykite naujos.
problem-feed-license-required-title = Reikia licencijos rakto
problem-feed-license-required-detail = Šis atnaujinimų srautas skirtas tik licenciją turintiems klientams. Nurodykite licencijos raktą srauto adrese arba antraštėje RMS-License-Key.
problem-feed-license-refused-title = Licencijos raktas nepriimtas
problem-feed-license-refused-detail = Šis licencijos raktas nesuteikia prieigos prie šio produkto atnaujinimų srauto: jis nežinomas, skirtas kitam produktui, nebegalioja, sustabdytas arba atšauktas.

problem-invalid-vat-id-title = Netinkamas PVM mokėtojo kodas
problem-invalid-vat-id-detail = „{ $field }“ nėra nurodytos šalies PVM mokėtojo kodas. ES PVM mokėtojų kodai prasideda šalies prefiksu, pvz., DE123456789 (Graikijos – EL). Jei perkate kaip privatus asmuo, palikite lauką tuščią.

problem-entitlements-append-only-title = Licencijuojamas funkcijas galima tik pridėti
problem-entitlements-append-only-detail = Palikite plano licencijuojamas funkcijas esama tvarka, o naujas pridėkite pabaigoje: išduoti licencijų raktai jas saugo pagal poziciją, todėl pašalinus ar pertvarkius kurią nors iš jų pasikeistų tai, kas priklauso esamiems klientams.
problem-invalid-date-title = Netinkama data
problem-invalid-date-detail = Nurodykite „{ $field }“ kaip datą, pvz., 2026-12-31.
problem-date-range-reversed-title = Datos netinkama tvarka
problem-date-range-reversed-detail = Pradžios data yra vėlesnė už pabaigos datą. Pasirinkite pradžią, kuri yra ne vėlesnė už pabaigą.
