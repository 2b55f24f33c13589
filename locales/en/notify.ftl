# Notifications: one subject (also the in-app title) and one body per kind. Arguments come from
# what happened: $name is always the person's name; links are added below the body by the sender.
# A kind may add `-details`, a paragraph shown only when its arguments are all there (notices
# stored by an older version lack some).

notify-footer = You receive this because of your account at { $seller }. Choose what you hear about, and where, on your account page.
notify-open = Open
notify-unsubscribe = Unsubscribe from these emails
notify-unsubscribe-intro = Stop receiving emails of this kind? Security notices and the other kinds are not affected; you can turn it back on from your account page.
notify-unsubscribe-confirm = Unsubscribe
notify-unsubscribe-done = Done: you will no longer receive these emails.

notify-top_up_credited-subject = Your wallet was topped up with { $amount }
notify-top_up_credited-body = Hello { $name }, { $amount } was added to your wallet.
notify-top_up_credited-details = Your payment { $reference } of { $paid } through { $gateway } arrived. Your balance and history are on your wallet page.
notify-transfer_confirmed-subject = Your bank transfer of { $amount } arrived
notify-transfer_confirmed-body = Hello { $name }, we received your bank transfer: { $amount } is now in your wallet.
notify-transfer_confirmed-details = Its reference was { $reference }; you sent { $paid }.
notify-purchase_receipt-subject = Receipt for your purchase ({ $invoice })
notify-purchase_receipt-body = Hello { $name }, thank you for your purchase. Invoice { $invoice }, total { $amount }, was paid from your wallet. Your license keys are on your licenses page; the invoice PDF can be downloaded from your wallet page at any time.
notify-order_failed-subject = Your order could not be completed
notify-order_failed-body = Hello { $name }, your order could not be completed. { $reason ->
        [unpaid] Its payment did not go through, so nothing was charged. You can order again from the store.
        [returned] Its payment was taken back by the payment provider, so nothing was bought.
        [late] Its payment arrived too late to buy at the price you were quoted. The { $amount } you paid is in your wallet: buy again from the store whenever you like.
       *[refused] The store could no longer sell it as ordered (a promo code used up, a plan no longer sold). The { $amount } you paid is in your wallet.
    }
