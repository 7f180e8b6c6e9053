// A split whose code is entirely shared: everything `small` runs is also
// run by `big`, so small's module holds only its implementation and the
// chunk holds the rest (printf's machinery included: main never calls it).
//
// RUN: rm -rf %t && mkdir -p %t
// RUN: %wasm-cc -O1 %s -o %t/app.wasm %link-flags
// RUN: %wsplit %t/app.wasm -o %t/out --print-plan | FileCheck %s --check-prefix=PLAN
// RUN: %validate %t/out | FileCheck %s --check-prefix=VALID
// RUN: %node %t/out/app.js | FileCheck %s --check-prefix=OUT
// RUN: %plain-cc -O1 %s -o %t/plain.wasm && %node %srcroot/test/tools/run-wasi.mjs %t/plain.wasm | FileCheck %s --check-prefix=OUT

// PLAN-LABEL: main main app.wasm:
// PLAN-NOT:   function printf
// PLAN-LABEL: split big app.big.wasm:
// PLAN-DAG:   function big {{[0-9]+$}}
// PLAN-DAG:   function big_only {{[0-9]+$}}
// PLAN-DAG:   function puts {{[0-9]+$}}
// PLAN-LABEL: split small app.small.wasm: 1 functions, 0 data bytes
// PLAN-NEXT:  function small {{[0-9]+$}}
// PLAN-NEXT:  chunk big+small app.chunk.big+small.wasm:
// PLAN-DAG:   function work {{[0-9]+$}}
// PLAN-DAG:   function more_work {{[0-9]+$}}
// PLAN-DAG:   function printf {{[0-9]+$}}

// VALID:      app.big.wasm: valid
// VALID-NEXT: app.chunk.big+small.wasm: valid
// VALID-NEXT: app.small.wasm: valid
// VALID-NEXT: app.wasm: valid

// OUT:      work 1
// OUT-NEXT: more work 2
// OUT-NEXT: big only
// OUT-NEXT: work 3
// OUT-NEXT: more work 4

#include <stdio.h>
#include <wsplit.h>

__attribute__((noinline)) static void more_work(int v) { printf("more work %d\n", v); }
__attribute__((noinline)) static void work(int v) {
  printf("work %d\n", v);
  more_work(v + 1);
}
__attribute__((noinline)) static void big_only(void) { puts("big only"); }

WSPLIT("small") void small(int v) { work(v); }
WSPLIT("big") void big(int v) {
  work(v);
  big_only();
}

int main(int argc, char **argv) {
  (void)argv;
  big(argc);
  small(argc + 2);
  return 0;
}
