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
