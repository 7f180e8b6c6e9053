// Loads that fail, in one process each, and the retry that then succeeds.
// A reactor (its exports are called one after another, as on a page):
// use_a() calls split a, use_b() split b; both use chunk a+b.
//   - a missing split file: the call fails with an error naming split and
//     file; nothing of the split is instantiated (not even its chunk, which
//     arrived fine); once the file is back the next call loads and works.
//   - a corrupted chunk: an integrity error naming the split that needed
//     it and the chunk; retried after the file is repaired.
//   - a module from another build (same program, one constant changed):
//     refused by its build id, with both ids in the message.
//   - explicit mode (no JSPI, no synchronous reads: a browser's main
//     thread): a call before app.load() fails naming the split and the
//     fix; after app.load() it works.
// In JSPI mode a failed call rejects the promise of the export; in sync
// and explicit mode it throws; either way through the wasm frames.
//
// RUN: rm -rf %t && mkdir -p %t/other-input
// RUN: %wasm-cc -O2 -mexec-model=reactor %e2e-flags %s -o %t/app.wasm %link-flags
// RUN: %wsplit %t/app.wasm -o %t/out
// RUN: %validate %t/out
// RUN: %wasm-cc -O2 -mexec-model=reactor -DOTHER_BUILD %e2e-flags %s -o %t/other-input/app.wasm %link-flags
// RUN: %wsplit %t/other-input/app.wasm -o %t/other
//
// RUN: %run-split %t/out/app.js --mode=jspi --events hide:app.a.wasm call:use_a:1 restore:app.a.wasm call:use_a:2 > %t/missing-jspi.log 2>&1
// RUN: FileCheck %s --check-prefix=MISSING < %t/missing-jspi.log
// RUN: %run-split %t/out/app.js --mode=sync --events hide:app.a.wasm call:use_a:1 restore:app.a.wasm call:use_a:2 > %t/missing-sync.log 2>&1
// RUN: FileCheck %s --check-prefix=MISSING < %t/missing-sync.log
//
// RUN: %run-split %t/out/app.js --mode=jspi --events corrupt:app.chunk.a+b.wasm call:use_b:1 restore:app.chunk.a+b.wasm call:use_b:2 > %t/corrupt-jspi.log 2>&1
// RUN: FileCheck %s --check-prefix=CORRUPT < %t/corrupt-jspi.log
// RUN: %run-split %t/out/app.js --mode=sync --events corrupt:app.chunk.a+b.wasm call:use_b:1 restore:app.chunk.a+b.wasm call:use_b:2 > %t/corrupt-sync.log 2>&1
// RUN: FileCheck %s --check-prefix=CORRUPT < %t/corrupt-sync.log
//
// RUN: %run-split %t/out/app.js --mode=jspi replace:app.a.wasm:%t/other/app.a.wasm call:use_a:1 restore:app.a.wasm call:use_a:2 > %t/other-jspi.log 2>&1
// RUN: FileCheck %s --check-prefix=OTHER < %t/other-jspi.log
// RUN: %run-split %t/out/app.js --mode=sync replace:app.a.wasm:%t/other/app.a.wasm call:use_a:1 restore:app.a.wasm call:use_a:2 > %t/other-sync.log 2>&1
// RUN: FileCheck %s --check-prefix=OTHER < %t/other-sync.log
//
// RUN: %run-split %t/out/app.js --mode=explicit --lazy --events call:use_a:1 load:a call:use_a:2 > %t/explicit.log 2>&1
// RUN: FileCheck %s --check-prefix=EXPLICIT < %t/explicit.log
//
// Explicit mode, missing file: app.load() rejects, the file comes back,
// app.load() resolves, the call works.
// RUN: %run-split %t/out/app.js --mode=explicit --lazy --events hide:app.a.wasm load:a restore:app.a.wasm load:a call:use_a:2 > %t/missing-explicit.log 2>&1
// RUN: FileCheck %s --check-prefix=RELOAD < %t/missing-explicit.log

// MISSING:      [run] hide app.a.wasm
// MISSING-NEXT: use_a 1
// MISSING-NEXT: [wsplit] fetch-start a app.chunk.a+b.wasm
// MISSING-NEXT: [wsplit] fetch-{{start a app.a.wasm|end a app.chunk.a\+b.wasm}}
// MISSING-NOT:  instantiate
// MISSING:      [wsplit] failure a app.a.wasm: wsplit: cannot load split 'a': app.a.wasm: cannot read {{.*}}app.a.wasm (ENOENT)
// MISSING-NEXT: [run] use_a: LoadError network: wsplit: cannot load split 'a': app.a.wasm: cannot read {{.*}}app.a.wasm (ENOENT)
// MISSING-NEXT: [run] restore app.a.wasm
// MISSING-NEXT: use_a 2
// The chunk arrived and was compiled the first time: only a is fetched now.
// MISSING-NEXT: [wsplit] fetch-start a app.a.wasm
// MISSING-NEXT: [wsplit] fetch-end a app.a.wasm
// MISSING-NEXT: [wsplit] compile a app.a.wasm
// MISSING-NEXT: [wsplit] instantiate a app.chunk.a+b.wasm
// MISSING-NEXT: [wsplit] instantiate a app.a.wasm
// MISSING-NEXT: [wsplit] loaded a
// MISSING-NEXT: a 2: shared 12
// MISSING-NEXT: use_a(2) = 12
// MISSING-NOT:  {{.}}

