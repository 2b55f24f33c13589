# Notifications: one subject (also the in-app title) and one body per kind. Arguments come from
# what happened: $name is always the person's name; links are added below the body by the sender.
# A kind may add `-details`, a paragraph shown only when its arguments are all there (notices
# stored by an older version lack some).

notify-footer = Ovu poruku primate zbog svog korisničkog računa kod prodavatelja { $seller }. Na stranici svog korisničkog računa odaberite o čemu i kako želite primati obavijesti.
notify-open = Otvori
notify-unsubscribe = Odjavi primanje ovih e-poruka
notify-unsubscribe-intro = Želite li prestati primati e-poruke ove vrste? To ne utječe na sigurnosne obavijesti ni na ostale vrste; primanje možete ponovno uključiti na stranici svog korisničkog računa.
notify-unsubscribe-confirm = Odjavi primanje
notify-unsubscribe-done = Gotovo: više nećete primati ove e-poruke.

notify-top_up_credited-subject = Vaš je novčanik dopunjen iznosom od { $amount }
notify-top_up_credited-body = Dobar dan, { $name }, u vaš je novčanik dodan iznos od { $amount }.
notify-top_up_credited-details = Vaša uplata { $reference } u iznosu od { $paid } putem pristupnika { $gateway } je stigla. Stanje i povijest nalaze se na stranici novčanika.
notify-transfer_confirmed-subject = Vaš je bankovni prijenos u iznosu od { $amount } stigao
notify-transfer_confirmed-body = Dobar dan, { $name }, primili smo vaš bankovni prijenos: iznos od { $amount } sada je u vašem novčaniku.
notify-transfer_confirmed-details = Poziv na broj bio je { $reference }; poslani iznos: { $paid }.
notify-purchase_receipt-subject = Potvrda o kupnji ({ $invoice })
notify-purchase_receipt-body = Dobar dan, { $name }, hvala vam na kupnji. Faktura { $invoice } na ukupan iznos od { $amount } plaćena je iz vašeg novčanika. Vaši licencni ključevi nalaze se na stranici Moje licence; PDF fakture možete u svakom trenutku preuzeti na stranici novčanika.
notify-order_failed-subject = Vašu narudžbu nije bilo moguće dovršiti
notify-order_failed-body = Dobar dan, { $name }, vašu narudžbu nije bilo moguće dovršiti. { $reason ->
        [unpaid] Plaćanje nije prošlo, pa ništa nije naplaćeno. Možete ponovno naručiti u trgovini.
        [returned] Pružatelj usluge plaćanja poništio je plaćanje, pa ništa nije kupljeno.
        [late] Uplata je stigla prekasno za kupnju po cijeni koja vam je ponuđena. Plaćeni iznos od { $amount } nalazi se u vašem novčaniku: ponovno kupite u trgovini kad god želite.
       *[refused] Trgovina više nije mogla prodati naručeno u obliku u kojem je naručeno (iskorišten promotivni kôd, paket koji se više ne prodaje). Plaćeni iznos od { $amount } nalazi se u vašem novčaniku.
    }
notify-refund-subject = Vraćen vam je iznos od { $amount }
notify-refund-body = Dobar dan, { $name }, iznos od { $amount } s fakture { $invoice } vraćen je u vaš novčanik.
notify-payment_attention-subject = Uplata zahtijeva vašu pozornost
notify-payment_attention-body = Dobar dan, { $name }, uplata u iznosu od { $amount } čeka odluku.
notify-license_issued-subject = Vaša licenca za proizvod { $product } je spremna
notify-license_issued-body = Dobar dan, { $name }, izdana vam je licenca za proizvod { $product } ({ $plan }). Njezin ključ nalazi se na stranici Moje licence.
notify-device_activated-subject = Proizvod { $product } aktiviran je na novom uređaju
notify-device_activated-body = Dobar dan, { $name }, vaša licenca za proizvod { $product } aktivirana je na uređaju { $device }. Ako to niste bili vi, oslobodite mjesto na stranici Moje licence.
notify-seat_freed-subject = Oslobođeno je mjesto licence za proizvod { $product }
notify-seat_freed-body = Dobar dan, { $name }, uređaj { $device } više ne zauzima mjesto vaše licence za proizvod { $product }.
notify-license_expiring-subject = Vaša licenca za proizvod { $product } istječe za { $days ->
        [one] { $days } dan
        [few] { $days } dana
       *[other] { $days } dana
    }
notify-license_expiring-body = Dobar dan, { $name }, vaša licenca za proizvod { $product } istječe za { $days ->
        [one] { $days } dan
        [few] { $days } dana
       *[other] { $days } dana
    }. Obnovite je kako biste i dalje mogli koristiti proizvod { $product } i primati ažuriranja.
