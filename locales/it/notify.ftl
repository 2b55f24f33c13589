# Notifications: one subject (also the in-app title) and one body per kind. Arguments come from
# what happened: $name is always the person's name; links are added below the body by the sender.
# A kind may add `-details`, a paragraph shown only when its arguments are all there (notices
# stored by an older version lack some).

notify-footer = Riceve questo messaggio perché ha un account presso { $seller }. Scelga di cosa essere informato, e dove, nella pagina del suo account.
notify-open = Apri
notify-unsubscribe = Annulla l'iscrizione a queste email
notify-unsubscribe-intro = Smettere di ricevere email di questo tipo? Gli avvisi di sicurezza e gli altri tipi di avviso non sono interessati; potrà riattivarle dalla pagina del suo account.
notify-unsubscribe-confirm = Annulla l'iscrizione
notify-unsubscribe-done = Fatto: non riceverà più queste email.

notify-top_up_credited-subject = Il suo portafoglio è stato ricaricato di { $amount }
notify-top_up_credited-body = Gentile { $name }, sul suo portafoglio è stato accreditato l'importo di { $amount }.
notify-top_up_credited-details = Il suo pagamento { $reference } di { $paid } tramite { $gateway } è arrivato. Il saldo e lo storico si trovano nella pagina del suo portafoglio.
notify-transfer_confirmed-subject = Il suo bonifico di { $amount } è arrivato
notify-transfer_confirmed-body = Gentile { $name }, abbiamo ricevuto il suo bonifico: l'importo di { $amount } si trova ora nel suo portafoglio.
notify-transfer_confirmed-details = Il riferimento era { $reference }; ha inviato { $paid }.
notify-purchase_receipt-subject = Ricevuta del suo acquisto ({ $invoice })
notify-purchase_receipt-body = Gentile { $name }, grazie per il suo acquisto. La fattura { $invoice }, per un totale di { $amount }, è stata pagata con il suo portafoglio. Le chiavi di licenza si trovano nella pagina delle sue licenze; il PDF della fattura può essere scaricato in qualsiasi momento dalla pagina del portafoglio.
notify-order_failed-subject = Non è stato possibile completare il suo ordine
notify-order_failed-body = Gentile { $name }, non è stato possibile completare il suo ordine. { $reason ->
        [unpaid] Il pagamento non è andato a buon fine, quindi non è stato addebitato nulla. Può effettuare di nuovo l'ordine dal negozio.
        [returned] Il pagamento è stato stornato dal servizio di pagamento, quindi non è stato acquistato nulla.
        [late] Il pagamento è arrivato troppo tardi per acquistare al prezzo che le era stato indicato. L'importo di { $amount } che ha pagato si trova nel suo portafoglio: può acquistare di nuovo dal negozio quando preferisce.
       *[refused] Il negozio non poteva più venderle quanto ordinato (un codice promozionale esaurito, un piano non più in vendita). L'importo di { $amount } che ha pagato si trova nel suo portafoglio.
    }
notify-refund-subject = Ha ricevuto un rimborso di { $amount }
notify-refund-body = Gentile { $name }, l'importo di { $amount } della fattura { $invoice } è stato rimborsato sul suo portafoglio.
notify-payment_attention-subject = Un pagamento richiede la sua attenzione
notify-payment_attention-body = Gentile { $name }, un pagamento di { $amount } è in attesa di una decisione.
notify-license_issued-subject = La sua licenza di { $product } è pronta
notify-license_issued-body = Gentile { $name }, è stata emessa a suo nome una licenza di { $product } ({ $plan }). La chiave si trova nella pagina delle sue licenze.
notify-device_activated-subject = { $product } è stato attivato su un nuovo dispositivo
notify-device_activated-body = Gentile { $name }, la sua licenza di { $product } è stata attivata su { $device }. Se non è stato lei, liberi la postazione dalla pagina delle sue licenze.
notify-seat_freed-subject = È stata liberata una postazione di { $product }
notify-seat_freed-body = Gentile { $name }, { $device } non occupa più una postazione della sua licenza di { $product }.
notify-license_expiring-subject = La sua licenza di { $product } scade tra { $days ->
        [one] un giorno
       *[other] { $days } giorni
    }
notify-license_expiring-body = Gentile { $name }, la sua licenza di { $product } scade tra { $days ->
        [one] un giorno
       *[other] { $days } giorni
    }. La rinnovi per continuare a usare { $product } e ricevere gli aggiornamenti.
