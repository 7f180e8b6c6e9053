#!/usr/bin/env bash
#===-- scripts/setup.sh - install what wsplit needs ----------------------===#
#
# Installs the Debian packages and the pinned npm packages (package-lock.json)
# that the build, the demo and the tests need. Idempotent and silent when
# everything is already present; both README commands call it first.
#
#===----------------------------------------------------------------------===#
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

packages=(
  # build
  cmake ninja-build python3 python3-psutil
  # LLVM / Clang / lld 22 and lit, FileCheck, not, yaml2obj
  clang-22 lld-22 llvm-22 llvm-22-dev llvm-22-tools libclang-22-dev libclang-cpp22-dev
  # WebAssembly sysroot: WASI libc, libc++, compiler-rt builtins
  wasi-libc libc++-22-dev-wasm32 libc++abi-22-dev-wasm32 libclang-rt-22-dev-wasm32
  # sanitizers and libFuzzer for the host build
  libclang-rt-22-dev
  # validation and the side-by-side benchmark
  wabt binaryen
  # bench/: peak RSS (/usr/bin/time), profiles, instruction counts
  time valgrind linux-perf
  # differential testing
  csmith libcsmith-dev
  # browser test
  chromium
  # libraries of the example applications
  nlohmann-json3-dev libstb-dev libeigen3-dev libfmt-dev
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing Debian packages: ${missing[*]}"
  sudo=""
  [ "$(id -u)" = 0 ] || sudo=sudo
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Node 26 (JSPI on by default) and playwright-core, pinned by the lockfile.
stamp="$root/node_modules/.wsplit-lock.sha256"
want=$(sha256sum "$root/package-lock.json" | cut -d' ' -f1)
if [ ! -x "$root/node_modules/.bin/node" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "setup: installing npm packages from package-lock.json"
  (cd "$root" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  echo "$want" >"$stamp"
fi
