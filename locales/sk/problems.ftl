# Titles and details of RFC 9457 problem responses, one pair per stable error code.

problem-bad-request-title = Chybná požiadavka
problem-bad-request-detail = Požiadavke sa nepodarilo porozumieť: { $reason }
bad-request-not-json = telo nie je platný JSON.
bad-request-missing-field = pole „{ $field }“ je povinné.
bad-request-unknown-field = pole „{ $field }“ táto požiadavka neprijíma.
bad-request-malformed-field = pole „{ $field }“ nemá hodnotu správneho typu alebo formátu.
bad-request-malformed = niektorá hodnota v nej nemá správny typ alebo formát.
problem-not-found-title = Nenájdené
problem-not-found-detail = Na tejto adrese nič nie je.
problem-method-not-allowed-title = Metóda nie je povolená
problem-method-not-allowed-detail = Táto adresa neprijíma metódu { $method }.
problem-payload-too-large-title = Požiadavka je príliš veľká
problem-payload-too-large-detail = Telo požiadavky je väčšie, než tento server prijíma (limit v bajtoch: { $limit }).
problem-unsupported-media-type-title = Nepodporovaný typ média
problem-unsupported-media-type-detail = Odošlite telo požiadavky ako JSON s hlavičkou Content-Type: application/json.
problem-request-timeout-title = Časový limit požiadavky vypršal
problem-request-timeout-detail = Požiadavka trvala dlhšie ako { $seconds } s a bola zastavená. Nič sa neuložilo, pokiaľ odpoveď neuvádza inak.
problem-too-many-requests-title = Príliš veľa požiadaviek
problem-too-many-requests-detail = Príliš veľa požiadaviek v krátkom čase. Chvíľu počkajte a skúste to znova.
problem-internal-error-title = Interná chyba
problem-internal-error-detail = Na našej strane sa niečo pokazilo. Chyba bola zaznamenaná; ak budete kontaktovať podporu, uveďte, prosím, ID požiadavky { $request_id }.
problem-service-unavailable-title = Služba nie je dostupná
problem-service-unavailable-detail = Služba je dočasne nedostupná. Skúste to, prosím, o chvíľu znova.
problem-http-error-title = Požiadavka zlyhala
problem-http-error-detail = Požiadavka zlyhala so stavovým kódom HTTP { $status }.

## Accounts and sessions

