// Splits sharing chunks, in every loading mode. `tally` (and the counter it
// updates) is used by splits a, b and c: chunk a+b+c. `pair` is used by a
// and b and calls tally: chunk a+b, which imports from chunk a+b+c. Loading
// a fetches both chunks and a's own file concurrently (JSPI, and explicit
// loads: every fetch-start before any fetch-end) or one after another (sync
// mode), and instantiates them in dependency order. c then needs only its
// own file, b too: each chunk is fetched and instantiated once, and the
// counter in chunk a+b+c keeps counting across the three splits. Main only
// calls puts, so printf goes to chunk a+b+c with tally, and snprintf to
// chunk a+b with pair.
//
// RUN: rm -rf %t && mkdir -p %t
// RUN: %wasm-cc -O2 %e2e-flags %s -o %t/app.wasm %link-flags
// RUN: %wsplit %t/app.wasm -o %t/out --print-plan | FileCheck %s --check-prefix=PLAN
// RUN: %validate %t/out
// RUN: %plain-cc -O2 %e2e-flags %s -o %t/plain.wasm
// RUN: %run-plain %t/plain.wasm > %t/plain.txt
// RUN: FileCheck %s --check-prefix=OUT --match-full-lines < %t/plain.txt
// RUN: %run-split %t/out/app.js --mode=jspi --events > %t/jspi.log 2>&1
// RUN: FileCheck %s --check-prefixes=LAZY,JSPI < %t/jspi.log
// RUN: %program-output %t/jspi.log | diff %t/plain.txt -
// RUN: %run-split %t/out/app.js --mode=sync --events > %t/sync.log 2>&1
// RUN: FileCheck %s --check-prefixes=LAZY,SYNC < %t/sync.log
// RUN: %program-output %t/sync.log | diff %t/plain.txt -
// RUN: %run-split %t/out/app.js --mode=explicit --events > %t/explicit.log 2>&1
// RUN: FileCheck %s --check-prefix=EXPLICIT < %t/explicit.log
// RUN: %program-output %t/explicit.log | diff %t/plain.txt -

// PLAN-LABEL: main main app.wasm:
// PLAN-NOT:   function {{tally|pair}}
// PLAN-LABEL: split a app.a.wasm: 1 functions
// PLAN-NEXT:  function use_a {{[0-9]+$}}
// PLAN-LABEL: split b app.b.wasm: 1 functions
// PLAN-NEXT:  function use_b {{[0-9]+$}}
// PLAN-LABEL: split c app.c.wasm: 1 functions
// PLAN-NEXT:  function use_c {{[0-9]+$}}
// PLAN-LABEL: chunk a+b+c app.chunk.a+b+c.wasm:
// PLAN-DAG:   function tally {{[0-9]+$}}
// PLAN-DAG:   function printf {{[0-9]+$}}
// PLAN-DAG:   data tally.count 4
// PLAN-LABEL: chunk a+b app.chunk.a+b.wasm: 4 functions
// PLAN-DAG:   function pair {{[0-9]+$}}
// PLAN-DAG:   function snprintf {{[0-9]+$}}

// OUT:      main calls a
// OUT-NEXT: tally 1: a
// OUT-NEXT: tally 2: pair a
// OUT-NEXT: main calls c
// OUT-NEXT: tally 3: c
// OUT-NEXT: main calls b
// OUT-NEXT: tally 4: b
// OUT-NEXT: tally 5: pair b
// OUT-NEXT: main calls a
// OUT-NEXT: tally 6: a
// OUT-NEXT: tally 7: pair a
// OUT-NEXT: main returns