notify-refund-subject = You were refunded { $amount }
notify-refund-body = Hello { $name }, { $amount } from invoice { $invoice } was refunded to your wallet.
notify-payment_attention-subject = A payment needs your attention
notify-payment_attention-body = Hello { $name }, a payment of { $amount } is waiting for a decision.
notify-license_issued-subject = Your { $product } license is ready
notify-license_issued-body = Hello { $name }, a license for { $product } ({ $plan }) was issued to you. Its key is on your licenses page.
notify-device_activated-subject = { $product } was activated on a new device
notify-device_activated-body = Hello { $name }, your { $product } license was activated on { $device }. If this was not you, free the seat from your licenses page.
notify-seat_freed-subject = A { $product } seat was freed
notify-seat_freed-body = Hello { $name }, { $device } no longer uses a seat of your { $product } license.
notify-license_expiring-subject = Your { $product } license expires in { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
notify-license_expiring-body = Hello { $name }, your { $product } license expires in { $days ->
        [one] { $days } day
       *[other] { $days } days
    }. Renew it to keep using { $product } and receiving updates.
notify-license_expired-subject = Your { $product } license has expired
notify-license_expired-body = Hello { $name }, your { $product } license has expired.
notify-renewal_upcoming-subject = Your { $product } license renews on { $date }
notify-renewal_upcoming-body = Hello { $name }, your { $product } license renews automatically on { $date } for { $amount }, taken from your wallet. { $reason ->
        [wallet_short] Your wallet does not hold that much yet: top it up before then, or the license ends.
       *[other] Your wallet covers it.
    } You can turn automatic renewal off on your licenses page.
notify-license_renewed-subject = Your { $product } license was renewed
notify-license_renewed-body = Hello { $name }, your { $product } license was renewed automatically until { $date }. Invoice { $invoice }, total { $amount }, was paid from your wallet.
notify-renewal_failed-subject = Your { $product } license could not be renewed
notify-renewal_failed-body = Hello { $name }, your { $product } license could not be renewed automatically. { $reason ->
        [wallet_short] The renewal costs { $amount } and your wallet holds { $paid }. Top up your wallet and renew it from your licenses page.
        [not_for_sale] Its plan is no longer sold.
       *[other] Renew it from your licenses page.
    } It keeps its key and devices if renewed by { $date }.
notify-clone_suspected-subject = Your { $product } license may be in use on a copied device
notify-clone_suspected-body = Hello { $name }, two machines just presented the same activation of your { $product } license (device “{ $device }”). This usually means a disk image or virtual machine was copied with the license on it.

    The activation is paused. If you recognise both machines, free the old one on your licenses page and activate the new one. If you do not, someone may be using your license key: contact the vendor.
notify-license_status-subject = Your { $product } license is now { $status }
notify-license_status-body = Hello { $name }, the status of your { $product } license changed to { $status }.
notify-release_published-subject = { $product } { $version } is out
notify-release_published-body = Hello { $name }, version { $version } of { $product } was published on the { $channel } channel. It is on your downloads page.
notify-new_sign_in-subject = New sign-in to your account
notify-new_sign_in-body = Hello { $name }, your account was just signed in to from { $device }. If this was not you, change your password now.
notify-password_changed-subject = Your password was changed
notify-password_changed-body = Hello { $name }, the password of your account was changed. If this was not you, reset it now and contact support.
notify-two_factor_changed-subject = Two-factor sign-in was turned { $status }
notify-two_factor_changed-body = Hello { $name }, two-factor sign-in of your account was turned { $status }. If this was not you, contact support now.
notify-api_key_created-subject = A new API key was created
notify-api_key_created-body = Hello { $name }, the API key “{ $key_name }” was created for your account. If this was not you, revoke it now.
notify-commission_earned-subject = You earned a commission of { $amount }
notify-commission_earned-body = Hello { $name }, a purchase through your referral link earned you { $amount }. It is held until the refund window closes.
notify-commission_released-subject = { $amount } in commissions is now yours
notify-commission_released-body = Hello { $name }, commissions of { $amount } were released to your wallet.
notify-marketing-subject = { $headline }
notify-marketing-body = Hello { $name },

    { $text }

# The notifications page, the header's bell, and the choices per kind.
nav-notifications = Notifications
notifications-title = Notifications
notifications-none = Nothing yet. What happens to your licenses, payments and account shows up here.
notifications-mark-all = Mark all as read
notifications-unread = new
account-notifications-title = Notification settings
account-notifications-intro = Choose, for each kind of notice, whether it reaches you by email and in the app. Security notices always keep at least one.
account-notifications-save = Save notification settings
account-notifications-saved = Notification settings saved.
account-notifications-security = security
notify-kind = Notice
notify-channel-email = Email
notify-channel-in_app = In the app
notify-channel-telegram = Telegram
notify-group-transactions = Payments
notify-group-licenses = Licenses
notify-group-releases = Releases
notify-group-security = Security
notify-group-affiliate = Affiliate program
notify-group-marketing = News
notify-kind-top_up_credited = Wallet topped up
notify-kind-transfer_confirmed = Bank transfer arrived
notify-kind-purchase_receipt = Purchase receipts
notify-kind-order_failed = Orders that could not be completed
notify-kind-refund = Refunds
notify-kind-payment_attention = Payments that need a decision
notify-kind-license_issued = A license issued to you
notify-kind-device_activated = Activation on a new device
notify-kind-seat_freed = A seat freed
notify-kind-license_expiring = License about to expire (14 and 3 days before)
notify-kind-license_expired = License expired
notify-kind-renewal_upcoming = Automatic renewal ahead (7 days before)
notify-kind-license_renewed = License renewed automatically
notify-kind-renewal_failed = Automatic renewal failed
notify-kind-clone_suspected = A possibly copied device
notify-kind-license_status = License suspended, revoked or reinstated
notify-kind-release_published = New versions
notify-kind-new_sign_in = Sign-in from a new device
notify-kind-password_changed = Password changed
notify-kind-two_factor_changed = Two-factor sign-in changed
notify-kind-api_key_created = API key created
notify-kind-commission_earned = Commission earned
notify-kind-commission_released = Commission paid out
notify-kind-marketing = News and offers

# New versions per product, on the notification settings page.
account-releases-title = New versions
account-releases-intro = For each product you hold a license of: which versions you hear about, and where. Beta also tells of stable versions; alpha of all.
account-releases-none = Not at all
account-releases-stable = Stable versions
account-releases-beta = Beta and stable versions
account-releases-alpha = Every version, alpha included

# The Telegram bot's replies.
telegram-linked = Hello { $name }! This chat is now linked to your account: the notifications you choose for Telegram will arrive here. Send /stop to end it.
telegram-unlinked = This chat is no longer linked to an account. You can link it again from your account page.
telegram-link-invalid = This link has expired or was already used. Make a new one on your account page.
telegram-help = To receive notifications here, open the Telegram link on your account page. Send /stop to unlink this chat.

# Telegram on the notification settings page.
account-telegram-intro = Get the notifications you choose in Telegram: link this account to a chat with the store's bot.
account-telegram-link = Link Telegram
account-telegram-open = Open this link in Telegram within 15 minutes and press Start:
account-telegram-linked = This account is linked to a Telegram chat.
account-telegram-unlink = Unlink Telegram

# Alerts to the admins' Telegram chat.
telegram-alert-payment_review = A payment needs a decision: { $payment } ({ $reason }).
telegram-alert-clone_suspected = A device may be a copy: license { $license }, device { $device }.
telegram-alert-reconciliation = The ledger reconciliation found { $count } breaches: money may have been created or lost.
telegram-alert-job_dead = A background job gave up: { $job } ({ $id }). Last error: { $reason }
