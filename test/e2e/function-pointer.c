// Splits reached through function pointers, in every loading mode.
//   - qsort, in main's libc, calls a comparator that is a split function:
//     its first comparison loads `order`.
//   - A table of handlers in main's data points at split stubs; the
//     pointers compare equal to the functions before and after loading.
//   - A split hands main a pointer to a static function only it has (a
//     table slot its element segment fills), and calls a pointer main
//     handed it.
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

// Main keeps the stubs, under the functions' names, and not twice.
// PLAN-LABEL: main main app.wasm:
// PLAN-NOT:   function twice
// PLAN-LABEL: split order app.order.wasm: 1 functions
// PLAN-NEXT:  function by_last_digit {{[0-9]+$}}
// PLAN-LABEL: split tools app.tools.wasm: 3 functions
// PLAN-DAG:   function on_open {{[0-9]+$}}
// PLAN-DAG:   function on_close {{[0-9]+$}}
// PLAN-DAG:   function twice {{[0-9]+$}}

// OUT:      same pointer before: 1
// OUT-NEXT: sorted: 30 41 12 23 14
// OUT-NEXT: open 1
// OUT-NEXT: close 2 with main's hook: hook 2
// OUT-NEXT: twice(21) = 42
// OUT-NEXT: same pointer after: 1

// LAZY:      [wsplit] loaded <main>
// LAZY-NEXT: same pointer before: 1
// LAZY-NEXT: [wsplit] fetch-start order app.order.wasm
// LAZY:      [wsplit] loaded order
// LAZY-NEXT: sorted: 30 41 12 23 14
// LAZY-NEXT: [wsplit] fetch-start tools app.tools.wasm
// LAZY:      [wsplit] loaded tools
// LAZY-NEXT: open 1
// LAZY-NEXT: close 2 with main's hook: hook 2
// LAZY-NEXT: twice(21) = 42
// LAZY-NEXT: same pointer after: 1
// LAZY-NOT:  {{.}}

// EXPLICIT:      [wsplit] loaded order
// EXPLICIT:      [wsplit] loaded tools
// EXPLICIT-NEXT: same pointer before: 1
// EXPLICIT-NOT:  [wsplit]

#include <stdio.h>
#include <stdlib.h>
#include <wsplit.h>

#include "e2e.h"

WSPLIT("order") int by_last_digit(const void *a, const void *b) {
  return *(const int *)a % 10 - *(const int *)b % 10;
}

typedef int (*unary)(int);
typedef unary (*handler)(int, unary);

static int twice(int v) { return 2 * v; }

WSPLIT("tools") unary on_open(int v, unary hook) {
  (void)hook;
  printf("open %d\n", v);
  return twice;
}

WSPLIT("tools") unary on_close(int v, unary hook) {
  printf("close %d with main's hook: hook %d\n", v, hook(v));
  return 0;
}

static int identity(int v) { return v; }

handler handlers[2] = {on_open, on_close};

int main(int argc, char **argv) {
  (void)argv;
  printf("same pointer before: %d\n", handlers[argc] == on_close);
  int values[5] = {12, 23, 30, 41, 14};
  qsort(values, 5, sizeof *values, by_last_digit);
  printf("sorted:");
  for (int i = 0; i < 5; ++i)
    printf(" %d", values[i]);
  printf("\n");
  unary f = handlers[argc - 1](argc, identity);
  handlers[argc](argc + 1, identity);
  printf("twice(21) = %d\n", f(20 + argc));
  printf("same pointer after: %d\n", handlers[argc] == on_close);
  return 0;
}
