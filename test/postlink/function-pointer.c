// Splits reached only through function pointers: a table of handlers in
// main's data points at the stubs, so calling through it loads the split.
// And a function pointer created inside a split (to a callback only that
// split references) is handed to main and called from there after loading:
// its table slot is filled by the split's element segment.
//
// RUN: rm -rf %t && mkdir -p %t
// RUN: %wasm-cc -O2 %s -o %t/app.wasm %link-flags
// RUN: %wsplit %t/app.wasm -o %t/out --print-plan | FileCheck %s --check-prefix=PLAN
// RUN: %validate %t/out | FileCheck %s --check-prefix=VALID
// RUN: %node %t/out/app.js | FileCheck %s --check-prefix=OUT
// RUN: %plain-cc -O2 %s -o %t/plain.wasm && %node %srcroot/test/tools/run-wasi.mjs %t/plain.wasm | FileCheck %s --check-prefix=OUT
// RUN: wasm-objdump -j Elem -x %t/out/app.save.wasm | FileCheck %s --check-prefix=ELEM

// PLAN-LABEL: main main app.wasm:
// PLAN-NOT:   function on_saved
// PLAN:       data handlers 8
// PLAN-LABEL: split load app.load.wasm: 1 functions
// PLAN-NEXT:  function on_load {{[0-9]+$}}
// PLAN-LABEL: split save app.save.wasm: 2 functions
// PLAN-DAG:   function on_save {{[0-9]+$}}
// PLAN-DAG:   function on_saved {{[0-9]+$}}

// Two slots: on_saved's linked slot and the implementation's new one.
// ELEM: Elem[2]:
// ELEM: <on_saved>
// ELEM: <on_save>

// VALID:      app.load.wasm: valid
// VALID-NEXT: app.save.wasm: valid
// VALID-NEXT: app.wasm: valid

// OUT:      load 1
// OUT-NEXT: save 2
// OUT-NEXT: saved callback 3
// OUT-NEXT: done 4

#include <stdio.h>
#include <wsplit.h>

typedef int (*callback)(int);
typedef callback (*handler)(int);

static int on_saved(int v) {
  printf("saved callback %d\n", v);
  return v + 1;
}

WSPLIT("save") callback on_save(int v) {
  printf("save %d\n", v);
  return on_saved;
}

WSPLIT("load") callback on_load(int v) {
  printf("load %d\n", v);
  return 0;
}

handler handlers[2] = {on_load, on_save};

int main(int argc, char **argv) {
  (void)argv;
  handlers[argc - 1](argc);             // load 1
  callback cb = handlers[argc](argc + 1); // save 2
  printf("done %d\n", cb(argc + 2));    // saved callback 3
  return 0;
}
