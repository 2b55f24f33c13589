# Plain-text emails. Links stand on their own line so every mail client makes them clickable.

email-verify-subject = Bevestig uw e-mailadres
email-verify-body =
    Beste { $name },

    Bevestig uw e-mailadres door binnen { $minutes } minuten deze link te openen:

    { $link }

    Hebt u geen account aangemaakt? Dan kunt u deze e-mail negeren.
email-registration-attempt-subject = Iemand probeerde zich te registreren met uw e-mailadres
email-registration-attempt-body =
    Beste { $name },

    Iemand probeerde zojuist een nieuw account aan te maken met uw e-mailadres, dat al een account heeft.
    Was u dat zelf? Log dan gewoon in:

    { $link }

    Was u het niet? Dan hoeft u niets te doen: er is niets gewijzigd.
email-reset-subject = Uw wachtwoord opnieuw instellen
email-reset-body =
    Beste { $name },

    Iemand (hopelijk u) heeft gevraagd het wachtwoord van uw account opnieuw in te stellen. Open binnen { $minutes } minuten deze link om een nieuw wachtwoord te kiezen:

    { $link }

    Hebt u hier niet om gevraagd? Negeer deze e-mail dan: uw wachtwoord blijft ongewijzigd.
email-clone-suspected-subject = Een licentie van u lijkt op een gekopieerde machine te draaien
email-clone-suspected-body =
    Beste { $name },

    Twee machines hebben zojuist dezelfde activering van uw licentie voor { $product } gebruikt (apparaat "{ $device }"). Dit betekent meestal dat een schijfkopie of virtuele machine samen met de licentie is gekopieerd.

    De activering is gepauzeerd. Herkent u beide machines? Geef dan de oude vrij op uw licentiepagina en activeer de nieuwe:

    { $link }

    Herkent u ze niet? Dan gebruikt iemand mogelijk uw licentiesleutel: neem contact op met de leverancier.
email-receipt-subject = Uw aankoopbewijs { $number }
email-receipt-body =
    Beste { $name },

    Hartelijk dank voor uw aankoop. Factuur { $number }, totaal { $total }, is betaald uit uw portemonnee.

    Uw licentiesleutels staan op uw licentiepagina:

    { $licenses }

    De factuur als PDF kunt u op elk moment downloaden via de pagina van uw portemonnee:

    { $billing }
email-sub-license-invite-subject = { $inviter } heeft u een licentie gegeven
email-sub-license-invite-body =
    Hallo,

    { $inviter } heeft u { $seats ->
        [one] één plaats
       *[other] { $seats } plaatsen
    } van { $product } gegeven, met een eigen licentiesleutel.

    Om deze te gebruiken, logt u in met dit e-mailadres, of maakt u er een account mee aan en bevestigt u het adres. De licentie verschijnt dan op uw licentiepagina:

    { $link }

    Kent u { $inviter } niet? Negeer deze e-mail dan.
email-license-invite-subject = { $store } heeft u een licentie uitgegeven
email-license-invite-body =
    Hallo,

    { $store } heeft u een licentie voor { $product } ({ $plan }) uitgegeven.

    Om deze te gebruiken, maakt u via deze link uw account aan met dit e-mailadres; de licentie en de sleutel staan daarna op uw licentiepagina:

    { $link }

    Had u dit niet verwacht? Negeer deze e-mail dan.
email-top-up-receipt-subject = Uw portemonnee is opgewaardeerd met { $credited }
email-top-up-receipt-body =
    Beste { $name },

    Uw betaling { $reference } van { $paid } via { $gateway } is ontvangen, en er is { $credited } aan uw portemonnee toegevoegd.

    Uw saldo en geschiedenis vindt u op de pagina van uw portemonnee:

    { $billing }
email-transfer-instructions-subject = Uw bankoverschrijving van { $amount }
email-transfer-instructions-body =
    Beste { $name },

    Om uw portemonnee op te waarderen, maakt u { $amount } over met vermelding van deze referentie: { $reference }

    { $details }

    Dezelfde gegevens, elk met een kopieerknop, staan op deze pagina:

    { $page }

    Uw portemonnee wordt opgewaardeerd zodra het geld binnen is.
email-transfer-account-holder = Rekeninghouder
email-transfer-account-number = IBAN of rekeningnummer
email-transfer-swift-bic = SWIFT/BIC
email-transfer-bank-name = Bank
email-transfer-bank-address = Adres van de bank
email-transfer-no-details = De bankgegevens voor deze valuta zijn nog niet ingesteld: neem contact met ons op voordat u geld overmaakt.
