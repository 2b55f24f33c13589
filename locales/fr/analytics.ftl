# Statistiques : rapports de ventes, de licences, d’utilisation et de téléchargements pour l’administrateur.
analytics-title = Statistiques
analytics-sales = Ventes
analytics-licenses = Licences
analytics-usage = Utilisation
analytics-downloads = Téléchargements
analytics-from = Du
analytics-to = Au
analytics-granularity = Regrouper par
analytics-by-day = Jour
analytics-by-week = Semaine
analytics-by-month = Mois
analytics-all-products = Tous les produits
analytics-show = Afficher
analytics-previous = Période précédente :
analytics-chart-table = Données affichées dans le graphique
analytics-csv = Télécharger en CSV
analytics-empty = Aucune donnée sur cette période.
analytics-source = { $rollup ->
    [one] { $rollup } jour lu dans l’agrégat quotidien
   *[other] { $rollup } jours lus dans l’agrégat quotidien
}, { $live ->
    [one] { $live } jour calculé à partir des événements.
   *[other] { $live } jours calculés à partir des événements.
}
analytics-chart-desc = Du { $from } au { $to }. Le tableau sous le graphique contient toutes les données.
analytics-chart-revenue = Chiffre d’affaires net et remboursements
analytics-chart-licenses = Activations en cours, nouvelles activations et licences émises
analytics-chart-usage = Appareils et sites qui se sont signalés (jour le plus chargé)
analytics-chart-downloads = Téléchargements
analytics-table-products = Par produit
analytics-table-customers = Nouveaux clients et clients fidèles
analytics-table-gateways = Rechargements du portefeuille par passerelle
analytics-table-countries = Par pays de l’acheteur
analytics-table-promos = Codes promo
analytics-table-affiliates = Affiliés
analytics-table-activation-results = Activations par résultat
analytics-table-validation-results = Validations par résultat
analytics-table-deactivated-by = Désactivations selon leur auteur
analytics-table-top-licenses = Licences les plus sollicitées
analytics-table-releases = Par version
analytics-table-channels = Par canal
analytics-col-period = Période
analytics-col-gross = Brut
analytics-col-discounts = Remises
analytics-col-refunds = Remboursements
analytics-col-net = Net
analytics-col-orders = Commandes
analytics-col-product = Produit
analytics-col-plan = Formule
analytics-col-units = Unités
analytics-col-new_customers = Nouveaux clients
analytics-col-orders_from_new = Commandes de nouveaux clients
analytics-col-orders_from_returning = Commandes de clients fidèles
analytics-col-gateway = Passerelle
analytics-col-top_ups = Rechargements
analytics-col-amount = Montant
analytics-col-country = Pays
analytics-col-code = Code
analytics-col-uses = Utilisations
analytics-col-discount = Remise
analytics-col-affiliate = Affilié
analytics-col-commissions = Commissions
analytics-col-earned = Gagnées
analytics-col-reversed = Annulées
analytics-col-issued = Licences émises
analytics-col-activations = Activations
analytics-col-deactivations = Désactivations
analytics-col-live = Activations en cours
analytics-col-count = Nombre
analytics-col-by = Terminées par
analytics-col-validations = Validations
analytics-col-heartbeats = Signaux de vie
analytics-col-active_devices = Appareils actifs
analytics-col-active_sites = Sites actifs
analytics-col-license = Licence
analytics-col-owner = Titulaire
analytics-col-calls = Appels
analytics-col-devices_seen = Appareils vus
analytics-col-downloads = Téléchargements
analytics-col-release = Version
analytics-col-channel = Canal

# L’utilisation d’une licence (page de son titulaire et page de l’administrateur).
usage-title = Utilisation
usage-back = Retour
usage-range = Période
usage-last-days = { $days ->
    [one] Sur { $days } jour
   *[other] Sur les { $days } derniers jours
}
usage-chart-devices = Appareils et sites : actifs et s’étant signalés
usage-chart-calls = Validations et signaux de vie
usage-live = Actifs
usage-seen = Signalés
usage-devices = Appareils et sites
usage-no-devices = Rien n’est activé avec cette licence actuellement.
usage-device = Appareil ou site
usage-platform = Plateforme
usage-last-seen = Dernière activité
usage-heartbeat = Signal de vie
usage-no-downloads = Rien n’a encore été téléchargé avec cette licence.
usage-last-download = Dernier téléchargement
