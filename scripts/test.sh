#!/usr/bin/env bash
#===-- scripts/test.sh - run the whole wsplit test suite -----------------===#
#
# Installs what is missing, builds, and runs the lit suite: plugin,
# splitter, hostile inputs, loader under Node and Chromium, end-to-end
# programs in every loading mode, examples on real libraries, differential
# testing with csmith. With CI=true it also fuzzes the splitter for two
# minutes (test/ci/) and runs the whole suite a second time against wsplit
# built with AddressSanitizer and UBSan (scripts/test-sanitized.sh).
# Arguments go to lit, e.g. `scripts/test.sh --filter postlink`.
#
#===----------------------------------------------------------------------===#
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${WSPLIT_BUILD_DIR:-$root/build}

"$root/scripts/setup.sh" || exit 1
"$root/scripts/build.sh" || exit 1
lit=$(/usr/lib/llvm-22/bin/llvm-config --bindir)/lit
"$lit" -sv --timeout=600 "$@" "$build/test"
status=$?

if [ "${CI:-}" = true ]; then
  echo "== the suite again, against wsplit built with ASan and UBSan"
  "$root/scripts/test-sanitized.sh" --filter-out 'ci/fuzz.test' "$@" || status=1
fi
exit $status
