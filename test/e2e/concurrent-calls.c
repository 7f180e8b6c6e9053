// JSPI mode with two calls in flight, each suspended waiting for a split:
// `first` waits for x, `second` (called while first was suspended, so its
// frames on the C stack lie below first's) waits for y, which arrives
// after x. Both stacks share the C stack in linear memory
// (__stack_pointer): if first resumed as soon as x arrived, it would return
// from mid() and call busy(), whose frame overwrites second's buffer. The
// loader resumes first only when second has returned: the stacks unwind in
// the reverse of the order they were built, as they would in one thread.
//
// RUN: rm -rf %t && mkdir -p %t
// RUN: %wasm-cc -O2 -mexec-model=reactor %e2e-flags %s -o %t/app.wasm %link-flags
// RUN: %wsplit %t/app.wasm -o %t/out
// RUN: %validate %t/out
// RUN: %run-split %t/out/app.js --mode=jspi --events --hold=app.y.wasm:x spawn:first spawn:second wait > %t/jspi.log 2>&1
// RUN: FileCheck %s < %t/jspi.log
//
// If second's load fails instead, second returns (with the error) and
// first resumes: nothing waits forever.
// RUN: %run-split %t/out/app.js --mode=jspi --events --hold=app.y.wasm:x hide:app.y.wasm spawn:first spawn:second wait > %t/failed.log 2>&1
// RUN: FileCheck %s --check-prefix=FAILED < %t/failed.log

// CHECK:      [wsplit] loaded <main>
// CHECK-NEXT: [wsplit] fetch-start x app.x.wasm
// CHECK-NEXT: [wsplit] fetch-start y app.y.wasm
// CHECK:      [wsplit] loaded x
// CHECK-NOT:  first
// CHECK:      [wsplit] loaded y
// CHECK-NEXT: second: its buffer is intact: 1
// CHECK-DAG:  second() = 3
// CHECK-DAG:  first: done
// CHECK-DAG:  first() = 2
// CHECK-NOT:  {{.}}

// FAILED:      [wsplit] loaded x
// FAILED-NOT:  first
// FAILED:      [wsplit] failure y app.y.wasm: wsplit: cannot load split 'y': app.y.wasm: HTTP 404
// FAILED-DAG:  [run] second: LoadError network: wsplit: cannot load split 'y'
// FAILED-DAG:  first: done
// FAILED-DAG:  first() = 2

#include <string.h>
#include <wsplit.h>

#include "e2e.h"

WSPLIT("x") int from_x(int v) { return v + 1; }
WSPLIT("y") int from_y(int v) { return v + 2; }

__attribute__((noinline)) static void fill(char *p, int c, int n) {
  memset(p, c, n);
  __asm__ volatile("" ::"r"(p) : "memory");
}

__attribute__((noinline)) static int intact(const char *p, int c, int n) {
  for (int i = 0; i < n; ++i)
    if (p[i] != c)
      return 0;
  return 1;
}

// A frame on the C stack, live while the split loads.
__attribute__((noinline)) static int mid(int (*f)(int)) {
  char frame[64];
  fill(frame, 'M', sizeof frame);
  return f(1) + frame[3] - 'M';
}

// 4 KiB of C stack, from where mid's frame was.
__attribute__((noinline)) static void busy(void) {
  char scratch[4096];
  fill(scratch, 'Z', sizeof scratch);
}

__attribute__((export_name("first"))) int first(void) {
  int r = mid(from_x);
  busy();
  puts("first: done");
  return r;
}

__attribute__((export_name("second"))) int second(void) {
  char buf[256];
  fill(buf, 'B', sizeof buf);
  int r = from_y(1);
  printf("second: its buffer is intact: %d\n", intact(buf, 'B', sizeof buf));
  return r;
}