notify-license_expired-subject = La sua licenza di { $product } è scaduta
notify-license_expired-body = Gentile { $name }, la sua licenza di { $product } è scaduta.
notify-renewal_upcoming-subject = La sua licenza di { $product } si rinnova il { $date }
notify-renewal_upcoming-body = Gentile { $name }, la sua licenza di { $product } si rinnova automaticamente il { $date } al costo di { $amount }, addebitato sul suo portafoglio. { $reason ->
        [wallet_short] Il suo portafoglio non contiene ancora un importo sufficiente: lo ricarichi prima di quella data, altrimenti la licenza scadrà.
       *[other] Il saldo del suo portafoglio è sufficiente.
    } Può disattivare il rinnovo automatico nella pagina delle sue licenze.
notify-license_renewed-subject = La sua licenza di { $product } è stata rinnovata
notify-license_renewed-body = Gentile { $name }, la sua licenza di { $product } è stata rinnovata automaticamente fino al { $date }. La fattura { $invoice }, per un totale di { $amount }, è stata pagata con il suo portafoglio.
notify-renewal_failed-subject = Non è stato possibile rinnovare la sua licenza di { $product }
notify-renewal_failed-body = Gentile { $name }, non è stato possibile rinnovare automaticamente la sua licenza di { $product }. { $reason ->
        [wallet_short] Il rinnovo costa { $amount } e il suo portafoglio contiene { $paid }. Ricarichi il portafoglio e rinnovi la licenza dalla pagina delle sue licenze.
        [not_for_sale] Il relativo piano non è più in vendita.
       *[other] La rinnovi dalla pagina delle sue licenze.
    } Se viene rinnovata entro il { $date }, la licenza mantiene la chiave e i dispositivi.
notify-clone_suspected-subject = La sua licenza di { $product } potrebbe essere in uso su un dispositivo copiato
notify-clone_suspected-body = Gentile { $name }, due macchine hanno appena presentato la stessa attivazione della sua licenza di { $product } (dispositivo “{ $device }”). Di solito significa che un'immagine disco o una macchina virtuale è stata copiata con la licenza installata.

    L'attivazione è in pausa. Se riconosce entrambe le macchine, liberi quella vecchia nella pagina delle sue licenze e attivi quella nuova. In caso contrario, qualcuno potrebbe usare la sua chiave di licenza: contatti il fornitore.
notify-license_status-subject = La sua licenza di { $product } ora è { $status ->
        [active] attiva
        [suspended] sospesa
        [expired] scaduta
        [revoked] revocata
       *[other] “{ $status }”
    }
notify-license_status-body = Gentile { $name }, lo stato della sua licenza di { $product } è cambiato in “{ $status ->
        [active] attiva
        [suspended] sospesa
        [expired] scaduta
        [revoked] revocata
       *[other] { $status }
    }”.
notify-release_published-subject = È disponibile { $product } { $version }
notify-release_published-body = Gentile { $name }, la versione { $version } di { $product } è stata pubblicata sul canale { $channel ->
        [stable] stabile
        [beta] beta
        [alpha] alfa
       *[other] { $channel }
    }. La trova nella pagina dei suoi download.
notify-new_sign_in-subject = Nuovo accesso al suo account
notify-new_sign_in-body = Gentile { $name }, è appena stato effettuato un accesso al suo account da { $device }. Se non è stato lei, cambi subito la password.
notify-password_changed-subject = La sua password è stata cambiata
notify-password_changed-body = Gentile { $name }, la password del suo account è stata cambiata. Se non è stato lei, la reimposti subito e contatti l'assistenza.
notify-two_factor_changed-subject = L'autenticazione a due fattori è stata { $status ->
        [on] attivata
        [off] disattivata
       *[other] modificata ({ $status })
    }
notify-two_factor_changed-body = Gentile { $name }, l'autenticazione a due fattori del suo account è stata { $status ->
        [on] attivata
        [off] disattivata
       *[other] modificata ({ $status })
    }. Se non è stato lei, contatti subito l'assistenza.
notify-api_key_created-subject = È stata creata una nuova chiave API
notify-api_key_created-body = Gentile { $name }, per il suo account è stata creata la chiave API “{ $key_name }”. Se non è stato lei, la revochi subito.
notify-commission_earned-subject = Ha maturato una commissione di { $amount }
notify-commission_earned-body = Gentile { $name }, un acquisto effettuato tramite il suo link di affiliazione le ha fatto maturare una commissione di { $amount }. La commissione resta bloccata fino alla scadenza del termine di rimborso.
notify-commission_released-subject = Commissioni per { $amount } sono ora a sua disposizione
notify-commission_released-body = Gentile { $name }, commissioni per un importo di { $amount } sono state sbloccate e accreditate sul suo portafoglio.
notify-marketing-subject = { $headline }
notify-marketing-body = Gentile { $name },

    { $text }

