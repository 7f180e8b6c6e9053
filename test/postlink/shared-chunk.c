// Two splits share a helper and the mutable data it touches: they go to the
// chunk of exactly {codec, exporter}, loaded once and shared, so the
// counter keeps its value from one split to the other. Each implementation
// stays in its own split; main holds neither the helper nor its data.
// The output is byte-for-byte the same on a second run.
//
// RUN: rm -rf %t && mkdir -p %t
// RUN: %wasm-cc -O2 %s -o %t/app.wasm %link-flags
// RUN: %wsplit %t/app.wasm -o %t/out --print-plan | FileCheck %s --check-prefix=PLAN
// RUN: %validate %t/out | FileCheck %s --check-prefix=VALID
// RUN: %node %t/out/app.js | FileCheck %s --check-prefix=OUT
// RUN: %plain-cc -O2 %s -o %t/plain.wasm && %node %srcroot/test/tools/run-wasi.mjs %t/plain.wasm | FileCheck %s --check-prefix=OUT
// RUN: %wsplit %t/app.wasm -o %t/again
// RUN: cmp %t/out/app.wasm %t/again/app.wasm
// RUN: cmp %t/out/app.codec.wasm %t/again/app.codec.wasm
// RUN: cmp %t/out/app.exporter.wasm %t/again/app.exporter.wasm
// RUN: cmp "%t/out/app.chunk.codec+exporter.wasm" "%t/again/app.chunk.codec+exporter.wasm"
// RUN: cmp %t/out/app.manifest.json %t/again/app.manifest.json
// RUN: cmp %t/out/app.js %t/again/app.js
// RUN: grep -c "shared checksum" "%t/out/app.chunk.codec+exporter.wasm" | FileCheck %s --check-prefix=ONE
// RUN: not grep -c "shared checksum" %t/out/app.wasm %t/out/app.codec.wasm %t/out/app.exporter.wasm

// PLAN-LABEL: main main app.wasm:
// PLAN-NOT:   function checksum
// PLAN-NOT:   data counter
// PLAN-LABEL: split codec app.codec.wasm: 1 functions, 0 data bytes
// PLAN-NEXT:  function decode {{[0-9]+$}}
// PLAN-LABEL: split exporter app.exporter.wasm: 1 functions, 0 data bytes
// PLAN-NEXT:  function export_doc {{[0-9]+$}}
// PLAN-LABEL: chunk codec+exporter app.chunk.codec+exporter.wasm: 1 functions
// PLAN-NEXT:  function checksum {{[0-9]+$}}
// PLAN-DAG:   data counter 4 @0x{{[0-9a-f]+}}
// PLAN-DAG:   data .L.str{{.*}} 26 @0x{{[0-9a-f]+}}

// VALID:      app.chunk.codec+exporter.wasm: valid
// VALID-NEXT: app.codec.wasm: valid
// VALID-NEXT: app.exporter.wasm: valid
// VALID-NEXT: app.wasm: valid

// OUT:      shared checksum 1 of 7
// OUT-NEXT: exported 8
// OUT-NEXT: shared checksum 2 of 9
// OUT-NEXT: decoded 11
// OUT-NEXT: shared checksum 3 of 7
// OUT-NEXT: exported 10

// ONE: 1

#include <stdio.h>
#include <wsplit.h>

static int counter;

__attribute__((noinline)) static int checksum(int v) {
  printf("shared checksum %d of %d\n", ++counter, v);
  return v + counter;
}

WSPLIT("exporter") int export_doc(int v) { return checksum(v); }
WSPLIT("codec") int decode(int v) { return checksum(v); }

int main(void) {
  printf("exported %d\n", export_doc(7));
  printf("decoded %d\n", decode(9));
  printf("exported %d\n", export_doc(7));
  return 0;
}
