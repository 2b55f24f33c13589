# Titles and details of RFC 9457 problem responses, one pair per stable error code.

problem-bad-request-title = Richiesta non valida
problem-bad-request-detail = Non è stato possibile interpretare la richiesta: { $reason }
bad-request-not-json = il corpo non è un JSON valido.
bad-request-missing-field = il campo “{ $field }” è obbligatorio.
bad-request-unknown-field = “{ $field }” non è un campo accettato da questa richiesta.
bad-request-malformed-field = il campo “{ $field }” ha un valore di tipo o formato non corretto.
bad-request-malformed = uno dei valori ha un tipo o un formato non corretto.
problem-not-found-title = Non trovato
problem-not-found-detail = Non c'è nulla a questo indirizzo.
problem-method-not-allowed-title = Metodo non consentito
problem-method-not-allowed-detail = Questo indirizzo non accetta il metodo { $method }.
problem-payload-too-large-title = Richiesta troppo grande
problem-payload-too-large-detail = Il corpo della richiesta supera la dimensione accettata da questo server (al massimo { $limit } byte).
problem-unsupported-media-type-title = Tipo di contenuto non supportato
problem-unsupported-media-type-detail = Invii il corpo della richiesta in JSON con l'intestazione Content-Type: application/json.
problem-request-timeout-title = Tempo della richiesta scaduto
problem-request-timeout-detail = La richiesta ha superato { $seconds } secondi ed è stata interrotta. Non è stato salvato nulla, salvo diversa indicazione nella risposta.
problem-too-many-requests-title = Troppe richieste
problem-too-many-requests-detail = Troppe richieste in poco tempo. Attenda e riprovi.
problem-internal-error-title = Errore interno
problem-internal-error-detail = Si è verificato un problema da parte nostra. È stato registrato; se contatta l'assistenza, indichi l'ID richiesta { $request_id }.
problem-service-unavailable-title = Servizio non disponibile
problem-service-unavailable-detail = Il servizio è temporaneamente non disponibile. Riprovi tra un momento.
problem-http-error-title = Richiesta non riuscita
problem-http-error-detail = La richiesta non è riuscita con lo stato HTTP { $status }.

## Accounts and sessions

