// Function-local statics across the split, in every loading mode.
//   - A split function's static object with a constructor is built at the
//     split's first call (a guarded initialisation inside the split), keeps
//     its state across calls, and its destructor, registered from the
//     split with __cxa_atexit, runs at exit from main's libc.
//   - A static in an inline function that main and the split both call is
//     one object: main's, whichever side touches it first.
//   - A plain static counter in a split keeps counting.
//
// RUN: rm -rf %t && mkdir -p %t
// RUN: %wasm-cxx -O2 %e2e-flags %s -o %t/app.wasm %link-flags
// RUN: %wsplit %t/app.wasm -o %t/out --print-plan | FileCheck %s --check-prefix=PLAN
// RUN: %validate %t/out
// RUN: %plain-cxx -O2 %e2e-flags %s -o %t/plain.wasm
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

// The split's statics (and the guard of the constructed one) moved with it,
// with the destructor's thunk (~Logger inlined) and __cxa_atexit, which
// only the split calls; the shared inline function's static stayed in main.
// PLAN-LABEL: main main app.wasm:
// PLAN:       data _ZZ7next_idvE2id 4
// PLAN-LABEL: split log app.log.wasm:
// PLAN-DAG:   function log_line(char const*) {{[0-9]+$}}
// PLAN-DAG:   function __cxa_atexit {{[0-9]+$}}
// PLAN-DAG:   function __cxx_global_array_dtor {{[0-9]+$}}
// PLAN-DAG:   data _ZZ8log_linePKcE6logger.0 4
// PLAN-DAG:   data _ZGVZ8log_linePKcE6logger {{[0-9]+}}
// PLAN-DAG:   data _ZZ8log_linePKcE5lines 4

// OUT:      main id 1
// OUT-NEXT: logger constructed
// OUT-NEXT: [log #1 id 2] hello
// OUT-NEXT: main id 3
// OUT-NEXT: [log #2 id 4] again
// OUT-NEXT: [log #3 id 5] bye
// OUT-NEXT: main returns
// OUT-NEXT: logger destroyed after 3 lines

// LAZY:      [wsplit] loaded <main>
// LAZY-NEXT: main id 1
// LAZY-NEXT: [wsplit] fetch-start log app.log.wasm
// LAZY:      [wsplit] loaded log
// LAZY-NEXT: logger constructed
// LAZY-NEXT: [log #1 id 2] hello
// LAZY-NEXT: main id 3
// LAZY-NEXT: [log #2 id 4] again
// LAZY-NEXT: [log #3 id 5] bye
// LAZY-NEXT: main returns
// LAZY-NEXT: logger destroyed after 3 lines
// LAZY-NOT:  {{.}}

// EXPLICIT:      [wsplit] loaded log
// EXPLICIT-NEXT: main id 1
// EXPLICIT-NOT:  [wsplit]

#include <cstdio>
#include <wsplit.h>

#include "e2e.h"

inline __attribute__((noinline)) int next_id() {
  static int id;
  return ++id;
}

struct Logger {
  Logger() { std::puts("logger constructed"); }
  ~Logger() { std::printf("logger destroyed after %d lines\n", lines); }
  int lines = 0;
};

WSPLIT("log") void log_line(const char *text) {
  static Logger logger;
  static int lines;
  logger.lines = ++lines;
  std::printf("[log #%d id %d] %s\n", lines, next_id(), text);
}

int main() {
  std::printf("main id %d\n", next_id());
  log_line("hello");
  std::printf("main id %d\n", next_id());
  log_line("again");
  log_line("bye");
  std::puts("main returns");
}
