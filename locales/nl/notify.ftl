# Notifications: one subject (also the in-app title) and one body per kind. Arguments come from
# what happened: $name is always the person's name; links are added below the body by the sender.
# A kind may add `-details`, a paragraph shown only when its arguments are all there (notices
# stored by an older version lack some).

notify-footer = U ontvangt dit bericht vanwege uw account bij { $seller }. Kies op uw accountpagina waarover en waar u berichten ontvangt.
notify-open = Openen
notify-unsubscribe = Afmelden voor deze e-mails
notify-unsubscribe-intro = Geen e-mails van deze soort meer ontvangen? Beveiligingsmeldingen en de andere soorten blijven ongewijzigd; u kunt dit op uw accountpagina weer inschakelen.
notify-unsubscribe-confirm = Afmelden
notify-unsubscribe-done = Klaar: u ontvangt deze e-mails niet meer.

notify-top_up_credited-subject = Uw portemonnee is opgewaardeerd met { $amount }
notify-top_up_credited-body = Beste { $name }, er is { $amount } aan uw portemonnee toegevoegd.
notify-top_up_credited-details = Uw betaling { $reference } van { $paid } via { $gateway } is ontvangen. Uw saldo en geschiedenis vindt u op de pagina van uw portemonnee.
notify-transfer_confirmed-subject = Uw bankoverschrijving van { $amount } is ontvangen
notify-transfer_confirmed-body = Beste { $name }, we hebben uw bankoverschrijving ontvangen: { $amount } staat nu in uw portemonnee.
notify-transfer_confirmed-details = De referentie was { $reference }; u hebt { $paid } overgemaakt.
notify-purchase_receipt-subject = Aankoopbewijs voor uw aankoop ({ $invoice })
notify-purchase_receipt-body = Beste { $name }, hartelijk dank voor uw aankoop. Factuur { $invoice }, totaal { $amount }, is betaald uit uw portemonnee. Uw licentiesleutels staan op uw licentiepagina; de factuur als PDF kunt u op elk moment downloaden via de pagina van uw portemonnee.
notify-order_failed-subject = Uw bestelling kon niet worden afgerond
notify-order_failed-body = Beste { $name }, uw bestelling kon niet worden afgerond. { $reason ->
        [unpaid] De betaling is niet gelukt, dus er is niets in rekening gebracht. U kunt opnieuw bestellen in de winkel.
        [returned] De betaling is door de betaaldienstverlener teruggedraaid, dus er is niets gekocht.
        [late] De betaling kwam te laat binnen om nog te kopen tegen de prijs die u werd aangeboden. Het betaalde bedrag van { $amount } staat in uw portemonnee: koop opnieuw in de winkel wanneer u wilt.
       *[refused] De winkel kon de bestelling niet meer leveren zoals besteld (een kortingscode was op, een pakket wordt niet meer verkocht). Het betaalde bedrag van { $amount } staat in uw portemonnee.
    }
notify-refund-subject = Er is { $amount } aan u terugbetaald
notify-refund-body = Beste { $name }, { $amount } van factuur { $invoice } is terugbetaald op uw portemonnee.
notify-payment_attention-subject = Een betaling vraagt uw aandacht
notify-payment_attention-body = Beste { $name }, een betaling van { $amount } wacht op een beslissing.
notify-license_issued-subject = Uw licentie voor { $product } is klaar
notify-license_issued-body = Beste { $name }, er is een licentie voor { $product } ({ $plan }) aan u uitgegeven. De sleutel staat op uw licentiepagina.
notify-device_activated-subject = { $product } is geactiveerd op een nieuw apparaat
notify-device_activated-body = Beste { $name }, uw licentie voor { $product } is geactiveerd op { $device }. Was u dit niet? Geef de plaats dan vrij op uw licentiepagina.
notify-seat_freed-subject = Er is een plaats voor { $product } vrijgegeven
notify-seat_freed-body = Beste { $name }, { $device } gebruikt geen plaats van uw licentie voor { $product } meer.
notify-license_expiring-subject = Uw licentie voor { $product } verloopt over { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    }
notify-license_expiring-body = Beste { $name }, uw licentie voor { $product } verloopt over { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    }. Verleng de licentie om { $product } te blijven gebruiken en updates te blijven ontvangen.
notify-license_expired-subject = Uw licentie voor { $product } is verlopen
notify-license_expired-body = Beste { $name }, uw licentie voor { $product } is verlopen.
notify-renewal_upcoming-subject = Uw licentie voor { $product } wordt verlengd op { $date }
notify-renewal_upcoming-body = Beste { $name }, uw licentie voor { $product } wordt op { $date } automatisch verlengd voor { $amount }, af te schrijven van uw portemonnee. { $reason ->
        [wallet_short] Er staat nog niet genoeg in uw portemonnee: waardeer deze vóór die datum op, anders verloopt de licentie.
       *[other] Er staat genoeg in uw portemonnee.
    } U kunt de automatische verlenging uitschakelen op uw licentiepagina.
