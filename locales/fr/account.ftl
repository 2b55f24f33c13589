### Comptes : vérification, réinitialisation du mot de passe, configuration initiale, connexion, paramètres, connexion à deux facteurs, clés API.

## Page de vérification de l’adresse e-mail

verify-email-page-title = Confirmez votre adresse e-mail
verify-email-intro = Cliquez sur le bouton pour confirmer que cette adresse e-mail vous appartient.
verify-email-confirm = Confirmer mon adresse e-mail
verify-email-done = Merci : votre adresse e-mail est confirmée.

## Page de réinitialisation du mot de passe

reset-page-title = Choisissez un nouveau mot de passe
reset-new-password = Nouveau mot de passe
reset-password-hint = De 12 à 128 caractères. Pas l’un des mots de passe les plus courants, ni votre adresse e-mail.
reset-submit = Définir le nouveau mot de passe
reset-done = Votre mot de passe a été modifié et toutes les sessions ont été fermées. Connectez-vous avec le nouveau mot de passe.

## Page de configuration initiale

setup-page-title = Créer le premier administrateur
setup-intro = Ce serveur n’a pas encore d’administrateur. Le compte que vous créez ici peut tout gérer ; ce lien ne fonctionne qu’une seule fois.
setup-email = Adresse e-mail
setup-name = Nom
setup-password = Mot de passe
setup-store-name = Nom de votre boutique
setup-store-name-hint = Affiché à vos clients dans l’en-tête de chaque page et dans les e-mails. Vous pourrez le modifier, et ajouter un logo et des couleurs, sur la page Marque.
setup-seller = Vendeur (imprimé sur les factures)
setup-seller-hint = Facultatif pour l’instant : à renseigner avant la première vente, ici ou sur la page de facturation. Sans raison sociale, les factures portent le nom de la boutique.
setup-submit = Créer l’administrateur
setup-done = Le compte administrateur est prêt. Connectez-vous avec celui-ci.

## Connexion et inscription, paramètres du compte

nav-sign-up = Créer un compte
nav-sign-out = Se déconnecter
field-email = Adresse e-mail
field-password = Mot de passe
field-name = Nom
sign-in-title = Connexion
sign-in-submit = Se connecter
sign-in-code = Code à usage unique
sign-in-code-hint = Le code à 6 chiffres de votre application d’authentification, ou l’un de vos codes de secours.
sign-in-forgot = Mot de passe oublié ?
sign-in-no-account = Créer un compte
sign-up-title = Créer un compte
sign-up-submit = Créer le compte
sign-up-done = Merci. Nous avons envoyé un lien de confirmation à l’adresse indiquée ; ouvrez-le pour confirmer votre adresse e-mail, puis connectez-vous.
sign-up-invited = Une licence vous attend. Créez votre compte avec l’adresse à laquelle elle a été envoyée.
sign-up-invited-done = Votre compte est prêt et son adresse est confirmée. Connectez-vous : la licence qui vous attend se trouve sur votre page de licences.
forgot-title = Mot de passe oublié ?
forgot-submit = M’envoyer un lien de réinitialisation
forgot-done = Si un compte utilise cette adresse, un lien pour choisir un nouveau mot de passe est en route. Il reste valable 30 minutes.
account-title = Votre compte
account-profile = Profil
account-email-verified = confirmée
account-email-unverified = pas encore confirmée
account-timezone = Fuseau horaire
account-digits = Chiffres
account-save = Enregistrer
account-saved = Vos modifications sont enregistrées.
account-password = Mot de passe
account-current-password = Mot de passe actuel
account-change-password = Changer le mot de passe
account-password-changed = Votre mot de passe a été modifié. Toutes les autres sessions ont été fermées.
account-security = Sécurité
account-2fa-on = La connexion à deux facteurs est activée.
account-2fa-off = La connexion à deux facteurs est désactivée.
account-sessions-hint = Ferme toutes les sessions de ce compte, sur tous les appareils, y compris celui-ci.
account-sign-out-everywhere = Se déconnecter partout

## Pages de connexion à deux facteurs et de clés API

account-2fa-manage = Gérer
account-export = Télécharger mes données
account-export-hint = Une archive ZIP de fichiers JSON : votre compte, vos licences et leurs clés, vos appareils, factures, paiements, portefeuille, notifications et clés API (jamais leurs secrets).
tfa-title = Connexion à deux facteurs
tfa-intro = Avec la connexion à deux facteurs, la connexion demande aussi un code provenant d’une application d’authentification sur votre téléphone : un mot de passe volé ne suffit donc plus.
tfa-start = La configurer
tfa-scan = Scannez ce code avec votre application d’authentification, puis saisissez le code à 6 chiffres qu’elle affiche.
tfa-qr-alt = Code QR pour votre application d’authentification
tfa-secret = Ou saisissez cette clé :
tfa-confirm = Activer la connexion à deux facteurs
tfa-enabled = La connexion à deux facteurs est activée. Vos autres sessions ont été fermées ; ce navigateur reste connecté.
tfa-confirm-password-hint = Votre mot de passe prouve qu’il s’agit bien de vous : vos autres sessions seront fermées, ce navigateur restera connecté.
tfa-codes-saved = Je les ai enregistrés : retour à mon compte
tfa-codes-intro = Conservez ces codes de secours en lieu sûr. Chacun fonctionne une seule fois, si vous perdez votre téléphone. Ils ne sont affichés que maintenant.
tfa-disable = Désactiver la connexion à deux facteurs
keys-title = Clés API
keys-new = Nouvelle clé
keys-scopes = Autorisations
keys-scope-read = Lire vos données
keys-scope-licenses = Gérer les licences
keys-scope-releases = Publier des versions
keys-expires = Expire au bout de (jours, facultatif)
keys-create = Créer la clé
keys-created = Votre nouvelle clé figure ci-dessous. Copiez-la maintenant : elle n’est affichée qu’une seule fois.
keys-yours = Vos clés
keys-none = Vous n’avez pas encore de clé API.
keys-prefix = Commence par
keys-revoke = Révoquer
keys-confirm-revoke = Révoquer cette clé API ? Les scripts qui l’utilisent cesseront immédiatement de fonctionner ; cette action est irréversible.
keys-revoked = révoquée
