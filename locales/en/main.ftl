# The language's name for itself, shown in the language selector.
language-name = English

-brand = RMS License Server

## Layout shared by every page

skip-to-content = Skip to content
nav-home = Home
nav-sign-in = Sign in
nav-api-docs = API documentation
language-label = Language
language-apply = Switch
footer-text = { -brand } — licensing and billing you host yourself.

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

## Email verification page

verify-email-page-title = Confirm your email address
verify-email-intro = Press the button to confirm that this email address is yours.
verify-email-confirm = Confirm my email address
verify-email-done = Thank you: your email address is confirmed.

## Password reset page

reset-page-title = Choose a new password
reset-new-password = New password
reset-password-hint = 12 to 128 characters. Not one of the most common passwords, and not your email address.
reset-submit = Set the new password
reset-done = Your password is changed and every session has ended. Sign in with the new password.

## First-run setup page

setup-page-title = Create the first administrator
setup-intro = This server has no administrator yet. The account you create here can manage everything; this link works once.
setup-email = Email address
setup-name = Name
setup-password = Password
setup-submit = Create the administrator
setup-done = The administrator account is ready. Sign in with it.

## Signing in and up, account settings

nav-sign-up = Create account
nav-sign-out = Sign out
field-email = Email address
field-password = Password
field-name = Name
sign-in-title = Sign in
sign-in-submit = Sign in
sign-in-code = One-time code
sign-in-code-hint = The 6-digit code from your authenticator app, or one of your recovery codes.
sign-in-forgot = Forgot your password?
sign-in-no-account = Create an account
sign-up-title = Create an account
sign-up-submit = Create the account
sign-up-done = Thank you. We have sent a confirmation link to the address you entered; open it to confirm your email. Then sign in.
forgot-title = Forgot your password?
forgot-submit = Send me a reset link
forgot-done = If an account uses this address, a link to choose a new password is on its way. It works for 30 minutes.
account-title = Your account
account-profile = Profile
account-email-verified = confirmed
account-email-unverified = not confirmed yet
account-timezone = Time zone
account-save = Save
account-saved = Your changes are saved.
account-password = Password
account-current-password = Current password
account-change-password = Change the password
account-password-changed = Your password is changed. Every other session has ended.
account-security = Security
account-2fa-on = Two-factor sign-in is on.
account-2fa-off = Two-factor sign-in is off.
account-sessions-hint = Ends every session of this account, on every device, including this one.
account-sign-out-everywhere = Sign out everywhere

## Two-factor sign-in and API key pages

account-2fa-manage = Manage
tfa-title = Two-factor sign-in
tfa-intro = With two-factor sign-in, signing in also needs a code from an authenticator app on your phone, so a stolen password alone is not enough.
tfa-start = Set it up
tfa-scan = Scan this code with your authenticator app, then enter the 6-digit code it shows.
tfa-qr-alt = QR code for your authenticator app
tfa-secret = Or type this key:
tfa-confirm = Turn on two-factor sign-in
tfa-enabled = Two-factor sign-in is on. Every session has ended; sign in again with a code.
tfa-codes-intro = Keep these recovery codes somewhere safe. Each works once, if you lose your phone. They are shown only now.
tfa-disable = Turn off two-factor sign-in
keys-title = API keys
keys-new = New key
keys-scopes = Permissions
keys-scope-read = Read your data
keys-scope-licenses = Manage licenses
keys-scope-releases = Publish releases
keys-expires = Expires after (days, optional)
keys-create = Create the key
keys-created = Your new key is below. Copy it now: it is shown only once.
keys-yours = Your keys
keys-none = You have no API keys yet.
keys-prefix = Starts with
keys-revoke = Revoke
keys-revoked = revoked

## Admin panel

admin-users-title = Users
admin-search = Search by email or name
admin-search-submit = Search
admin-users-count = { $count ->
        [one] { $count } user
       *[other] { $count } users
    }
admin-role = Role
admin-state = State
admin-locked = locked
admin-active = active
admin-previous = Previous
admin-next = Next
admin-actions = Actions
admin-lock = Lock the account
admin-unlock = Unlock the account
admin-force-logout = End all sessions
admin-reset-2fa = Reset two-factor sign-in
admin-verify-email = Mark the email as confirmed
admin-audit-title = Audit log
admin-audit-action = Action
admin-audit-csv = Export as CSV
admin-audit-when = When
admin-audit-actor = By
admin-audit-target = Target

nav-admin = Administration