notify-license_renewed-subject = Uw licentie voor { $product } is verlengd
notify-license_renewed-body = Beste { $name }, uw licentie voor { $product } is automatisch verlengd tot { $date }. Factuur { $invoice }, totaal { $amount }, is betaald uit uw portemonnee.
notify-renewal_failed-subject = Uw licentie voor { $product } kon niet worden verlengd
notify-renewal_failed-body = Beste { $name }, uw licentie voor { $product } kon niet automatisch worden verlengd. { $reason ->
        [wallet_short] De verlenging kost { $amount } en uw portemonnee bevat { $paid }. Waardeer uw portemonnee op en verleng de licentie op uw licentiepagina.
        [not_for_sale] Het bijbehorende pakket wordt niet meer verkocht.
       *[other] Verleng de licentie op uw licentiepagina.
    } De licentie behoudt haar sleutel en apparaten als ze uiterlijk { $date } wordt verlengd.
notify-clone_suspected-subject = Uw licentie voor { $product } wordt mogelijk gebruikt op een gekopieerd apparaat
notify-clone_suspected-body = Beste { $name }, twee machines hebben zojuist dezelfde activering van uw licentie voor { $product } gebruikt (apparaat “{ $device }”). Dit betekent meestal dat een schijfkopie of virtuele machine samen met de licentie is gekopieerd.

    De activering is gepauzeerd. Herkent u beide machines? Geef dan de oude vrij op uw licentiepagina en activeer de nieuwe. Herkent u ze niet? Dan gebruikt iemand mogelijk uw licentiesleutel: neem contact op met de leverancier.
notify-license_status-subject = Uw licentie voor { $product } is nu { $status ->
        [active] actief
        [suspended] opgeschort
        [expired] verlopen
        [revoked] ingetrokken
       *[other] { $status }
    }
notify-license_status-body = Beste { $name }, de status van uw licentie voor { $product } is gewijzigd in: { $status ->
        [active] actief
        [suspended] opgeschort
        [expired] verlopen
        [revoked] ingetrokken
       *[other] { $status }
    }.
notify-release_published-subject = { $product } { $version } is uit
notify-release_published-body = Beste { $name }, versie { $version } van { $product } is gepubliceerd in { $channel ->
        [stable] het stabiele kanaal
        [beta] het bètakanaal
        [alpha] het alfakanaal
       *[other] het kanaal { $channel }
    }. U vindt deze op uw downloadpagina.
notify-new_sign_in-subject = Nieuwe inlog op uw account
notify-new_sign_in-body = Beste { $name }, er is zojuist ingelogd op uw account vanaf { $device }. Was u dit niet? Wijzig dan nu uw wachtwoord.
notify-password_changed-subject = Uw wachtwoord is gewijzigd
notify-password_changed-body = Beste { $name }, het wachtwoord van uw account is gewijzigd. Was u dit niet? Stel het dan nu opnieuw in en neem contact op met de klantenservice.
notify-two_factor_changed-subject = Tweestapsverificatie is { $status ->
        [on] ingeschakeld
        [off] uitgeschakeld
       *[other] gewijzigd ({ $status })
    }
notify-two_factor_changed-body = Beste { $name }, tweestapsverificatie voor uw account is { $status ->
        [on] ingeschakeld
        [off] uitgeschakeld
       *[other] gewijzigd ({ $status })
    }. Was u dit niet? Neem dan nu contact op met de klantenservice.
notify-api_key_created-subject = Er is een nieuwe API-sleutel aangemaakt
notify-api_key_created-body = Beste { $name }, de API-sleutel “{ $key_name }” is aangemaakt voor uw account. Was u dit niet? Trek de sleutel dan nu in.
notify-commission_earned-subject = U hebt een commissie van { $amount } verdiend
notify-commission_earned-body = Beste { $name }, een aankoop via uw verwijzingslink heeft u { $amount } opgeleverd. Het bedrag wordt vastgehouden totdat de terugbetalingstermijn is verstreken.
notify-commission_released-subject = { $amount } aan commissies is nu van u
notify-commission_released-body = Beste { $name }, er is { $amount } aan commissies vrijgegeven naar uw portemonnee.
notify-marketing-subject = { $headline }
notify-marketing-body = Beste { $name },

    { $text }

