#!/usr/bin/env bash
#===-- fuzz/make-corpus.sh - build wsplit-fuzz's seed corpus ------------===#
#
#   fuzz/make-corpus.sh <build-dir> <corpus-dir>
#
# Seeds are the linked programs the lit suite splits, built the same way
# but without the plugin (so a fuzz build needs none): the hand-split .ll
# programs under test/postlink/errors/Inputs, linked bare and (with the
# build's WASI sysroot) as WASI commands, every assembly program under
# test/postlink, and every YAML module under test/postlink/errors/Inputs.
# Existing files in <corpus-dir> are kept; seeds are named by content.
#
#===----------------------------------------------------------------------===#
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "$1" && pwd)
out=$2
bin=$(/usr/lib/llvm-22/bin/llvm-config --bindir)
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

add() { # file
  [ -s "$1" ] && cp "$1" "$out/seed-$(sha1sum "$1" | cut -c1-16).wasm"
  return 0
}

for ll in "$root"/test/postlink/errors/Inputs/*.ll; do
  n=$(basename "$ll" .ll)
  "$bin/llc" -filetype=obj "$ll" -o "$tmp/$n.o"
  "$bin/wasm-ld" --no-entry --emit-relocs "$tmp/$n.o" -o "$tmp/$n.wasm" && add "$tmp/$n.wasm"
  if [ -d "$build/sysroot" ]; then
    for opt in -O0 -O2; do
      "$bin/clang" --target=wasm32-wasip1 --sysroot="$build/sysroot" $opt \
        -mexec-model=reactor "$ll" -o "$tmp/$n$opt.wasm" \
        -Wl,--emit-relocs --no-wasm-opt 2>/dev/null && add "$tmp/$n$opt.wasm"
    done
  fi
done
for s in "$root"/test/postlink/*.s; do
  [ -e "$s" ] || continue
  n=$(basename "$s" .s)
  "$bin/llvm-mc" -filetype=obj -triple=wasm32-unknown-unknown \
    -mattr=+exception-handling,+multivalue,+reference-types,+tail-call \
    "$s" -o "$tmp/$n.o" 2>/dev/null || continue
  "$bin/wasm-ld" --no-entry --emit-relocs "$tmp/$n.o" -o "$tmp/$n.wasm" && add "$tmp/$n.wasm"
done
for y in "$root"/test/postlink/errors/Inputs/*.yaml; do
  [ -e "$y" ] || continue
  "$bin/yaml2obj" "$y" -o "$tmp/y.wasm" 2>/dev/null && add "$tmp/y.wasm"
done
echo "$(ls "$out" | wc -l) seeds in $out"