problem-invalid-email-title = Indirizzo email non valido
problem-invalid-email-detail = “{ $field }” non è un indirizzo email valido.
problem-password-length-title = Lunghezza della password
problem-password-length-detail = La password deve contenere da { $min } a { $max } caratteri.
problem-password-too-common-title = Password troppo comune
problem-password-too-common-detail = Questa password è tra le più utilizzate. Ne scelga un'altra.
problem-password-contains-email-title = La password contiene l'indirizzo email
problem-password-contains-email-detail = La password non deve contenere il suo indirizzo email. Ne scelga un'altra.
problem-invalid-name-title = Nome non valido
problem-invalid-name-detail = Il nome deve contenere da 1 a 100 caratteri, senza caratteri di controllo.
problem-invalid-timezone-title = Fuso orario non valido
problem-invalid-timezone-detail = Usi il nome di un fuso orario, ad esempio Europe/Berlin o UTC.
problem-unsupported-locale-title = Lingua non supportata
problem-unsupported-locale-detail = Questa lingua non è disponibile. Scelga una delle lingue proposte.
problem-invalid-credentials-title = Accesso non riuscito
problem-invalid-credentials-detail = L'indirizzo email o la password non sono corretti.
problem-account-locked-title = Account bloccato
problem-account-locked-detail = Questo account è bloccato. Contatti l'assistenza.
problem-unauthenticated-title = Accesso non effettuato
problem-unauthenticated-detail = Questa richiesta richiede un token di accesso valido. Acceda di nuovo per ottenerne uno.
problem-invalid-refresh-token-title = Sessione scaduta
problem-invalid-refresh-token-detail = La sessione è scaduta o è stata terminata. Acceda di nuovo.
problem-invalid-link-token-title = Link non più valido
problem-invalid-link-token-detail = Questo link non è valido, è già stato usato o è scaduto. Ne richieda uno nuovo.
problem-forbidden-title = Non consentito
problem-forbidden-detail = Ha effettuato l'accesso, ma queste credenziali non consentono questa operazione.
problem-limit-reached-title = Limite raggiunto
problem-limit-reached-detail = Ha raggiunto il limite di { $limit }. Ne rimuova uno prima di aggiungerne un altro.
problem-invalid-scope-title = Ambito non valido
problem-invalid-scope-detail = Scelga almeno uno degli ambiti proposti; alcuni sono disponibili solo per gli amministratori.
problem-out-of-range-title = Valore fuori intervallo
problem-out-of-range-detail = Il valore di “{ $field }” è al di fuori dell'intervallo consentito.
problem-totp-required-title = Codice monouso richiesto
problem-totp-required-detail = Questo account usa l'autenticazione a due fattori. Inserisca il codice della sua app di autenticazione oppure un codice di recupero.
problem-totp-invalid-title = Codice monouso errato
problem-totp-invalid-detail = Il codice è errato, scaduto o già usato. Attenda il codice successivo e riprovi.
problem-totp-locked-title = Autenticazione a due fattori bloccata
problem-totp-locked-detail = Troppi codici errati. L'autenticazione a due fattori è bloccata per 15 minuti.
problem-totp-already-enabled-title = L'autenticazione a due fattori è già attiva
problem-totp-already-enabled-detail = L'autenticazione a due fattori è già attiva per questo account.
problem-totp-not-enabled-title = L'autenticazione a due fattori non è attiva
problem-totp-not-enabled-detail = L'autenticazione a due fattori non è attiva per questo account (oppure la configurazione non è stata avviata).
problem-invalid-code-title = Codice errato
problem-invalid-code-detail = Il valore di “{ $field }” è errato o scaduto.
problem-invalid-role-title = Ruolo sconosciuto
problem-invalid-role-detail = Il ruolo deve essere user, support o admin.
problem-csrf-failed-title = Modulo scaduto
problem-csrf-failed-detail = Non è stato possibile accettare questo modulo. Ricarichi la pagina e riprovi.
problem-two-factor-required-for-staff-title = Autenticazione a due fattori obbligatoria
problem-two-factor-required-for-staff-detail = Questo server richiede che il personale usi l'autenticazione a due fattori. La attivi prima nelle impostazioni del suo account.
problem-slug-taken-title = Slug già in uso
problem-slug-taken-detail = Un altro prodotto usa già questo slug. Ne scelga un altro.
problem-invalid-slug-title = Slug non valido
problem-invalid-slug-detail = Uno slug è composto da 2 a 64 lettere minuscole, cifre e trattini, e non inizia né finisce con un trattino.
problem-invalid-product-kind-title = Tipo di prodotto non valido
problem-invalid-product-kind-detail = Un prodotto è “software” (vincolato alle macchine) oppure “site” (vincolato ai domini).
problem-unknown-account-title = Account sconosciuto
problem-unknown-account-detail = Nessun account ha questo indirizzo email. La persona deve prima registrarsi.
problem-license-revoked-title = Licenza revocata
problem-license-revoked-detail = Questa licenza è stata revocata e una licenza revocata non può essere ripristinata. Ne emetta invece una nuova.
problem-seats-in-use-title = Postazioni in uso
problem-seats-in-use-detail = { $in_use ->
        [one] Una postazione di questa licenza è in uso.
       *[other] { $in_use } postazioni di questa licenza sono in uso.
    } Ne liberi alcune (disattivando dispositivi o riducendo sottolicenze) prima di diminuire il numero di postazioni.
problem-license-unusable-title = Licenza non utilizzabile
problem-license-unusable-detail = La licenza non può essere utilizzata per questa operazione ({ $code }).

# Answers of the product-facing API (validate, activate, heartbeat, deactivate, license file).
answer-not-found = Nessuna licenza ha questa chiave.
answer-revoked = Questa licenza è stata revocata.
answer-suspended = Questa licenza è sospesa.
answer-expired = Questa licenza è scaduta.
answer-product-mismatch = Questa chiave appartiene a un altro prodotto.
answer-not-activated = Questa licenza non è ancora attivata qui.
answer-fingerprint-mismatch = Questa licenza è attivata su altri dispositivi, non su questo.
answer-domain-mismatch = Questa licenza è attivata su altri domini, non su questo.
answer-heartbeat-dead = Questo dispositivo ha smesso di inviare segnali di attività; lo attivi di nuovo.
answer-too-many-activations = I dispositivi attivi sono più delle postazioni della licenza.
answer-entitlement-missing = La licenza non include una funzionalità richiesta.
answer-version-not-covered = Questa versione è stata rilasciata dopo il periodo di aggiornamento della licenza.
answer-valid = La licenza è valida.
answer-activation-limit = { $seats ->
        [one] L'unica postazione di questa licenza è in uso.
       *[other] Tutte le { $seats } postazioni di questa licenza sono in uso.
    } Liberi una delle attivazioni elencate per usare la licenza qui.
