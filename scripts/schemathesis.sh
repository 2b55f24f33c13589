#!/usr/bin/env bash
# API contract fuzzing: schemathesis, with all of its checks, against a real `rms` on each
# database, generating requests from /api/openapi.json (signed in as an administrator, so the
# authenticated operations are reached). Every answer must be documented and match its schema,
# no request may get a 5xx, bad input must be refused and good input accepted.
#
#   scripts/schemathesis.sh [EXAMPLES] [DATABASES]
#
# EXAMPLES: examples per operation and phase (default 25; CI passes a small number). DATABASES:
# "sqlite postgres" by default; the PostgreSQL half uses RMS_TEST_POSTGRES_URL (a role that may
# CREATE DATABASE) and is skipped with a note when it is unset, unless RMS_REQUIRE_POSTGRES=1.
# The binary is RMS_BIN, else $CARGO_TARGET_DIR/debug/rms (build it first). Reports (cassettes of
# every failing request) go to $SCHEMATHESIS_REPORTS, else a temporary folder that is printed.
# SCHEMATHESIS_PHASES (default examples,coverage,fuzzing), SCHEMATHESIS_CHECKS (default all) and
# SCHEMATHESIS_EXCLUDE_CHECKS (default none) narrow a run (CI's budget, or one check looked into).
# SCHEMATHESIS_SEED (default a fixed one, so CI generates the same requests every run) varies them.
set -euo pipefail
cd "$(dirname "$0")/.."

examples=${1:-25}
databases=${2:-sqlite postgres}
target=${CARGO_TARGET_DIR:-$PWD/target}
bin=${RMS_BIN:-$target/debug/rms}
[ -x "$bin" ] || { echo "schemathesis.sh: no rms binary at $bin (cargo build -p rms-server --bin rms)" >&2; exit 2; }
command -v schemathesis >/dev/null || { echo "schemathesis.sh: pip install schemathesis==4.32.5" >&2; exit 2; }
reports=${SCHEMATHESIS_REPORTS:-$(mktemp -d)}
password="schemathesis-otter-41-lantern"
# What schemathesis leaves out: operations that end the session it signs in with (the rest of
# the run would test nothing but 401s), and the live notification stream (it never ends).
excluded='/api/v1/auth/(logout|logout-all|password/change|2fa/.*)|/api/v1/notifications/stream'

server=""
scratch=""
pg_database=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  if [ -n "$pg_database" ]; then psql "$RMS_TEST_POSTGRES_URL" -qc "DROP DATABASE IF EXISTS $pg_database WITH (FORCE)" >/dev/null || true; fi
  if [ -n "$scratch" ]; then rm -rf "$scratch"; fi
  server="" pg_database="" scratch=""
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

run_on() { # database
  local db=$1 url port base token
  scratch=$(mktemp -d)
  case $db in
    sqlite) url="sqlite://$scratch/rms.db" ;;
    postgres)
      pg_database="rms_schemathesis_$$"
      psql "$RMS_TEST_POSTGRES_URL" -qc "CREATE DATABASE $pg_database" >/dev/null
      url="${RMS_TEST_POSTGRES_URL%/*}/$pg_database"
      ;;
  esac
  port=$(free_port)
  base="http://127.0.0.1:$port"
  export RMS_DATABASE_URL="$url" RMS_DATA_DIR="$scratch" RMS_LISTEN="127.0.0.1:$port" RMS_LOG=warn
  export RMS_MASTER_KEY
  RMS_MASTER_KEY=$(head -c 32 /dev/urandom | base64)
  "$bin" migrate >/dev/null
  RMS_ADMIN_PASSWORD="$password" "$bin" admin create --email root@example.com >/dev/null
  "$bin" >"$scratch/rms.log" 2>&1 &
  server=$!
  for _ in $(seq 1 200); do
    curl -fsS "$base/readyz" >/dev/null 2>&1 && break
    sleep 0.1
  done
  token=$(curl -fsS "$base/api/v1/auth/login" -H 'content-type: application/json' \
    -d "{\"email\": \"root@example.com\", \"password\": \"$password\"}" |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["access_token"])')
  echo "== schemathesis on $db: $examples examples per operation, checks ${SCHEMATHESIS_CHECKS:-all} but ${SCHEMATHESIS_EXCLUDE_CHECKS:-none}"
  local status=0
  local exclude=()
  if [ -n "${SCHEMATHESIS_EXCLUDE_CHECKS:-}" ]; then exclude=(--exclude-checks "$SCHEMATHESIS_EXCLUDE_CHECKS"); fi
  schemathesis run "$base/api/openapi.json" \
    --header "Authorization: Bearer $token" \
    --checks "${SCHEMATHESIS_CHECKS:-all}" "${exclude[@]}" \
    --max-examples "$examples" \
    --phases "${SCHEMATHESIS_PHASES:-examples,coverage,fuzzing}" \
    --workers 1 \
    --seed "${SCHEMATHESIS_SEED:-20261206}" \
    --exclude-path-regex "$excluded" \
    --rate-limit 9/s \
    --generation-database none \
    --report junit,vcr --report-dir "$reports/$db" \
    --no-color || status=$?
  if [ "$status" -ne 0 ]; then
    echo "schemathesis found disagreements on $db (reports in $reports/$db; server log follows)" >&2
    tail -n 50 "$scratch/rms.log" >&2
  fi
  cleanup
  return "$status"
}

failed=0
for db in $databases; do
  if [ "$db" = postgres ] && [ -z "${RMS_TEST_POSTGRES_URL:-}" ]; then
    if [ "${RMS_REQUIRE_POSTGRES:-0}" = 1 ]; then echo "RMS_TEST_POSTGRES_URL is not set" >&2; exit 2; fi
    echo "== schemathesis on postgres: skipped (set RMS_TEST_POSTGRES_URL)"
    continue
  fi
  run_on "$db" || failed=1
done
exit "$failed"
