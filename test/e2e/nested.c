// Nested splits, in every loading mode: main calls `outer`, whose code
// calls `middle`, whose code calls `inner`. Each is fetched at its first
// call, from inside the frames of the split that calls it (JSPI suspends
// two splits deep; sync mode loads inside them). inner recurses within its
// own module; main calling inner later loads nothing.
//
// RUN: rm -rf %t && mkdir -p %t
// RUN: %wasm-cc -O2 %e2e-flags %s -o %t/app.wasm %link-flags
// RUN: %wsplit %t/app.wasm -o %t/out --print-plan | FileCheck %s --check-prefix=PLAN
// RUN: %validate %t/out
// RUN: %plain-cc -O2 %e2e-flags %s -o %t/plain.wasm
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
// PLAN-NOT:   function {{outer|middle|inner}}
// PLAN-LABEL: split inner app.inner.wasm: 1 functions
// PLAN-NEXT:  function inner {{[0-9]+$}}
// PLAN-LABEL: split middle app.middle.wasm: 1 functions
// PLAN-NEXT:  function middle {{[0-9]+$}}
// PLAN-LABEL: split outer app.outer.wasm: 1 functions
// PLAN-NEXT:  function outer {{[0-9]+$}}

// OUT:      main calls outer
// OUT-NEXT: outer 1 calls middle
// OUT-NEXT: middle 2 calls inner
// OUT-NEXT: inner 3
// OUT-NEXT: inner 2
// OUT-NEXT: inner 1
// OUT-NEXT: outer = 6
// OUT-NEXT: inner 2
// OUT-NEXT: inner 1
// OUT-NEXT: inner = 3

// LAZY:      [wsplit] loaded <main>
// LAZY-NEXT: main calls outer
// LAZY-NEXT: [wsplit] fetch-start outer app.outer.wasm
// LAZY:      [wsplit] loaded outer
// LAZY-NEXT: outer 1 calls middle
// LAZY-NEXT: [wsplit] fetch-start middle app.middle.wasm
// LAZY:      [wsplit] loaded middle
// LAZY-NEXT: middle 2 calls inner
// LAZY-NEXT: [wsplit] fetch-start inner app.inner.wasm
// LAZY:      [wsplit] loaded inner
// LAZY-NEXT: inner 3
// LAZY-NEXT: inner 2
// LAZY-NEXT: inner 1
// LAZY-NEXT: outer = 6
// LAZY-NEXT: inner 2
// LAZY-NEXT: inner 1
// LAZY-NEXT: inner = 3
// LAZY-NOT:  {{.}}

// EXPLICIT:      [wsplit] loaded inner
// EXPLICIT:      [wsplit] loaded middle
// EXPLICIT:      [wsplit] loaded outer
// EXPLICIT-NEXT: main calls outer
// EXPLICIT-NOT:  [wsplit]

#include <stdio.h>
#include <wsplit.h>

#include "e2e.h"

WSPLIT("inner") int inner(int depth) {
  printf("inner %d\n", depth);
  return depth + (depth > 1 ? inner(depth - 1) : 0);
}

WSPLIT("middle") int middle(int v) {
  printf("middle %d calls inner\n", v);
  return inner(v + 1);
}

WSPLIT("outer") int outer(int v) {
  printf("outer %d calls middle\n", v);
  return middle(v + 1);
}

int main(int argc, char **argv) {
  (void)argv;
  puts("main calls outer");
  printf("outer = %d\n", outer(argc));
  printf("inner = %d\n", inner(argc + 1));
  return 0;
}
