#!/usr/bin/env bash
# Covage Conformance Kit: one entry point.
#   ./run-conformance.sh                 run every feature against the built-in provider
#   ./run-conformance.sh run|serve|verify-pact ...   see ./run-conformance.sh --help
#   ./run-conformance.sh bench           benchmark the reference provider
#   ./run-conformance.sh test            install test prerequisites, then dotnet test
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 PACT_DO_NOT_TRACK=true

die() { echo "covage-conformance: $*" >&2; exit 2; }

need_dotnet() {
  command -v dotnet >/dev/null 2>&1 || die "the .NET SDK 10 is required (dotnet not found on PATH)"
}

# The Pact engine (libpact_ffi) and CLI come from npm; they are fetched once into .tools/, never committed.
ensure_pact_engine() {
  bash "$here/eng/fetch-pact.sh" || die "could not fetch the Pact engine from npm (see the message above)"
}

# Playwright drives Debian's chromium for the web console tests.
ensure_chromium() {
  if command -v chromium >/dev/null 2>&1; then return 0; fi
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "run-conformance: installing Debian chromium for the browser tests..."
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
      || die "apt-get could not install chromium"
  else
    die "the browser tests need Chromium: run 'sudo apt-get install -y chromium', then try again"
  fi
}

build_cli() {
  need_dotnet
  ensure_pact_engine
  dotnet build src/Covage.Conformance/Covage.Conformance.csproj -c Release -nologo -v q -clp:NoSummary >/tmp/covage-build.$$ 2>&1 \
    || { cat /tmp/covage-build.$$ >&2; rm -f /tmp/covage-build.$$; die "build failed"; }
  rm -f /tmp/covage-build.$$
}

run_tests() {
  need_dotnet
  ensure_chromium
  ensure_pact_engine
  local log; log="$(mktemp)"
  set +e
  dotnet test CovageConformance.sln -nologo "$@" 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  set -e
  # One closing line for humans and CI: totals across every test project.
  awk '/(Passed|Failed)! +- +Failed:/ {
         gsub(",", ""); for (i = 1; i <= NF; i++) {
           if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
       END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
  rm -f "$log"
  return "$rc"
}

cmd="${1:-run}"
case "$cmd" in
  test)
    shift
    run_tests "$@"
    ;;
  bench)
    shift
    need_dotnet
    dotnet run --project bench/Covage.Bench/Covage.Bench.csproj -c Release -v q -- "$@"
    ;;
  *)
    build_cli
    if [ $# -eq 0 ]; then set -- run; fi
    exec dotnet "src/Covage.Conformance/bin/Release/net10.0/Covage.Conformance.dll" "$@"
    ;;
esac
