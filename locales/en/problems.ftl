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
