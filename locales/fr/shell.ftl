### Mise en page commune à toutes les pages : sélecteur de langue, navigation, accueil, documentation et pages d’erreur.

# Le nom de la langue dans cette langue, affiché dans le sélecteur de langue.
language-name = Français

-brand = RMS License Server

## Mise en page commune à toutes les pages

skip-to-content = Aller au contenu
nav-home = Accueil
nav-sign-in = Se connecter
nav-api-docs = Documentation de l’API
nav-menu = Menu
notice-dismiss = Fermer
language-label = Langue
language-apply = Changer
footer-text = { -brand } — gestion des licences et facturation, hébergées chez vous.
footer-support = Assistance

## Page d’accueil

landing-page-title = { -brand }
landing-tagline = Vendez votre logiciel, protégez-le et soyez payé — sur votre propre serveur.
landing-intro = { -brand } émet des clés de licence cryptographiques, les lie à des appareils ou à des domaines, les vérifie en ligne comme hors ligne, vend via une boutique dotée d’un portefeuille et de passerelles de paiement, et s’adresse à vos clients dans leur langue.
landing-feature-keys-title = Des clés impossibles à falsifier
landing-feature-keys-body = Chaque licence est signée avec Ed25519. Votre logiciel la vérifie à l’aide d’une clé publique, même sans connexion réseau.
landing-feature-store-title = Une boutique aux comptes exacts
landing-feature-store-body = Les prix sont calculés sur le serveur, chaque paiement est crédité une seule et unique fois, et chaque numéro de facture n’est utilisé qu’une seule fois.
landing-feature-scale-title = Un seul binaire, du portable à la grappe de serveurs
landing-feature-scale-body = Démarrez avec une seule commande sur une base de données embarquée ; passez à plusieurs nœuds sur PostgreSQL et Redis sans changer une ligne.
landing-cta-sign-in = Se connecter
landing-cta-store = Parcourir la boutique
landing-cta-docs = Découvrir l’API
landing-languages = Disponible en { $count ->
        [one] { $count } langue
       *[other] { $count } langues
    }.

## Page de documentation de l’API

docs-page-title = Documentation de l’API
docs-noscript = La référence interactive nécessite JavaScript. Le document OpenAPI lui-même se trouve à l’adresse { $url }.

## Pages d’erreur

error-page-back = Retour à la page d’accueil
error-page-request-id = Identifiant de la requête : { $id }
