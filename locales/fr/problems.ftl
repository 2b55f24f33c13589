# Titres et détails des réponses d’erreur RFC 9457, une paire par code d’erreur stable.

problem-bad-request-title = Requête incorrecte
problem-bad-request-detail = La requête n’a pas pu être comprise : { $reason }
bad-request-not-json = le corps n’est pas un JSON valide.
bad-request-missing-field = « { $field } » est obligatoire.
bad-request-unknown-field = « { $field } » n’est pas un champ accepté par cette requête.
bad-request-malformed-field = « { $field } » n’a pas une valeur du type ou du format attendu.
bad-request-malformed = l’une de ses valeurs n’a pas le type ou le format attendu.
problem-not-found-title = Introuvable
problem-not-found-detail = Il n’y a rien à cette adresse.
problem-method-not-allowed-title = Méthode non autorisée
problem-method-not-allowed-detail = Cette adresse n’accepte pas la méthode { $method }.
problem-payload-too-large-title = Requête trop volumineuse
problem-payload-too-large-detail = Le corps de la requête dépasse la taille acceptée par ce serveur ({ $limit } octets au maximum).
problem-unsupported-media-type-title = Type de média non pris en charge
problem-unsupported-media-type-detail = Envoyez le corps de la requête en JSON avec l’en-tête Content-Type: application/json.
problem-request-timeout-title = Délai de la requête dépassé
problem-request-timeout-detail = La requête a duré plus de { $seconds } secondes et a été interrompue. Rien n’a été enregistré, sauf indication contraire dans la réponse.
problem-too-many-requests-title = Trop de requêtes
problem-too-many-requests-detail = Trop de requêtes en peu de temps. Veuillez patienter, puis réessayer.
problem-internal-error-title = Erreur interne
problem-internal-error-detail = Un problème est survenu de notre côté. Il a été consigné ; veuillez mentionner l’identifiant de requête { $request_id } si vous contactez l’assistance.
problem-service-unavailable-title = Service indisponible
problem-service-unavailable-detail = Le service est temporairement indisponible. Veuillez réessayer dans un instant.
problem-http-error-title = Échec de la requête
problem-http-error-detail = La requête a échoué avec le statut HTTP { $status }.

## Comptes et sessions