problem-invalid-email-title = Neplatná e-mailová adresa
problem-invalid-email-detail = „{ $field }“ nie je platná e-mailová adresa.
problem-password-length-title = Dĺžka hesla
problem-password-length-detail = Heslo musí mať dĺžku od { $min } do { $max } znakov.
problem-password-too-common-title = Príliš bežné heslo
problem-password-too-common-detail = Toto heslo patrí medzi najčastejšie používané. Zvoľte, prosím, iné.
problem-password-contains-email-title = Heslo obsahuje e-mailovú adresu
problem-password-contains-email-detail = Heslo nesmie obsahovať vašu e-mailovú adresu. Zvoľte, prosím, iné.
problem-invalid-name-title = Neplatné meno
problem-invalid-name-detail = Meno musí mať 1 až 100 znakov a nesmie obsahovať riadiace znaky.
problem-invalid-timezone-title = Neplatné časové pásmo
problem-invalid-timezone-detail = Použite názov časového pásma, napríklad Europe/Berlin alebo UTC.
problem-unsupported-locale-title = Nepodporovaný jazyk
problem-unsupported-locale-detail = Tento jazyk nie je k dispozícii. Vyberte niektorý z ponúkaných jazykov.
problem-invalid-credentials-title = Prihlásenie zlyhalo
problem-invalid-credentials-detail = E-mailová adresa alebo heslo nie sú správne.
problem-account-locked-title = Účet je zablokovaný
problem-account-locked-detail = Tento účet je zablokovaný. Kontaktujte, prosím, podporu.
problem-unauthenticated-title = Chýba prihlásenie
problem-unauthenticated-detail = Táto požiadavka vyžaduje platný prístupový token. Ak ho chcete získať, prihláste sa znova.
problem-invalid-refresh-token-title = Relácia vypršala
problem-invalid-refresh-token-detail = Relácia vypršala alebo bola ukončená. Prihláste sa, prosím, znova.
problem-invalid-link-token-title = Odkaz už nie je platný
problem-invalid-link-token-detail = Tento odkaz je neplatný, už bol použitý alebo jeho platnosť vypršala. Požiadajte o nový.
problem-forbidden-title = Nepovolené
problem-forbidden-detail = Prihlásenie je platné, ale s týmito prístupovými údajmi túto akciu nemožno vykonať.
problem-limit-reached-title = Limit bol dosiahnutý
problem-limit-reached-detail = Dosiahli ste limit { $limit }. Pred pridaním ďalšej položky niektorú odstráňte.
problem-invalid-scope-title = Neplatný rozsah oprávnení
problem-invalid-scope-detail = Vyberte aspoň jeden z ponúkaných rozsahov oprávnení; niektoré sú k dispozícii iba administrátorom.
problem-out-of-range-title = Hodnota mimo rozsahu
problem-out-of-range-detail = Hodnota poľa „{ $field }“ je mimo povoleného rozsahu.
problem-totp-required-title = Vyžaduje sa jednorazový kód
problem-totp-required-detail = Tento účet používa dvojstupňové prihlasovanie. Zadajte kód z overovacej aplikácie alebo kód na obnovenie.
problem-totp-invalid-title = Nesprávny jednorazový kód
problem-totp-invalid-detail = Kód je nesprávny, jeho platnosť vypršala alebo už bol použitý. Počkajte na ďalší kód a skúste to znova.
problem-totp-locked-title = Dvojstupňové prihlasovanie je zablokované
problem-totp-locked-detail = Príliš veľa nesprávnych kódov. Dvojstupňové prihlasovanie je zablokované na 15 minút.
problem-totp-already-enabled-title = Dvojstupňové prihlasovanie je už zapnuté
problem-totp-already-enabled-detail = Pre tento účet je dvojstupňové prihlasovanie už zapnuté.
problem-totp-not-enabled-title = Dvojstupňové prihlasovanie je vypnuté
problem-totp-not-enabled-detail = Pre tento účet nie je dvojstupňové prihlasovanie zapnuté (alebo sa jeho nastavenie nezačalo).
problem-invalid-code-title = Nesprávny kód
problem-invalid-code-detail = Hodnota poľa „{ $field }“ je nesprávna alebo jej platnosť vypršala.
problem-invalid-role-title = Neznáma rola
problem-invalid-role-detail = Rola musí byť jedna z hodnôt user, support alebo admin.
problem-csrf-failed-title = Platnosť formulára vypršala
problem-csrf-failed-detail = Tento formulár nebolo možné prijať. Obnovte stránku a skúste to znova.
problem-two-factor-required-for-staff-title = Vyžaduje sa dvojstupňové prihlasovanie
problem-two-factor-required-for-staff-detail = Tento server vyžaduje, aby zamestnanci používali dvojstupňové prihlasovanie. Najprv si ho zapnite v nastaveniach účtu.
problem-slug-taken-title = Identifikátor je obsadený
problem-slug-taken-detail = Tento identifikátor už používa iný produkt. Zvoľte iný.
problem-invalid-slug-title = Neplatný identifikátor
problem-invalid-slug-detail = Identifikátor má 2 až 64 znakov (malé písmená, číslice a pomlčky) a nesmie sa začínať ani končiť pomlčkou.
problem-invalid-product-kind-title = Neplatný druh produktu
problem-invalid-product-kind-detail = Produkt je buď „software“ (viazaný na počítače), alebo „site“ (viazaný na domény).
problem-unknown-account-title = Neznámy účet
problem-unknown-account-detail = Žiadny účet nemá túto e-mailovú adresu. Daná osoba sa musí najprv zaregistrovať.
problem-license-revoked-title = Licencia je zrušená
problem-license-revoked-detail = Táto licencia bola zrušená; zrušenú licenciu nemožno obnoviť. Namiesto toho vydajte novú.
problem-seats-in-use-title = Miesta sú obsadené
problem-seats-in-use-detail = Počet obsadených miest tejto licencie: { $in_use }. Pred znížením počtu miest niektoré uvoľnite (deaktivujte zariadenia alebo zmenšite sublicencie).
problem-license-unusable-title = Licenciu nemožno použiť
problem-license-unusable-detail = Licenciu nemožno na tento účel použiť ({ $code }).

