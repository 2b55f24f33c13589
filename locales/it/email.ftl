# Plain-text emails. Links stand on their own line so every mail client makes them clickable.

email-verify-subject = Confermi il suo indirizzo email
email-verify-body =
    Gentile { $name },

    confermi il suo indirizzo email aprendo questo link entro { $minutes } minuti:

    { $link }

    Se non ha creato un account, può ignorare questa email.
email-registration-attempt-subject = Qualcuno ha tentato di registrarsi con il suo indirizzo email
email-registration-attempt-body =
    Gentile { $name },

    qualcuno ha appena tentato di creare un nuovo account con il suo indirizzo email, che ne ha già uno.
    Se è stato lei, acceda semplicemente:

    { $link }

    Se non è stato lei, non deve fare nulla: non è stato modificato niente.
email-reset-subject = Reimpostazione della password
email-reset-body =
    Gentile { $name },

    qualcuno (speriamo lei) ha chiesto di reimpostare la password del suo account. Per sceglierne una nuova, apra questo link entro { $minutes } minuti:

    { $link }

    Se non è stato lei a chiederlo, ignori questa email: la sua password resta invariata.
email-clone-suspected-subject = Una sua licenza sembra in uso su una macchina copiata
email-clone-suspected-body =
    Gentile { $name },

    due macchine hanno appena presentato la stessa attivazione della sua licenza di { $product } (dispositivo "{ $device }"). Di solito significa che un'immagine disco o una macchina virtuale è stata copiata con la licenza installata.

    L'attivazione è stata messa in pausa. Se riconosce entrambe le macchine, liberi quella vecchia nella pagina delle sue licenze e attivi quella nuova:

    { $link }

    In caso contrario, qualcuno potrebbe usare la sua chiave di licenza: contatti il fornitore.
email-receipt-subject = La sua ricevuta { $number }
email-receipt-body =
    Gentile { $name },

    grazie per il suo acquisto. La fattura { $number }, per un totale di { $total }, è stata pagata con il suo portafoglio.

    Le chiavi di licenza si trovano nella pagina delle sue licenze:

    { $licenses }

    Il PDF della fattura può essere scaricato in qualsiasi momento dalla pagina del suo portafoglio:

    { $billing }
email-sub-license-invite-subject = { $inviter } le ha assegnato una licenza
email-sub-license-invite-body =
    Buongiorno,

    { $inviter } le ha assegnato { $seats ->
        [one] una postazione
       *[other] { $seats } postazioni
    } di { $product }, con una chiave di licenza propria.

    Per usare la licenza, acceda con questo indirizzo email, oppure crei un account con esso e confermi l'indirizzo. La licenza comparirà poi nella pagina delle sue licenze:

    { $link }

    Se non conosce { $inviter }, ignori questa email.
email-license-invite-subject = { $store } ha emesso una licenza a suo nome
email-license-invite-body =
    Buongiorno,

    { $store } ha emesso a suo nome una licenza di { $product } ({ $plan }).

    Per usarla, crei il suo account con questo indirizzo email tramite questo link; la licenza e la relativa chiave si troveranno poi nella pagina delle sue licenze:

    { $link }

    Se non se lo aspettava, ignori questa email.
email-top-up-receipt-subject = Il suo portafoglio è stato ricaricato di { $credited }
email-top-up-receipt-body =
    Gentile { $name },

    il suo pagamento { $reference } di { $paid } tramite { $gateway } è arrivato e sul suo portafoglio è stato accreditato l'importo di { $credited }.

    Il saldo e lo storico si trovano nella pagina del suo portafoglio:

    { $billing }
email-transfer-instructions-subject = Il suo bonifico di { $amount }
email-transfer-instructions-body =
    Gentile { $name },

    per ricaricare il suo portafoglio, effettui un bonifico di { $amount } indicando nella causale questo riferimento: { $reference }

    { $details }

    Gli stessi dati, ciascuno con un pulsante per copiarlo, si trovano in questa pagina:

    { $page }

    Il portafoglio viene accreditato all'arrivo del denaro.
email-transfer-account-holder = Intestatario del conto
email-transfer-account-number = IBAN o numero di conto
email-transfer-swift-bic = SWIFT/BIC
email-transfer-bank-name = Banca
email-transfer-bank-address = Indirizzo della banca
email-transfer-no-details = Le coordinate bancarie per questa valuta non sono ancora configurate: ci contatti prima di effettuare il bonifico.
