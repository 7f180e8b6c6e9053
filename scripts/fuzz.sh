#!/usr/bin/env bash
#===-- scripts/fuzz.sh - build and run wsplit's fuzzer for a bounded time ===#
#
#   scripts/fuzz.sh [seconds]        (default 300)
#
# Configures (once) and builds fuzz/wsplit-fuzz in $WSPLIT_FUZZ_BUILD_DIR
# (default build-fuzz/) with clang 22 and -fsanitize=fuzzer,address,
# undefined, refreshes the seed corpus from the test programs
# (fuzz/make-corpus.sh), replays every input in fuzz/regressions/, then
# fuzzes for the given number of seconds. Exits non-zero on any finding
# (crash, sanitizer report, LLVM fatal error, timeout, out-of-memory, or
# an error message that does not name the input); the input that caused it
# is left in <build>/fuzz/findings/. The corpus grows in <build>/fuzz/corpus
# from run to run. WSPLIT_FUZZ_JOBS=N fuzzes in N processes (-fork=N).
#
#===----------------------------------------------------------------------===#
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-300}
build=${WSPLIT_FUZZ_BUILD_DIR:-$root/build-fuzz}
bin=/usr/lib/llvm-22/bin
jobs=${WSPLIT_FUZZ_JOBS:-1}

if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$root" -B "$build" -G Ninja \
    -DLLVM_DIR="$("$bin/llvm-config" --cmakedir)" \
    -DCMAKE_C_COMPILER="$bin/clang" -DCMAKE_CXX_COMPILER="$bin/clang++" \
    -DWSPLIT_FUZZ=ON >/dev/null
fi
ninja -C "$build" --quiet wsplit-fuzz

corpus=$build/fuzz/corpus
findings=$build/fuzz/findings
mkdir -p "$corpus" "$findings"
"$root/fuzz/make-corpus.sh" "$build" "$corpus"

fuzz=$build/bin/wsplit-fuzz
common=(-timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=1024
        -artifact_prefix="$findings/")
regressions=("$root"/fuzz/regressions/*)
if [ -e "${regressions[0]}" ]; then
  echo "replaying ${#regressions[@]} regression inputs"
  "$fuzz" "${common[@]}" "${regressions[@]}"
fi

echo "fuzzing for $seconds s in $jobs process(es)"
"$fuzz" "${common[@]}" -max_total_time="$seconds" -max_len=65536 \
  -dict="$root/fuzz/wsplit.dict" -print_final_stats=1 \
  $([ "$jobs" -gt 1 ] && echo "-fork=$jobs") "$corpus"
