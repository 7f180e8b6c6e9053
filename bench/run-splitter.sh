#!/usr/bin/env bash
#===-- bench/run-splitter.sh - benchmark wsplit against wasm-split --------===#
#
# Installs what is missing, builds wsplit and the plugin into
# $WSPLIT_BUILD_DIR (default build/), then runs bench/run-splitter.py, which
# generates the large inputs (cached under $WSPLIT_BUILD_DIR/bench/inputs),
# times wsplit and Binaryen's wasm-split side by side and prints the table
# and the targets. Arguments go to run-splitter.py (--help lists them).
#
#===----------------------------------------------------------------------===#
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export WSPLIT_BUILD_DIR=${WSPLIT_BUILD_DIR:-$root/build}

"$root/scripts/setup.sh"
"$root/scripts/build.sh"
exec python3 "$root/bench/run-splitter.py" --build-dir "$WSPLIT_BUILD_DIR" "$@"
