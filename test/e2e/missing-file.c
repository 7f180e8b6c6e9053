// A WASI command with a split file missing from its deploy.
//   - `node dist/app.js` (the loader's own runner) still starts main; the
//     first call into the split fails with one line naming the split and
//     the file, and the process exits with 1. The other split still loaded.
//   - In one process: app.load() rejects while the file is missing,
//     resolves once it is back, and the program then runs without loading
//     anything more (JSPI and sync mode; explicit mode: failures.c).
//   - Explicit mode, nothing loaded first: the call fails naming the split
//     and the fix.
//
// RUN: rm -rf %t && mkdir -p %t
// RUN: %wasm-cc -O2 %e2e-flags %s -o %t/app.wasm %link-flags
// RUN: %wsplit %t/app.wasm -o %t/out
// RUN: %validate %t/out
// RUN: cp -r %t/out %t/broken
// RUN: rm %t/broken/app.report.wasm
// RUN: %node %srcroot/test/loader/Inputs/run.mjs %node %t/broken/app.js | FileCheck %s --check-prefix=RUNNER
// RUN: %run-split %t/out/app.js --mode=jspi --events hide:app.report.wasm load:report restore:app.report.wasm load:report start > %t/jspi.log 2>&1
// RUN: FileCheck %s --check-prefix=RETRY < %t/jspi.log
// RUN: %run-split %t/out/app.js --mode=sync --events hide:app.report.wasm load:report restore:app.report.wasm load:report start > %t/sync.log 2>&1
// RUN: FileCheck %s --check-prefix=RETRY < %t/sync.log
// RUN: %node %srcroot/test/loader/Inputs/run.mjs %node %S/Inputs/run.mjs %t/out/app.js --mode=explicit --lazy | FileCheck %s --check-prefix=EXPLICIT

// RUNNER:      main starts with 1
// RUNNER-NEXT: header 1
// RUNNER-NEXT: stderr: wsplit: cannot load split 'report': app.report.wasm: cannot read {{.*}}broken{{/|\\}}app.report.wasm (ENOENT)
// RUNNER-NEXT: exit 1

// RETRY:      [run] hide app.report.wasm
// RETRY-NEXT: [wsplit] fetch-start report app.report.wasm
// RETRY-NEXT: [wsplit] failure report app.report.wasm: wsplit: cannot load split 'report': app.report.wasm: cannot read {{.*}}app.report.wasm (ENOENT)
// RETRY-NEXT: [run] load report: LoadError network: wsplit: cannot load split 'report': app.report.wasm: cannot read {{.*}}app.report.wasm (ENOENT)
// RETRY-NEXT: [run] restore app.report.wasm
// RETRY-NEXT: [wsplit] fetch-start report app.report.wasm
// RETRY:      [wsplit] loaded report
// RETRY-NEXT: [run] load report: ok
// RETRY-NEXT: main starts with 1
// RETRY-NEXT: [wsplit] fetch-start header app.header.wasm
// RETRY:      [wsplit] loaded header
// RETRY-NEXT: header 1
// RETRY-NEXT: report 2
// RETRY-NEXT: main returns
// RETRY-NOT:  {{.}}

// EXPLICIT:      main starts with 1
// EXPLICIT-NEXT: stderr: wsplit: split 'header' is not loaded and cannot be loaded synchronously on this thread; call `await app.load('header')` first, or enable JSPI
// EXPLICIT-NEXT: exit 1

#include <stdio.h>
#include <wsplit.h>

#include "e2e.h"

WSPLIT("header") void header(int n) { printf("header %d\n", n); }
WSPLIT("report") void report(int n) { printf("report %d\n", n); }

int main(int argc, char **argv) {
  (void)argv;
  printf("main starts with %d\n", argc);
  header(argc);
  report(argc + 1);
  puts("main returns");
  return 0;
}
