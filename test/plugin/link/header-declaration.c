// REQUIRES: wasm-objdump
// RUN: %wasm-cc -O2 -c %s -o %t.use.o
// RUN: %wasm-cc -O2 -c %S/../Inputs/export-impl.c -o %t.impl.o
// RUN: %wasm-cc -mexec-model=reactor %t.use.o %t.impl.o -o %t.wasm %link-flags
// RUN: wasm-objdump -d %t.wasm | FileCheck %s --implicit-check-not='call {{[0-9]+}} <__wsplit_impl'

// The split point is declared in a header; this file only calls the
// function, which is defined, and split, in another. The caller calls the
// symbol, which is the stub; the stub calls the import.

#include "../Inputs/export-api.h"

__attribute__((export_name("print_all"))) int print_all(void) { return export_pages(1, 10); }

// CHECK-LABEL: <print_all>:
// CHECK:         call {{[0-9]+}} <export_pages>
// CHECK-LABEL: <export_pages>:
// CHECK:         call 0 <__wsplit_load.export>
// CHECK:         call 1 <__wsplit_call.export.export_pages>
// CHECK-LABEL: <__wsplit_impl.export.export_pages>:
