#!/usr/bin/env bash
# Covage Conformance Kit: one entry point.
#   ./run-conformance.sh                 run every feature against the built-in provider
#   ./run-conformance.sh run|serve|verify-pact ...   see ./run-conformance.sh help
#   ./run-conformance.sh bench           benchmark the reference provider
#   ./run-conformance.sh test            install test prerequisites, then dotnet test
# It never changes the caller's folder: every relative path on the command line (a pact file,
# --report-dir, --fixtures, --features) is read from where the command was typed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 PACT_DO_NOT_TRACK=true

cli_dir="$here/src/Covage.Conformance/bin/Release/net10.0"
cli_dll="$cli_dir/Covage.Conformance.dll"
stamp="$cli_dir/.covage-built"

# The same program name as every other exit-2 line of the kit (README: "covage-conformance: <reason>").
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
    echo "covage-conformance: installing Debian chromium for the browser tests..."
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
      || die "apt-get could not install chromium"
  else
    die "the browser tests need Chromium: run 'sudo apt-get install -y chromium', then try again"
  fi
}

# True when nothing the CLI is built from changed since the last successful build. Directories are
# compared too: adding or deleting a file changes its folder's time.
cli_up_to_date() {
  [ -f "$stamp" ] && [ -f "$cli_dll" ] || return 1
  local changed
  changed="$(find "$here/src" "$here/features" "$here/schemas" "$here/eng" \
      \( -name bin -o -name obj \) -prune -o -newer "$stamp" -print -quit 2>/dev/null)"
  [ -z "$changed" ] || return 1
  changed="$(find "$here/Directory.Build.props" "$here/Directory.Packages.props" "$here/global.json" \
      "$here/.editorconfig" -newer "$stamp" -print -quit 2>/dev/null)"
  [ -z "$changed" ]
}

# Builds the CLI (Release, incremental) unless it is up to date. The Pact engine is not fetched here:
# only verify-pact needs it (see below), so --version, help, run and serve work without npm.
build_cli() {
  cli_up_to_date && return 0
  need_dotnet
  local log; log="$(mktemp)"
  # The SDK is chosen by the kit's global.json, so the build runs from the kit's folder.
  (cd "$here" && dotnet build src/Covage.Conformance/Covage.Conformance.csproj -c Release -nologo -v q -clp:NoSummary \
      -p:CovageFetchPactEngine=false) >"$log" 2>&1 \
    || { cat "$log" >&2; rm -f "$log"; die "build failed"; }
  rm -f "$log"
  touch "$stamp"
}

run_tests() {
  need_dotnet
  ensure_chromium
  ensure_pact_engine
  local log; log="$(mktemp)"
  set +e
  if [ $# -eq 0 ]; then
    # Built first, then tested without building: dotnet test then runs the test projects side by side
    # (building as it tests, it runs them one after the other). Options given to the command go to a
    # plain dotnet test, which builds as they say.
    { dotnet build "$here/CovageConformance.sln" -nologo -v q -clp:NoSummary \
        && dotnet test "$here/CovageConformance.sln" -nologo --no-build; } 2>&1 | tee "$log"
  else
    dotnet test "$here/CovageConformance.sln" -nologo "$@" 2>&1 | tee "$log"
  fi
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
    dotnet run --project "$here/bench/Covage.Bench/Covage.Bench.csproj" -c Release -v q -- "$@"
    ;;
  *)
    build_cli
    if [ "$cmd" = "verify-pact" ]; then ensure_pact_engine; fi
    if [ $# -eq 0 ]; then set -- run; fi
    # Help and usage lines name the command the way the user typed it.
    COVAGE_PROGRAM_NAME="$0" exec dotnet "$cli_dll" "$@"
    ;;
esac
