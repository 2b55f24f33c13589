# Titles and details of RFC 9457 problem responses, one pair per stable error code.

problem-bad-request-title = Nepareizs pieprasījums
problem-bad-request-detail = Pieprasījumu nevarēja saprast: { $reason }
bad-request-not-json = pamatteksts nav derīgs JSON.
bad-request-missing-field = „{ $field }“ ir obligāts.
bad-request-unknown-field = „{ $field }“ nav lauks, ko šis pieprasījums pieņem.
bad-request-malformed-field = „{ $field }“ vērtībai nav pareizā tipa vai formāta.
bad-request-malformed = kādai tajā esošai vērtībai nav pareizā tipa vai formāta.
problem-not-found-title = Nav atrasts
problem-not-found-detail = Šajā adresē nekā nav.
problem-method-not-allowed-title = Metode nav atļauta
problem-method-not-allowed-detail = Šī adrese nepieņem metodi { $method }.
problem-payload-too-large-title = Pieprasījums ir pārāk liels
problem-payload-too-large-detail = Pieprasījuma pamatteksts ir lielāks, nekā šis serveris pieņem (maksimālais apjoms baitos: { $limit }).
problem-unsupported-media-type-title = Neatbalstīts datu tips
problem-unsupported-media-type-detail = Sūtiet pieprasījuma pamattekstu JSON formātā ar galveni Content-Type: application/json.
problem-request-timeout-title = Pieprasījuma laiks beidzās
problem-request-timeout-detail = Pieprasījums ilga vairāk par { $seconds ->
        [zero] { $seconds } sekundēm
        [one] { $seconds } sekundi
       *[other] { $seconds } sekundēm
    } un tika apturēts. Nekas netika saglabāts, ja vien atbildē nebija norādīts citādi.
problem-too-many-requests-title = Pārāk daudz pieprasījumu
problem-too-many-requests-detail = Īsā laikā saņemts pārāk daudz pieprasījumu. Lūdzu, uzgaidiet un mēģiniet vēlreiz.
problem-internal-error-title = Iekšēja kļūda
problem-internal-error-detail = Mūsu pusē radās kļūda. Tā ir reģistrēta; ja sazināsieties ar atbalsta dienestu, lūdzu, norādiet pieprasījuma ID { $request_id }.
problem-service-unavailable-title = Pakalpojums nav pieejams
problem-service-unavailable-detail = Pakalpojums īslaicīgi nav pieejams. Lūdzu, mēģiniet vēlreiz pēc brīža.
problem-http-error-title = Pieprasījums neizdevās
problem-http-error-detail = Pieprasījums neizdevās ar HTTP statusu { $status }.

## Accounts and sessions

