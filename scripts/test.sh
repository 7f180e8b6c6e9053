#!/usr/bin/env bash
#===-- scripts/test.sh - run the whole wsplit test suite -----------------===#
#
# Installs what is missing, builds, and runs the lit suite (plugin, splitter,
# loader under Node and Chromium, differential and hostile-input tests).
# Arguments go to lit, e.g. `scripts/test.sh --filter postlink`.
#
#===----------------------------------------------------------------------===#
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${WSPLIT_BUILD_DIR:-$root/build}

"$root/scripts/setup.sh"
"$root/scripts/build.sh"
lit=$(/usr/lib/llvm-22/bin/llvm-config --bindir)/lit
exec "$lit" -sv --timeout=600 "$@" "$build/test"
