// Nested split points: the split `outer` calls a function of split `inner`,
// and nothing else does. inner's stub (here inlined into outer_work) lives
// in outer's module, which imports wsplit.load.inner directly; inner's body
// is in its own module, and main holds neither.
//
// RUN: rm -rf %t && mkdir -p %t
// RUN: %wasm-cc -O1 %s -o %t/app.wasm %link-flags
// RUN: %wsplit %t/app.wasm -o %t/out --print-plan | FileCheck %s --check-prefix=PLAN
// RUN: %validate %t/out | FileCheck %s --check-prefix=VALID
// RUN: %node %t/out/app.js | FileCheck %s --check-prefix=OUT
// RUN: %plain-cc -O1 %s -o %t/plain.wasm && %node %srcroot/test/tools/run-wasi.mjs %t/plain.wasm | FileCheck %s --check-prefix=OUT
// RUN: wasm-objdump -j Import -x %t/out/app.outer.wasm | FileCheck %s --check-prefix=IMPORTS

// PLAN-LABEL: main main app.wasm:
// PLAN-NOT:   function inner_work
// PLAN-NOT:   function outer_work
// PLAN-LABEL: split inner app.inner.wasm: 1 functions
// PLAN-NEXT:  function inner_work {{[0-9]+}}
// PLAN-LABEL: split outer app.outer.wasm: 1 functions
// PLAN-NEXT:  function outer_work {{[0-9]+$}}

// VALID:      app.inner.wasm: valid
// VALID-NEXT: app.outer.wasm: valid
// VALID-NEXT: app.wasm: valid

// IMPORTS: <- wsplit.load.inner

// OUT:      outer 5
// OUT-NEXT: inner 6
// OUT-NEXT: result 12

#include <stdio.h>
#include <wsplit.h>

WSPLIT("inner") int inner_work(int v) {
  printf("inner %d\n", v);
  return v * 2;
}

WSPLIT("outer") int outer_work(int v) {
  printf("outer %d\n", v);
  return inner_work(v + 1);
}

int main(void) {
  printf("result %d\n", outer_work(5));
  return 0;
}
