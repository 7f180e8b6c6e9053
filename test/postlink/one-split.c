// One split point. Its implementation, the helper only it calls and the
// data only it reads (a string and a table) move to app.exporter.wasm at
// their original addresses; main keeps the stub and what main itself uses.
//
// RUN: rm -rf %t && mkdir -p %t
// RUN: %wasm-cc -O2 %s -o %t/app.wasm %link-flags
// RUN: %wsplit %t/app.wasm -o %t/out --print-plan | FileCheck %s --check-prefix=PLAN
// RUN: %validate %t/out | FileCheck %s --check-prefix=VALID
// RUN: %node %t/out/app.js | FileCheck %s --check-prefix=OUT
// RUN: %plain-cc -O2 %s -o %t/plain.wasm && %node %srcroot/test/tools/run-wasi.mjs %t/plain.wasm | FileCheck %s --check-prefix=OUT
//
// The private string and table are only in the split; main's string only in main.
// RUN: grep -c "exporter private text" %t/out/app.exporter.wasm | FileCheck %s --check-prefix=ONE
// RUN: not grep -c "exporter private text" %t/out/app.wasm
// RUN: grep -c "main says hello" %t/out/app.wasm | FileCheck %s --check-prefix=ONE
// RUN: not grep -c "main says hello" %t/out/app.exporter.wasm

// PLAN-LABEL: main main app.wasm:
// PLAN-NOT:   function export_pdf
// PLAN-NOT:   function format_row
// PLAN:       function __original_main
// PLAN-NOT:   data row_widths
// PLAN-LABEL: split exporter app.exporter.wasm: 3 functions
// PLAN-DAG:   function format_row {{[0-9]+}}
// PLAN-DAG:   function export_pdf {{[0-9]+}}
// putchar is only called by the split, so it moves too.
// PLAN-DAG:   function putchar {{[0-9]+}}
// PLAN-DAG:   data row_widths 16 @0x{{[0-9a-f]+}}
// PLAN-DAG:   data .L.str{{.*}} 26 @0x{{[0-9a-f]+}}
// PLAN-NOT:   chunk

// VALID:      app.exporter.wasm: valid
// VALID-NEXT: app.wasm: valid

// OUT:      main says hello
// OUT-NEXT: exporter private text 3: 4 1 2 3
// OUT-NEXT: export_pdf = 10

// ONE: 1

#include <stdio.h>
#include <wsplit.h>

static const int row_widths[4] = {1, 2, 3, 4};

__attribute__((noinline)) static void format_row(int n) {
  printf("exporter private text %d:", n);
  for (int i = 0; i < 4; ++i)
    printf(" %d", row_widths[(n + i) % 4]);
  printf("\n");
}

WSPLIT("exporter") int export_pdf(int n) {
  format_row(n);
  return n + 7;
}

int main(void) {
  printf("main says hello\n");
  printf("export_pdf = %d\n", export_pdf(3));
  return 0;
}