# Answers of the product-facing API (validate, activate, heartbeat, deactivate, license file).
answer-not-found = Žiadna licencia nemá tento kľúč.
answer-revoked = Táto licencia bola zrušená.
answer-suspended = Táto licencia je pozastavená.
answer-expired = Platnosť tejto licencie vypršala.
answer-product-mismatch = Tento kľúč patrí k inému produktu.
answer-not-activated = Táto licencia tu zatiaľ nie je aktivovaná.
answer-fingerprint-mismatch = Táto licencia je aktivovaná na iných zariadeniach, nie na tomto.
answer-domain-mismatch = Táto licencia je aktivovaná na iných doménach, nie na tejto.
answer-heartbeat-dead = Toto zariadenie prestalo posielať signály aktivity; aktivujte ho znova.
answer-too-many-activations = Aktívnych zariadení je viac, než má licencia miest.
answer-entitlement-missing = Licencia nezahŕňa požadovanú funkciu.
answer-version-not-covered = Táto verzia vyšla po skončení obdobia aktualizácií licencie.
answer-valid = Licencia je platná.
answer-activation-limit = Všetky miesta tejto licencie (počet: { $seats }) sú obsadené. Ak ju chcete použiť tu, uvoľnite niektorú z uvedených aktivácií.
answer-clone-suspected = Túto aktiváciu používa iný počítač; je pozastavená, kým ju vlastník neuvoľní.
answer-reassignment-limit = Táto licencia zatiaľ vyčerpala svoje zmeny zariadení. Ďalšia zmena je možná od { $at }.
answer-refused-title = Licenčný server túto požiadavku odmietol
problem-reassignment-limit-title = Zatiaľ žiadne ďalšie zmeny zariadení
problem-reassignment-limit-detail = Táto licencia zatiaľ vyčerpala svoje zmeny zariadení. Ďalšia zmena je možná od { $at }.
problem-not-enough-seats-title = Nedostatok voľných miest
problem-not-enough-seats-detail = { $free ->
    [0] Žiadne miesto tejto licencie nie je voľné.
    [one] Voľné je iba jedno miesto tejto licencie.
    [few] Voľné sú iba { $free } miesta tejto licencie.
   *[other] Voľných je iba { $free } miest tejto licencie.
}
problem-invalid-activation-request-title = Neplatná aktivačná požiadavka
problem-invalid-activation-request-detail = Nejde o aktivačnú požiadavku vytvorenú s kľúčom tejto licencie. Vytvorte ju znova na počítači, ktorý chcete aktivovať, s kľúčom tejto licencie.
problem-not-for-sale-title = Nie je na predaj
problem-not-for-sale-detail = Tento plán nie je na predaj.
problem-promo-not-found-title = Neznámy zľavový kód
problem-promo-not-found-detail = Tento zľavový kód neexistuje alebo momentálne nie je platný.
problem-insufficient-funds-title = V peňaženke nie je dosť peňazí
problem-insufficient-funds-detail = Zostatok vo vašej peňaženke je na tento nákup príliš nízky. Dobite peňaženku a skúste to znova; nič vám nebolo účtované.
problem-promo-expired-title = Zľavový kód momentálne neplatí
problem-promo-expired-detail = Tento zľavový kód v súčasnosti nie je platný.
problem-promo-not-applicable-title = Zľavový kód nemožno uplatniť
problem-promo-not-applicable-detail = Tento zľavový kód sa nevzťahuje na žiadny produkt vo vašom košíku.
problem-promo-below-minimum-title = Objednávka nedosahuje minimum zľavového kódu
problem-promo-below-minimum-detail = Vaša objednávka nedosahuje minimálnu hodnotu, ktorú tento zľavový kód vyžaduje.
problem-promo-first-purchase-only-title = Zľavový kód na prvý nákup
problem-promo-first-purchase-only-detail = Tento zľavový kód platí iba na prvý nákup.
problem-promo-exhausted-title = Zľavový kód je vyčerpaný
problem-promo-exhausted-detail = Tento zľavový kód bol zatiaľ použitý maximálny povolený počet ráz.
problem-promo-user-limit-title = Zľavový kód už bol použitý
problem-promo-user-limit-detail = Tento zľavový kód ste už použili toľkokrát, koľko povoľuje.
problem-promo-paused-title = Zľavový kód je pozastavený
problem-promo-paused-detail = Tento zľavový kód je momentálne pozastavený.
problem-promo-code-taken-title = Zľavový kód už existuje
problem-promo-code-taken-detail = Iný zľavový kód už má tento názov.
problem-idempotency-key-reused-title = Kľúč idempotencie bol použitý pre inú požiadavku
problem-idempotency-key-reused-detail = Tento Idempotency-Key už bol použitý s inou požiadavkou. Pre novú požiadavku použite nový kľúč.
problem-idempotency-key-in-use-title = Požiadavka sa spracúva
problem-idempotency-key-in-use-detail = Požiadavka s týmto Idempotency-Key sa ešte spracúva. O chvíľu to skúste znova a dostanete jej odpoveď.
problem-self-referral-title = Odporúčanie seba samého
problem-self-referral-detail = Nemôžete použiť vlastný odporúčací kód.
problem-wrong-state-title = V tomto stave to nie je možné
problem-wrong-state-detail = Túto akciu teraz nemožno vykonať ({ $state }).
problem-gateway-disabled-title = Spôsob platby nie je k dispozícii
problem-gateway-disabled-detail = Tento spôsob platby nie je na tomto serveri povolený.
problem-gateway-unavailable-title = Poskytovateľ platieb je nedostupný
problem-gateway-unavailable-detail = Nepodarilo sa spojiť s poskytovateľom platieb. Nič vám nebolo účtované; skúste to znova o niekoľko minút alebo zvoľte iný spôsob platby.
problem-webhook-signature-invalid-title = Neplatný podpis webhooku
problem-webhook-signature-invalid-detail = Podpis webhooku nezodpovedá nastaveniam tejto brány. Nič sa nezmenilo.
problem-invalid-number-format-title = Neplatný vzor čísla
problem-invalid-number-format-detail = Pole „{ $field }“ musí obsahovať raz {"{"}YYYY{"}"} a jeden rad číslic v zložených zátvorkách, napríklad INV-{"{"}YYYY{"}"}-{"{"}000001{"}"}: číslovanie sa každý rok začína odznova.
problem-number-formats-clash-title = Čísla by sa mohli zhodovať
problem-number-formats-clash-detail = Pole „{ $field }“ by mohlo vytvárať rovnaké čísla ako vzor pre faktúry. Dajte obom vzorom rôzne predpony, napríklad INV- a CN-.
problem-invalid-staging-pattern-title = Neplatný vzor testovacieho hostiteľského mena
problem-invalid-staging-pattern-detail = Zadajte jedno hostiteľské meno na riadok: presný názov (staging.shop.com), všetky hostiteľské mená v doméne (*.preview.shop.com), všetky hostiteľské mená, ktoré sa začínajú určitou časťou (staging.*) alebo ju obsahujú vnútri (*.staging.*). Celá doména najvyššej úrovne, napríklad *.dev, je verejná a nemožno ju vyňať z počítania miest.
problem-insufficient-scope-title = S týmto kľúčom to nie je povolené
problem-insufficient-scope-detail = Táto akcia vyžaduje { $scope ->
        [session] prihlásenú reláciu: kľúč API ju vykonať nemôže
       *[other] kľúč API s rozsahom oprávnení „{ $scope }“
    }.
