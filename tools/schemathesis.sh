#!/usr/bin/env bash
# The long OpenAPI conformance run (CI runs a bounded one: tests/it/openapi.rs).
#
#   tools/schemathesis.sh http://127.0.0.1:8080 ADMIN_ACCESS_TOKEN [EXAMPLES]
#
# Start a server on a scratch database first (`cargo run --release` in an empty folder, then
# `rms admin create`), sign in as the admin and pass the access token. Operations that end the
# session are left out; the admin's API budget (10/s) sets the request rate.
set -euo pipefail
base=${1:?server base URL}
token=${2:?admin access token}
examples=${3:-50}
exec schemathesis run "$base/api/openapi.json" \
  --header "Authorization: Bearer $token" \
  --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance \
  --max-examples "$examples" --phases examples,coverage,fuzzing --workers 1 \
  --exclude-path-regex '/api/v1/auth/(logout|logout-all|password/change|2fa/.*)|/api/v1/notifications/stream' \
  --rate-limit 9/s --generation-database none --no-color
