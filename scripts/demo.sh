#!/usr/bin/env bash
#===-- scripts/demo.sh - build, split and run the example app ------------===#
#
# Installs what is missing, builds wsplit, builds examples/notes with CMake
# against the build tree (find_package(wsplit), wsplit_target(notes)), runs
# the split program under Node using each of its three features, and prints
# what was loaded when, and how the modules compare in size with the same
# program built without wsplit. The build directory is $WSPLIT_BUILD_DIR
# (default build/); the example builds in <build>/examples/notes.
#
#===----------------------------------------------------------------------===#
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${WSPLIT_BUILD_DIR:-$root/build}
app=$build/examples/notes
node=$root/node_modules/.bin/node
log=$build/examples/notes.log

step() { printf '\n== %s\n' "$*"; }
# Runs a build step quietly; shows its log if it fails.
quiet() {
  if ! "$@" >"$log" 2>&1; then
    cat "$log"
    echo "demo: failed: $*" >&2
    exit 1
  fi
}

echo "wsplit demo: examples/notes, a notes tool whose export, stats and"
echo "compress features are split points (WSPLIT(\"name\") in features.h)"

step "build"
"$root/scripts/setup.sh"
"$root/scripts/build.sh"
echo "   wsplit: ${build#"$root"/}"
mkdir -p "$build/examples"
quiet cmake -S "$root/examples/notes" -B "$app" -G Ninja \
  -DCMAKE_TOOLCHAIN_FILE="$build/lib/cmake/wsplit/WasiToolchain.cmake"
quiet cmake --build "$app"
echo "   notes:  ${app#"$root"/} (notes.wasm split into dist/, and notes-unsplit.wasm)"

step "run: node dist/notes.js --top 5 list stats compress export=notes.html"
# Through a small driver that imports the emitted loader and records its
# onEvent events; the program's output is unchanged.
(cd "$app/dist" &&
  "$node" "$root/examples/tools/trace.mjs" --report "$app/load-order.txt" \
    notes.js --top 5 list stats compress export=notes.html) | sed 's/^/   /'

step "sizes (bytes; unsplit = the same sources built without the plugin)"
python3 "$root/examples/tools/sizes.py" "$app/notes-unsplit.wasm" "$app/dist" |
  sed 's/^/   /'

step "load order (the loader's events)"
sed 's/^/   /' "$app/load-order.txt"

echo
echo "Output: ${app#"$root"/}/dist (the modules, notes.js, notes.html)."
echo "Your own program: docs/guide.md."
