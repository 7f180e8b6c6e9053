// Data that moves with its split, in every loading mode. Only `names`
// reads the table of names (pointers to strings, relocated in data), keeps
// a counter and uses a zero-initialised buffer: all of it moves to its
// module, at the original addresses. Main's settings, written by main
// before the split loads, are read by the split with main's value (loading
// it resets nothing); the split writes its results into main's array and
// returns a pointer into its own data, which main reads after the call.
//
// RUN: rm -rf %t && mkdir -p %t
// RUN: %wasm-cc -O2 %e2e-flags %s -o %t/app.wasm %link-flags
// RUN: %wsplit %t/app.wasm -o %t/out --print-plan | FileCheck %s --check-prefix=PLAN
// RUN: %validate %t/out
// RUN: %plain-cc -O2 %e2e-flags %s -o %t/plain.wasm
// RUN: %run-plain %t/plain.wasm > %t/plain.txt
// RUN: FileCheck %s --check-prefix=OUT --match-full-lines < %t/plain.txt
// RUN: %run-split %t/out/app.js --mode=jspi --events > %t/jspi.log 2>&1
// RUN: FileCheck %s --check-prefix=LAZY < %t/jspi.log
// RUN: %program-output %t/jspi.log | diff %t/plain.txt -
// RUN: %run-split %t/out/app.js --mode=sync --events > %t/sync.log 2>&1
// RUN: FileCheck %s --check-prefix=LAZY < %t/sync.log
// RUN: %program-output %t/sync.log | diff %t/plain.txt -
// RUN: %run-split %t/out/app.js --mode=explicit --events > %t/explicit.log 2>&1
// RUN: FileCheck %s --check-prefix=EXPLICIT < %t/explicit.log
// RUN: %program-output %t/explicit.log | diff %t/plain.txt -
//
// The split's strings are in its module only, main's in main only.
// RUN: grep -c "gamma-only-in-split" %t/out/app.names.wasm | FileCheck %s --check-prefix=ONE
// RUN: not grep -c "gamma-only-in-split" %t/out/app.wasm
// RUN: grep -c "main-only-prefix" %t/out/app.wasm | FileCheck %s --check-prefix=ONE
// RUN: not grep -c "main-only-prefix" %t/out/app.names.wasm
// ONE: 1

// PLAN-LABEL: main main app.wasm:
// PLAN-DAG:   data settings 8
// PLAN-DAG:   data results 16
// PLAN-NOT:   data {{names|calls|scratch}}
// PLAN-LABEL: split names app.names.wasm:
// PLAN-DAG:   data names 16
// PLAN-DAG:   data calls 4
// PLAN-DAG:   data scratch 4096

// OUT:      main-only-prefix: 3 names
// OUT-NEXT: call 1 of name_of(2) = gamma-only-in-split (step 7)
// OUT-NEXT: results 2 9 16 23
// OUT-NEXT: call 2 of name_of(0) = alpha (step 7)
// OUT-NEXT: call 3 of name_of(1) = beta (step 3)
// OUT-NEXT: results 1 4 7 10
// OUT-NEXT: scratch: gamma-only-in-split,alpha,beta,

// LAZY:      [wsplit] loaded <main>
// LAZY-NEXT: main-only-prefix: 3 names
// LAZY-NEXT: [wsplit] fetch-start names app.names.wasm
// LAZY:      [wsplit] loaded names
// LAZY-NEXT: call 1 of name_of(2) = gamma-only-in-split (step 7)
// LAZY-NOT:  [wsplit]

// EXPLICIT:      [wsplit] loaded names
// EXPLICIT-NEXT: main-only-prefix: 3 names
// EXPLICIT-NOT:  [wsplit]

#include <stdio.h>
#include <string.h>
#include <wsplit.h>

#include "e2e.h"

struct settings {
  int step;
  int count;
};
struct settings settings = {1, 3};
int results[4];

static const char *const names[4] = {"alpha", "beta", "gamma-only-in-split",
                                     0};
static int calls;
static char scratch[4096];

WSPLIT("names") const char *name_of(int i) {
  printf("call %d of name_of(%d) = %s (step %d)\n", ++calls, i, names[i],
         settings.step);
  for (int k = 0; k < 4; ++k)
    results[k] = i + k * settings.step;
  strcat(scratch, names[i]);
  strcat(scratch, ",");
  return scratch;
}

static void show_results(void) {
  printf("results %d %d %d %d\n", results[0], results[1], results[2],
         results[3]);
}

int main(int argc, char **argv) {
  (void)argv;
  printf("main-only-prefix: %d names\n", settings.count);
  settings.step = 7;
  name_of(argc + 1);
  show_results();
  name_of(argc - 1);
  settings.step = 3;
  const char *all = name_of(argc);
  show_results();
  printf("scratch: %s\n", all);
  return 0;
}
