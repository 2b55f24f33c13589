### Accounts: verification, password reset, first-run setup, signing in, settings, two-factor, API keys.

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
setup-store-name = Your store's name
setup-store-name-hint = Shown to your customers in every page's header and in emails. You can change it, and add a logo and colours, on the Brand page.
setup-seller = Who sells (printed on invoices)
setup-seller-hint = Optional now: fill it in before the first sale, here or on the billing page. Without a legal name, invoices print the store's name.
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
sign-up-invited = A license is waiting for you. Create your account with the address it was sent to.
sign-up-invited-done = Your account is ready and its address confirmed. Sign in: the license waiting for you is on your licenses page.
forgot-title = Forgot your password?
forgot-submit = Send me a reset link
forgot-done = If an account uses this address, a link to choose a new password is on its way. It works for 30 minutes.
account-title = Your account
account-profile = Profile
account-email-verified = confirmed
account-email-unverified = not confirmed yet
account-timezone = Time zone
account-digits = Digits
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
account-export = Download my data
account-export-hint = A ZIP of JSON files: your account, licenses and their keys, devices, invoices, payments, wallet, notifications and API keys (never their secrets).
tfa-title = Two-factor sign-in
tfa-intro = With two-factor sign-in, signing in also needs a code from an authenticator app on your phone, so a stolen password alone is not enough.
tfa-start = Set it up
tfa-scan = Scan this code with your authenticator app, then enter the 6-digit code it shows.
tfa-qr-alt = QR code for your authenticator app
tfa-secret = Or type this key:
tfa-confirm = Turn on two-factor sign-in
tfa-enabled = Two-factor sign-in is on. Your other sessions have ended; this browser stays signed in.
tfa-confirm-password-hint = Your password proves it is you: your other sessions end, this browser stays signed in.
tfa-codes-saved = I saved them: back to my account
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
keys-confirm-revoke = Revoke this API key? Scripts using it stop working at once; this cannot be undone.
keys-revoked = revoked
