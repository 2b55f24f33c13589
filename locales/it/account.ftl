### Accounts: verification, password reset, first-run setup, signing in, settings, two-factor, API keys.

## Email verification page

verify-email-page-title = Conferma dell'indirizzo email
verify-email-intro = Prema il pulsante per confermare che questo indirizzo email è suo.
verify-email-confirm = Conferma il mio indirizzo email
verify-email-done = Grazie: il suo indirizzo email è confermato.

## Password reset page

reset-page-title = Scelga una nuova password
reset-new-password = Nuova password
reset-password-hint = Da 12 a 128 caratteri. Non deve essere una delle password più comuni né il suo indirizzo email.
reset-submit = Imposta la nuova password
reset-done = La password è stata cambiata e tutte le sessioni sono terminate. Acceda con la nuova password.

## First-run setup page

setup-page-title = Creazione del primo amministratore
setup-intro = Questo server non ha ancora un amministratore. L'account creato qui potrà gestire tutto; questo link funziona una sola volta.
setup-email = Indirizzo email
setup-name = Nome
setup-password = Password
setup-store-name = Nome del suo negozio
setup-store-name-hint = Mostrato ai suoi clienti nell'intestazione di ogni pagina e nelle email. Potrà cambiarlo, e aggiungere un logo e dei colori, nella pagina Marchio.
setup-seller = Chi vende (riportato sulle fatture)
setup-seller-hint = Facoltativo per ora: lo compili prima della prima vendita, qui o nella pagina di fatturazione. Senza una ragione sociale, le fatture riportano il nome del negozio.
setup-submit = Crea l'amministratore
setup-done = L'account amministratore è pronto. Lo usi per accedere.

## Signing in and up, account settings

nav-sign-up = Crea un account
nav-sign-out = Esci
field-email = Indirizzo email
field-password = Password
field-name = Nome
sign-in-title = Accesso
sign-in-submit = Accedi
sign-in-code = Codice monouso
sign-in-code-hint = Il codice di 6 cifre della sua app di autenticazione oppure uno dei suoi codici di recupero.
sign-in-forgot = Ha dimenticato la password?
sign-in-no-account = Crea un account
sign-up-title = Creazione di un account
sign-up-submit = Crea l'account
sign-up-done = Grazie. Abbiamo inviato un link di conferma all'indirizzo indicato: lo apra per confermare la sua email. Poi acceda.
sign-up-invited = Una licenza la aspetta. Crei il suo account con l'indirizzo a cui è stata inviata.
sign-up-invited-done = Il suo account è pronto e il relativo indirizzo è confermato. Acceda: la licenza che la aspetta si trova nella pagina delle sue licenze.
forgot-title = Ha dimenticato la password?
forgot-submit = Invia il link di reimpostazione
forgot-done = Se un account usa questo indirizzo, è in arrivo un link per scegliere una nuova password. Il link è valido per 30 minuti.
account-title = Il suo account
account-profile = Profilo
account-email-verified = confermato
account-email-unverified = non ancora confermato
account-timezone = Fuso orario
account-digits = Cifre
account-save = Salva
account-saved = Le modifiche sono state salvate.
account-password = Password
account-current-password = Password attuale
account-change-password = Cambia la password
account-password-changed = La password è stata cambiata. Tutte le altre sessioni sono terminate.
account-security = Sicurezza
account-2fa-on = L'autenticazione a due fattori è attiva.
account-2fa-off = L'autenticazione a due fattori non è attiva.
account-sessions-hint = Termina tutte le sessioni di questo account, su ogni dispositivo, compreso questo.
account-sign-out-everywhere = Esci da tutti i dispositivi

## Two-factor sign-in and API key pages

account-2fa-manage = Gestisci
account-export = Scarica i miei dati
account-export-hint = Un archivio ZIP di file JSON: il suo account, le licenze e le relative chiavi, i dispositivi, le fatture, i pagamenti, il portafoglio, le notifiche e le chiavi API (mai i relativi segreti).
tfa-title = Autenticazione a due fattori
tfa-intro = Con l'autenticazione a due fattori, per accedere serve anche un codice generato da un'app di autenticazione sul suo telefono: una password rubata, da sola, non basta.
tfa-start = Configura
tfa-scan = Scansioni questo codice con la sua app di autenticazione, poi inserisca il codice di 6 cifre che viene mostrato.
tfa-qr-alt = Codice QR per la sua app di autenticazione
tfa-secret = Oppure digiti questa chiave:
tfa-confirm = Attiva l'autenticazione a due fattori
tfa-enabled = L'autenticazione a due fattori è attiva. Le altre sessioni sono terminate; questo browser resta connesso.
tfa-confirm-password-hint = La password conferma che si tratta di lei: le altre sessioni terminano, questo browser resta connesso.
tfa-codes-saved = Li ho salvati: torna al mio account
tfa-codes-intro = Conservi questi codici di recupero in un luogo sicuro. Se perde il telefono, ciascuno funziona una sola volta. Vengono mostrati solo ora.
tfa-disable = Disattiva l'autenticazione a due fattori
keys-title = Chiavi API
keys-new = Nuova chiave
keys-scopes = Autorizzazioni
keys-scope-read = Leggere i suoi dati
keys-scope-licenses = Gestire le licenze
keys-scope-releases = Pubblicare versioni
keys-expires = Scade dopo (giorni, facoltativo)
keys-create = Crea la chiave
keys-created = La nuova chiave è qui sotto. La copi ora: viene mostrata una sola volta.
keys-yours = Le sue chiavi
keys-none = Non ha ancora chiavi API.
keys-prefix = Inizia con
keys-revoke = Revoca
keys-confirm-revoke = Revocare questa chiave API? Gli script che la usano smettono subito di funzionare; l'operazione non può essere annullata.
keys-revoked = revocata
