# Notifications : un objet (également le titre dans l’application) et un corps par type. Les arguments proviennent
# de l’événement : $name est toujours le nom de la personne ; les liens sont ajoutés sous le corps par l’expéditeur.
# Un type peut ajouter `-details`, un paragraphe affiché uniquement lorsque tous ses arguments sont présents (les
# notifications enregistrées par une version antérieure n’en ont pas toujours).

notify-footer = Vous recevez ce message parce que vous avez un compte chez { $seller }. Choisissez les sujets dont vous êtes informé, et par quel moyen, sur la page de votre compte.
notify-open = Ouvrir
notify-unsubscribe = Se désabonner de ces e-mails
notify-unsubscribe-intro = Ne plus recevoir les e-mails de ce type ? Les avis de sécurité et les autres types ne sont pas concernés ; vous pourrez les réactiver depuis la page de votre compte.
notify-unsubscribe-confirm = Se désabonner
notify-unsubscribe-done = C’est fait : vous ne recevrez plus ces e-mails.

notify-top_up_credited-subject = Votre portefeuille a été rechargé de { $amount }
notify-top_up_credited-body = Bonjour { $name }, votre portefeuille a été crédité de { $amount }.
notify-top_up_credited-details = Votre paiement { $reference } de { $paid } via { $gateway } est bien arrivé. Votre solde et votre historique se trouvent sur la page de votre portefeuille.
notify-transfer_confirmed-subject = Votre virement bancaire de { $amount } est arrivé
notify-transfer_confirmed-body = Bonjour { $name }, nous avons reçu votre virement bancaire : le montant de { $amount } est désormais disponible dans votre portefeuille.
notify-transfer_confirmed-details = Sa référence était { $reference } ; vous avez envoyé { $paid }.
notify-purchase_receipt-subject = Reçu de votre achat ({ $invoice })
notify-purchase_receipt-body = Bonjour { $name }, merci pour votre achat. La facture { $invoice }, d’un total de { $amount }, a été réglée depuis votre portefeuille. Vos clés de licence se trouvent sur votre page de licences ; le PDF de la facture peut être téléchargé à tout moment depuis la page de votre portefeuille.
notify-order_failed-subject = Votre commande n’a pas pu aboutir
notify-order_failed-body = Bonjour { $name }, votre commande n’a pas pu aboutir. { $reason ->
        [unpaid] Son paiement n’a pas abouti : rien ne vous a donc été facturé. Vous pouvez commander à nouveau depuis la boutique.
        [returned] Son paiement a été repris par le prestataire de paiement : aucun achat n’a donc été effectué.
        [late] Son paiement est arrivé trop tard pour acheter au prix qui vous avait été indiqué. Le montant de { $amount } que vous avez payé se trouve dans votre portefeuille : vous pouvez acheter à nouveau depuis la boutique quand vous le souhaitez.
       *[refused] La boutique ne pouvait plus la vendre telle que commandée (code promo épuisé, formule qui n’est plus vendue). Le montant de { $amount } que vous avez payé se trouve dans votre portefeuille.
    }
notify-refund-subject = Remboursement de { $amount } effectué
notify-refund-body = Bonjour { $name }, le montant de { $amount } de la facture { $invoice } a été remboursé sur votre portefeuille.
notify-payment_attention-subject = Un paiement requiert votre attention
notify-payment_attention-body = Bonjour { $name }, un paiement de { $amount } est en attente d’une décision.
notify-license_issued-subject = Votre licence { $product } est prête
notify-license_issued-body = Bonjour { $name }, une licence pour { $product } ({ $plan }) vous a été délivrée. Sa clé se trouve sur votre page de licences.
notify-device_activated-subject = { $product } a été activé sur un nouvel appareil
notify-device_activated-body = Bonjour { $name }, votre licence { $product } a été activée sur { $device }. Si ce n’était pas vous, libérez le poste depuis votre page de licences.
notify-seat_freed-subject = Un poste { $product } a été libéré
notify-seat_freed-body = Bonjour { $name }, { $device } n’occupe plus de poste de votre licence { $product }.
notify-license_expiring-subject = Votre licence { $product } expire dans { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }
notify-license_expiring-body = Bonjour { $name }, votre licence { $product } expire dans { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }. Renouvelez-la pour continuer à utiliser { $product } et à recevoir les mises à jour.
notify-license_expired-subject = Votre licence { $product } a expiré
notify-license_expired-body = Bonjour { $name }, votre licence { $product } a expiré.
notify-renewal_upcoming-subject = Votre licence { $product } sera renouvelée le { $date }
notify-renewal_upcoming-body = Bonjour { $name }, votre licence { $product } sera renouvelée automatiquement le { $date } pour un montant de { $amount }, prélevé sur votre portefeuille. { $reason ->
        [wallet_short] Votre portefeuille ne contient pas encore cette somme : rechargez-le d’ici là, sinon la licence prendra fin.
       *[other] Votre portefeuille couvre ce montant.
    } Vous pouvez désactiver le renouvellement automatique sur votre page de licences.
