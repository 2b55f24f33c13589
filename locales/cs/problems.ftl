# Titles and details of RFC 9457 problem responses, one pair per stable error code.

problem-bad-request-title = Chybný požadavek
problem-bad-request-detail = Požadavku nebylo možné porozumět: { $reason }
bad-request-not-json = tělo požadavku není platný JSON.
bad-request-missing-field = pole „{ $field }“ je povinné.
bad-request-unknown-field = pole „{ $field }“ tento požadavek nepřijímá.
bad-request-malformed-field = pole „{ $field }“ nemá hodnotu správného typu nebo formátu.
bad-request-malformed = některá hodnota v něm nemá správný typ nebo formát.
problem-not-found-title = Nenalezeno
problem-not-found-detail = Na této adrese nic není.
problem-method-not-allowed-title = Metoda není povolena
problem-method-not-allowed-detail = Tato adresa nepřijímá metodu { $method }.
problem-payload-too-large-title = Požadavek je příliš velký
problem-payload-too-large-detail = Tělo požadavku je větší, než tento server přijímá (limit v bajtech: { $limit }).
problem-unsupported-media-type-title = Nepodporovaný typ média
problem-unsupported-media-type-detail = Odešlete tělo požadavku jako JSON s hlavičkou Content-Type: application/json.
problem-request-timeout-title = Vypršel časový limit požadavku
problem-request-timeout-detail = Požadavek trval déle než { $seconds } s a byl zastaven. Nic nebylo uloženo, pokud odpověď neuvádí jinak.
problem-too-many-requests-title = Příliš mnoho požadavků
problem-too-many-requests-detail = Příliš mnoho požadavků v krátké době. Chvíli počkejte a zkuste to znovu.
problem-internal-error-title = Vnitřní chyba
problem-internal-error-detail = Na naší straně se něco pokazilo. Chyba byla zaznamenána; pokud budete kontaktovat podporu, uveďte prosím ID požadavku { $request_id }.
problem-service-unavailable-title = Služba není dostupná
problem-service-unavailable-detail = Služba je dočasně nedostupná. Zkuste to prosím za chvíli znovu.
problem-http-error-title = Požadavek selhal
problem-http-error-detail = Požadavek selhal se stavovým kódem HTTP { $status }.

## Accounts and sessions