problem-invalid-email-title = Nederīga e-pasta adrese
problem-invalid-email-detail = „{ $field }“ nav derīga e-pasta adrese.
problem-password-length-title = Paroles garums
problem-password-length-detail = Paroles garumam rakstzīmēs jābūt no { $min } līdz { $max }.
problem-password-too-common-title = Pārāk izplatīta parole
problem-password-too-common-detail = Šī parole ir viena no visbiežāk izmantotajām. Lūdzu, izvēlieties citu.
problem-password-contains-email-title = Parole satur e-pasta adresi
problem-password-contains-email-detail = Parole nedrīkst saturēt jūsu e-pasta adresi. Lūdzu, izvēlieties citu.
problem-invalid-name-title = Nederīgs vārds
problem-invalid-name-detail = Vārdam jābūt no 1 līdz 100 rakstzīmēm garam, bez vadības rakstzīmēm.
problem-invalid-timezone-title = Nederīga laika josla
problem-invalid-timezone-detail = Izmantojiet laika joslas nosaukumu, piemēram, Europe/Berlin vai UTC.
problem-unsupported-locale-title = Neatbalstīta valoda
problem-unsupported-locale-detail = Šī valoda nav pieejama. Izvēlieties kādu no piedāvātajām valodām.
problem-invalid-credentials-title = Pierakstīšanās neizdevās
problem-invalid-credentials-detail = E-pasta adrese vai parole nav pareiza.
problem-account-locked-title = Konts bloķēts
problem-account-locked-detail = Šis konts ir bloķēts. Lūdzu, sazinieties ar atbalsta dienestu.
problem-unauthenticated-title = Nepieciešama pierakstīšanās
problem-unauthenticated-detail = Šim pieprasījumam nepieciešams derīgs piekļuves marķieris. Pierakstieties vēlreiz, lai to saņemtu.
problem-invalid-refresh-token-title = Sesija beigusies
problem-invalid-refresh-token-detail = Sesijas derīguma termiņš ir beidzies, vai tā tika pārtraukta. Lūdzu, pierakstieties vēlreiz.
problem-invalid-link-token-title = Saite vairs nav derīga
problem-invalid-link-token-detail = Šī saite nav derīga, jau ir izmantota, vai tās derīguma termiņš ir beidzies. Pieprasiet jaunu.
problem-forbidden-title = Nav atļauts
problem-forbidden-detail = Pierakstīšanās ir veikta, taču ar šiem akreditācijas datiem to darīt nav atļauts.
problem-limit-reached-title = Sasniegts ierobežojums
problem-limit-reached-detail = Sasniegts ierobežojums: { $limit }. Noņemiet kādu vienumu, pirms pievienojat jaunu.
problem-invalid-scope-title = Nederīga atļauja
problem-invalid-scope-detail = Izvēlieties vismaz vienu no piedāvātajām atļaujām; dažas ir pieejamas tikai administratoriem.
problem-out-of-range-title = Vērtība ārpus diapazona
problem-out-of-range-detail = Lauka „{ $field }“ vērtība ir ārpus pieļaujamā diapazona.
problem-totp-required-title = Nepieciešams vienreizējais kods
problem-totp-required-detail = Šim kontam ir ieslēgta divpakāpju pierakstīšanās. Ievadiet kodu no autentifikatora lietotnes vai atkopšanas kodu.
problem-totp-invalid-title = Nepareizs vienreizējais kods
problem-totp-invalid-detail = Kods ir nepareizs, novecojis vai jau izmantots. Sagaidiet nākamo kodu un mēģiniet vēlreiz.
problem-totp-locked-title = Divpakāpju pierakstīšanās bloķēta
problem-totp-locked-detail = Pārāk daudz nepareizu kodu. Divpakāpju pierakstīšanās ir bloķēta uz 15 minūtēm.
problem-totp-already-enabled-title = Divpakāpju pierakstīšanās jau ir ieslēgta
problem-totp-already-enabled-detail = Šim kontam divpakāpju pierakstīšanās jau ir ieslēgta.
problem-totp-not-enabled-title = Divpakāpju pierakstīšanās ir izslēgta
problem-totp-not-enabled-detail = Šim kontam divpakāpju pierakstīšanās nav ieslēgta (vai tās iestatīšana netika sākta).
problem-invalid-code-title = Nepareizs kods
problem-invalid-code-detail = Lauka „{ $field }“ vērtība ir nepareiza vai novecojusi.
problem-invalid-role-title = Nezināma loma
problem-invalid-role-detail = Lomai jābūt vienai no šīm: user, support vai admin.
problem-csrf-failed-title = Veidlapa novecojusi
problem-csrf-failed-detail = Šo veidlapu nevarēja pieņemt. Pārlādējiet lapu un mēģiniet vēlreiz.
problem-two-factor-required-for-staff-title = Nepieciešama divpakāpju pierakstīšanās
problem-two-factor-required-for-staff-detail = Šajā serverī darbiniekiem jāizmanto divpakāpju pierakstīšanās. Vispirms ieslēdziet to sava konta iestatījumos.
problem-slug-taken-title = Īsais nosaukums aizņemts
problem-slug-taken-detail = Šo īso nosaukumu jau izmanto cits produkts. Izvēlieties citu.
problem-invalid-slug-title = Nederīgs īsais nosaukums
problem-invalid-slug-detail = Īsais nosaukums sastāv no 2 līdz 64 mazajiem burtiem, cipariem un defisēm, un tas nedrīkst sākties vai beigties ar defisi.
problem-invalid-product-kind-title = Nederīgs produkta veids
problem-invalid-product-kind-detail = Produkts ir vai nu „software“ (piesaistīts datoriem), vai „site“ (piesaistīts domēniem).
problem-unknown-account-title = Nezināms konts
problem-unknown-account-detail = Nevienam kontam nav šīs e-pasta adreses. Personai vispirms jāreģistrējas.
problem-license-revoked-title = Licence atsaukta
problem-license-revoked-detail = Šī licence ir atsaukta; atsauktu licenci nevar atjaunot. Tā vietā izsniedziet jaunu.
problem-seats-in-use-title = Vietas tiek izmantotas
problem-seats-in-use-detail = Izmantoto šīs licences vietu skaits: { $in_use }. Atbrīvojiet daļu no tām (deaktivizējiet ierīces vai samaziniet apakšlicences), pirms samazināt vietu skaitu.
problem-license-unusable-title = Licenci nevar izmantot
problem-license-unusable-detail = Licenci nevar izmantot šim nolūkam ({ $code }).