problem-refund-window-closed-title = Lehota na vrátenie peňazí uplynula
problem-refund-window-closed-detail = Pri tomto pláne možno peniaze vrátiť do { $days ->
        [one] { $days } dňa
        [few] { $days } dní
       *[other] { $days } dní
    } od nákupu a táto lehota uplynula. Peniaze napriek tomu vráťte, iba ak to naozaj zamýšľate.
problem-invalid-version-title = Neplatná verzia
problem-invalid-version-detail = Zadajte sémantickú verziu, napríklad 1.4.0, 2.0.0-beta.1 alebo 1.4.0+build.7.
problem-invalid-platform-title = Neplatná platforma
problem-invalid-platform-detail = Platforma má 1 až 64 znakov (malé písmená, číslice, pomlčky a podčiarkovníky), napríklad windows-x86_64 alebo wordpress.
problem-invalid-file-name-title = Neplatný názov súboru
problem-invalid-file-name-detail = Zadajte jeden jednoduchý názov súboru, napríklad app-1.4.0.dmg: bez lomiek, bez bodky na začiatku, bez úvodzoviek a riadiacich znakov.
problem-version-taken-title = Verzia už existuje
problem-version-taken-detail = Tento produkt už má vydanie s touto verziou (metadáta zostavenia nevytvárajú novú verziu).
problem-download-link-invalid-title = Odkaz na stiahnutie nie je platný
problem-download-link-invalid-detail = Platnosť tohto odkazu na stiahnutie vypršala, odkaz bol zmenený alebo vedie k vydaniu, ktoré už nie je k dispozícii. Požiadajte o nový.
problem-feed-license-required-title = Vyžaduje sa licenčný kľúč
problem-feed-license-required-detail = Tento zdroj aktualizácií je určený iba pre zákazníkov s licenciou. Pošlite svoj licenčný kľúč v adrese zdroja alebo v hlavičke RMS-License-Key.
problem-feed-license-refused-title = Licenčný kľúč nebol prijatý
problem-feed-license-refused-detail = Tento licenčný kľúč neotvára zdroj aktualizácií tohto produktu: je neznámy, patrí k inému produktu, jeho platnosť vypršala alebo je pozastavený či zrušený.

problem-invalid-vat-id-title = Neplatné IČ DPH
problem-invalid-vat-id-detail = „{ $field }“ nie je IČ DPH zadanej krajiny. IČ DPH v EÚ sa začínajú predponou krajiny, napríklad DE123456789 (Grécko: EL). Ak nakupujete ako súkromná osoba, nechajte pole prázdne.

problem-entitlements-append-only-title = Licencované funkcie možno iba pridávať
problem-entitlements-append-only-detail = Ponechajte licencované funkcie plánu v ich poradí a nové pridávajte na koniec: vydané licenčné kľúče ich nesú podľa poradia, takže odstránenie alebo zmena poradia niektorej z nich by zmenili, na čo majú existujúci zákazníci nárok.
problem-invalid-date-title = Neplatný dátum
problem-invalid-date-detail = Zadajte pole „{ $field }“ ako dátum, napríklad 2026-12-31.
problem-date-range-reversed-title = Dátumy v nesprávnom poradí
problem-date-range-reversed-detail = Dátum začiatku je neskorší ako dátum konca. Zvoľte začiatok, ktorý je rovnaký ako koniec alebo skorší.
