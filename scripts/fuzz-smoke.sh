#!/usr/bin/env bash
# Smoke fuzzing of the parsers that face the internet: every cargo-fuzz target in fuzz/ (license
# keys, license files, offline activation requests, payment webhooks, domains), each for a bounded
# time with libFuzzer, starting from the seeds in fuzz/corpus/<target>/.
#
#   scripts/fuzz-smoke.sh [SECONDS_PER_TARGET]
#
# SECONDS_PER_TARGET defaults to 30. CI runs this with a small budget; the long run is the very same
# script with a bigger number (`scripts/fuzz-smoke.sh 600`). FUZZ_TARGETS="domain license_key" runs
# only those targets. The seeds are copied into a temporary working corpus, so a run never adds
# inputs to the repository (set FUZZ_CORPUS_DIR to keep the working corpus between long runs).
# A target that crashes (a panic, a failed assertion, running out of memory or time) makes the
# script exit non-zero; libFuzzer writes the input to fuzz/artifacts/<target>/ (ignored by git)
# and the script names it. Reproduce it in fuzz/ with
#   RUSTC_BOOTSTRAP=1 cargo fuzz run --sanitizer none <target> <file>
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

secs=${1:-30}
case $secs in
  '' | *[!0-9]* | 0) echo "usage: scripts/fuzz-smoke.sh [SECONDS_PER_TARGET]" >&2; exit 2 ;;
esac

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "fuzz-smoke: cargo-fuzz is not installed; installing it (cargo install cargo-fuzz --locked)" >&2
  cargo install cargo-fuzz --locked
fi

# Its own target directory beside the workspace's, outliving the clone as CI's does: the fuzz
# build instruments every crate, so it can share nothing with the normal build.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/rms-target}-fuzz"
# cargo-fuzz is made for nightly and passes flags stable rustc refuses; only a stable toolchain is
# installed here, and RUSTC_BOOTSTRAP=1 lets it accept them.
export RUSTC_BOOTSTRAP=1

# The targets build with the versions the workspace is tested with: cargo keeps what they use of
# the workspace's lock file and adds libfuzzer-sys (fuzz/Cargo.lock is ignored by git).
cp "$root/Cargo.lock" "$root/fuzz/Cargo.lock"
cd "$root/fuzz"

targets=${FUZZ_TARGETS:-$(cargo fuzz list)}
scratch=$(mktemp -d "${TMPDIR:-/tmp}/rms-fuzz.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
if [ -n "${FUZZ_CORPUS_DIR:-}" ]; then
  mkdir -p "$FUZZ_CORPUS_DIR"
  corpora=$(cd "$FUZZ_CORPUS_DIR" && pwd)
else
  corpora=$scratch/corpus
fi

echo "fuzz-smoke: building the targets (target directory $CARGO_TARGET_DIR)"
cargo fuzz build --sanitizer none

failed=()
for target in $targets; do
  corpus=$corpora/$target
  mkdir -p "$corpus"
  if compgen -G "$root/fuzz/corpus/$target/seed-*" >/dev/null; then
    cp "$root/fuzz/corpus/$target"/seed-* "$corpus"/
  fi
  log=$scratch/$target.log
  status=0
  cargo fuzz run --sanitizer none "$target" "$corpus" -- \
    -max_total_time="$secs" -rss_limit_mb=2048 >"$log" 2>&1 || status=$?

  # libFuzzer's closing lines: "Done 123456 runs in 31 second(s)" and "#123456 DONE cov: 812 …".
  runs=$(sed -n 's/^Done \([0-9][0-9]*\) runs.*/\1/p' "$log" | tail -n 1)
  cov=$(grep -o 'cov: [0-9][0-9]*' "$log" | tail -n 1 | cut -d' ' -f2 || true)
  if [ "$status" -eq 0 ]; then
    printf '%-16s ok     %10s runs  cov %s\n' "$target" "${runs:-?}" "${cov:-?}"
    continue
  fi
  failed+=("$target")
  crash=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -n 1)
  if [ -n "$crash" ]; then
    printf '%-16s CRASH  input written to %s\n' "$target" "${crash#"$root"/}"
  else
    printf '%-16s FAILED (exit %s) without a crashing input: see the log below\n' "$target" "$status"
  fi
  echo "---- last lines of the $target run ----" >&2
  tail -n 40 "$log" >&2
  echo "----" >&2
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz-smoke: ${failed[*]} failed; reproduce in fuzz/ with" \
    "RUSTC_BOOTSTRAP=1 cargo fuzz run --sanitizer none <target> <input>" >&2
  exit 1
fi
echo "fuzz-smoke: every target ran ${secs}s without a crash"