answer-clone-suspected = Un'altra macchina sta usando questa attivazione; l'attivazione resta in pausa finché il titolare non la libera.
answer-reassignment-limit = Questa licenza ha esaurito per ora i cambi di dispositivo. Il prossimo è consentito dal { $at }.
answer-refused-title = Il server delle licenze ha rifiutato questa richiesta
problem-reassignment-limit-title = Nessun altro cambio di dispositivo per ora
problem-reassignment-limit-detail = Questa licenza ha esaurito per ora i cambi di dispositivo. Il prossimo è consentito dal { $at }.
problem-not-enough-seats-title = Postazioni libere insufficienti
problem-not-enough-seats-detail = { $free ->
    [0] Nessuna postazione di questa licenza è libera.
    [one] È libera solo una postazione di questa licenza.
   *[other] Sono libere solo { $free } postazioni di questa licenza.
}
problem-invalid-activation-request-title = Richiesta di attivazione non valida
problem-invalid-activation-request-detail = Questa non è una richiesta di attivazione generata con la chiave di questa licenza. La generi di nuovo sulla macchina da attivare, con la chiave di questa licenza.
problem-not-for-sale-title = Non in vendita
problem-not-for-sale-detail = Questo piano non è in vendita.
problem-promo-not-found-title = Codice promozionale sconosciuto
problem-promo-not-found-detail = Questo codice promozionale non esiste o al momento non è valido.
problem-insufficient-funds-title = Credito insufficiente nel portafoglio
problem-insufficient-funds-detail = Il saldo del suo portafoglio è insufficiente per questo acquisto. Ricarichi il portafoglio e riprovi; non è stato addebitato nulla.
problem-promo-expired-title = Codice promozionale non valido al momento
problem-promo-expired-detail = Questo codice promozionale non è valido in questo momento.
problem-promo-not-applicable-title = Codice promozionale non applicabile
problem-promo-not-applicable-detail = Questo codice promozionale non si applica a nessun prodotto del suo carrello.
problem-promo-below-minimum-title = Ordine inferiore al minimo del codice promozionale
problem-promo-below-minimum-detail = Il suo ordine è inferiore al minimo richiesto da questo codice promozionale.
problem-promo-first-purchase-only-title = Codice promozionale per il primo acquisto
problem-promo-first-purchase-only-detail = Questo codice promozionale è valido solo per un primo acquisto.
problem-promo-exhausted-title = Codice promozionale esaurito
problem-promo-exhausted-detail = Questo codice promozionale è stato usato per il numero massimo di volte consentito per ora.
problem-promo-user-limit-title = Codice promozionale già usato
problem-promo-user-limit-detail = Ha già usato questo codice promozionale tutte le volte consentite.
problem-promo-paused-title = Codice promozionale in pausa
problem-promo-paused-detail = Questo codice promozionale è al momento in pausa.
problem-promo-code-taken-title = Codice promozionale esistente
problem-promo-code-taken-detail = Un altro codice promozionale ha già questo nome.
problem-idempotency-key-reused-title = Chiave di idempotenza usata per un'altra richiesta
problem-idempotency-key-reused-detail = Questa Idempotency-Key è già stata usata con una richiesta diversa. Usi una nuova chiave per una nuova richiesta.
problem-idempotency-key-in-use-title = Richiesta in corso
problem-idempotency-key-in-use-detail = Una richiesta con questa Idempotency-Key è ancora in elaborazione. Riprovi tra un momento per ottenere la risposta.
problem-self-referral-title = Auto-affiliazione
problem-self-referral-detail = Non può usare il proprio codice di affiliazione.
problem-wrong-state-title = Non possibile in questo stato
problem-wrong-state-detail = Questa operazione non è possibile ora ({ $state }).
problem-gateway-disabled-title = Metodo di pagamento non disponibile
problem-gateway-disabled-detail = Questo metodo di pagamento non è abilitato su questo server.
problem-gateway-unavailable-title = Servizio di pagamento non disponibile
problem-gateway-unavailable-detail = Non è stato possibile raggiungere il servizio di pagamento. Non è stato addebitato nulla; riprovi tra qualche minuto o scelga un altro metodo di pagamento.
problem-webhook-signature-invalid-title = Firma del webhook non valida
problem-webhook-signature-invalid-detail = La firma del webhook non corrisponde alle impostazioni di questo gateway. Non è stato modificato nulla.
problem-invalid-number-format-title = Schema di numerazione non valido
problem-invalid-number-format-detail = “{ $field }” deve contenere {"{"}YYYY{"}"} una volta e una sequenza di cifre tra parentesi graffe, ad esempio INV-{"{"}YYYY{"}"}-{"{"}000001{"}"}: la numerazione riparte ogni anno.
problem-number-formats-clash-title = I numeri potrebbero coincidere
problem-number-formats-clash-detail = “{ $field }” potrebbe generare gli stessi numeri dello schema delle fatture. Assegni ai due schemi prefissi diversi, ad esempio INV- e CN-.
problem-invalid-staging-pattern-title = Schema di staging non valido
problem-invalid-staging-pattern-detail = Scriva un host per riga: un host esatto (staging.shop.com), tutti gli host sotto un dominio (*.preview.shop.com), tutti gli host che iniziano con un'etichetta (staging.*) o che la contengono (*.staging.*). Un intero dominio di primo livello come *.dev è pubblico e non può essere gratuito.
problem-insufficient-scope-title = Non consentito con questa chiave
problem-insufficient-scope-detail = Questa operazione richiede { $scope ->
        [session] una sessione con accesso effettuato: una chiave API non può eseguirla
       *[other] una chiave API con l'ambito “{ $scope }”
    }.