# The notifications page, the header's bell, and the choices per kind.
nav-notifications = Notifiche
notifications-title = Notifiche
notifications-none = Ancora nessuna notifica. Qui compare ciò che accade alle sue licenze, ai suoi pagamenti e al suo account.
notifications-mark-all = Segna tutte come lette
notifications-unread = nuova
account-notifications-title = Impostazioni delle notifiche
account-notifications-intro = Scelga, per ogni tipo di avviso, se riceverlo via email e nell'app. Gli avvisi di sicurezza mantengono sempre almeno un canale.
account-notifications-save = Salva le impostazioni delle notifiche
account-notifications-saved = Impostazioni delle notifiche salvate.
account-notifications-security = sicurezza
notify-kind = Avviso
notify-channel-email = Email
notify-channel-in_app = Nell'app
notify-channel-telegram = Telegram
notify-group-transactions = Pagamenti
notify-group-licenses = Licenze
notify-group-releases = Versioni
notify-group-security = Sicurezza
notify-group-affiliate = Programma di affiliazione
notify-group-marketing = Novità
notify-kind-top_up_credited = Portafoglio ricaricato
notify-kind-transfer_confirmed = Bonifico arrivato
notify-kind-purchase_receipt = Ricevute di acquisto
notify-kind-order_failed = Ordini non completati
notify-kind-refund = Rimborsi
notify-kind-payment_attention = Pagamenti che richiedono una decisione
notify-kind-license_issued = Licenza emessa a suo nome
notify-kind-device_activated = Attivazione su un nuovo dispositivo
notify-kind-seat_freed = Postazione liberata
notify-kind-license_expiring = Licenza in scadenza (14 e 3 giorni prima)
notify-kind-license_expired = Licenza scaduta
notify-kind-renewal_upcoming = Rinnovo automatico imminente (7 giorni prima)
notify-kind-license_renewed = Licenza rinnovata automaticamente
notify-kind-renewal_failed = Rinnovo automatico non riuscito
notify-kind-clone_suspected = Dispositivo forse copiato
notify-kind-license_status = Licenza sospesa, revocata o ripristinata
notify-kind-release_published = Nuove versioni
notify-kind-new_sign_in = Accesso da un nuovo dispositivo
notify-kind-password_changed = Password cambiata
notify-kind-two_factor_changed = Modifica dell'autenticazione a due fattori
notify-kind-api_key_created = Chiave API creata
notify-kind-commission_earned = Commissione maturata
notify-kind-commission_released = Commissione pagata
notify-kind-marketing = Novità e offerte

# New versions per product, on the notification settings page.
account-releases-title = Nuove versioni
account-releases-intro = Per ogni prodotto di cui possiede una licenza: di quali versioni essere informato, e dove. Beta include anche le versioni stabili; alfa le include tutte.
account-releases-none = Nessuna
account-releases-stable = Versioni stabili
account-releases-beta = Versioni beta e stabili
account-releases-alpha = Tutte le versioni, alfa comprese

# The Telegram bot's replies.
telegram-linked = Salve, { $name }! Questa chat è ora collegata al suo account: qui arriveranno le notifiche che sceglie di ricevere su Telegram. Invii /stop per interrompere.
telegram-unlinked = Questa chat non è più collegata a un account. Può collegarla di nuovo dalla pagina del suo account.
telegram-link-invalid = Questo link è scaduto o è già stato usato. Ne generi uno nuovo nella pagina del suo account.
telegram-help = Per ricevere qui le notifiche, apra il link Telegram nella pagina del suo account. Invii /stop per scollegare questa chat.

# Telegram on the notification settings page.
account-telegram-intro = Riceva su Telegram le notifiche che sceglie: colleghi questo account a una chat con il bot del negozio.
account-telegram-link = Collega Telegram
account-telegram-open = Apra questo link in Telegram entro 15 minuti e prema Avvia:
account-telegram-linked = Questo account è collegato a una chat Telegram.
account-telegram-unlink = Scollega Telegram

# Alerts to the admins' Telegram chat.
telegram-alert-payment_review = Un pagamento richiede una decisione: { $payment } ({ $reason }).
telegram-alert-clone_suspected = Un dispositivo potrebbe essere una copia: licenza { $license }, dispositivo { $device }.
telegram-alert-reconciliation = La riconciliazione del libro mastro ha rilevato { $count ->
        [one] un'anomalia
       *[other] { $count } anomalie
    }: potrebbe essere stato creato o perso del denaro.
telegram-alert-job_dead = Un'attività in background è stata abbandonata: { $job } ({ $id }). Ultimo errore: { $reason }
