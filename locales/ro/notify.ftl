# Notifications: one subject (also the in-app title) and one body per kind. Arguments come from
# what happened: $name is always the person's name; links are added below the body by the sender.
# A kind may add `-details`, a paragraph shown only when its arguments are all there (notices
# stored by an older version lack some).

notify-footer = Primiți acest mesaj datorită contului dumneavoastră la { $seller }. Alegeți în pagina contului ce notificări primiți și pe ce canale.
notify-open = Deschideți
notify-unsubscribe = Dezabonare de la aceste e-mailuri
notify-unsubscribe-intro = Nu mai doriți să primiți e-mailuri de acest tip? Notificările de securitate și celelalte tipuri nu sunt afectate; puteți reactiva oricând această opțiune din pagina contului.
notify-unsubscribe-confirm = Dezabonați-vă
notify-unsubscribe-done = Gata: nu veți mai primi aceste e-mailuri.

notify-top_up_credited-subject = Portofelul dumneavoastră a fost alimentat cu { $amount }
notify-top_up_credited-body = Bună ziua, { $name }! Suma de { $amount } a fost adăugată în portofel.
notify-top_up_credited-details = Plata dumneavoastră { $reference } în valoare de { $paid }, efectuată prin { $gateway }, a fost primită. Soldul și istoricul se află în pagina portofelului.
notify-transfer_confirmed-subject = Transferul dumneavoastră bancar de { $amount } a fost primit
notify-transfer_confirmed-body = Bună ziua, { $name }! Am primit transferul dumneavoastră bancar: suma de { $amount } se află acum în portofel.
notify-transfer_confirmed-details = Referința sa a fost { $reference }; ați trimis { $paid }.
notify-purchase_receipt-subject = Chitanța pentru achiziția dumneavoastră ({ $invoice })
notify-purchase_receipt-body = Bună ziua, { $name }! Vă mulțumim pentru achiziție. Factura { $invoice }, în valoare totală de { $amount }, a fost plătită din portofel. Cheile de licență se află în pagina de licențe; PDF-ul facturii poate fi descărcat oricând din pagina portofelului.
notify-order_failed-subject = Comanda dumneavoastră nu a putut fi finalizată
notify-order_failed-body = Bună ziua, { $name }! Comanda dumneavoastră nu a putut fi finalizată. { $reason ->
        [unpaid] Plata nu a fost efectuată, așa că nu vi s-a perceput nimic. Puteți comanda din nou din magazin.
        [returned] Plata a fost retrasă de furnizorul serviciului de plată, așa că nu s-a cumpărat nimic.
        [late] Plata a sosit prea târziu pentru a cumpăra la prețul care v-a fost oferit. Suma de { $amount } pe care ați plătit-o se află în portofel: cumpărați din nou din magazin oricând doriți.
       *[refused] Magazinul nu a mai putut vinde produsul așa cum a fost comandat (un cod promoțional epuizat, un plan care nu se mai vinde). Suma de { $amount } pe care ați plătit-o se află în portofel.
    }
notify-refund-subject = Vi s-a rambursat suma de { $amount }
notify-refund-body = Bună ziua, { $name }! Suma de { $amount } din factura { $invoice } a fost rambursată în portofel.
notify-payment_attention-subject = O plată necesită atenția dumneavoastră
notify-payment_attention-body = Bună ziua, { $name }! O plată în valoare de { $amount } așteaptă o decizie.
notify-license_issued-subject = Licența dumneavoastră pentru { $product } este gata
notify-license_issued-body = Bună ziua, { $name }! V-a fost emisă o licență pentru { $product } ({ $plan }). Cheia sa se află în pagina de licențe.
notify-device_activated-subject = { $product } a fost activat pe un dispozitiv nou
notify-device_activated-body = Bună ziua, { $name }! Licența dumneavoastră pentru { $product } a fost activată pe { $device }. Dacă nu ați fost dumneavoastră, eliberați locul din pagina de licențe.
notify-seat_freed-subject = Un loc pentru { $product } a fost eliberat
notify-seat_freed-body = Bună ziua, { $name }! { $device } nu mai ocupă un loc al licenței dumneavoastră pentru { $product }.
notify-license_expiring-subject = Licența dumneavoastră pentru { $product } expiră { $days ->
        [one] peste o zi
        [few] peste { $days } zile
       *[other] peste { $days } de zile
    }
notify-license_expiring-body = Bună ziua, { $name }! Licența dumneavoastră pentru { $product } expiră { $days ->
        [one] peste o zi
        [few] peste { $days } zile
       *[other] peste { $days } de zile
    }. Reînnoiți-o pentru a folosi în continuare { $product } și a primi actualizări.
