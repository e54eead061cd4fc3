#!/usr/bin/env bash
# Fetches the Pact engine (libpact_ffi.so) and the standalone pact CLI from npm into .tools/pact/.
# Idempotent: does nothing when both are already there. Never commit what it fetches.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="$root/.tools/pact"
core="@pact-foundation/pact-core-linux-x64-glibc@20.2.0"
cli="@pact-foundation/pact-cli-linux-x64@18.1.2"
if [ -f "$dest/libpact_ffi.so" ] && [ -x "$dest/pact" ]; then exit 0; fi
command -v npm >/dev/null 2>&1 || { echo "covage-conformance: npm is required to fetch the Pact engine ($core)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
( cd "$work" && npm pack --silent "$core" "$cli" >/dev/null ) || { echo "covage-conformance: npm pack $core $cli failed" >&2; exit 1; }
mkdir -p "$work/core" "$work/cli" "$dest"
tar xzf "$work"/pact-foundation-pact-core-linux-x64-glibc-*.tgz -C "$work/core"
tar xzf "$work"/pact-foundation-pact-cli-linux-x64-*.tgz -C "$work/cli"
cp "$work/core/package/prebuilds/linux-x64/libpact_ffi.so" "$dest/libpact_ffi.so"
cp "$work/cli/package/standalone/pact" "$dest/pact"
chmod +x "$dest/pact"
echo "covage-conformance: Pact engine and CLI ready in .tools/pact/"