// LAZY:      [wsplit] loaded <main>
// LAZY-NEXT: main calls a
// JSPI-NEXT: [wsplit] fetch-start a app.chunk.a+b+c.wasm
// JSPI-NEXT: [wsplit] fetch-start a app.chunk.a+b.wasm
// JSPI-NEXT: [wsplit] fetch-start a app.a.wasm
// JSPI-NEXT: [wsplit] fetch-end a
// SYNC-NEXT: [wsplit] fetch-start a app.chunk.a+b+c.wasm
// SYNC-NEXT: [wsplit] fetch-end a app.chunk.a+b+c.wasm
// SYNC-NEXT: [wsplit] compile a app.chunk.a+b+c.wasm
// SYNC-NEXT: [wsplit] fetch-start a app.chunk.a+b.wasm
// SYNC-NEXT: [wsplit] fetch-end a app.chunk.a+b.wasm
// SYNC-NEXT: [wsplit] compile a app.chunk.a+b.wasm
// SYNC-NEXT: [wsplit] fetch-start a app.a.wasm
// SYNC-NEXT: [wsplit] fetch-end a app.a.wasm
// SYNC-NEXT: [wsplit] compile a app.a.wasm
// LAZY:      [wsplit] instantiate a app.chunk.a+b+c.wasm
// LAZY-NEXT: [wsplit] instantiate a app.chunk.a+b.wasm
// LAZY-NEXT: [wsplit] instantiate a app.a.wasm
// LAZY-NEXT: [wsplit] loaded a
// LAZY-NEXT: tally 1: a
// LAZY-NEXT: tally 2: pair a
// LAZY-NEXT: main calls c
// LAZY-NEXT: [wsplit] fetch-start c app.c.wasm
// LAZY-NEXT: [wsplit] fetch-end c app.c.wasm
// LAZY-NEXT: [wsplit] compile c app.c.wasm
// LAZY-NEXT: [wsplit] instantiate c app.c.wasm
// LAZY-NEXT: [wsplit] loaded c
// LAZY-NEXT: tally 3: c
// LAZY-NEXT: main calls b
// LAZY-NEXT: [wsplit] fetch-start b app.b.wasm
// LAZY-NEXT: [wsplit] fetch-end b app.b.wasm
// LAZY-NEXT: [wsplit] compile b app.b.wasm
// LAZY-NEXT: [wsplit] instantiate b app.b.wasm
// LAZY-NEXT: [wsplit] loaded b
// LAZY-NEXT: tally 4: b
// LAZY-NEXT: tally 5: pair b
// LAZY-NEXT: main calls a
// LAZY-NEXT: tally 6: a
// LAZY-NEXT: tally 7: pair a
// LAZY-NEXT: main returns
// LAZY-NOT:  {{.}}

// run.mjs loads the splits in name order: a brings both chunks.
// EXPLICIT:      [wsplit] loaded <main>
// EXPLICIT-NEXT: [wsplit] fetch-start a app.chunk.a+b+c.wasm
// EXPLICIT-NEXT: [wsplit] fetch-start a app.chunk.a+b.wasm
// EXPLICIT-NEXT: [wsplit] fetch-start a app.a.wasm
// EXPLICIT-NEXT: [wsplit] fetch-end a
// EXPLICIT:      [wsplit] instantiate a app.chunk.a+b+c.wasm
// EXPLICIT-NEXT: [wsplit] instantiate a app.chunk.a+b.wasm
// EXPLICIT-NEXT: [wsplit] instantiate a app.a.wasm
// EXPLICIT-NEXT: [wsplit] loaded a
// EXPLICIT-NEXT: [wsplit] fetch-start b app.b.wasm
// EXPLICIT:      [wsplit] loaded b
// EXPLICIT-NEXT: [wsplit] fetch-start c app.c.wasm
// EXPLICIT:      [wsplit] loaded c
// EXPLICIT-NEXT: main calls a
// EXPLICIT-NOT:  [wsplit]

#include <stdio.h>
#include <wsplit.h>

#include "e2e.h"

__attribute__((noinline)) static void tally(const char *what) {
  static int count;
  printf("tally %d: %s\n", ++count, what);
}

__attribute__((noinline)) static void pair(const char *who) {
  char text[16];
  snprintf(text, sizeof text, "pair %s", who);
  tally(text);
}

WSPLIT("a") void use_a(void) {
  tally("a");
  pair("a");
}
WSPLIT("b") void use_b(void) {
  tally("b");
  pair("b");
}
WSPLIT("c") void use_c(void) { tally("c"); }

int main(void) {
  puts("main calls a");
  use_a();
  puts("main calls c");
  use_c();
  puts("main calls b");
  use_b();
  puts("main calls a");
  use_a();
  puts("main returns");
  return 0;
}