notify-license_expired-subject = Vaša licenca za proizvod { $product } je istekla
notify-license_expired-body = Dobar dan, { $name }, vaša licenca za proizvod { $product } je istekla.
notify-renewal_upcoming-subject = Vaša licenca za proizvod { $product } obnavlja se { $date }
notify-renewal_upcoming-body = Dobar dan, { $name }, vaša licenca za proizvod { $product } automatski se obnavlja { $date } za iznos od { $amount }, koji se naplaćuje iz vašeg novčanika. { $reason ->
        [wallet_short] U vašem novčaniku još nema toliko sredstava: dopunite ga do tada jer će inače licenca isteći.
       *[other] Sredstva u vašem novčaniku su dovoljna.
    } Automatsku obnovu možete isključiti na stranici Moje licence.
notify-license_renewed-subject = Vaša licenca za proizvod { $product } je obnovljena
notify-license_renewed-body = Dobar dan, { $name }, vaša licenca za proizvod { $product } automatski je obnovljena do { $date }. Faktura { $invoice } na ukupan iznos od { $amount } plaćena je iz vašeg novčanika.
notify-renewal_failed-subject = Vašu licencu za proizvod { $product } nije bilo moguće obnoviti
notify-renewal_failed-body = Dobar dan, { $name }, vašu licencu za proizvod { $product } nije bilo moguće automatski obnoviti. { $reason ->
        [wallet_short] Obnova košta { $amount }, a u vašem je novčaniku { $paid }. Dopunite novčanik i obnovite licencu na stranici Moje licence.
        [not_for_sale] Njezin se paket više ne prodaje.
       *[other] Obnovite je na stranici Moje licence.
    } Ako je obnovite do { $date }, zadržat će svoj ključ i uređaje.
notify-clone_suspected-subject = Vaša licenca za proizvod { $product } možda se koristi na kopiranom uređaju
notify-clone_suspected-body = Dobar dan, { $name }, dva su računala upravo predočila istu aktivaciju vaše licence za proizvod { $product } (uređaj „{ $device }”). To obično znači da je slika diska ili virtualno računalo kopirano zajedno s licencom.

    Aktivacija je pauzirana. Ako prepoznajete oba računala, oslobodite staro na stranici Moje licence i aktivirajte novo. Ako ih ne prepoznajete, netko možda koristi vaš licencni ključ: obratite se prodavatelju.
notify-license_status-subject = Novi status vaše licence za proizvod { $product }: { $status ->
        [active] „Aktivna”
        [suspended] „Suspendirana”
        [expired] „Istekla”
        [revoked] „Opozvana”
       *[other] „{ $status }”
    }
notify-license_status-body = Dobar dan, { $name }, status vaše licence za proizvod { $product } promijenjen je u { $status ->
        [active] „Aktivna”
        [suspended] „Suspendirana”
        [expired] „Istekla”
        [revoked] „Opozvana”
       *[other] „{ $status }”
    }.
notify-release_published-subject = Objavljena je nova verzija: { $product } { $version }
notify-release_published-body = Dobar dan, { $name }, verzija { $version } proizvoda { $product } objavljena je { $channel ->
        [stable] na stabilnom kanalu
        [beta] na kanalu beta
        [alpha] na kanalu alfa
       *[other] na kanalu { $channel }
    }. Nalazi se na stranici Preuzimanja.
notify-new_sign_in-subject = Nova prijava u vaš korisnički račun
notify-new_sign_in-body = Dobar dan, { $name }, netko se upravo prijavio u vaš korisnički račun s uređaja { $device }. Ako to niste bili vi, odmah promijenite lozinku.
notify-password_changed-subject = Vaša je lozinka promijenjena
notify-password_changed-body = Dobar dan, { $name }, lozinka vašeg korisničkog računa je promijenjena. Ako to niste bili vi, odmah je ponovno postavite i obratite se podršci.
notify-two_factor_changed-subject = Prijava u dva koraka je { $status ->
        [on] uključena
        [off] isključena
       *[other] promijenjena ({ $status })
    }
notify-two_factor_changed-body = Dobar dan, { $name }, prijava u dva koraka za vaš korisnički račun je { $status ->
        [on] uključena
        [off] isključena
       *[other] promijenjena ({ $status })
    }. Ako to niste bili vi, odmah se obratite podršci.
notify-api_key_created-subject = Izrađen je novi API ključ
notify-api_key_created-body = Dobar dan, { $name }, za vaš je korisnički račun izrađen API ključ „{ $key_name }”. Ako to niste bili vi, odmah ga opozovite.
notify-commission_earned-subject = Zaradili ste proviziju od { $amount }
notify-commission_earned-body = Dobar dan, { $name }, kupnja putem vaše preporučne poveznice donijela vam je { $amount }. Iznos se zadržava dok ne istekne rok za povrat novca.
notify-commission_released-subject = Provizije u iznosu od { $amount } sada su vaše
notify-commission_released-body = Dobar dan, { $name }, provizije u iznosu od { $amount } isplaćene su u vaš novčanik.
notify-marketing-subject = { $headline }
notify-marketing-body = Dobar dan, { $name },

    { $text }

