// std::function and lambdas across the split, in every loading mode.
//   - A split function is stored in a std::function before its split is
//     loaded; calling the std::function loads `math`.
//   - A lambda is itself a split point (the attribute after its parameter
//     list marks its call operator): `lambda` loads when main calls it.
//   - The split `closures` returns a std::function holding a mutable
//     lambda. The lambda's body and std::function's machinery for it exist
//     only in closures' module; main keeps calling, copying and destroying
//     the closure after the call that created it returned.
//   - closures sorts with a lambda comparator and calls back into a
//     std::function that main built around its own lambda.
//
// RUN: rm -rf %t && mkdir -p %t
// RUN: %wasm-cxx -O2 %e2e-flags %s -o %t/app.wasm %link-flags
// RUN: %wsplit %t/app.wasm -o %t/out --print-plan | FileCheck %s --check-prefix=PLAN
// RUN: %validate %t/out
// RUN: %plain-cxx -O2 %e2e-flags %s -o %t/plain.wasm
// RUN: %run-plain %t/plain.wasm > %t/plain.txt
// RUN: FileCheck %s --check-prefix=OUT --match-full-lines < %t/plain.txt
// RUN: %run-split %t/out/app.js --mode=jspi --events > %t/jspi.log 2>&1
// RUN: FileCheck %s --check-prefix=LAZY < %t/jspi.log
// RUN: %program-output %t/jspi.log | diff %t/plain.txt -
// RUN: %run-split %t/out/app.js --mode=sync --events > %t/sync.log 2>&1
// RUN: FileCheck %s --check-prefix=LAZY < %t/sync.log
// RUN: %program-output %t/sync.log | diff %t/plain.txt -
// RUN: %run-split %t/out/app.js --mode=explicit --events > %t/explicit.log 2>&1
// RUN: FileCheck %s --check-prefix=EXPLICIT < %t/explicit.log
// RUN: %program-output %t/explicit.log | diff %t/plain.txt -

// The closure's code (its body inlined into std::function's call thunk) and
// data (std::function's policy for it, its type_info) are closures'.
// PLAN-LABEL: main main app.wasm:
// PLAN-NOT:   make_counter(int)::$_0
// PLAN-LABEL: split closures app.closures.wasm:
// PLAN-DAG:   function make_counter(int) {{[0-9]+$}}
// PLAN-DAG:   function sort_digits(int*, int, std::__2::function<void (int)> const&) {{[0-9]+$}}
// PLAN-DAG:   function int std::__2::__function::__policy_func<int (int)>::__call_func{{.*}}<make_counter(int)::$_0>({{.*}}) {{[0-9]+$}}
// PLAN-DAG:   data _ZZNSt3__210__function8__policy8__create{{.*}}make_counter{{.*}}__policy 16
// PLAN-DAG:   data _ZTIZ12make_counteriE3$_0 8
// PLAN-LABEL: split lambda app.lambda.wasm: 1 functions
// PLAN-NEXT:  function main(int, char**)::$_1::operator()(int) const {{[0-9]+$}}
// PLAN-LABEL: split math app.math.wasm: 1 functions
// PLAN-NEXT:  function cube(int) {{[0-9]+$}}

// OUT:      holding cube
// OUT-NEXT: cube(3) = 27
// OUT-NEXT: lambda(4) = 41
// OUT-NEXT: counter: 5 10
// OUT-NEXT: copy: 15, original: 15
// OUT-NEXT: sorted: 40 31 22 13
// OUT-NEXT: seen 4 values
// OUT-NEXT: counter after: 20

// LAZY:      [wsplit] loaded <main>
// LAZY-NEXT: holding cube
// LAZY-NEXT: [wsplit] fetch-start math app.math.wasm
// LAZY:      [wsplit] loaded math
// LAZY-NEXT: cube(3) = 27
// LAZY-NEXT: [wsplit] fetch-start lambda app.lambda.wasm
// LAZY:      [wsplit] loaded lambda
// LAZY-NEXT: lambda(4) = 41
// LAZY-NEXT: [wsplit] fetch-start closures app.closures.wasm
// LAZY:      [wsplit] loaded closures
// LAZY-NEXT: counter: 5 10
// LAZY-NEXT: copy: 15, original: 15
// LAZY-NEXT: sorted: 40 31 22 13
// LAZY-NEXT: seen 4 values
// LAZY-NEXT: counter after: 20
// LAZY-NOT:  {{.}}

// EXPLICIT:      [wsplit] loaded closures
// EXPLICIT:      [wsplit] loaded lambda
// EXPLICIT:      [wsplit] loaded math
// EXPLICIT-NEXT: holding cube
// EXPLICIT-NOT:  [wsplit]

#include <algorithm>
#include <cstdio>
#include <functional>
#include <wsplit.h>

#include "e2e.h"

WSPLIT("math") int cube(int v) { return v * v * v; }

WSPLIT("closures") std::function<int(int)> make_counter(int step) {
  int total = 0;
  return [step, total](int v) mutable { return total += step * v; };
}

WSPLIT("closures") void sort_digits(int *v, int n,
                                    const std::function<void(int)> &see) {
  std::sort(v, v + n, [](int a, int b) { return a % 10 < b % 10; });
  for (int i = 0; i < n; ++i)
    see(v[i]);
}

int main(int argc, char **) {
  std::function<int(int)> f = cube;
  std::puts("holding cube");
  std::printf("cube(3) = %d\n", f(2 + argc));

  int base = 36 + argc;
  auto lambda = [base](int v) WSPLIT("lambda") { return base + v; };
  std::printf("lambda(4) = %d\n", lambda(3 + argc));

  std::function<int(int)> counter = make_counter(5);
  int a = counter(argc);
  std::printf("counter: %d %d\n", a, counter(argc));
  std::function<int(int)> copy = counter;
  std::printf("copy: %d, original: %d\n", copy(argc), counter(argc));

  int values[4] = {13, 40, 22, 31};
  int seen = 0;
  std::printf("sorted:");
  sort_digits(values, 4, [&seen](int v) {
    ++seen;
    std::printf(" %d", v);
  });
  std::printf("\nseen %d values\n", seen);
  std::printf("counter after: %d\n", counter(argc));
}