problem-invalid-email-title = Neplatná e-mailová adresa
problem-invalid-email-detail = „{ $field }“ není platná e-mailová adresa.
problem-password-length-title = Délka hesla
problem-password-length-detail = Heslo musí mít { $min } až { $max } znaků.
problem-password-too-common-title = Příliš běžné heslo
problem-password-too-common-detail = Toto heslo patří mezi nejčastěji používaná. Zvolte prosím jiné.
problem-password-contains-email-title = Heslo obsahuje e-mailovou adresu
problem-password-contains-email-detail = Heslo nesmí obsahovat vaši e-mailovou adresu. Zvolte prosím jiné.
problem-invalid-name-title = Neplatné jméno
problem-invalid-name-detail = Jméno musí mít 1 až 100 znaků a nesmí obsahovat řídicí znaky.
problem-invalid-timezone-title = Neplatné časové pásmo
problem-invalid-timezone-detail = Použijte název časového pásma, například Europe/Berlin nebo UTC.
problem-unsupported-locale-title = Nepodporovaný jazyk
problem-unsupported-locale-detail = Tento jazyk není k dispozici. Zvolte jeden z nabízených jazyků.
problem-invalid-credentials-title = Přihlášení se nezdařilo
problem-invalid-credentials-detail = E-mailová adresa nebo heslo nejsou správné.
problem-account-locked-title = Účet je zablokován
problem-account-locked-detail = Tento účet je zablokován. Kontaktujte prosím podporu.
problem-unauthenticated-title = Nepřihlášeno
problem-unauthenticated-detail = Tento požadavek vyžaduje platný přístupový token. Získáte ho opětovným přihlášením.
problem-invalid-refresh-token-title = Relace vypršela
problem-invalid-refresh-token-detail = Relace vypršela nebo byla ukončena. Přihlaste se prosím znovu.
problem-invalid-link-token-title = Odkaz již není platný
problem-invalid-link-token-detail = Tento odkaz je neplatný, byl již použit nebo vypršela jeho platnost. Vyžádejte si nový.
problem-forbidden-title = Není povoleno
problem-forbidden-detail = Přihlášení je v pořádku, ale s těmito přihlašovacími údaji tuto akci provést nelze.
problem-limit-reached-title = Dosažen limit
problem-limit-reached-detail = Byl dosažen limit ({ $limit }). Než přidáte další položku, jednu odeberte.
problem-invalid-scope-title = Neplatný rozsah oprávnění
problem-invalid-scope-detail = Zvolte alespoň jeden z nabízených rozsahů oprávnění; některé jsou k dispozici jen administrátorům.
problem-out-of-range-title = Hodnota mimo rozsah
problem-out-of-range-detail = Hodnota pole „{ $field }“ je mimo povolený rozsah.
problem-totp-required-title = Vyžadován jednorázový kód
problem-totp-required-detail = Tento účet používá dvoufázové přihlašování. Zadejte kód z ověřovací aplikace nebo kód pro obnovení.
problem-totp-invalid-title = Nesprávný jednorázový kód
problem-totp-invalid-detail = Kód je nesprávný, vypršel nebo již byl použit. Počkejte na další kód a zkuste to znovu.
problem-totp-locked-title = Dvoufázové přihlašování je zablokováno
problem-totp-locked-detail = Příliš mnoho nesprávných kódů. Dvoufázové přihlašování je na 15 minut zablokováno.
problem-totp-already-enabled-title = Dvoufázové přihlašování je již zapnuto
problem-totp-already-enabled-detail = Dvoufázové přihlašování je pro tento účet již zapnuto.
problem-totp-not-enabled-title = Dvoufázové přihlašování je vypnuto
problem-totp-not-enabled-detail = Dvoufázové přihlašování není pro tento účet zapnuto (nebo nebylo zahájeno jeho nastavení).
problem-invalid-code-title = Nesprávný kód
problem-invalid-code-detail = Hodnota pole „{ $field }“ je nesprávná nebo vypršela.
problem-invalid-role-title = Neznámá role
problem-invalid-role-detail = Role musí být user, support nebo admin.
problem-csrf-failed-title = Platnost formuláře vypršela
problem-csrf-failed-detail = Tento formulář nebylo možné přijmout. Načtěte stránku znovu a zkuste to ještě jednou.
problem-two-factor-required-for-staff-title = Vyžadováno dvoufázové přihlašování
problem-two-factor-required-for-staff-detail = Tento server vyžaduje, aby pracovníci podpory a administrátoři používali dvoufázové přihlašování. Nejprve ho zapněte v nastavení účtu.
problem-slug-taken-title = Identifikátor je obsazen
problem-slug-taken-detail = Tento identifikátor už používá jiný produkt. Zvolte jiný.
problem-invalid-slug-title = Neplatný identifikátor
problem-invalid-slug-detail = Identifikátor má 2 až 64 znaků (malá písmena, číslice a pomlčky) a nesmí pomlčkou začínat ani končit.
problem-invalid-product-kind-title = Neplatný druh produktu
problem-invalid-product-kind-detail = Produkt je buď „software“ (vázaný na počítače), nebo „site“ (vázaný na domény).
problem-unknown-account-title = Neznámý účet
problem-unknown-account-detail = Žádný účet nemá tuto e-mailovou adresu. Dotyčná osoba se musí nejprve zaregistrovat.
problem-license-revoked-title = Licence je zrušena
problem-license-revoked-detail = Tato licence byla zrušena; zrušenou licenci nelze obnovit. Vydejte místo ní novou.
problem-seats-in-use-title = Místa jsou obsazena
problem-seats-in-use-detail = Počet obsazených míst této licence: { $in_use }. Než snížíte počet míst, některá uvolněte (deaktivujte zařízení nebo zmenšete sublicence).
problem-license-unusable-title = Licenci nelze použít
problem-license-unusable-detail = Licenci nelze k tomuto účelu použít ({ $code }).

