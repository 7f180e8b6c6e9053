#!/usr/bin/env bash
#===-- scripts/test-sanitized.sh - the lit suite against ASan + UBSan wsplit =#
#
#   scripts/test-sanitized.sh [lit arguments]
#
# Builds wsplit with AddressSanitizer and UBSan (-DWSPLIT_SANITIZE=ON) in
# $WSPLIT_ASAN_BUILD_DIR (default build-asan/) and runs the whole lit suite
# against that build. The plugin is built as usual: it is loaded into the
# stock clang and opt, which carry no sanitizer runtime (see the top-level
# CMakeLists.txt). lit.cfg.py makes every sanitizer report and leak abort,
# so no test can pass on a report. Arguments go to lit, e.g.
# `scripts/test-sanitized.sh --filter postlink`.
#
#===----------------------------------------------------------------------===#
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${WSPLIT_ASAN_BUILD_DIR:-$root/build-asan}

"$root/scripts/setup.sh"
# build.sh passes its arguments to the first configure only; a build dir
# configured without the sanitizers is switched over here.
if [ -f "$build/CMakeCache.txt" ] &&
   ! grep -q '^WSPLIT_SANITIZE:BOOL=ON$' "$build/CMakeCache.txt"; then
  cmake -S "$root" -B "$build" -DWSPLIT_SANITIZE=ON >/dev/null
fi
WSPLIT_BUILD_DIR=$build "$root/scripts/build.sh" -DWSPLIT_SANITIZE=ON
lit=$(/usr/lib/llvm-22/bin/llvm-config --bindir)/lit
exec "$lit" -sv --timeout=600 "$@" "$build/test"
