# Plain-text emails. Links stand on their own line so every mail client makes them clickable.

email-verify-subject = Confirm your email address
email-verify-body =
    Hello { $name },

    please confirm your email address by opening this link within { $minutes } minutes:

    { $link }

    If you did not create an account, you can ignore this email.
email-registration-attempt-subject = Someone tried to sign up with your email address
email-registration-attempt-body =
    Hello { $name },

    someone just tried to create a new account with your email address, which already has one.
    If it was you, simply sign in:

    { $link }

    If it was not you, no action is needed: nothing was changed.
email-reset-subject = Reset your password
email-reset-body =
    Hello { $name },

    someone (hopefully you) asked to reset the password of your account. To choose a new one, open this link within { $minutes } minutes:

    { $link }

    If you did not ask for this, ignore this email: your password stays as it is.
email-clone-suspected-subject = A license of yours seems to be running on a copied machine
email-clone-suspected-body =
    Hello { $name },

    two machines just presented the same activation of your { $product } license (device "{ $device }"). This usually means a disk image or virtual machine was copied with the license on it.

    The activation is paused. If you recognise both machines, free the old one on your licenses page and activate the new one:

    { $link }

    If you do not, someone may be using your license key: contact the vendor.
email-receipt-subject = Your receipt { $number }
email-receipt-body =
    Hello { $name },

    thank you for your purchase. Invoice { $number }, total { $total }, was paid from your wallet.

    Your license keys are on your licenses page:

    { $licenses }

    The invoice PDF can be downloaded from your wallet page at any time:

    { $billing }
email-sub-license-invite-subject = { $inviter } gave you a license
email-sub-license-invite-body =
    Hello,

    { $inviter } gave you { $seats ->
        [one] one seat
       *[other] { $seats } seats
    } of { $product }, with a license key of their own.

    To use them, sign in with this email address, or create an account with it and confirm the address. The license then shows up on your licenses page:

    { $link }

    If you do not know { $inviter }, ignore this email.
email-license-invite-subject = { $store } issued you a license
email-license-invite-body =
    Hello,

    { $store } issued you a license of { $product } ({ $plan }).

    To use it, create your account with this email address through this link; the license and its key are then on your licenses page:

    { $link }

    If you did not expect this, ignore this email.
email-top-up-receipt-subject = Your wallet was topped up with { $credited }
email-top-up-receipt-body =
    Hello { $name },

    your payment { $reference } of { $paid } through { $gateway } arrived, and { $credited } was added to your wallet.

    Your balance and history are on your wallet page:

    { $billing }
email-transfer-instructions-subject = Your bank transfer of { $amount }
email-transfer-instructions-body =
    Hello { $name },

    to top up your wallet, transfer { $amount } and quote this reference: { $reference }

    { $details }

    The same details, each with a copy button, are on this page:

    { $page }

    Your wallet is credited once the money arrives.
email-transfer-account-holder = Account holder
email-transfer-account-number = IBAN or account number
email-transfer-swift-bic = SWIFT/BIC
email-transfer-bank-name = Bank
email-transfer-bank-address = Bank address
email-transfer-no-details = The bank details for this currency are not set up yet: please contact us before transferring.