# Answers of the product-facing API (validate, activate, heartbeat, deactivate, license file).
answer-not-found = Žádná licence nemá tento klíč.
answer-revoked = Tato licence byla zrušena.
answer-suspended = Tato licence je pozastavena.
answer-expired = Platnost této licence vypršela.
answer-product-mismatch = Tento klíč patří k jinému produktu.
answer-not-activated = Tato licence zde zatím není aktivována.
answer-fingerprint-mismatch = Tato licence je aktivována na jiných zařízeních, ne na tomto.
answer-domain-mismatch = Tato licence je aktivována na jiných doménách, ne na této.
answer-heartbeat-dead = Toto zařízení přestalo odesílat signály aktivity; aktivujte ho znovu.
answer-too-many-activations = Aktivních zařízení je více, než má licence míst.
answer-entitlement-missing = Licence nezahrnuje požadovanou funkci.
answer-version-not-covered = Tato verze byla vydána po skončení období aktualizací licence.
answer-valid = Licence je platná.
answer-activation-limit = Všechna místa této licence jsou obsazena (celkem: { $seats }). Chcete-li ji použít zde, uvolněte jednu z uvedených aktivací.
answer-clone-suspected = Tuto aktivaci používá jiný počítač; je pozastavena, dokud ji vlastník neuvolní.
answer-reassignment-limit = Tato licence prozatím vyčerpala změny zařízení. Další bude možná { $at }.
answer-refused-title = Licenční server tento požadavek odmítl
problem-reassignment-limit-title = Prozatím žádné další změny zařízení
problem-reassignment-limit-detail = Tato licence prozatím vyčerpala změny zařízení. Další bude možná { $at }.
problem-not-enough-seats-title = Nedostatek volných míst
problem-not-enough-seats-detail = { $free ->
    [0] Žádné místo této licence není volné.
    [one] Volné je jen jedno místo této licence.
    [few] Volná jsou jen { $free } místa této licence.
   *[other] Volných je jen { $free } míst této licence.
}
problem-invalid-activation-request-title = Neplatný aktivační požadavek
problem-invalid-activation-request-detail = Nejde o aktivační požadavek vytvořený s klíčem této licence. Vytvořte ho znovu na počítači, který chcete aktivovat, s klíčem této licence.
problem-not-for-sale-title = Není na prodej
problem-not-for-sale-detail = Tento tarif není na prodej.
problem-promo-not-found-title = Neznámý slevový kód
problem-promo-not-found-detail = Tento slevový kód neexistuje nebo momentálně neplatí.
problem-insufficient-funds-title = Nedostatek peněz v peněžence
problem-insufficient-funds-detail = Zůstatek vaší peněženky na tento nákup nestačí. Dobijte peněženku a zkuste to znovu; nic vám nebylo účtováno.
problem-promo-expired-title = Slevový kód momentálně neplatí
problem-promo-expired-detail = Tento slevový kód v tuto chvíli neplatí.
problem-promo-not-applicable-title = Slevový kód nelze uplatnit
problem-promo-not-applicable-detail = Tento slevový kód se nevztahuje na žádný produkt ve vašem košíku.
problem-promo-below-minimum-title = Objednávka pod minimem slevového kódu
problem-promo-below-minimum-detail = Vaše objednávka nedosahuje minimální hodnoty, kterou tento slevový kód vyžaduje.
problem-promo-first-purchase-only-title = Slevový kód pro první nákup
problem-promo-first-purchase-only-detail = Tento slevový kód platí pouze pro první nákup.
problem-promo-exhausted-title = Slevový kód je vyčerpán
problem-promo-exhausted-detail = Tento slevový kód byl prozatím použit tolikrát, kolikrát je povoleno.
problem-promo-user-limit-title = Slevový kód již byl použit
problem-promo-user-limit-detail = Tento slevový kód už byl z vašeho účtu použit tolikrát, kolikrát je povoleno.
problem-promo-paused-title = Slevový kód je pozastaven
problem-promo-paused-detail = Tento slevový kód je momentálně pozastaven.
problem-promo-code-taken-title = Slevový kód již existuje
problem-promo-code-taken-detail = Tento název už má jiný slevový kód.
problem-idempotency-key-reused-title = Klíč idempotence použit pro jiný požadavek
problem-idempotency-key-reused-detail = Tento Idempotency-Key již byl použit s jiným požadavkem. Pro nový požadavek použijte nový klíč.
problem-idempotency-key-in-use-title = Požadavek se zpracovává
problem-idempotency-key-in-use-detail = Požadavek s tímto Idempotency-Key se stále zpracovává. Zkuste to za chvíli znovu a dostanete jeho odpověď.
problem-self-referral-title = Doporučení sebe sama
problem-self-referral-detail = Nemůžete použít vlastní doporučující kód.
problem-wrong-state-title = V tomto stavu není možné
problem-wrong-state-detail = Tuto akci teď nelze provést ({ $state }).
problem-gateway-disabled-title = Platební metoda není k dispozici
problem-gateway-disabled-detail = Tato platební metoda není na tomto serveru zapnuta.
problem-gateway-unavailable-title = Poskytovatel plateb není dostupný
problem-gateway-unavailable-detail = Poskytovatele plateb se nepodařilo kontaktovat. Nic vám nebylo účtováno; zkuste to znovu za pár minut, nebo zvolte jinou platební metodu.
problem-webhook-signature-invalid-title = Neplatný podpis webhooku
problem-webhook-signature-invalid-detail = Podpis webhooku neodpovídá nastavení této platební brány. Nic nebylo změněno.
problem-invalid-number-format-title = Neplatný vzor číslování
problem-invalid-number-format-detail = „{ $field }“ musí obsahovat jednou {"{"}YYYY{"}"} a jednu řadu číslic ve složených závorkách, například INV-{"{"}YYYY{"}"}-{"{"}000001{"}"}: číslování začíná každý rok znovu.
problem-number-formats-clash-title = Čísla by se mohla překrývat
problem-number-formats-clash-detail = „{ $field }“ by mohlo vytvářet stejná čísla jako vzor pro faktury. Dejte oběma vzorům různé předpony, například INV- a CN-.
problem-invalid-staging-pattern-title = Neplatný vzor testovacího hostitele
problem-invalid-staging-pattern-detail = Zadejte jednoho hostitele na řádek: přesný název (staging.shop.com), všechny hostitele v doméně (*.preview.shop.com), všechny hostitele začínající návěstím (staging.*) nebo obsahující návěstí (*.staging.*). Celá doména nejvyššího řádu, například *.dev, je veřejná a nelze ji vyjmout z počítání míst.
problem-insufficient-scope-title = S tímto klíčem není povoleno
problem-insufficient-scope-detail = Tato akce vyžaduje { $scope ->
        [session] přihlášenou relaci: klíč API ji provést nemůže
       *[other] klíč API s rozsahem oprávnění „{ $scope }“
    }.
