// Data goes where its readers are: a string main and a split both read
// stays in main; a table two splits read goes to their chunk; a mutable
// global only one split writes moves to that split and keeps its value
// between calls (the split is instantiated once).
//
// RUN: rm -rf %t && mkdir -p %t
// RUN: %wasm-cc -O2 %s -o %t/app.wasm %link-flags
// RUN: %wsplit %t/app.wasm -o %t/out --print-plan | FileCheck %s --check-prefix=PLAN
// RUN: %validate %t/out | FileCheck %s --check-prefix=VALID
// RUN: %node %t/out/app.js | FileCheck %s --check-prefix=OUT
// RUN: %plain-cc -O2 %s -o %t/plain.wasm && %node %srcroot/test/tools/run-wasi.mjs %t/plain.wasm | FileCheck %s --check-prefix=OUT
// RUN: grep -c "GREETING-FOR-ALL" %t/out/app.wasm | FileCheck %s --check-prefix=ONE
// RUN: not grep -c "GREETING-FOR-ALL" %t/out/app.a.wasm %t/out/app.b.wasm "%t/out/app.chunk.a+b.wasm"

// PLAN-LABEL: main main app.wasm:
// PLAN:       data greeting 17
// PLAN-NOT:   data primes
// PLAN-NOT:   data calls
// PLAN-LABEL: split a app.a.wasm: 1 functions
// PLAN-NEXT:  function use_a {{[0-9]+$}}
// PLAN:       data calls 4
// PLAN-LABEL: split b app.b.wasm: 1 functions
// PLAN-NEXT:  function use_b {{[0-9]+$}}
// PLAN-LABEL: chunk a+b app.chunk.a+b.wasm:
// PLAN:       data primes 20

// VALID:      app.a.wasm: valid
// VALID-NEXT: app.b.wasm: valid
// VALID-NEXT: app.chunk.a+b.wasm: valid
// VALID-NEXT: app.wasm: valid

// OUT:      GREETING-FOR-ALL
// OUT-NEXT: a: GREETING-FOR-ALL call 1 prime 3
// OUT-NEXT: b: prime 11
// OUT-NEXT: a: GREETING-FOR-ALL call 2 prime 5

// ONE: 1

#include <stdio.h>
#include <wsplit.h>

const char greeting[] = "GREETING-FOR-ALL";
static const int primes[5] = {2, 3, 5, 7, 11};
static int calls;

WSPLIT("a") void use_a(int i) {
  printf("a: %s call %d prime %d\n", greeting, ++calls, primes[i]);
}
WSPLIT("b") void use_b(int i) { printf("b: prime %d\n", primes[i]); }

int main(int argc, char **argv) {
  (void)argv;
  puts(greeting);
  use_a(argc);
  use_b(argc + 3);
  use_a(argc + 1);
  return 0;
}
