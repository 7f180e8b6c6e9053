// A program without split points is written as one valid main module with
// a note, and still runs under the emitted loader.
//
// RUN: rm -rf %t && mkdir -p %t
// RUN: %wasm-cc -O2 %s -o %t/app.wasm %link-flags
// RUN: %wsplit %t/app.wasm -o %t/out 2>&1 | FileCheck %s --check-prefix=NOTE
// RUN: %validate %t/out | FileCheck %s --check-prefix=VALID
// RUN: %node %t/out/app.js | FileCheck %s --check-prefix=OUT
// RUN: FileCheck %s --check-prefix=MANIFEST < %t/out/app.manifest.json

// NOTE: wsplit: note: {{.*}}app.wasm has no split points; writing it as a single main module (mark functions with WSPLIT("name") and compile with the wsplit plugin to split)

// VALID:     app.wasm: valid
// VALID-NOT: valid

// OUT: nothing to split

// MANIFEST:      "promising": [],
// MANIFEST-NEXT: "splits": {}

#include <stdio.h>
int main(void) {
  puts("nothing to split");
  return 0;
}
