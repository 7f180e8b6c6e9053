// Templates across the split, in every loading mode. A function template
// marked WSPLIT("stats") puts every instantiation in `stats` (each is its
// own split function with its own stub); a member of a class template goes
// to `poly`. Instantiations only `stats` needs go with it (twice<double>);
// one main also uses stays in main, a single copy both call (twice<int>).
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

// PLAN-LABEL: main main app.wasm:
// PLAN-NOT:   function int mean<int>
// PLAN-NOT:   function double mean<double>
// PLAN-NOT:   function int scaled
// PLAN:       function int twice<int>(int) {{[0-9]+$}}
// PLAN-LABEL: split poly app.poly.wasm: 1 functions
// PLAN-NEXT:  function Poly<3>::eval(int) const {{[0-9]+$}}
// PLAN-LABEL: split stats app.stats.wasm: 5 functions
// PLAN-DAG:   function int mean<int>(int const*, int) {{[0-9]+$}}
// PLAN-DAG:   function double mean<double>(double const*, int) {{[0-9]+$}}
// PLAN-DAG:   function int scaled<int>(int, int) {{[0-9]+$}}
// PLAN-DAG:   function double scaled<double>(double, int) {{[0-9]+$}}
// PLAN-DAG:   function double twice<double>(double) {{[0-9]+$}}
// PLAN-NOT:   function int twice<int>

// OUT:      twice 21 = 42
// OUT-NEXT: mean<int> = 25
// OUT-NEXT: mean<double> = 2.50
// OUT-NEXT: poly(2) = 21
// OUT-NEXT: mean<int> = 10

// LAZY:      [wsplit] loaded <main>
// LAZY-NEXT: twice 21 = 42
// LAZY-NEXT: [wsplit] fetch-start stats app.stats.wasm
// LAZY:      [wsplit] loaded stats
// LAZY-NEXT: mean<int> = 25
// LAZY-NEXT: mean<double> = 2.50
// LAZY-NEXT: [wsplit] fetch-start poly app.poly.wasm
// LAZY:      [wsplit] loaded poly
// LAZY-NEXT: poly(2) = 21
// LAZY-NEXT: mean<int> = 10
// LAZY-NOT:  {{.}}

// EXPLICIT:      [wsplit] loaded poly
// EXPLICIT:      [wsplit] loaded stats
// EXPLICIT-NEXT: twice 21 = 42
// EXPLICIT-NOT:  [wsplit]

#include <cstdio>
#include <wsplit.h>

#include "e2e.h"

template <typename T> __attribute__((noinline)) T twice(T v) { return v + v; }
template <typename T> __attribute__((noinline)) T scaled(T v, int k) {
  return twice(v) * k / 2;
}

template <typename T> WSPLIT("stats") T mean(const T *v, int n) {
  T sum = 0;
  for (int i = 0; i < n; ++i)
    sum += v[i];
  return scaled(sum, 1) / n;
}

template <int N> struct Poly {
  WSPLIT("poly") int eval(int x) const;
  int coeff[N];
};

// x^2 * c0 + x * c1 + c2, Horner's way.
template <int N> int Poly<N>::eval(int x) const {
  int r = 0;
  for (int i = 0; i < N; ++i)
    r = r * x + coeff[i];
  return r;
}

int main(int argc, char **) {
  std::printf("twice 21 = %d\n", twice(20 + argc));
  const int ints[4] = {10, 20, 30, 40};
  const double doubles[4] = {1, 2, 3, 4};
  std::printf("mean<int> = %d\n", mean(ints, 3 + argc));
  std::printf("mean<double> = %.2f\n", mean(doubles, 3 + argc));
  Poly<3> p = {{3, 4, 1}};
  std::printf("poly(2) = %d\n", p.eval(1 + argc));
  std::printf("mean<int> = %d\n", mean(ints + argc - 1, 1));
}