notify-license_renewed-subject = Votre licence { $product } a été renouvelée
notify-license_renewed-body = Bonjour { $name }, votre licence { $product } a été renouvelée automatiquement jusqu’au { $date }. La facture { $invoice }, d’un total de { $amount }, a été réglée depuis votre portefeuille.
notify-renewal_failed-subject = Votre licence { $product } n’a pas pu être renouvelée
notify-renewal_failed-body = Bonjour { $name }, votre licence { $product } n’a pas pu être renouvelée automatiquement. { $reason ->
        [wallet_short] Le renouvellement coûte { $amount } et votre portefeuille contient { $paid }. Rechargez votre portefeuille et renouvelez la licence depuis votre page de licences.
        [not_for_sale] Sa formule n’est plus vendue.
       *[other] Renouvelez-la depuis votre page de licences.
    } Elle conserve sa clé et ses appareils si elle est renouvelée d’ici le { $date }.
notify-clone_suspected-subject = Votre licence { $product } est peut-être utilisée sur un appareil copié
notify-clone_suspected-body = Bonjour { $name }, deux machines viennent de présenter la même activation de votre licence { $product } (appareil « { $device } »). Cela signifie généralement qu’une image disque ou une machine virtuelle a été copiée avec la licence.

    L’activation est mise en pause. Si vous reconnaissez les deux machines, libérez l’ancienne sur votre page de licences et activez la nouvelle. Sinon, quelqu’un utilise peut-être votre clé de licence : contactez l’éditeur.
notify-license_status-subject = Votre licence { $product } est désormais { $status ->
        [active] active
        [suspended] suspendue
        [expired] expirée
        [revoked] révoquée
       *[other] « { $status } »
    }
notify-license_status-body = Bonjour { $name }, le statut de votre licence { $product } est passé à « { $status ->
        [active] active
        [suspended] suspendue
        [expired] expirée
        [revoked] révoquée
       *[other] { $status }
    } ».
notify-release_published-subject = { $product } { $version } est disponible
notify-release_published-body = Bonjour { $name }, la version { $version } de { $product } a été publiée sur le canal { $channel ->
        [stable] stable
        [beta] bêta
        [alpha] alpha
       *[other] { $channel }
    }. Elle se trouve sur votre page de téléchargements.
notify-new_sign_in-subject = Nouvelle connexion à votre compte
notify-new_sign_in-body = Bonjour { $name }, une connexion à votre compte vient d’avoir lieu depuis { $device }. Si ce n’était pas vous, changez votre mot de passe dès maintenant.
notify-password_changed-subject = Votre mot de passe a été modifié
notify-password_changed-body = Bonjour { $name }, le mot de passe de votre compte a été modifié. Si ce n’était pas vous, réinitialisez-le dès maintenant et contactez l’assistance.
notify-two_factor_changed-subject = La connexion à deux facteurs a été { $status ->
        [on] activée
        [off] désactivée
       *[other] modifiée ({ $status })
    }
notify-two_factor_changed-body = Bonjour { $name }, la connexion à deux facteurs de votre compte a été { $status ->
        [on] activée
        [off] désactivée
       *[other] modifiée ({ $status })
    }. Si ce n’était pas vous, contactez l’assistance dès maintenant.
notify-api_key_created-subject = Une nouvelle clé API a été créée
notify-api_key_created-body = Bonjour { $name }, la clé API « { $key_name } » a été créée pour votre compte. Si ce n’était pas vous, révoquez-la dès maintenant.
notify-commission_earned-subject = Vous avez gagné une commission de { $amount }
notify-commission_earned-body = Bonjour { $name }, un achat effectué via votre lien de parrainage vous a rapporté { $amount }. Ce montant est bloqué jusqu’à la fin du délai de remboursement.
notify-commission_released-subject = Commissions de { $amount } désormais disponibles
notify-commission_released-body = Bonjour { $name }, des commissions d’un montant de { $amount } ont été versées sur votre portefeuille.
notify-marketing-subject = { $headline }
notify-marketing-body = Bonjour { $name },

    { $text }