problem-invalid-email-title = Adresse e-mail non valide
problem-invalid-email-detail = « { $field } » n’est pas une adresse e-mail valide.
problem-password-length-title = Longueur du mot de passe
problem-password-length-detail = Le mot de passe doit comporter entre { $min } et { $max } caractères.
problem-password-too-common-title = Mot de passe trop courant
problem-password-too-common-detail = Ce mot de passe fait partie des plus utilisés. Veuillez en choisir un autre.
problem-password-contains-email-title = Le mot de passe contient l’adresse e-mail
problem-password-contains-email-detail = Le mot de passe ne doit pas contenir votre adresse e-mail. Veuillez en choisir un autre.
problem-invalid-name-title = Nom non valide
problem-invalid-name-detail = Le nom doit comporter de 1 à 100 caractères, sans caractères de contrôle.
problem-invalid-timezone-title = Fuseau horaire non valide
problem-invalid-timezone-detail = Utilisez un nom de fuseau horaire tel que Europe/Berlin ou UTC.
problem-unsupported-locale-title = Langue non prise en charge
problem-unsupported-locale-detail = Cette langue n’est pas disponible. Choisissez l’une des langues proposées.
problem-invalid-credentials-title = Échec de la connexion
problem-invalid-credentials-detail = L’adresse e-mail ou le mot de passe est incorrect.
problem-account-locked-title = Compte verrouillé
problem-account-locked-detail = Ce compte est verrouillé. Veuillez contacter l’assistance.
problem-unauthenticated-title = Non connecté
problem-unauthenticated-detail = Cette requête nécessite un jeton d’accès valide. Reconnectez-vous pour en obtenir un.
problem-invalid-refresh-token-title = Session expirée
problem-invalid-refresh-token-detail = La session a expiré ou a été fermée. Veuillez vous reconnecter.
problem-invalid-link-token-title = Lien qui n’est plus valide
problem-invalid-link-token-detail = Ce lien n’est pas valide, a déjà été utilisé ou a expiré. Demandez-en un nouveau.
problem-forbidden-title = Non autorisé
problem-forbidden-detail = Vous êtes connecté, mais ces identifiants ne permettent pas cette action.
problem-limit-reached-title = Limite atteinte
problem-limit-reached-detail = Vous avez atteint la limite de { $limit }. Supprimez un élément avant d’en ajouter un autre.
problem-invalid-scope-title = Portée non valide
problem-invalid-scope-detail = Choisissez au moins l’une des portées proposées ; certaines sont réservées aux administrateurs.
problem-out-of-range-title = Valeur hors limites
problem-out-of-range-detail = La valeur de « { $field } » est en dehors de la plage acceptée.
problem-totp-required-title = Code à usage unique requis
problem-totp-required-detail = Ce compte utilise la connexion à deux facteurs. Saisissez le code de votre application d’authentification, ou un code de secours.
problem-totp-invalid-title = Code à usage unique incorrect
problem-totp-invalid-detail = Le code est incorrect, a expiré ou a déjà été utilisé. Attendez le code suivant et réessayez.
problem-totp-locked-title = Connexion à deux facteurs verrouillée
problem-totp-locked-detail = Trop de codes incorrects. La connexion à deux facteurs est verrouillée pendant 15 minutes.
problem-totp-already-enabled-title = La connexion à deux facteurs est déjà activée
problem-totp-already-enabled-detail = La connexion à deux facteurs est déjà activée pour ce compte.
problem-totp-not-enabled-title = La connexion à deux facteurs est désactivée
problem-totp-not-enabled-detail = La connexion à deux facteurs n’est pas activée pour ce compte (ou sa configuration n’a pas été commencée).
problem-invalid-code-title = Code incorrect
problem-invalid-code-detail = La valeur de « { $field } » est incorrecte ou a expiré.
problem-invalid-role-title = Rôle inconnu
problem-invalid-role-detail = Le rôle doit être user, support ou admin.
problem-csrf-failed-title = Formulaire expiré
problem-csrf-failed-detail = Ce formulaire n’a pas pu être accepté. Rechargez la page et réessayez.
problem-two-factor-required-for-staff-title = Connexion à deux facteurs requise
problem-two-factor-required-for-staff-detail = Ce serveur exige que le personnel utilise la connexion à deux facteurs. Activez-la d’abord dans les paramètres de votre compte.
problem-slug-taken-title = Slug déjà utilisé
problem-slug-taken-detail = Un autre produit utilise déjà ce slug. Choisissez-en un autre.
problem-invalid-slug-title = Slug non valide
problem-invalid-slug-detail = Un slug comporte de 2 à 64 lettres minuscules, chiffres et tirets, et ne commence ni ne se termine par un tiret.
problem-invalid-product-kind-title = Type de produit non valide
problem-invalid-product-kind-detail = Un produit est soit « software » (lié à des machines), soit « site » (lié à des domaines).
problem-unknown-account-title = Compte inconnu
problem-unknown-account-detail = Aucun compte n’utilise cette adresse e-mail. La personne doit d’abord s’inscrire.
problem-license-revoked-title = Licence révoquée
problem-license-revoked-detail = Cette licence a été révoquée ; une licence révoquée ne peut pas être rétablie. Émettez-en une nouvelle à la place.
problem-seats-in-use-title = Postes utilisés
problem-seats-in-use-detail = { $in_use ->
        [one] { $in_use } poste de cette licence est utilisé.
       *[other] { $in_use } postes de cette licence sont utilisés.
    } Libérez-en (désactivez des appareils ou réduisez des sous-licences) avant de diminuer le nombre de postes.
problem-license-unusable-title = Licence inutilisable
problem-license-unusable-detail = La licence ne peut pas être utilisée pour cela ({ $code }).