# Answers of the product-facing API (validate, activate, heartbeat, deactivate, license file).
answer-not-found = Nav licences ar šādu atslēgu.
answer-revoked = Šī licence ir atsaukta.
answer-suspended = Šī licence ir apturēta.
answer-expired = Šīs licences termiņš ir beidzies.
answer-product-mismatch = Šī atslēga pieder citam produktam.
answer-not-activated = Šī licence šeit vēl nav aktivizēta.
answer-fingerprint-mismatch = Šī licence ir aktivizēta citās ierīcēs, nevis šajā.
answer-domain-mismatch = Šī licence ir aktivizēta citos domēnos, nevis šajā.
answer-heartbeat-dead = Šī ierīce pārstāja sūtīt dzīvības signālus; aktivizējiet to vēlreiz.
answer-too-many-activations = Aktīvo ierīču ir vairāk, nekā licencei ir vietu.
answer-entitlement-missing = Licence neietver tiesības uz pieprasīto funkciju.
answer-version-not-covered = Šī versija ir izlaista pēc licences atjauninājumu perioda beigām.
answer-valid = Licence ir derīga.
answer-activation-limit = Visas šīs licences vietas ({ $seats }) ir aizņemtas. Atbrīvojiet kādu no uzskaitītajām aktivizācijām, lai licenci izmantotu šeit.
answer-clone-suspected = Šo aktivizāciju izmanto cits dators; tā ir pauzēta, līdz īpašnieks to atbrīvos.
answer-reassignment-limit = Šī licence pagaidām ir izmantojusi visas ierīču maiņas. Nākamā ir atļauta { $at }.
answer-refused-title = Licenču serveris noraidīja šo pieprasījumu
problem-reassignment-limit-title = Pagaidām vairs nav ierīču maiņu
problem-reassignment-limit-detail = Šī licence pagaidām ir izmantojusi visas ierīču maiņas. Nākamā ir atļauta { $at }.
problem-not-enough-seats-title = Nepietiek brīvu vietu
problem-not-enough-seats-detail = { $free ->
    [0] Šai licencei nav nevienas brīvas vietas.
    [zero] Šai licencei brīvas ir tikai { $free } vietas.
    [one] Šai licencei brīva ir tikai { $free } vieta.
   *[other] Šai licencei brīvas ir tikai { $free } vietas.
}
problem-invalid-activation-request-title = Nederīgs aktivizācijas pieprasījums
problem-invalid-activation-request-detail = Tas nav aktivizācijas pieprasījums, kas izveidots ar šīs licences atslēgu. Izveidojiet to vēlreiz aktivizējamajā datorā ar šīs licences atslēgu.
problem-not-for-sale-title = Netiek pārdots
problem-not-for-sale-detail = Šis plāns netiek pārdots.
problem-promo-not-found-title = Nezināms akcijas kods
problem-promo-not-found-detail = Šāds akcijas kods neeksistē vai pašlaik nav derīgs.
problem-insufficient-funds-title = Makā nepietiek līdzekļu
problem-insufficient-funds-detail = Jūsu maka atlikums ir par mazu šim pirkumam. Papildiniet maku un mēģiniet vēlreiz; nauda netika iekasēta.
problem-promo-expired-title = Akcijas kods pašlaik nav derīgs
problem-promo-expired-detail = Šis akcijas kods šobrīd nav derīgs.
problem-promo-not-applicable-title = Akcijas kods nav piemērojams
problem-promo-not-applicable-detail = Šis akcijas kods nav piemērojams nevienam produktam jūsu grozā.
problem-promo-below-minimum-title = Pasūtījums ir mazāks par akcijas koda minimumu
problem-promo-below-minimum-detail = Jūsu pasūtījums ir mazāks par šim akcijas kodam nepieciešamo minimālo summu.
problem-promo-first-purchase-only-title = Akcijas kods pirmajiem pirkumiem
problem-promo-first-purchase-only-detail = Šis akcijas kods ir paredzēts tikai pirmajam pirkumam.
problem-promo-exhausted-title = Akcijas kods izlietots
problem-promo-exhausted-detail = Šis akcijas kods pagaidām ir izmantots maksimāli atļauto reižu skaitu.
problem-promo-user-limit-title = Akcijas kods jau izmantots
problem-promo-user-limit-detail = Jūs šo akcijas kodu jau izmantojāt tik reižu, cik tas atļauj.
problem-promo-paused-title = Akcijas kods pauzēts
problem-promo-paused-detail = Šis akcijas kods pašlaik ir pauzēts.
problem-promo-code-taken-title = Akcijas kods jau eksistē
problem-promo-code-taken-detail = Citam akcijas kodam jau ir šāds nosaukums.
problem-idempotency-key-reused-title = Idempotences atslēga izmantota citam pieprasījumam
problem-idempotency-key-reused-detail = Šī Idempotency-Key jau tika izmantota ar citu pieprasījumu. Jaunam pieprasījumam izmantojiet jaunu atslēgu.
problem-idempotency-key-in-use-title = Pieprasījums tiek apstrādāts
problem-idempotency-key-in-use-detail = Pieprasījums ar šo Idempotency-Key joprojām tiek apstrādāts. Mēģiniet vēlreiz pēc brīža, lai saņemtu tā atbildi.
problem-self-referral-title = Sevis ieteikšana
problem-self-referral-detail = Jūs nevarat izmantot savu ieteikuma kodu.
problem-wrong-state-title = Šajā stāvoklī nav iespējams
problem-wrong-state-detail = To pašlaik nevar izdarīt ({ $state }).
problem-gateway-disabled-title = Maksājuma veids nav pieejams
problem-gateway-disabled-detail = Šis maksājuma veids šajā serverī nav iespējots.
problem-gateway-unavailable-title = Maksājumu pakalpojumu sniedzējs nav pieejams
problem-gateway-unavailable-detail = Neizdevās sazināties ar maksājumu pakalpojumu sniedzēju. Nauda netika iekasēta; mēģiniet vēlreiz pēc dažām minūtēm vai izvēlieties citu maksājuma veidu.
problem-webhook-signature-invalid-title = Nederīgs webhook paraksts
problem-webhook-signature-invalid-detail = Webhook paziņojuma paraksts neatbilst šīs vārtejas iestatījumiem. Nekas netika mainīts.
problem-invalid-number-format-title = Nederīgs numura paraugs
problem-invalid-number-format-detail = „{ $field }“ jāsatur {"{"}YYYY{"}"} vienu reizi un viena ciparu virkne figūriekavās, piemēram, INV-{"{"}YYYY{"}"}-{"{"}000001{"}"}: numerācija katru gadu sākas no jauna.
problem-number-formats-clash-title = Numuri var sakrist
problem-number-formats-clash-detail = „{ $field }“ var radīt tādus pašus numurus kā rēķina paraugs. Piešķiriet abiem paraugiem atšķirīgus prefiksus, piemēram, INV- un CN-.
problem-invalid-staging-pattern-title = Nederīgs testa vides paraugs
problem-invalid-staging-pattern-detail = Rakstiet vienu resursdatoru katrā rindā: precīzu resursdatoru (staging.shop.com), visus resursdatorus domēnā (*.preview.shop.com), visus resursdatorus, kas sākas ar noteiktu iezīmi (staging.*), vai kas satur noteiktu iezīmi (*.staging.*). Vesels augstākā līmeņa domēns, piemēram, *.dev, ir publisks, un to nevar izmantot, neaizņemot vietu.
problem-insufficient-scope-title = Ar šo atslēgu nav atļauts
problem-insufficient-scope-detail = Tam nepieciešama { $scope ->
        [session] pierakstīšanās sesija: API atslēga to nevar izdarīt
       *[other] API atslēga ar atļauju „{ $scope }“
    }.