problem-refund-window-closed-title = Lhůta pro vrácení peněz uplynula
problem-refund-window-closed-detail = U tohoto tarifu lze peníze vrátit do { $days ->
        [one] { $days } dne
        [few] { $days } dnů
       *[other] { $days } dnů
    } od nákupu a tato lhůta uplynula. Peníze přesto vraťte, jen pokud to opravdu zamýšlíte.
problem-invalid-version-title = Neplatná verze
problem-invalid-version-detail = Zadejte sémantickou verzi, například 1.4.0, 2.0.0-beta.1 nebo 1.4.0+build.7.
problem-invalid-platform-title = Neplatná platforma
problem-invalid-platform-detail = Platforma má 1 až 64 znaků (malá písmena, číslice, pomlčky a podtržítka), například windows-x86_64 nebo wordpress.
problem-invalid-file-name-title = Neplatný název souboru
problem-invalid-file-name-detail = Zadejte jeden prostý název souboru, například app-1.4.0.dmg: bez lomítek, bez tečky na začátku, bez uvozovek a řídicích znaků.
problem-version-taken-title = Verze již existuje
problem-version-taken-detail = Tento produkt již má vydání s touto verzí (metadata sestavení nevytvářejí novou verzi).
problem-download-link-invalid-title = Odkaz ke stažení není platný
problem-download-link-invalid-detail = Platnost tohoto odkazu ke stažení vypršela, byl pozměněn nebo vede k vydání, které již není k dispozici. Vyžádejte si nový.
problem-feed-license-required-title = Vyžadován licenční klíč
problem-feed-license-required-detail = Tento zdroj aktualizací je určen jen zákazníkům s licencí. Uveďte licenční klíč v adrese zdroje nebo v hlavičce RMS-License-Key.
problem-feed-license-refused-title = Licenční klíč nebyl přijat
problem-feed-license-refused-detail = Tento licenční klíč neotevírá zdroj aktualizací tohoto produktu: je neznámý, patří k jinému produktu, vypršela jeho platnost, je pozastaven nebo zrušen.

problem-invalid-vat-id-title = Neplatné DIČ
problem-invalid-vat-id-detail = „{ $field }“ není DIČ (číslo pro DPH) uvedené země. DIČ v EU začínají předponou země, například DE123456789 (Řecko: EL). Při nákupu jako soukromá osoba pole nechte prázdné.

problem-entitlements-append-only-title = Licencované funkce lze pouze přidávat
problem-entitlements-append-only-detail = Zachovejte pořadí licencovaných funkcí tarifu a nové přidávejte na konec: vydané licenční klíče je nesou podle pozice, takže odebrání nebo přeřazení by změnilo, na co mají stávající zákazníci nárok.
problem-invalid-date-title = Neplatné datum
problem-invalid-date-detail = Zadejte „{ $field }“ jako datum, například 2026-12-31.
problem-date-range-reversed-title = Data v nesprávném pořadí
problem-date-range-reversed-detail = Počáteční datum je po koncovém datu. Zvolte začátek, který je stejný jako konec nebo před ním.