# Réponses de l’API destinée aux produits (validation, activation, signal de vie, désactivation, fichier de licence).
answer-not-found = Aucune licence ne correspond à cette clé.
answer-revoked = Cette licence a été révoquée.
answer-suspended = Cette licence est suspendue.
answer-expired = Cette licence a expiré.
answer-product-mismatch = Cette clé appartient à un autre produit.
answer-not-activated = Cette licence n’est pas encore activée ici.
answer-fingerprint-mismatch = Cette licence est activée sur d’autres appareils, mais pas sur celui-ci.
answer-domain-mismatch = Cette licence est activée sur d’autres domaines, mais pas sur celui-ci.
answer-heartbeat-dead = Cet appareil a cessé d’envoyer des signaux de vie ; activez-le à nouveau.
answer-too-many-activations = Il y a plus d’appareils actifs que de postes dans la licence.
answer-entitlement-missing = La licence n’inclut pas une fonctionnalité demandée.
answer-version-not-covered = Cette version a été publiée après la période de mises à jour de la licence.
answer-valid = La licence est valide.
answer-activation-limit = Tous les postes de cette licence ({ $seats }) sont utilisés. Libérez l’une des activations listées pour l’utiliser ici.
answer-clone-suspected = Une autre machine utilise cette activation ; elle est en pause jusqu’à ce que le titulaire la libère.
answer-reassignment-limit = Cette licence a épuisé ses changements d’appareil pour le moment. Le prochain sera possible à partir de { $at }.
answer-refused-title = Le serveur de licences a refusé cette requête
problem-reassignment-limit-title = Plus de changement d’appareil possible pour le moment
problem-reassignment-limit-detail = Cette licence a épuisé ses changements d’appareil pour le moment. Le prochain sera possible à partir de { $at }.
problem-not-enough-seats-title = Pas assez de postes libres
problem-not-enough-seats-detail = { $free ->
    [0] Aucun poste de cette licence n’est libre.
    [one] Seul { $free } poste de cette licence est libre.
   *[other] Seuls { $free } postes de cette licence sont libres.
}
problem-invalid-activation-request-title = Demande d’activation non valide
problem-invalid-activation-request-detail = Il ne s’agit pas d’une demande d’activation générée avec la clé de cette licence. Générez-la à nouveau sur la machine à activer, avec la clé de cette licence.
problem-not-for-sale-title = Pas en vente
problem-not-for-sale-detail = Cette formule n’est pas en vente.
problem-promo-not-found-title = Code promo inconnu
problem-promo-not-found-detail = Ce code promo n’existe pas ou n’est pas valable actuellement.
problem-insufficient-funds-title = Solde du portefeuille insuffisant
problem-insufficient-funds-detail = Le solde de votre portefeuille est insuffisant pour cet achat. Rechargez votre portefeuille et réessayez ; rien ne vous a été facturé.
problem-promo-expired-title = Code promo non valable actuellement
problem-promo-expired-detail = Ce code promo n’est pas valable en ce moment.
problem-promo-not-applicable-title = Code promo non applicable
problem-promo-not-applicable-detail = Ce code promo ne s’applique à aucun produit de votre panier.
problem-promo-below-minimum-title = Commande inférieure au minimum du code promo
problem-promo-below-minimum-detail = Votre commande est inférieure au minimum requis par ce code promo.
problem-promo-first-purchase-only-title = Code promo réservé aux premiers achats
problem-promo-first-purchase-only-detail = Ce code promo est réservé à un premier achat.
problem-promo-exhausted-title = Code promo épuisé
problem-promo-exhausted-detail = Ce code promo a atteint son nombre maximal d’utilisations pour le moment.
problem-promo-user-limit-title = Code promo déjà utilisé
problem-promo-user-limit-detail = Vous avez déjà utilisé ce code promo autant de fois qu’il le permet.
problem-promo-paused-title = Code promo en pause
problem-promo-paused-detail = Ce code promo est en pause pour le moment.
problem-promo-code-taken-title = Code promo existant
problem-promo-code-taken-detail = Un autre code promo porte déjà ce nom.
problem-idempotency-key-reused-title = Clé d’idempotence utilisée pour une autre requête
problem-idempotency-key-reused-detail = Cette Idempotency-Key a déjà été utilisée avec une requête différente. Utilisez une nouvelle clé pour une nouvelle requête.
problem-idempotency-key-in-use-title = Requête en cours
problem-idempotency-key-in-use-detail = Une requête avec cette Idempotency-Key est encore en cours de traitement. Réessayez dans un instant pour obtenir sa réponse.
problem-self-referral-title = Auto-parrainage
problem-self-referral-detail = Vous ne pouvez pas utiliser votre propre code de parrainage.
problem-wrong-state-title = Impossible dans cet état
problem-wrong-state-detail = Cette action est impossible pour le moment ({ $state }).
problem-gateway-disabled-title = Moyen de paiement indisponible
problem-gateway-disabled-detail = Ce moyen de paiement n’est pas activé sur ce serveur.
problem-gateway-unavailable-title = Prestataire de paiement indisponible
problem-gateway-unavailable-detail = Le prestataire de paiement n’a pas pu être joint. Rien ne vous a été facturé ; réessayez dans quelques minutes ou choisissez un autre moyen de paiement.
problem-webhook-signature-invalid-title = Signature de webhook non valide
problem-webhook-signature-invalid-detail = La signature du webhook ne correspond pas aux paramètres de cette passerelle. Rien n’a été modifié.
problem-invalid-number-format-title = Modèle de numérotation non valide
problem-invalid-number-format-detail = « { $field } » doit contenir une fois {"{"}YYYY{"}"} et une suite de chiffres entre accolades, par exemple INV-{"{"}YYYY{"}"}-{"{"}000001{"}"} : la numérotation repart à zéro chaque année.
problem-number-formats-clash-title = Risque de numéros en double
problem-number-formats-clash-detail = « { $field } » pourrait produire les mêmes numéros que le modèle des factures. Donnez aux deux modèles des préfixes différents, par exemple INV- et CN-.
problem-invalid-staging-pattern-title = Modèle de préproduction non valide
problem-invalid-staging-pattern-detail = Indiquez un hôte par ligne : un hôte exact (staging.shop.com), tous les hôtes d’un domaine (*.preview.shop.com), tous les hôtes commençant par un libellé (staging.*) ou en contenant un (*.staging.*). Un domaine de premier niveau entier tel que *.dev est public et ne peut pas être gratuit.
problem-insufficient-scope-title = Action non autorisée avec cette clé
problem-insufficient-scope-detail = Cette action nécessite { $scope ->
        [session] une session connectée : une clé API ne peut pas l’effectuer
       *[other] une clé API disposant de la portée « { $scope } »
    }.
