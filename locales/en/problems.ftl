# Titles and details of RFC 9457 problem responses, one pair per stable error code.

problem-bad-request-title = Bad request
problem-bad-request-detail = The request could not be understood: { $reason }
problem-not-found-title = Not found
problem-not-found-detail = There is nothing at this address.
problem-method-not-allowed-title = Method not allowed
problem-method-not-allowed-detail = This address does not accept the { $method } method.
problem-payload-too-large-title = Request too large
problem-payload-too-large-detail = The request body is larger than this server accepts ({ $limit } bytes at most).
problem-unsupported-media-type-title = Unsupported media type
problem-unsupported-media-type-detail = Send the request body as JSON with the header Content-Type: application/json.
problem-request-timeout-title = Request timed out
problem-request-timeout-detail = The request took longer than { $seconds } seconds and was stopped. Nothing was saved unless the answer said so.
problem-too-many-requests-title = Too many requests
problem-too-many-requests-detail = Too many requests in a short time. Please wait and try again.
problem-internal-error-title = Internal error
problem-internal-error-detail = Something went wrong on our side. It has been logged; please mention request id { $request_id } if you contact support.
problem-service-unavailable-title = Service unavailable
problem-service-unavailable-detail = The service is temporarily unavailable. Please try again in a moment.
problem-http-error-title = Request failed
problem-http-error-detail = The request failed with HTTP status { $status }.

## Accounts and sessions

problem-invalid-email-title = Invalid email address
problem-invalid-email-detail = “{ $field }” is not a valid email address.
problem-password-length-title = Password length
problem-password-length-detail = The password must be between { $min } and { $max } characters long.
problem-password-too-common-title = Password too common
problem-password-too-common-detail = This password is among the most commonly used ones. Please choose another.
problem-password-contains-email-title = Password contains the email address
problem-password-contains-email-detail = The password must not contain your email address. Please choose another.
problem-invalid-name-title = Invalid name
problem-invalid-name-detail = The name must be 1 to 100 characters long, without control characters.
problem-invalid-timezone-title = Invalid time zone
problem-invalid-timezone-detail = Use a time zone name such as Europe/Berlin or UTC.
problem-unsupported-locale-title = Unsupported language
problem-unsupported-locale-detail = This language is not available. Choose one of the languages offered.
problem-invalid-credentials-title = Sign-in failed
problem-invalid-credentials-detail = The email address or password is incorrect.
problem-account-locked-title = Account locked
problem-account-locked-detail = This account is locked. Please contact support.
problem-unauthenticated-title = Not signed in
problem-unauthenticated-detail = This request needs a valid access token. Sign in again to get one.
problem-invalid-refresh-token-title = Session expired
problem-invalid-refresh-token-detail = The session has expired or was ended. Please sign in again.
problem-invalid-link-token-title = Link no longer valid
problem-invalid-link-token-detail = This link is invalid, was already used, or has expired. Request a new one.
problem-forbidden-title = Not allowed
problem-forbidden-detail = You are signed in, but this credential may not do this.
problem-limit-reached-title = Limit reached
problem-limit-reached-detail = You have reached the limit of { $limit }. Remove one before adding another.
problem-invalid-scope-title = Invalid scope
problem-invalid-scope-detail = Choose at least one of the scopes offered; some are available only to administrators.
problem-out-of-range-title = Value out of range
problem-out-of-range-detail = The value of “{ $field }” is outside the accepted range.
problem-totp-required-title = One-time code required
problem-totp-required-detail = This account uses two-factor sign-in. Enter the code from your authenticator app, or a recovery code.
problem-totp-invalid-title = Wrong one-time code
problem-totp-invalid-detail = The code is wrong, expired or was already used. Wait for the next code and try again.
problem-totp-locked-title = Two-factor sign-in locked
problem-totp-locked-detail = Too many wrong codes. Two-factor sign-in is locked for 15 minutes.
problem-totp-already-enabled-title = Two-factor sign-in is already on
problem-totp-already-enabled-detail = Two-factor sign-in is already on for this account.
problem-totp-not-enabled-title = Two-factor sign-in is off
problem-totp-not-enabled-detail = Two-factor sign-in is not on for this account (or enrolment was not started).
problem-invalid-code-title = Wrong code
problem-invalid-code-detail = The value of “{ $field }” is wrong or has expired.
problem-invalid-role-title = Unknown role
problem-invalid-role-detail = The role must be one of user, support or admin.
problem-csrf-failed-title = Form expired
problem-csrf-failed-detail = This form could not be accepted. Reload the page and try again.
problem-two-factor-required-for-staff-title = Two-factor sign-in required
problem-two-factor-required-for-staff-detail = This server requires staff to use two-factor sign-in. Turn it on in your account settings first.
problem-slug-taken-title = Slug taken
problem-slug-taken-detail = Another product already uses this slug. Choose another one.
problem-invalid-slug-title = Invalid slug
problem-invalid-slug-detail = A slug is 2 to 64 lowercase letters, digits and dashes, and does not start or end with a dash.
problem-invalid-product-kind-title = Invalid product kind
problem-invalid-product-kind-detail = A product is either “software” (bound to machines) or “site” (bound to domains).
problem-unknown-account-title = Unknown account
problem-unknown-account-detail = No account has this email address. The person must sign up first.
problem-license-revoked-title = License revoked
problem-license-revoked-detail = This license was revoked; a revoked license cannot be reinstated. Issue a new one instead.
problem-seats-in-use-title = Seats in use
problem-seats-in-use-detail = { $in_use } seats of this license are in use. Free some (deactivate devices or shrink sub-licenses) before lowering the seat count.
problem-license-unusable-title = License not usable
problem-license-unusable-detail = The license cannot be used for this ({ $code }).

# Answers of the product-facing API (validate, activate, heartbeat, deactivate, license file).
answer-not-found = No license has this key.
answer-revoked = This license has been revoked.
answer-suspended = This license is suspended.
answer-expired = This license has expired.
answer-product-mismatch = This key belongs to another product.
answer-not-activated = This license is not activated here yet.
answer-fingerprint-mismatch = This license is activated on other devices, not on this one.
answer-domain-mismatch = This license is activated on other domains, not on this one.
answer-heartbeat-dead = This device stopped sending heartbeats; activate it again.
answer-too-many-activations = More devices are active than the license has seats.
answer-entitlement-missing = The license does not include a feature that was asked for.
answer-version-not-covered = This version was released after the license's update period.
answer-valid = The license is valid.
answer-activation-limit = All { $seats } seats of this license are in use. Free one of the listed activations to use it here.
answer-clone-suspected = Another machine is using this activation; it is paused until the owner frees it.
answer-reassignment-limit = This license has used its device changes for now. The next one is allowed at { $at }.
answer-refused-title = The license server refused this request
problem-reassignment-limit-title = No more device changes for now
problem-reassignment-limit-detail = This license has used its device changes for now. The next one is allowed at { $at }.
problem-not-enough-seats-title = Not enough free seats
problem-not-enough-seats-detail = { $free ->
    [0] No seat of this license is free.
    [one] Only one seat of this license is free.
   *[other] Only { $free } seats of this license are free.
}
problem-invalid-activation-request-title = Not a valid activation request
problem-invalid-activation-request-detail = This is not an activation request written with this license's key. Create it again on the machine to activate, with this license's key.
