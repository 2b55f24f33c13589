# Analytics: the admin's sales, licensing, usage and download reports.
analytics-title = Analytics
analytics-sales = Sales
analytics-licenses = Licenses
analytics-usage = Usage
analytics-downloads = Downloads
analytics-from = From
analytics-to = To
analytics-granularity = Group by
analytics-by-day = Day
analytics-by-week = Week
analytics-by-month = Month
analytics-all-products = All products
analytics-show = Show
analytics-previous = Previous period:
analytics-chart-table = Figures shown in the chart
analytics-csv = Download as CSV
analytics-empty = Nothing in this period.
analytics-source = { $rollup ->
    [one] One day read from the daily rollup
   *[other] { $rollup } days read from the daily rollup
}, { $live ->
    [one] one day computed from the events.
   *[other] { $live } days computed from the events.
}
analytics-chart-desc = From { $from } to { $to }. The table under the chart has every figure.
analytics-chart-revenue = Net revenue and refunds
analytics-chart-licenses = Live activations, new activations and licenses issued
analytics-chart-usage = Devices and sites that checked in (busiest day)
analytics-chart-downloads = Downloads
analytics-table-products = By product
analytics-table-customers = New and returning customers
analytics-table-gateways = Wallet top-ups by gateway
analytics-table-countries = By buyer's country
analytics-table-promos = Promo codes
analytics-table-affiliates = Affiliates
analytics-table-activation-results = Activations by result
analytics-table-validation-results = Validations by result
analytics-table-deactivated-by = Deactivations by who ended them
analytics-table-top-licenses = Busiest licenses
analytics-table-releases = By release
analytics-table-channels = By channel
analytics-col-period = Period
analytics-col-gross = Gross
analytics-col-discounts = Discounts
analytics-col-refunds = Refunds
analytics-col-net = Net
analytics-col-orders = Orders
analytics-col-product = Product
analytics-col-plan = Plan
analytics-col-units = Units
analytics-col-new_customers = New customers
analytics-col-orders_from_new = Orders from new customers
analytics-col-orders_from_returning = Orders from returning customers
analytics-col-gateway = Gateway
analytics-col-top_ups = Top-ups
analytics-col-amount = Amount
analytics-col-country = Country
analytics-col-code = Code
analytics-col-uses = Uses
analytics-col-discount = Discount
analytics-col-affiliate = Affiliate
analytics-col-commissions = Commissions
analytics-col-earned = Earned
analytics-col-reversed = Reversed
analytics-col-issued = Licenses issued
analytics-col-activations = Activations
analytics-col-deactivations = Deactivations
analytics-col-live = Live activations
analytics-col-count = Count
analytics-col-by = Ended by
analytics-col-validations = Validations
analytics-col-heartbeats = Heartbeats
analytics-col-active_devices = Active devices
analytics-col-active_sites = Active sites
analytics-col-license = License
analytics-col-owner = Owner
analytics-col-calls = Calls
analytics-col-devices_seen = Devices seen
analytics-col-downloads = Downloads
analytics-col-release = Release
analytics-col-channel = Channel

# One license's usage (its owner's page and the admin's).
usage-title = Usage
usage-back = Back
usage-range = Period
usage-last-days = { $days ->
    [one] Last day
   *[other] Last { $days } days
}
usage-chart-devices = Devices and sites: live and checking in
usage-chart-calls = Validations and heartbeats
usage-live = Live
usage-seen = Checked in
usage-devices = Devices and sites
usage-no-devices = Nothing is activated with this license now.
usage-device = Device or site
usage-platform = Platform
usage-last-seen = Last seen
usage-heartbeat = Heartbeat
usage-no-downloads = Nothing was downloaded with this license yet.
usage-last-download = Last download