// CORRUPT:      [run] corrupt app.chunk.a+b.wasm
// CORRUPT-NEXT: use_b 1
// CORRUPT-NOT:  instantiate
// CORRUPT:      [wsplit] failure b app.chunk.a+b.wasm: wsplit: cannot load split 'b': app.chunk.a+b.wasm is corrupted (SHA-256 mismatch: expected [[SHA:[0-9a-f]+]], got {{[0-9a-f]+}}); redeploy the files wsplit wrote
// CORRUPT-NEXT: [run] use_b: LoadError integrity: wsplit: cannot load split 'b': app.chunk.a+b.wasm is corrupted (SHA-256 mismatch: expected [[SHA]], got
// CORRUPT-NEXT: [run] restore app.chunk.a+b.wasm
// CORRUPT-NEXT: use_b 2
// CORRUPT-NEXT: [wsplit] fetch-start b app.chunk.a+b.wasm
// CORRUPT:      [wsplit] loaded b
// CORRUPT-NEXT: b 2: shared 22
// CORRUPT-NEXT: use_b(2) = 22
// CORRUPT-NOT:  {{.}}

// OTHER:      [run] replace app.a.wasm
// OTHER-NEXT: use_a 1
// OTHER-NEXT: [run] use_a: LoadError build-mismatch: wsplit: cannot load split 'a': app.a.wasm is from another build (build id {{[0-9a-f]+}}, expected {{[0-9a-f]+}}); deploy all files of one wsplit run together and serve them under content-hashed or revalidated URLs
// OTHER-NEXT: [run] restore app.a.wasm
// OTHER-NEXT: use_a 2
// OTHER-NEXT: a 2: shared 12
// OTHER-NEXT: use_a(2) = 12
// OTHER-NOT:  {{.}}

// EXPLICIT:      [wsplit] loaded <main>
// EXPLICIT-NEXT: use_a 1
// EXPLICIT-NEXT: [wsplit] failure a: wsplit: split 'a' is not loaded and cannot be loaded synchronously on this thread; call `await app.load('a')` first, or enable JSPI
// EXPLICIT-NEXT: [run] use_a: LoadError not-loaded: wsplit: split 'a' is not loaded and cannot be loaded synchronously on this thread; call `await app.load('a')` first, or enable JSPI
// EXPLICIT-NEXT: [wsplit] fetch-start a app.chunk.a+b.wasm
// EXPLICIT-NEXT: [wsplit] fetch-start a app.a.wasm
// EXPLICIT-NEXT: [wsplit] fetch-end a
// EXPLICIT:      [wsplit] loaded a
// EXPLICIT-NEXT: [run] load a: ok
// EXPLICIT-NEXT: use_a 2
// EXPLICIT-NEXT: a 2: shared 12
// EXPLICIT-NEXT: use_a(2) = 12
// EXPLICIT-NOT:  {{.}}

// RELOAD:      [run] hide app.a.wasm
// RELOAD-NEXT: [wsplit] fetch-start a app.chunk.a+b.wasm
// RELOAD-NEXT: [wsplit] fetch-start a app.a.wasm
// RELOAD-NOT:  instantiate
// RELOAD:      [wsplit] failure a app.a.wasm: wsplit: cannot load split 'a': app.a.wasm: cannot read {{.*}}app.a.wasm (ENOENT)
// RELOAD-NEXT: [run] load a: LoadError network: wsplit: cannot load split 'a': app.a.wasm: cannot read {{.*}}app.a.wasm (ENOENT)
// RELOAD-NEXT: [run] restore app.a.wasm
// RELOAD-NEXT: [wsplit] fetch-start a app.a.wasm
// RELOAD-NEXT: [wsplit] fetch-end a app.a.wasm
// RELOAD-NEXT: [wsplit] compile a app.a.wasm
// RELOAD-NEXT: [wsplit] instantiate a app.chunk.a+b.wasm
// RELOAD-NEXT: [wsplit] instantiate a app.a.wasm
// RELOAD-NEXT: [wsplit] loaded a
// RELOAD-NEXT: [run] load a: ok
// RELOAD-NEXT: use_a 2
// RELOAD-NEXT: a 2: shared 12
// RELOAD-NEXT: use_a(2) = 12
// RELOAD-NOT:  {{.}}

#include <stdio.h>
#include <wsplit.h>

#include "e2e.h"

#ifdef OTHER_BUILD
#define BASE 100
#else
#define BASE 10
#endif

__attribute__((noinline)) static int shared(int v) { return BASE * v / 10 + 10; }

WSPLIT("a") int work_a(int v) {
  int r = shared(v);
  printf("a %d: shared %d\n", v, r);
  return r;
}

WSPLIT("b") int work_b(int v) {
  int r = shared(v * 6);
  printf("b %d: shared %d\n", v, r);
  return r;
}

__attribute__((export_name("use_a"))) int use_a(int v) {
  printf("use_a %d\n", v);
  return work_a(v);
}

__attribute__((export_name("use_b"))) int use_b(int v) {
  printf("use_b %d\n", v);
  return work_b(v);
}
