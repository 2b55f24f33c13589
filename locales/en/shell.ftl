### Layout shared by every page: language selector, navigation, landing, docs and error pages.

# The language's name for itself, shown in the language selector.
language-name = English

-brand = RMS License Server

## Layout shared by every page

skip-to-content = Skip to content
nav-home = Home
nav-sign-in = Sign in
nav-api-docs = API documentation
nav-menu = Menu
notice-dismiss = Dismiss
language-label = Language
language-apply = Switch
footer-text = { -brand } — licensing and billing you host yourself.
footer-support = Support

## Landing page

landing-page-title = { -brand }
landing-tagline = Sell your software, protect it, and get paid — on your own server.
landing-intro = { -brand } issues cryptographic license keys, binds them to devices or domains, checks them online and offline, sells through a store with a wallet and payment gateways, and talks to your customers in their language.
landing-feature-keys-title = Keys that cannot be forged
landing-feature-keys-body = Every license is signed with Ed25519. Your software verifies it with a public key, even without a network connection.
landing-feature-store-title = A store with exact money
landing-feature-store-body = Prices are computed on the server, every payment is credited exactly once, and every invoice number is used exactly once.
landing-feature-scale-title = One binary, from laptop to cluster
landing-feature-scale-body = Start with one command on an embedded database; grow to many nodes on PostgreSQL and Redis without changing a line.
landing-cta-sign-in = Sign in
landing-cta-store = Browse the store
landing-cta-docs = Explore the API
landing-languages = Available in { $count ->
        [one] { $count } language
       *[other] { $count } languages
    }.

## API documentation page

docs-page-title = API documentation
docs-noscript = The interactive reference needs JavaScript. The OpenAPI document itself is at { $url }.

## Error pages

error-page-back = Back to the home page
error-page-request-id = Request id: { $id }
