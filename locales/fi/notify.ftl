# Notifications: one subject (also the in-app title) and one body per kind. Arguments come from
# what happened: $name is always the person's name; links are added below the body by the sender.
# A kind may add `-details`, a paragraph shown only when its arguments are all there (notices
# stored by an older version lack some).

notify-footer = Saat tämän viestin, koska sinulla on tili palvelussa { $seller }. Valitse tilisivullasi, mistä ja minne haluat ilmoituksia.
notify-open = Avaa
notify-unsubscribe = Peru näiden sähköpostien tilaus
notify-unsubscribe-intro = Lopetetaanko tämäntyyppisten sähköpostien lähettäminen sinulle? Tämä ei vaikuta tietoturvailmoituksiin eikä muihin ilmoitustyyppeihin; voit ottaa ne uudelleen käyttöön tilisivultasi.
notify-unsubscribe-confirm = Peru tilaus
notify-unsubscribe-done = Valmis: et saa enää näitä sähköposteja.

notify-top_up_credited-subject = Lompakkoosi lisättiin { $amount }
notify-top_up_credited-body = Hei { $name }! Lompakkoosi lisättiin { $amount }.
notify-top_up_credited-details = Maksusi { $reference } ({ $paid }, maksupalvelu { $gateway }) on saapunut. Saldosi ja historiasi ovat lompakkosivullasi.
notify-transfer_confirmed-subject = Tilisiirtosi on saapunut ({ $amount })
notify-transfer_confirmed-body = Hei { $name }! Olemme vastaanottaneet tilisiirtosi: { $amount } on nyt lompakossasi.
notify-transfer_confirmed-details = Sen viite oli { $reference }; lähetit { $paid }.
notify-purchase_receipt-subject = Kuitti ostoksestasi ({ $invoice })
notify-purchase_receipt-body = Hei { $name }! Kiitos ostoksestasi. Lasku { $invoice }, yhteensä { $amount }, maksettiin lompakostasi. Lisenssiavaimesi ovat lisenssisivullasi; laskun PDF-tiedoston voi ladata lompakkosivultasi milloin tahansa.
notify-order_failed-subject = Tilaustasi ei voitu suorittaa loppuun
notify-order_failed-body = Hei { $name }! Tilaustasi ei voitu suorittaa loppuun. { $reason ->
        [unpaid] Sen maksu ei mennyt läpi, joten mitään ei veloitettu. Voit tilata uudelleen kaupasta.
        [returned] Maksupalveluntarjoaja perui sen maksun, joten mitään ei ostettu.
        [late] Sen maksu saapui liian myöhään, jotta ostos olisi voitu tehdä sinulle ilmoitettuun hintaan. Maksamasi { $amount } on lompakossasi: osta uudelleen kaupasta milloin haluat.
       *[refused] Kauppa ei voinut enää myydä sitä tilatulla tavalla (kampanjakoodi oli käytetty loppuun tai pakettia ei enää myydä). Maksamasi { $amount } on lompakossasi.
    }
notify-refund-subject = Sinulle palautettiin { $amount }
notify-refund-body = Hei { $name }! Lompakkoosi palautettiin { $amount } laskulta { $invoice }.
notify-payment_attention-subject = Maksu vaatii huomiotasi
notify-payment_attention-body = Hei { $name }! Maksu, jonka summa on { $amount }, odottaa päätöstä.
notify-license_issued-subject = Tuotteen { $product } lisenssisi on valmis
notify-license_issued-body = Hei { $name }! Sinulle myönnettiin lisenssi tuotteeseen { $product } ({ $plan }). Sen avain on lisenssisivullasi.
notify-device_activated-subject = { $product } aktivoitiin uudella laitteella
notify-device_activated-body = Hei { $name }! Tuotteen { $product } lisenssisi aktivoitiin laitteella { $device }. Jos se et ollut sinä, vapauta käyttöpaikka lisenssisivultasi.
notify-seat_freed-subject = Tuotteen { $product } käyttöpaikka vapautettiin
notify-seat_freed-body = Hei { $name }! { $device } ei enää käytä käyttöpaikkaa tuotteen { $product } lisenssistäsi.
notify-license_expiring-subject = Tuotteen { $product } lisenssisi vanhenee { $days } päivän kuluttua
notify-license_expiring-body = Hei { $name }! Tuotteen { $product } lisenssisi vanhenee { $days } päivän kuluttua. Uusi se, jotta voit jatkaa tuotteen { $product } käyttöä ja saada päivityksiä.
notify-license_expired-subject = Tuotteen { $product } lisenssisi on vanhentunut
notify-license_expired-body = Hei { $name }! Tuotteen { $product } lisenssisi on vanhentunut.
notify-renewal_upcoming-subject = Tuotteen { $product } lisenssisi uusitaan { $date }
notify-renewal_upcoming-body = Hei { $name }! Tuotteen { $product } lisenssisi uusitaan automaattisesti { $date } hintaan { $amount }, joka veloitetaan lompakostasi. { $reason ->
        [wallet_short] Lompakossasi ei ole vielä niin paljon rahaa: lisää saldoa ennen sitä, tai lisenssi päättyy.
       *[other] Lompakkosi saldo riittää siihen.
    } Voit poistaa automaattisen uusimisen käytöstä lisenssisivullasi.