problem-refund-window-closed-title = Termine di rimborso scaduto
problem-refund-window-closed-detail = Questo piano può essere rimborsato entro { $days ->
        [one] un giorno
       *[other] { $days } giorni
    } dall'acquisto, e il termine è trascorso. Proceda comunque al rimborso solo se è intenzionale.
problem-invalid-version-title = Versione non valida
problem-invalid-version-detail = Scriva una versione semantica, ad esempio 1.4.0, 2.0.0-beta.1 o 1.4.0+build.7.
problem-invalid-platform-title = Piattaforma non valida
problem-invalid-platform-detail = Una piattaforma è composta da 1 a 64 lettere minuscole, cifre, trattini e trattini bassi, ad esempio windows-x86_64 o wordpress.
problem-invalid-file-name-title = Nome file non valido
problem-invalid-file-name-detail = Indichi un semplice nome di file, ad esempio app-1.4.0.dmg: senza barre, senza punto iniziale, senza virgolette né caratteri di controllo.
problem-version-taken-title = Versione esistente
problem-version-taken-detail = Questo prodotto ha già una versione con questo numero (i metadati di build non ne creano una nuova).
problem-download-link-invalid-title = Link di download non valido
problem-download-link-invalid-detail = Questo link di download è scaduto, è stato alterato o riguarda una versione non più disponibile. Ne richieda uno nuovo.
problem-feed-license-required-title = Chiave di licenza richiesta
problem-feed-license-required-detail = Questo feed di aggiornamento è riservato ai clienti con una licenza. Invii la sua chiave di licenza nell'indirizzo del feed o nell'intestazione RMS-License-Key.
problem-feed-license-refused-title = Chiave di licenza non accettata
problem-feed-license-refused-detail = Questa chiave di licenza non dà accesso al feed di aggiornamento di questo prodotto: è sconosciuta, di un altro prodotto, scaduta, sospesa o revocata.

problem-invalid-vat-id-title = Partita IVA non valida
problem-invalid-vat-id-detail = “{ $field }” non è una partita IVA del Paese indicato. Le partite IVA dell'UE iniziano con il prefisso del Paese, ad esempio DE123456789 (Grecia: EL). Lasci il campo vuoto se acquista come privato.

problem-entitlements-append-only-title = Le funzionalità incluse possono solo essere aggiunte
problem-entitlements-append-only-detail = Mantenga le funzionalità incluse del piano nel loro ordine e aggiunga le nuove in fondo: le chiavi di licenza emesse le contengono per posizione, quindi rimuoverne o riordinarne una cambierebbe ciò a cui hanno diritto i clienti esistenti.
problem-invalid-date-title = Data non valida
problem-invalid-date-detail = Scriva “{ $field }” come data, ad esempio 2026-12-31.
problem-date-range-reversed-title = Date in ordine errato
problem-date-range-reversed-detail = La data di inizio è successiva alla data di fine. Scelga un inizio uguale o precedente alla fine.
