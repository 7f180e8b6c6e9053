// A program linked normally (not PIC) from objects one of which was built
// with -fPIC. wasm-ld resolves that object's GOT accesses to immutable
// globals holding constant addresses (GOT.data.internal.__memory_base here,
// GOT.data.internal.<symbol> for symbols defined elsewhere), so the output
// is an ordinary program, and wsplit splits it like any other.
//
// Found with examples/imgtool built as Debug: Debian builds
// libclang_rt.builtins-wasm32.a with -fPIC (and -fstack-protector), so any
// program calling __umodti3, __modti3 or __divmodti4 (128-bit % and /%:
// {fmt} at -O0, `__int128` arithmetic at any level) links such an object;
// wsplit used to reject it as position-independent.
//
// RUN: rm -rf %t && mkdir -p %t
// RUN: %clang %wasm-target -O2 -fPIC -DCOUNTER -c %s -o %t/counter.o
// RUN: %plain-cc -O2 -c %s -o %t/plain.o
// RUN: %clang %wasm-target %t/plain.o %t/counter.o -o %t/plain.wasm --no-wasm-opt
// RUN: %node %srcroot/test/tools/run-wasi.mjs %t/plain.wasm | FileCheck %s
// RUN: %wasm-cc -O2 -c %s -o %t/main.o
// RUN: %clang %wasm-target %t/main.o %t/counter.o -o %t/app.wasm %link-flags
// RUN: %wsplit %t/app.wasm -o %t/dist
// RUN: %validate %t/dist
// RUN: %node %t/dist/app.js | FileCheck %s
// CHECK: twice 2

#ifdef COUNTER
int counter;
int bump(void) { return ++counter; }
#else
#include <stdio.h>
#include <wsplit.h>
int bump(void);
WSPLIT("s") int twice(void) {
  bump();
  return bump();
}
int main(void) {
  printf("twice %d\n", twice());
  return 0;
}
#endif