notify-license_renewed-subject = Tuotteen { $product } lisenssisi uusittiin
notify-license_renewed-body = Hei { $name }! Tuotteen { $product } lisenssisi uusittiin automaattisesti { $date } asti. Lasku { $invoice }, yhteensä { $amount }, maksettiin lompakostasi.
notify-renewal_failed-subject = Tuotteen { $product } lisenssiäsi ei voitu uusia
notify-renewal_failed-body = Hei { $name }! Tuotteen { $product } lisenssiäsi ei voitu uusia automaattisesti. { $reason ->
        [wallet_short] Uusiminen maksaa { $amount }, ja lompakossasi on { $paid }. Lisää lompakkoosi saldoa ja uusi lisenssi lisenssisivultasi.
        [not_for_sale] Sen pakettia ei enää myydä.
       *[other] Uusi se lisenssisivultasi.
    } Lisenssi säilyttää avaimensa ja laitteensa, jos se uusitaan viimeistään { $date }.
notify-clone_suspected-subject = Tuotteen { $product } lisenssiäsi saatetaan käyttää kopioidulla laitteella
notify-clone_suspected-body = Hei { $name }! Kaksi konetta esitti juuri saman aktivoinnin tuotteen { $product } lisenssistäsi (laite ”{ $device }”). Tämä tarkoittaa yleensä, että levykuva tai virtuaalikone on kopioitu lisensseineen.

    Aktivointi on keskeytetty. Jos tunnistat molemmat koneet, vapauta vanha lisenssisivullasi ja aktivoi uusi. Jos et tunnista niitä, joku saattaa käyttää lisenssiavaintasi: ota yhteyttä myyjään.
notify-license_status-subject = Tuotteen { $product } lisenssisi on nyt { $status ->
        [active] aktiivinen
        [suspended] jäädytetty
        [expired] vanhentunut
        [revoked] peruutettu
       *[other] { $status }
    }
notify-license_status-body = Hei { $name }! Tuotteen { $product } lisenssisi tila on muuttunut. Uusi tila: { $status ->
        [active] aktiivinen
        [suspended] jäädytetty
        [expired] vanhentunut
        [revoked] peruutettu
       *[other] { $status }
    }.
notify-release_published-subject = { $product } { $version } on julkaistu
notify-release_published-body = Hei { $name }! Tuotteen { $product } versio { $version } julkaistiin { $channel ->
        [stable] vakaalla kanavalla
        [beta] beta-kanavalla
        [alpha] alfa-kanavalla
       *[other] kanavalla { $channel }
    }. Se on lataussivullasi.
notify-new_sign_in-subject = Uusi kirjautuminen tilillesi
notify-new_sign_in-body = Hei { $name }! Tilillesi kirjauduttiin juuri laitteelta { $device }. Jos se et ollut sinä, vaihda salasanasi heti.
notify-password_changed-subject = Salasanasi vaihdettiin
notify-password_changed-body = Hei { $name }! Tilisi salasana vaihdettiin. Jos se et ollut sinä, palauta salasana heti ja ota yhteyttä tukeen.
notify-two_factor_changed-subject = Kaksivaiheinen kirjautuminen { $status ->
        [on] otettiin käyttöön
        [off] poistettiin käytöstä
       *[other] muuttui ({ $status })
    }
notify-two_factor_changed-body = Hei { $name }! Tilisi kaksivaiheinen kirjautuminen { $status ->
        [on] otettiin käyttöön
        [off] poistettiin käytöstä
       *[other] muuttui ({ $status })
    }. Jos se et ollut sinä, ota heti yhteyttä tukeen.
notify-api_key_created-subject = Uusi API-avain luotiin
notify-api_key_created-body = Hei { $name }! Tilillesi luotiin API-avain ”{ $key_name }”. Jos se et ollut sinä, peruuta avain heti.
notify-commission_earned-subject = Ansaitsit provisiota { $amount }
notify-commission_earned-body = Hei { $name }! Suosittelulinkkisi kautta tehty ostos ansaitsi sinulle { $amount }. Summa pidätetään, kunnes palautusaika päättyy.
notify-commission_released-subject = Provisiot ({ $amount }) ovat nyt sinun
notify-commission_released-body = Hei { $name }! Lompakkoosi maksettiin provisioita { $amount }.
notify-marketing-subject = { $headline }
notify-marketing-body = Hei { $name },

    { $text }