# My licenses
nav-licenses = My licenses
licenses-title = My licenses
licenses-none = You have no licenses yet.
licenses-key = License key
licenses-copy = Copy
licenses-copied = Copied
licenses-status = Status
licenses-status-active = Active
licenses-status-suspended = Suspended
licenses-status-expired = Expired
licenses-status-revoked = Revoked
licenses-expires = Expires
licenses-perpetual = Never
licenses-seats = Seats
licenses-seats-used = { $used } of { $total } in use
licenses-moves-label = Device changes
licenses-moves = { $remaining } of { $max } left
licenses-moves-wait = { $remaining } of { $max } left; the next one from { $at }
licenses-no-devices = Not activated on any device or site yet.
licenses-device = Device or site
licenses-platform = Platform
licenses-last-seen = Last seen
licenses-heartbeat = Heartbeat
licenses-heartbeat-not-started = Not started
licenses-heartbeat-alive = Alive
licenses-heartbeat-dead = Stopped
licenses-heartbeat-clone = Paused: copied machine suspected
licenses-unnamed = Unnamed
licenses-download = License file
licenses-deactivate = Deactivate
licenses-deactivated = The device was deactivated; its seat is free.

# Admin: licensing
admin-products-title = Products
admin-licenses-title = Licenses
admin-public-keys = Public keys
admin-kind = Kind
admin-kind-software = Software (bound to devices)
admin-kind-site = Site (bound to domains)
admin-slug = Slug (in URLs and the API)
admin-plan = Plan
admin-duration-days = Duration (days; empty = perpetual)
admin-heartbeat-secs = Heartbeat interval (seconds; 0 = off)
admin-max-moves = Device changes per 30 days (empty = unlimited)
admin-new-plan = Add a plan
admin-staging = Staging hosts
admin-staging-patterns = Hosts that do not take a seat, one per line: staging.shop.com, *.preview.shop.com, staging.*, *.staging.*
admin-staging-reserved = Always free without listing them: { $names }. Public names (a .dev site, staging.* hosts) take a seat unless you list them here.
admin-new-product = New product
admin-create = Create
admin-licenses-search = Key prefix or owner email
admin-issue-license = Issue a license
admin-issue = Issue
admin-owner = Owner
admin-suspend = Suspend
admin-reinstate = Reinstate
admin-revoke = Revoke
admin-resize = Change seats
admin-reset-budget = Reset device changes
admin-reset-binding = Reset
admin-offline-activation = Activate a customer's machine without internet
admin-offline-request = Paste the activation request the customer sent you
admin-activations = Activations
admin-moves-unlimited = Unlimited
admin-rotate-key = Rotate signing key
licenses-offline = Activate a machine without internet
licenses-offline-request = Paste the activation request the machine wrote
licenses-offline-submit = Get its license file
licenses-subs = Sub-licenses
licenses-sub-label = Label
licenses-sub-assignee = Give it to (an email address, optional: they get an invitation)
licenses-sub-invited = Invitation sent to
licenses-sub-revoke = Revoke and take the seats back
licenses-sub-revoked = The sub-license was revoked; its seats are back in the pool.
licenses-sub-resize-label = Seats
licenses-sub-resize = Change seats
licenses-sub-resized = The sub-license's seats were changed; the pool was adjusted.
licenses-split = Split seats into a sub-license
licenses-split-submit = Create sub-license
licenses-split-done = The sub-license was created with its own key.
invoice-title = Invoice
invoice-credit-note-title = Credit note
invoice-seller = From
invoice-buyer = Billed to
invoice-date = Date
invoice-payment-method = Payment
invoice-paid-from-wallet = Wallet balance
invoice-cancels = Cancels invoice
invoice-tax-id = Tax ID: { $id }
invoice-column-item = Item
invoice-column-quantity = Qty
invoice-column-unit-price = Unit price
invoice-column-amount = Amount
invoice-seats = { $seats ->
    [one] one seat
   *[other] { $seats } seats
}
invoice-subtotal = Subtotal
invoice-volume-discount = Volume discount
invoice-promo-discount = Promo code { $code }
invoice-total = Total
nav-store = Store
nav-wallet = Wallet
nav-affiliate = Affiliate programme
store-title = Store
store-empty = Nothing is for sale yet.
store-plan = Plan
store-includes = Includes
store-price = Price
store-choose = Choose a plan
store-back = ← All products
store-perpetual = perpetual
store-days = { $days } days
store-tier = { $percent } % off from { $from }
store-quantity = Quantity
store-promo = Promo code
store-price-it = Show the price
store-buy = Buy from my wallet
store-sign-in-to-buy = Sign in to buy
store-bought = Thank you! Your purchase is complete: invoice
store-top-up-link = Top up your wallet
wallet-title = Wallet
wallet-balance = Balance:
wallet-top-up = Top up
wallet-amount = Amount
wallet-gateway = Payment method
wallet-gateway-sandbox = Sandbox (test payment, pays at once)
wallet-gateway-manual = Bank transfer
wallet-top-up-submit = Continue
wallet-open-payments = Payments in progress
wallet-reference = Reference
wallet-pay-now = Pay now
wallet-awaiting-transfer = Waiting for your transfer: quote the reference
wallet-manual-started = Transfer the amount quoting the reference below; your wallet is credited when it arrives.
wallet-topped-up = Payment received: your wallet has been topped up.
wallet-invoices = Invoices
wallet-no-invoices = No invoices yet.
wallet-number = Number
wallet-download-pdf = Download PDF
wallet-pdf-generating = The PDF is being generated; check again in a moment.
wallet-pdf-failed = The PDF could not be generated; the vendor has been told.
wallet-invoice-paid = paid
wallet-invoice-refunded = refunded
wallet-invoice-issued = issued
wallet-history = History
wallet-kind = Kind
wallet-any = Any
wallet-direction = Direction
wallet-in = Money in
wallet-out = Money out
wallet-from = From
wallet-until = Until
wallet-filter = Filter
wallet-no-movements = No movements.
wallet-kind-top-up = Top-up
wallet-kind-purchase = Purchase
wallet-kind-refund = Refund
wallet-kind-adjustment = Adjustment
wallet-kind-commission-release = Affiliate commission
sandbox-title = Sandbox payment
sandbox-explain = This is the sandbox gateway for development and testing: no real money moves, and paying completes at once.
sandbox-pay = Pay
sandbox-already-paid = This payment is complete.
affiliate-title = Affiliate programme
affiliate-explain = Share your link: when someone signs up through it and buys, you earn a commission that you can spend from your wallet.
affiliate-join = Join the affiliate programme
affiliate-terms = You earn { $percent } % of each purchase by people you referred; it becomes available { $days } days after the purchase unless refunded.
affiliate-link = Your referral link
affiliate-code = Code
affiliate-referred = Referred sign-ups
affiliate-purchases = Purchases
affiliate-pending = Pending commission
affiliate-available = Available commission
affiliate-owed = Owed after refunds (settled from your next commissions)
admin-promos-title = Promo codes
admin-billing-title = Billing
admin-billing-settings = Billing settings
admin-transfers = Bank transfers to confirm
admin-no-transfers = No transfers are waiting.
admin-confirm-transfer = Confirm receipt
admin-payment-confirmed = The transfer was confirmed and the wallet credited.
admin-refund = Refund
admin-refund-reason = Reason
admin-refund-override = past the refund window
admin-refunded = Refunded: the money is back in the customer's wallet and a credit note was issued.
admin-settings-saved = Settings saved.
admin-seller-name = Seller name
admin-seller-address = Seller address
admin-seller-tax-id = Tax ID
admin-invoice-footer = Invoice footer (legal text)
admin-invoice-format = Invoice number format
admin-credit-note-format = Credit note number format
admin-commission-percent = Affiliate commission (%)
admin-commission-hold = Commission hold (days)
admin-referral-window = Referral window (days)
admin-set-price = Set price
admin-visibility = Visibility
admin-visibility-public = public
admin-visibility-hidden = hidden (direct link)
admin-visibility-archived = archived
promo-code = Code
promo-value = Value
promo-uses = Uses
promo-total-uses = Uses in all
promo-per-user = Per customer
promo-valid-until = Valid until
promo-active = active
promo-paused = paused
promo-new = New promo code
promo-kind = Discount
promo-kind-percent = percent off
promo-kind-amount = amount off
promo-max-uses = Maximum uses
promo-reset = Count starts again every
promo-reset-never = never
promo-per-day = day
promo-per-week = week
promo-per-month = month
promo-min-order = Minimum order
promo-first-purchase = First purchase only
promo-pause = Pause
promo-resume = Resume
promo-usage = Usage
promo-unused = Not used yet.
promo-discount = Discount
promo-edit = Edit terms
promo-save = Save
admin-rates = Exchange rates
admin-rates-explain = Units of each currency per one unit of the base currency, used to convert payments made in other currencies. Payment gateways that quote their own rate record it here too.
admin-rate-currency = Currency
admin-rate = Rate
admin-rate-source = Source
admin-rate-set = Set rate
admin-rate-saved = Rate saved.
wallet-profile = Billing details
wallet-profile-explain = What your invoices show besides your name and email
wallet-profile-company = Company
wallet-profile-address = Address
wallet-profile-country = Country (two-letter code)
wallet-profile-saved = Billing details saved: your next invoices will show them.
