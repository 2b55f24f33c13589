# E-mails en texte brut. Les liens sont seuls sur leur ligne pour que tous les clients de messagerie les rendent cliquables.

email-verify-subject = Confirmez votre adresse e-mail
email-verify-body =
    Bonjour { $name },

    Veuillez confirmer votre adresse e-mail en ouvrant ce lien dans les { $minutes } minutes :

    { $link }

    Si vous n’avez pas créé de compte, vous pouvez ignorer cet e-mail.
email-registration-attempt-subject = Quelqu’un a tenté de s’inscrire avec votre adresse e-mail
email-registration-attempt-body =
    Bonjour { $name },

    Quelqu’un vient de tenter de créer un nouveau compte avec votre adresse e-mail, qui en possède déjà un.
    Si c’était vous, connectez-vous simplement :

    { $link }

    Si ce n’était pas vous, aucune action n’est nécessaire : rien n’a été modifié.
email-reset-subject = Réinitialisez votre mot de passe
email-reset-body =
    Bonjour { $name },

    Quelqu’un (vous, espérons-le) a demandé la réinitialisation du mot de passe de votre compte. Pour en choisir un nouveau, ouvrez ce lien dans les { $minutes } minutes :

    { $link }

    Si vous n’êtes pas à l’origine de cette demande, ignorez cet e-mail : votre mot de passe reste inchangé.
email-clone-suspected-subject = Une de vos licences semble fonctionner sur une machine copiée
email-clone-suspected-body =
    Bonjour { $name },

    Deux machines viennent de présenter la même activation de votre licence { $product } (appareil « { $device } »). Cela signifie généralement qu’une image disque ou une machine virtuelle a été copiée avec la licence.

    L’activation est mise en pause. Si vous reconnaissez les deux machines, libérez l’ancienne sur votre page de licences et activez la nouvelle :

    { $link }

    Sinon, quelqu’un utilise peut-être votre clé de licence : contactez l’éditeur.
email-receipt-subject = Votre reçu { $number }
email-receipt-body =
    Bonjour { $name },

    Merci pour votre achat. La facture { $number }, d’un total de { $total }, a été réglée depuis votre portefeuille.

    Vos clés de licence se trouvent sur votre page de licences :

    { $licenses }

    Le PDF de la facture peut être téléchargé à tout moment depuis la page de votre portefeuille :

    { $billing }
email-sub-license-invite-subject = { $inviter } vous a attribué une licence
email-sub-license-invite-body =
    Bonjour,

    { $inviter } vous a attribué { $seats ->
        [one] { $seats } poste
       *[other] { $seats } postes
    } de { $product }, avec une clé de licence qui vous est propre.

    Pour les utiliser, connectez-vous avec cette adresse e-mail, ou créez un compte avec celle-ci et confirmez l’adresse. La licence apparaîtra alors sur votre page de licences :

    { $link }

    Si vous ne connaissez pas { $inviter }, ignorez cet e-mail.
email-license-invite-subject = { $store } vous a délivré une licence
email-license-invite-body =
    Bonjour,

    { $store } vous a délivré une licence de { $product } ({ $plan }).

    Pour l’utiliser, créez votre compte avec cette adresse e-mail via ce lien ; la licence et sa clé se trouveront ensuite sur votre page de licences :

    { $link }

    Si vous ne vous y attendiez pas, ignorez cet e-mail.
email-top-up-receipt-subject = Votre portefeuille a été rechargé de { $credited }
email-top-up-receipt-body =
    Bonjour { $name },

    Votre paiement { $reference } de { $paid } via { $gateway } est bien arrivé, et votre portefeuille a été crédité de { $credited }.

    Votre solde et votre historique se trouvent sur la page de votre portefeuille :

    { $billing }
email-transfer-instructions-subject = Votre virement bancaire de { $amount }
email-transfer-instructions-body =
    Bonjour { $name },

    Pour recharger votre portefeuille, virez { $amount } en indiquant cette référence : { $reference }

    { $details }

    Les mêmes coordonnées, chacune avec un bouton de copie, se trouvent sur cette page :

    { $page }

    Votre portefeuille sera crédité dès réception des fonds.
email-transfer-account-holder = Titulaire du compte
email-transfer-account-number = IBAN ou numéro de compte
email-transfer-swift-bic = SWIFT/BIC
email-transfer-bank-name = Banque
email-transfer-bank-address = Adresse de la banque
email-transfer-no-details = Les coordonnées bancaires pour cette devise ne sont pas encore configurées : veuillez nous contacter avant d’effectuer le virement.
