#!/usr/bin/env bash
# `npm test`: install if needed, find Chromium, lint, typecheck, build, run web-test-runner and the
# node-side e2e scripts, then print one plain line `N passed, N failed` (exit 1 if anything failed).
set -uo pipefail
cd "$(dirname "$0")/../.."

# CI=true or no terminal: plain output (nanocolors/picocolors honour NO_COLOR).
if [ "${CI:-}" = true ] || [ ! -t 1 ]; then export NO_COLOR=1; fi
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false

passed=0
failed=0
status=0

finish() {
  echo
  echo "${passed} passed, ${failed} failed"
  if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ]; then exit 1; fi
  exit 0
}

step() { echo; echo "== $* =="; }

# A pre-step failed: nothing else is worth running.
abort() {
  echo "test.sh: $1 failed" >&2
  failed=$((failed + 1))
  status=1
  finish
}

timed() {
  local start=$SECONDS
  "$@"
  local rc=$?
  echo "(${1##*/} ${*:2}: $((SECONDS - start))s)"
  return $rc
}

# 1. Dependencies (CI runs on a clean clone).
step "dependencies"
if [ -f package-lock.json ]; then
  if [ ! -d node_modules ] || [ ! -f node_modules/.package-lock.json ] ||
    [ package-lock.json -nt node_modules/.package-lock.json ]; then
    timed npm ci || abort "npm ci"
  else
    echo "node_modules is up to date"
  fi
elif [ ! -d node_modules ]; then
  timed npm install || abort "npm install"
else
  echo "node_modules present (no package-lock.json)"
fi

# 2. Browser: $CHROME_PATH, else Debian's /usr/bin/chromium (installed with apt when root).
step "browser"
browser=""
if [ -n "${CHROME_PATH:-}" ]; then
  if [ -x "$CHROME_PATH" ]; then browser="$CHROME_PATH"; else echo "CHROME_PATH=$CHROME_PATH is not executable, looking elsewhere" >&2; fi
fi
if [ -z "$browser" ] && [ -x /usr/bin/chromium ]; then browser=/usr/bin/chromium; fi
if [ -z "$browser" ]; then
  for candidate in chromium chromium-browser google-chrome-stable google-chrome; do
    if command -v "$candidate" >/dev/null 2>&1; then browser="$(command -v "$candidate")"; break; fi
  done
fi
if [ -z "$browser" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Chromium not found: installing Debian's chromium with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    timed bash -c 'apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium >/dev/null' ||
      abort "apt-get install chromium"
    browser=/usr/bin/chromium
  else
    echo "No Chrome/Chromium found. Install one and point CHROME_PATH at it, e.g." >&2
    echo "  CHROME_PATH=/path/to/chrome npm test" >&2
    abort "browser lookup"
  fi
fi
export CHROME_PATH="$browser"
echo "CHROME_PATH=$CHROME_PATH"

# 3-5. Fail fast on lint, types and build.
step "lint"
timed npx --no-install eslint . || abort "eslint"
timed npx --no-install prettier --check . || abort "prettier --check"

step "typecheck"
timed npm run --silent typecheck || abort "typecheck"

step "build"
timed npm run --silent build || abort "build"

# 6. Browser unit tests (web-test-runner); totals come from test/count-reporter.mjs.
step "unit tests (web-test-runner)"
results=test/.results/wtr.json
rm -f "$results"
if [ -n "$(find packages/*/src test -name '*.test.ts' -not -path '*/node_modules/*' -not -path 'test/e2e/*' 2>/dev/null | head -n 1)" ]; then
  timed npx --no-install web-test-runner --config test/web-test-runner.config.mjs --static-logging
  wtr_rc=$?
  if [ -f "$results" ]; then
    read -r p f < <(node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); console.log(r.passed, r.failed)' "$results")
    passed=$((passed + p))
    failed=$((failed + f))
    if [ "$wtr_rc" -ne 0 ] && [ "$f" -eq 0 ]; then
      echo "web-test-runner exited $wtr_rc without a failed test (coverage threshold or runner error)" >&2
      failed=$((failed + 1))
    fi
  elif [ "$wtr_rc" -ne 0 ]; then
    echo "web-test-runner exited $wtr_rc before reporting" >&2
    failed=$((failed + 1))
  fi
  [ "$wtr_rc" -ne 0 ] && status=1
else
  echo "no *.test.ts files yet"
fi

# 7. Node-side scripts (playwright-core end-to-end tests): test/e2e/*.test.mjs with node --test.
step "node tests (test/e2e)"
shopt -s nullglob
e2e=(test/e2e/*.test.mjs)
shopt -u nullglob
if [ "${#e2e[@]}" -gt 0 ]; then
  mkdir -p test/.results
  tap=test/.results/e2e.tap
  rm -f "$tap"
  timed node --test --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=tap --test-reporter-destination="$tap" "${e2e[@]}"
  node_rc=$?
  p=$(sed -n 's/^# pass \([0-9][0-9]*\)$/\1/p' "$tap" 2>/dev/null | tail -n 1)
  f=$(sed -n 's/^# fail \([0-9][0-9]*\)$/\1/p' "$tap" 2>/dev/null | tail -n 1)
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
  if [ "$node_rc" -ne 0 ]; then
    status=1
    [ "${f:-0}" -eq 0 ] && failed=$((failed + 1))
  fi
else
  echo "no test/e2e/*.test.mjs yet"
fi

finish
