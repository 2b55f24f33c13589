### The admin panel: users, audit, products and licenses, billing, promo codes, exchange rates.

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