# The notifications page, the header's bell, and the choices per kind.
nav-notifications = Meldingen
notifications-title = Meldingen
notifications-none = Nog niets. Wat er met uw licenties, betalingen en account gebeurt, verschijnt hier.
notifications-mark-all = Alles als gelezen markeren
notifications-unread = nieuw
account-notifications-title = Meldingsinstellingen
account-notifications-intro = Kies voor elke soort melding of u deze per e-mail en in de app ontvangt. Beveiligingsmeldingen houden altijd ten minste één kanaal.
account-notifications-save = Meldingsinstellingen opslaan
account-notifications-saved = Meldingsinstellingen opgeslagen.
account-notifications-security = beveiliging
notify-kind = Melding
notify-channel-email = E-mail
notify-channel-in_app = In de app
notify-channel-telegram = Telegram
notify-group-transactions = Betalingen
notify-group-licenses = Licenties
notify-group-releases = Nieuwe versies
notify-group-security = Beveiliging
notify-group-affiliate = Partnerprogramma
notify-group-marketing = Nieuws
notify-kind-top_up_credited = Portemonnee opgewaardeerd
notify-kind-transfer_confirmed = Bankoverschrijving ontvangen
notify-kind-purchase_receipt = Aankoopbewijzen
notify-kind-order_failed = Bestellingen die niet konden worden afgerond
notify-kind-refund = Terugbetalingen
notify-kind-payment_attention = Betalingen die een beslissing vragen
notify-kind-license_issued = Een aan u uitgegeven licentie
notify-kind-device_activated = Activering op een nieuw apparaat
notify-kind-seat_freed = Een vrijgegeven plaats
notify-kind-license_expiring = Licentie verloopt binnenkort (14 en 3 dagen van tevoren)
notify-kind-license_expired = Licentie verlopen
notify-kind-renewal_upcoming = Komende automatische verlenging (7 dagen van tevoren)
notify-kind-license_renewed = Licentie automatisch verlengd
notify-kind-renewal_failed = Automatische verlenging mislukt
notify-kind-clone_suspected = Een mogelijk gekopieerd apparaat
notify-kind-license_status = Licentie opgeschort, ingetrokken of hersteld
notify-kind-release_published = Nieuwe versies
notify-kind-new_sign_in = Inloggen vanaf een nieuw apparaat
notify-kind-password_changed = Wachtwoord gewijzigd
notify-kind-two_factor_changed = Tweestapsverificatie gewijzigd
notify-kind-api_key_created = API-sleutel aangemaakt
notify-kind-commission_earned = Commissie verdiend
notify-kind-commission_released = Commissie uitbetaald
notify-kind-marketing = Nieuws en aanbiedingen

# New versions per product, on the notification settings page.
account-releases-title = Nieuwe versies
account-releases-intro = Voor elk product waarvoor u een licentie hebt: over welke versies u berichten ontvangt, en waar. Bèta meldt ook stabiele versies; alfa meldt alle.
account-releases-none = Helemaal niet
account-releases-stable = Stabiele versies
account-releases-beta = Bèta- en stabiele versies
account-releases-alpha = Alle versies, inclusief alfa

# The Telegram bot's replies.
telegram-linked = Hallo { $name }! Deze chat is nu gekoppeld aan uw account: de meldingen die u voor Telegram kiest, komen hier binnen. Stuur /stop om dit te beëindigen.
telegram-unlinked = Deze chat is niet meer gekoppeld aan een account. U kunt de chat opnieuw koppelen via uw accountpagina.
telegram-link-invalid = Deze link is verlopen of al gebruikt. Maak een nieuwe aan op uw accountpagina.
telegram-help = Open de Telegram-link op uw accountpagina om hier meldingen te ontvangen. Stuur /stop om deze chat te ontkoppelen.

# Telegram on the notification settings page.
account-telegram-intro = Ontvang de meldingen die u kiest in Telegram: koppel dit account aan een chat met de bot van de winkel.
account-telegram-link = Telegram koppelen
account-telegram-open = Open deze link binnen 15 minuten in Telegram en tik op Start:
account-telegram-linked = Dit account is gekoppeld aan een Telegram-chat.
account-telegram-unlink = Telegram ontkoppelen

# Alerts to the admins' Telegram chat.
telegram-alert-payment_review = Een betaling vraagt een beslissing: { $payment } ({ $reason }).
telegram-alert-clone_suspected = Een apparaat is mogelijk een kopie: licentie { $license }, apparaat { $device }.
telegram-alert-reconciliation = De afstemming van het grootboek heeft { $count ->
        [one] { $count } schending
       *[other] { $count } schendingen
    } gevonden: er is mogelijk geld ontstaan of verloren gegaan.
telegram-alert-job_dead = Een achtergrondtaak heeft het opgegeven: { $job } ({ $id }). Laatste fout: { $reason }