# The notifications page, the header's bell, and the choices per kind.
nav-notifications = Ilmoitukset
notifications-title = Ilmoitukset
notifications-none = Ei vielä mitään. Täällä näkyy, mitä lisensseillesi, maksuillesi ja tilillesi tapahtuu.
notifications-mark-all = Merkitse kaikki luetuiksi
notifications-unread = uusi
account-notifications-title = Ilmoitusasetukset
account-notifications-intro = Valitse kullekin ilmoitustyypille, tuleeko se sinulle sähköpostina ja sovelluksessa. Tietoturvailmoituksille jää aina vähintään yksi kanava.
account-notifications-save = Tallenna ilmoitusasetukset
account-notifications-saved = Ilmoitusasetukset tallennettu.
account-notifications-security = tietoturva
notify-kind = Ilmoitus
notify-channel-email = Sähköposti
notify-channel-in_app = Sovelluksessa
notify-channel-telegram = Telegram
notify-group-transactions = Maksut
notify-group-licenses = Lisenssit
notify-group-releases = Julkaisut
notify-group-security = Tietoturva
notify-group-affiliate = Kumppaniohjelma
notify-group-marketing = Uutiset
notify-kind-top_up_credited = Lompakkoon lisätty saldoa
notify-kind-transfer_confirmed = Tilisiirto saapunut
notify-kind-purchase_receipt = Ostokuitit
notify-kind-order_failed = Tilaukset, joita ei voitu suorittaa loppuun
notify-kind-refund = Palautukset
notify-kind-payment_attention = Päätöstä vaativat maksut
notify-kind-license_issued = Sinulle myönnetty lisenssi
notify-kind-device_activated = Aktivointi uudella laitteella
notify-kind-seat_freed = Käyttöpaikka vapautettu
notify-kind-license_expiring = Lisenssi vanhenemassa (14 ja 3 päivää ennen)
notify-kind-license_expired = Lisenssi vanhentunut
notify-kind-renewal_upcoming = Tuleva automaattinen uusiminen (7 päivää ennen)
notify-kind-license_renewed = Lisenssi uusittu automaattisesti
notify-kind-renewal_failed = Automaattinen uusiminen epäonnistui
notify-kind-clone_suspected = Mahdollisesti kopioitu laite
notify-kind-license_status = Lisenssi jäädytetty, peruutettu tai palautettu voimaan
notify-kind-release_published = Uudet versiot
notify-kind-new_sign_in = Kirjautuminen uudelta laitteelta
notify-kind-password_changed = Salasana vaihdettu
notify-kind-two_factor_changed = Kaksivaiheinen kirjautuminen muuttunut
notify-kind-api_key_created = API-avain luotu
notify-kind-commission_earned = Provisio ansaittu
notify-kind-commission_released = Provisio maksettu
notify-kind-marketing = Uutiset ja tarjoukset

# New versions per product, on the notification settings page.
account-releases-title = Uudet versiot
account-releases-intro = Jokaiselle tuotteelle, johon sinulla on lisenssi: mistä versioista haluat kuulla ja missä. Beta kertoo myös vakaista versioista; alfa kaikista.
account-releases-none = Ei lainkaan
account-releases-stable = Vakaat versiot
account-releases-beta = Beta- ja vakaat versiot
account-releases-alpha = Kaikki versiot, myös alfa

# The Telegram bot's replies.
telegram-linked = Hei { $name }! Tämä keskustelu on nyt linkitetty tiliisi: Telegramiin valitsemasi ilmoitukset saapuvat tänne. Lopeta lähettämällä /stop.
telegram-unlinked = Tätä keskustelua ei ole enää linkitetty tiliin. Voit linkittää sen uudelleen tilisivultasi.
telegram-link-invalid = Tämä linkki on vanhentunut tai jo käytetty. Luo uusi tilisivullasi.
telegram-help = Jos haluat saada ilmoituksia tänne, avaa tilisivusi Telegram-linkki. Poista tämän keskustelun linkitys lähettämällä /stop.

# Telegram on the notification settings page.
account-telegram-intro = Saa valitsemasi ilmoitukset Telegramiin: linkitä tämä tili keskusteluun kaupan botin kanssa.
account-telegram-link = Linkitä Telegram
account-telegram-open = Avaa tämä linkki Telegramissa 15 minuutin kuluessa ja paina Start:
account-telegram-linked = Tämä tili on linkitetty Telegram-keskusteluun.
account-telegram-unlink = Poista Telegram-linkitys

# Alerts to the admins' Telegram chat.
telegram-alert-payment_review = Maksu vaatii päätöksen: { $payment } ({ $reason }).
telegram-alert-clone_suspected = Laite saattaa olla kopio: lisenssi { $license }, laite { $device }.
telegram-alert-reconciliation = Pääkirjan täsmäytys löysi { $count ->
        [one] { $count } poikkeaman
       *[other] { $count } poikkeamaa
    }: rahaa on voinut syntyä tai kadota.
telegram-alert-job_dead = Taustatyö epäonnistui lopullisesti: { $job } ({ $id }). Viimeisin virhe: { $reason }