problem-refund-window-closed-title = Atmaksas termiņš beidzies
problem-refund-window-closed-detail = Šo plānu var atmaksāt { $days ->
        [zero] { $days } dienu
        [one] { $days } dienas
       *[other] { $days } dienu
    } laikā pēc pirkuma, un šis termiņš ir pagājis. Veiciet atmaksu tik un tā tikai tad, ja tiešām to vēlaties.
problem-invalid-version-title = Nederīga versija
problem-invalid-version-detail = Norādiet semantisko versiju, piemēram, 1.4.0, 2.0.0-beta.1 vai 1.4.0+build.7.
problem-invalid-platform-title = Nederīga platforma
problem-invalid-platform-detail = Platforma sastāv no 1 līdz 64 mazajiem burtiem, cipariem, defisēm un pasvītrām, piemēram, windows-x86_64 vai wordpress.
problem-invalid-file-name-title = Nederīgs datnes nosaukums
problem-invalid-file-name-detail = Norādiet vienu vienkāršu datnes nosaukumu, piemēram, app-1.4.0.dmg: bez slīpsvītrām, bez punkta sākumā, bez pēdiņām un vadības rakstzīmēm.
problem-version-taken-title = Versija jau eksistē
problem-version-taken-detail = Šim produktam jau ir laidiens ar šo versiju (būvējuma metadati nerada jaunu versiju).
problem-download-link-invalid-title = Lejupielādes saite nav derīga
problem-download-link-invalid-detail = Šīs lejupielādes saites derīguma termiņš ir beidzies, tā ir mainīta, vai tā paredzēta laidienam, kas vairs nav pieejams. Pieprasiet jaunu.
problem-feed-license-required-title = Nepieciešama licences atslēga
problem-feed-license-required-detail = Šī atjauninājumu plūsma ir paredzēta tikai klientiem ar licenci. Nosūtiet savu licences atslēgu plūsmas adresē vai galvenē RMS-License-Key.
problem-feed-license-refused-title = Licences atslēga nav pieņemta
problem-feed-license-refused-detail = Šī licences atslēga neatver šī produkta atjauninājumu plūsmu: tā ir nezināma, paredzēta citam produktam, tās termiņš ir beidzies, vai tā ir apturēta vai atsaukta.

problem-invalid-vat-id-title = Nederīgs PVN numurs
problem-invalid-vat-id-detail = „{ $field }“ nav norādītās valsts PVN numurs. ES PVN numuri sākas ar valsts prefiksu, piemēram, DE123456789 (Grieķija: EL). Atstājiet lauku tukšu, ja pērkat kā privātpersona.

problem-entitlements-append-only-title = Tiesības var tikai pievienot
problem-entitlements-append-only-detail = Saglabājiet plāna tiesību ierakstus esošajā secībā un pievienojiet jaunus beigās: izsniegtās licenču atslēgas tos satur pēc pozīcijas, tāpēc kāda ieraksta noņemšana vai secības maiņa mainītu to, uz ko ir tiesīgi esošie klienti.
problem-invalid-date-title = Nederīgs datums
problem-invalid-date-detail = Norādiet „{ $field }“ kā datumu, piemēram, 2026-12-31.
problem-date-range-reversed-title = Datumi nepareizā secībā
problem-date-range-reversed-detail = Sākuma datums ir vēlāks par beigu datumu. Izvēlieties sākuma datumu, kas nav vēlāks par beigu datumu.