notify-license_expired-subject = Licența dumneavoastră pentru { $product } a expirat
notify-license_expired-body = Bună ziua, { $name }! Licența dumneavoastră pentru { $product } a expirat.
notify-renewal_upcoming-subject = Licența dumneavoastră pentru { $product } se reînnoiește pe { $date }
notify-renewal_upcoming-body = Bună ziua, { $name }! Licența dumneavoastră pentru { $product } se reînnoiește automat pe { $date }, pentru suma de { $amount }, retrasă din portofel. { $reason ->
        [wallet_short] Portofelul nu conține încă suma necesară: alimentați-l înainte de această dată, altfel licența expiră.
       *[other] Portofelul acoperă această sumă.
    } Puteți dezactiva reînnoirea automată în pagina de licențe.
notify-license_renewed-subject = Licența dumneavoastră pentru { $product } a fost reînnoită
notify-license_renewed-body = Bună ziua, { $name }! Licența dumneavoastră pentru { $product } a fost reînnoită automat până la { $date }. Factura { $invoice }, în valoare totală de { $amount }, a fost plătită din portofel.
notify-renewal_failed-subject = Licența dumneavoastră pentru { $product } nu a putut fi reînnoită
notify-renewal_failed-body = Bună ziua, { $name }! Licența dumneavoastră pentru { $product } nu a putut fi reînnoită automat. { $reason ->
        [wallet_short] Reînnoirea costă { $amount }, iar portofelul conține { $paid }. Alimentați portofelul și reînnoiți licența din pagina de licențe.
        [not_for_sale] Planul său nu se mai vinde.
       *[other] Reînnoiți-o din pagina de licențe.
    } Licența își păstrează cheia și dispozitivele dacă este reînnoită până la { $date }.
notify-clone_suspected-subject = Licența dumneavoastră pentru { $product } ar putea fi folosită pe un dispozitiv copiat
notify-clone_suspected-body = Bună ziua, { $name }! Două calculatoare tocmai au prezentat aceeași activare a licenței dumneavoastră pentru { $product } (dispozitivul „{ $device }”). De obicei, aceasta înseamnă că o imagine de disc sau o mașină virtuală a fost copiată împreună cu licența.

    Activarea a fost pusă în pauză. Dacă recunoașteți ambele calculatoare, eliberați-l pe cel vechi în pagina de licențe și activați-l pe cel nou. Dacă nu le recunoașteți, este posibil ca altcineva să vă folosească cheia de licență: contactați furnizorul.
notify-license_status-subject = Licența dumneavoastră pentru { $product } este acum { $status ->
        [active] activă
        [suspended] suspendată
        [expired] expirată
        [revoked] revocată
       *[other] „{ $status }”
    }
notify-license_status-body = Bună ziua, { $name }! Starea licenței dumneavoastră pentru { $product } s-a schimbat în „{ $status ->
        [active] activă
        [suspended] suspendată
        [expired] expirată
        [revoked] revocată
       *[other] { $status }
    }”.
notify-release_published-subject = { $product } { $version } a fost lansat
notify-release_published-body = Bună ziua, { $name }! Versiunea { $version } a produsului { $product } a fost publicată pe canalul { $channel ->
        [stable] stabil
        [beta] beta
        [alpha] alfa
       *[other] { $channel }
    }. O găsiți în pagina de descărcări.
notify-new_sign_in-subject = Conectare nouă la contul dumneavoastră
notify-new_sign_in-body = Bună ziua, { $name }! Cineva tocmai s-a conectat la contul dumneavoastră de pe { $device }. Dacă nu ați fost dumneavoastră, schimbați-vă parola acum.
notify-password_changed-subject = Parola dumneavoastră a fost schimbată
notify-password_changed-body = Bună ziua, { $name }! Parola contului dumneavoastră a fost schimbată. Dacă nu ați fost dumneavoastră, resetați-o acum și contactați asistența.
notify-two_factor_changed-subject = Autentificarea în doi pași a fost { $status ->
        [on] activată
        [off] dezactivată
       *[other] modificată ({ $status })
    }
notify-two_factor_changed-body = Bună ziua, { $name }! Autentificarea în doi pași a contului dumneavoastră a fost { $status ->
        [on] activată
        [off] dezactivată
       *[other] modificată ({ $status })
    }. Dacă nu ați fost dumneavoastră, contactați asistența acum.
notify-api_key_created-subject = A fost creată o cheie API nouă
notify-api_key_created-body = Bună ziua, { $name }! Cheia API „{ $key_name }” a fost creată pentru contul dumneavoastră. Dacă nu ați fost dumneavoastră, revocați-o acum.
notify-commission_earned-subject = Ați câștigat un comision de { $amount }
notify-commission_earned-body = Bună ziua, { $name }! O achiziție făcută prin linkul dumneavoastră de recomandare v-a adus { $amount }. Suma este reținută până la expirarea termenului de rambursare.
notify-commission_released-subject = Comisioane în valoare de { $amount } vă aparțin acum
notify-commission_released-body = Bună ziua, { $name }! Comisioane în valoare de { $amount } au fost eliberate în portofel.
notify-marketing-subject = { $headline }
notify-marketing-body = Bună ziua, { $name },

    { $text }