problem-refund-window-closed-title = Délai de remboursement écoulé
problem-refund-window-closed-detail = Cette formule peut être remboursée pendant { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } après l’achat, et ce délai est écoulé. Ne la remboursez quand même que si c’est bien votre intention.
problem-invalid-version-title = Version non valide
problem-invalid-version-detail = Indiquez une version sémantique telle que 1.4.0, 2.0.0-beta.1 ou 1.4.0+build.7.
problem-invalid-platform-title = Plateforme non valide
problem-invalid-platform-detail = Une plateforme comporte de 1 à 64 lettres minuscules, chiffres, tirets et traits de soulignement, par exemple windows-x86_64 ou wordpress.
problem-invalid-file-name-title = Nom de fichier non valide
problem-invalid-file-name-detail = Indiquez un simple nom de fichier tel que app-1.4.0.dmg : sans barre oblique, sans point initial, sans guillemets ni caractères de contrôle.
problem-version-taken-title = Version existante
problem-version-taken-detail = Ce produit a déjà une version portant ce numéro (des métadonnées de compilation ne suffisent pas à en faire une nouvelle).
problem-download-link-invalid-title = Lien de téléchargement non valide
problem-download-link-invalid-detail = Ce lien de téléchargement a expiré, a été modifié ou concerne une version qui n’est plus disponible. Demandez-en un nouveau.
problem-feed-license-required-title = Clé de licence requise
problem-feed-license-required-detail = Ce flux de mise à jour est réservé aux clients disposant d’une licence. Envoyez votre clé de licence dans l’adresse du flux ou dans l’en-tête RMS-License-Key.
problem-feed-license-refused-title = Clé de licence refusée
problem-feed-license-refused-detail = Cette clé de licence ne donne pas accès au flux de mise à jour de ce produit : elle est inconnue, destinée à un autre produit, expirée, suspendue ou révoquée.

problem-invalid-vat-id-title = Numéro de TVA non valide
problem-invalid-vat-id-detail = « { $field } » n’est pas un numéro de TVA du pays indiqué. Les numéros de TVA de l’UE commencent par le préfixe du pays, par exemple DE123456789 (Grèce : EL). Laissez ce champ vide si vous achetez en tant que particulier.

problem-entitlements-append-only-title = Les droits peuvent seulement être ajoutés
problem-entitlements-append-only-detail = Conservez les droits de la formule dans leur ordre et ajoutez les nouveaux à la fin : les clés de licence émises les portent selon leur position, si bien que supprimer ou réordonner un droit modifierait ce à quoi les clients existants ont droit.
problem-invalid-date-title = Date non valide
problem-invalid-date-detail = Indiquez « { $field } » sous forme de date, par exemple 2026-12-31.
problem-date-range-reversed-title = Dates dans le mauvais ordre
problem-date-range-reversed-detail = La date de début est postérieure à la date de fin. Choisissez un début antérieur ou égal à la fin.
