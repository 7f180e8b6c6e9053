// Main's exports that can reach a split load go through a guard: a
// function wsplit adds that keeps the C stack pointer and puts it back if
// the call unwinds (a failed load throws through every frame, and no
// frame's epilogue runs). Exports that cannot reach a load are exported as
// they were. (test/e2e/failed-load-stack.c shows the guard at work.)
//
// RUN: rm -rf %t && mkdir -p %t
// RUN: %wasm-cc -O2 -mexec-model=reactor %s -o %t/app.wasm %link-flags
// RUN: %wsplit %t/app.wasm -o %t/out
// RUN: %validate %t/out
// RUN: wasm-objdump -x -j Export %t/out/app.wasm | FileCheck %s --check-prefix=EXPORTS
// RUN: wasm-objdump -d %t/out/app.wasm | FileCheck %s --check-prefix=GUARD
// RUN: FileCheck %s --check-prefix=MANIFEST < %t/out/app.manifest.json
// RUN: %node %srcroot/test/tools/run-exports.mjs %t/out/app.js uses_split 20 | FileCheck %s --check-prefix=OUT

// EXPORTS-DAG: <uses_split (wsplit guard)> -> "uses_split"
// EXPORTS-DAG: <plain> -> "plain"

// GUARD:      <uses_split (wsplit guard)>:
// GUARD-NEXT:   local[0] type=i32
// GUARD-NEXT:   global.get [[SP:[0-9]+]] <__stack_pointer>
// GUARD-NEXT:   local.set 1
// GUARD-NEXT:   try i32
// GUARD-NEXT:     local.get 0
// GUARD-NEXT:     call {{[0-9]+}} <uses_split>
// GUARD-NEXT:   catch_all
// GUARD-NEXT:     local.get 1
// GUARD-NEXT:     global.set [[SP]] <__stack_pointer>
// GUARD-NEXT:     rethrow 0
// GUARD-NEXT:   end
// GUARD-NEXT:   end

// MANIFEST: "promising": [
// MANIFEST-NEXT: "uses_split"
// MANIFEST-NEXT: ],

// OUT: uses_split = 61

#include <wsplit.h>

WSPLIT("heavy") int triple(int v) { return 3 * v; }

__attribute__((export_name("uses_split"))) int uses_split(int v) {
  return triple(v) + 1;
}
__attribute__((export_name("plain"))) int plain(int v) { return v + 2; }