# The notifications page, the header's bell, and the choices per kind.
nav-notifications = Obavijesti
notifications-title = Obavijesti
notifications-none = Još ništa. Ovdje će se prikazivati što se događa s vašim licencama, uplatama i korisničkim računom.
notifications-mark-all = Označi sve kao pročitano
notifications-unread = novo
account-notifications-title = Postavke obavijesti
account-notifications-intro = Za svaku vrstu obavijesti odaberite želite li je primati e-poštom i u aplikaciji. Sigurnosne obavijesti uvijek zadržavaju barem jedan kanal.
account-notifications-save = Spremi postavke obavijesti
account-notifications-saved = Postavke obavijesti su spremljene.
account-notifications-security = sigurnost
notify-kind = Obavijest
notify-channel-email = E-pošta
notify-channel-in_app = U aplikaciji
notify-channel-telegram = Telegram
notify-group-transactions = Plaćanja
notify-group-licenses = Licence
notify-group-releases = Izdanja
notify-group-security = Sigurnost
notify-group-affiliate = Partnerski program
notify-group-marketing = Novosti
notify-kind-top_up_credited = Dopuna novčanika
notify-kind-transfer_confirmed = Primljen bankovni prijenos
notify-kind-purchase_receipt = Potvrde o kupnji
notify-kind-order_failed = Narudžbe koje nije bilo moguće dovršiti
notify-kind-refund = Povrati novca
notify-kind-payment_attention = Uplate koje zahtijevaju odluku
notify-kind-license_issued = Licenca izdana vama
notify-kind-device_activated = Aktivacija na novom uređaju
notify-kind-seat_freed = Oslobođeno mjesto
notify-kind-license_expiring = Licenca uskoro istječe (14 i 3 dana unaprijed)
notify-kind-license_expired = Licenca je istekla
notify-kind-renewal_upcoming = Predstojeća automatska obnova (7 dana unaprijed)
notify-kind-license_renewed = Licenca automatski obnovljena
notify-kind-renewal_failed = Neuspjela automatska obnova
notify-kind-clone_suspected = Moguće kopirani uređaj
notify-kind-license_status = Licenca suspendirana, opozvana ili vraćena na snagu
notify-kind-release_published = Nove verzije
notify-kind-new_sign_in = Prijava s novog uređaja
notify-kind-password_changed = Promjena lozinke
notify-kind-two_factor_changed = Promjena prijave u dva koraka
notify-kind-api_key_created = Izrađen API ključ
notify-kind-commission_earned = Zarađena provizija
notify-kind-commission_released = Isplaćena provizija
notify-kind-marketing = Novosti i ponude

# New versions per product, on the notification settings page.
account-releases-title = Nove verzije
account-releases-intro = Za svaki proizvod za koji imate licencu: o kojim verzijama želite primati obavijesti i gdje. Beta uključuje i stabilne verzije, a alfa sve.
account-releases-none = Nikako
account-releases-stable = Stabilne verzije
account-releases-beta = Beta i stabilne verzije
account-releases-alpha = Sve verzije, uključujući alfa

# The Telegram bot's replies.
telegram-linked = Dobar dan, { $name }! Ovaj je chat sada povezan s vašim korisničkim računom: ovdje će stizati obavijesti koje odaberete za Telegram. Pošaljite /stop da biste prekinuli povezivanje.
telegram-unlinked = Ovaj chat više nije povezan ni s jednim korisničkim računom. Ponovno ga možete povezati na stranici svog korisničkog računa.
telegram-link-invalid = Ova je poveznica istekla ili je već iskorištena. Izradite novu na stranici svog korisničkog računa.
telegram-help = Da biste ovdje primali obavijesti, otvorite poveznicu za Telegram na stranici svog korisničkog računa. Pošaljite /stop da biste prekinuli povezanost ovog chata.

# Telegram on the notification settings page.
account-telegram-intro = Primajte odabrane obavijesti u Telegramu: povežite ovaj korisnički račun s chatom s botom trgovine.
account-telegram-link = Poveži Telegram
account-telegram-open = Otvorite ovu poveznicu u Telegramu u roku od 15 minuta i pritisnite Start:
account-telegram-linked = Ovaj je korisnički račun povezan s chatom u Telegramu.
account-telegram-unlink = Prekini povezanost s Telegramom

# Alerts to the admins' Telegram chat.
telegram-alert-payment_review = Uplata zahtijeva odluku: { $payment } ({ $reason }).
telegram-alert-clone_suspected = Uređaj bi mogao biti kopija: licenca { $license }, uređaj { $device }.
telegram-alert-reconciliation = Usklađivanje glavne knjige pronašlo je odstupanja (broj: { $count }): novac je možda nastao ili nestao.
telegram-alert-job_dead = Pozadinski zadatak je napušten: { $job } ({ $id }). Posljednja pogreška: { $reason }