# La page des notifications, la cloche de l’en-tête et les choix par type.
nav-notifications = Notifications
notifications-title = Notifications
notifications-none = Rien pour l’instant. Ce qui arrive à vos licences, à vos paiements et à votre compte s’affichera ici.
notifications-mark-all = Tout marquer comme lu
notifications-unread = nouveau
account-notifications-title = Paramètres des notifications
account-notifications-intro = Choisissez, pour chaque type d’avis, s’il vous parvient par e-mail et dans l’application. Les avis de sécurité conservent toujours au moins un canal.
account-notifications-save = Enregistrer les paramètres des notifications
account-notifications-saved = Paramètres des notifications enregistrés.
account-notifications-security = sécurité
notify-kind = Avis
notify-channel-email = E-mail
notify-channel-in_app = Dans l’application
notify-channel-telegram = Telegram
notify-group-transactions = Paiements
notify-group-licenses = Licences
notify-group-releases = Versions
notify-group-security = Sécurité
notify-group-affiliate = Programme d’affiliation
notify-group-marketing = Actualités
notify-kind-top_up_credited = Portefeuille rechargé
notify-kind-transfer_confirmed = Virement bancaire reçu
notify-kind-purchase_receipt = Reçus d’achat
notify-kind-order_failed = Commandes qui n’ont pas pu aboutir
notify-kind-refund = Remboursements
notify-kind-payment_attention = Paiements en attente d’une décision
notify-kind-license_issued = Licence qui vous est délivrée
notify-kind-device_activated = Activation sur un nouvel appareil
notify-kind-seat_freed = Poste libéré
notify-kind-license_expiring = Licence bientôt expirée (14 et 3 jours avant)
notify-kind-license_expired = Licence expirée
notify-kind-renewal_upcoming = Renouvellement automatique à venir (7 jours avant)
notify-kind-license_renewed = Licence renouvelée automatiquement
notify-kind-renewal_failed = Échec du renouvellement automatique
notify-kind-clone_suspected = Appareil peut-être copié
notify-kind-license_status = Licence suspendue, révoquée ou rétablie
notify-kind-release_published = Nouvelles versions
notify-kind-new_sign_in = Connexion depuis un nouvel appareil
notify-kind-password_changed = Mot de passe modifié
notify-kind-two_factor_changed = Connexion à deux facteurs modifiée
notify-kind-api_key_created = Clé API créée
notify-kind-commission_earned = Commission gagnée
notify-kind-commission_released = Commission versée
notify-kind-marketing = Actualités et offres

# Nouvelles versions par produit, sur la page des paramètres des notifications.
account-releases-title = Nouvelles versions
account-releases-intro = Pour chaque produit dont vous détenez une licence : les versions dont vous êtes informé, et par quel moyen. Le canal bêta signale aussi les versions stables ; le canal alpha, toutes les versions.
account-releases-none = Aucune
account-releases-stable = Versions stables
account-releases-beta = Versions bêta et stables
account-releases-alpha = Toutes les versions, alpha comprises

# Les réponses du bot Telegram.
telegram-linked = Bonjour { $name } ! Cette discussion est désormais liée à votre compte : les notifications que vous choisissez pour Telegram arriveront ici. Envoyez /stop pour y mettre fin.
telegram-unlinked = Cette discussion n’est plus liée à aucun compte. Vous pouvez le lier à nouveau depuis la page de votre compte.
telegram-link-invalid = Ce lien a expiré ou a déjà été utilisé. Créez-en un nouveau sur la page de votre compte.
telegram-help = Pour recevoir les notifications ici, ouvrez le lien Telegram figurant sur la page de votre compte. Envoyez /stop pour délier cette discussion.

# Telegram sur la page des paramètres des notifications.
account-telegram-intro = Recevez dans Telegram les notifications de votre choix : liez ce compte à une discussion avec le bot de la boutique.
account-telegram-link = Lier Telegram
account-telegram-open = Ouvrez ce lien dans Telegram dans les 15 minutes et appuyez sur Démarrer :
account-telegram-linked = Ce compte est lié à une discussion Telegram.
account-telegram-unlink = Délier Telegram

# Alertes envoyées à la discussion Telegram des administrateurs.
telegram-alert-payment_review = Un paiement requiert une décision : { $payment } ({ $reason }).
telegram-alert-clone_suspected = Un appareil est peut-être une copie : licence { $license }, appareil { $device }.
telegram-alert-reconciliation = Le rapprochement du grand livre a relevé { $count ->
        [one] { $count } anomalie
       *[other] { $count } anomalies
    } : de l’argent a peut-être été créé ou perdu.
telegram-alert-job_dead = Une tâche en arrière-plan a abandonné : { $job } ({ $id }). Dernière erreur : { $reason }
