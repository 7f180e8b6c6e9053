#!/usr/bin/env bash
#===-- scripts/build.sh - configure and build wsplit ---------------------===#
#
# Configures (once) and builds wsplit into $WSPLIT_BUILD_DIR (default build/)
# with Ninja against the system's LLVM 22. Extra arguments are passed to the
# first CMake configure, e.g. -DWSPLIT_SANITIZE=ON.
#
#===----------------------------------------------------------------------===#
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${WSPLIT_BUILD_DIR:-$root/build}
llvm_dir=${LLVM_DIR:-$(/usr/lib/llvm-22/bin/llvm-config --cmakedir)}

if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DLLVM_DIR="$llvm_dir" \
    -DCMAKE_C_COMPILER=/usr/lib/llvm-22/bin/clang \
    -DCMAKE_CXX_COMPILER=/usr/lib/llvm-22/bin/clang++ "$@" >/dev/null
fi
ninja -C "$build" --quiet ${WSPLIT_NINJA_FLAGS:-}