# The notifications page, the header's bell, and the choices per kind.
nav-notifications = Notificări
notifications-title = Notificări
notifications-none = Nimic deocamdată. Aici apar evenimentele legate de licențele, plățile și contul dumneavoastră.
notifications-mark-all = Marcați toate ca citite
notifications-unread = nou
account-notifications-title = Setări de notificare
account-notifications-intro = Alegeți, pentru fiecare tip de notificare, dacă vă este trimisă prin e-mail și în aplicație. Notificările de securitate păstrează întotdeauna cel puțin un canal.
account-notifications-save = Salvați setările de notificare
account-notifications-saved = Setările de notificare au fost salvate.
account-notifications-security = securitate
notify-kind = Notificare
notify-channel-email = E-mail
notify-channel-in_app = În aplicație
notify-channel-telegram = Telegram
notify-group-transactions = Plăți
notify-group-licenses = Licențe
notify-group-releases = Versiuni
notify-group-security = Securitate
notify-group-affiliate = Program de afiliere
notify-group-marketing = Noutăți
notify-kind-top_up_credited = Portofel alimentat
notify-kind-transfer_confirmed = Transfer bancar primit
notify-kind-purchase_receipt = Chitanțe pentru achiziții
notify-kind-order_failed = Comenzi care nu au putut fi finalizate
notify-kind-refund = Rambursări
notify-kind-payment_attention = Plăți care necesită o decizie
notify-kind-license_issued = O licență emisă pentru dumneavoastră
notify-kind-device_activated = Activare pe un dispozitiv nou
notify-kind-seat_freed = Un loc eliberat
notify-kind-license_expiring = Licență pe cale să expire (cu 14 și cu 3 zile înainte)
notify-kind-license_expired = Licență expirată
notify-kind-renewal_upcoming = Reînnoire automată iminentă (cu 7 zile înainte)
notify-kind-license_renewed = Licență reînnoită automat
notify-kind-renewal_failed = Reînnoire automată eșuată
notify-kind-clone_suspected = Un dispozitiv posibil copiat
notify-kind-license_status = Licență suspendată, revocată sau reactivată
notify-kind-release_published = Versiuni noi
notify-kind-new_sign_in = Conectare de pe un dispozitiv nou
notify-kind-password_changed = Parolă schimbată
notify-kind-two_factor_changed = Autentificare în doi pași modificată
notify-kind-api_key_created = Cheie API creată
notify-kind-commission_earned = Comision câștigat
notify-kind-commission_released = Comision plătit
notify-kind-marketing = Noutăți și oferte

# New versions per product, on the notification settings page.
account-releases-title = Versiuni noi
account-releases-intro = Pentru fiecare produs pentru care dețineți o licență: despre ce versiuni primiți notificări și unde. Canalul beta include și versiunile stabile; canalul alfa le include pe toate.
account-releases-none = Deloc
account-releases-stable = Versiuni stabile
account-releases-beta = Versiuni beta și stabile
account-releases-alpha = Toate versiunile, inclusiv alfa

# The Telegram bot's replies.
telegram-linked = Bună ziua, { $name }! Această conversație este acum asociată contului dumneavoastră: notificările pe care le alegeți pentru Telegram vor sosi aici. Trimiteți /stop pentru a opri asocierea.
telegram-unlinked = Această conversație nu mai este asociată niciunui cont. O puteți asocia din nou din pagina contului.
telegram-link-invalid = Acest link a expirat sau a fost deja folosit. Generați unul nou în pagina contului.
telegram-help = Pentru a primi notificări aici, deschideți linkul Telegram din pagina contului. Trimiteți /stop pentru a anula asocierea acestei conversații.

# Telegram on the notification settings page.
account-telegram-intro = Primiți în Telegram notificările alese: asociați acest cont cu o conversație cu botul magazinului.
account-telegram-link = Asociați Telegram
account-telegram-open = Deschideți acest link în Telegram în următoarele 15 minute și apăsați Start:
account-telegram-linked = Acest cont este asociat cu o conversație Telegram.
account-telegram-unlink = Anulați asocierea cu Telegram

# Alerts to the admins' Telegram chat.
telegram-alert-payment_review = O plată necesită o decizie: { $payment } ({ $reason }).
telegram-alert-clone_suspected = Un dispozitiv ar putea fi o copie: licența { $license }, dispozitivul { $device }.
telegram-alert-reconciliation = Reconcilierea registrului contabil a găsit { $count ->
        [one] o neconcordanță
        [few] { $count } neconcordanțe
       *[other] { $count } de neconcordanțe
    }: este posibil ca bani să fi fost creați sau pierduți.
telegram-alert-job_dead = O sarcină în fundal a fost abandonată: { $job } ({ $id }). Ultima eroare: { $reason }
