// A `static` split function whose only call the optimiser deletes. Its stub
// is then referenced by nothing but llvm.used, which marks it no_strip; but
// the stub is a local symbol, and wasm-ld's --gc-sections keeps no_strip
// symbols only among the global ones, so the stub and its import
// wsplit.call.a.f.<hash> went away while the exported implementation
// stayed, and wsplit rejected the binary ("exports __wsplit_impl.a.f.<hash>
// but does not import wsplit.call.a.f.<hash>"). Fixed in the plugin by
// b62b0c5, which puts the imports in llvm.used too; static-dead-call-lto.c
// is the same program with LTO, which that does not fix yet.
//
// Found by difftest: csmith's functions are all static and often called
// only from code that constant folding proves dead (seed 1, case 3).
//
// RUN: %difftest --work %t --file %s -O0
// RUN: %difftest --work %t --file %s -O1
// RUN: %difftest --work %t --file %s -O2 --mode=sync
// RUN: %difftest --work %t --file %s -Oz

#include <stdio.h>
#include <wsplit.h>

WSPLIT("a") static int f(int x) { return x + 1; }

static int zero = 0;

int main(void) {
  if (zero)
    return f(zero);
  puts("done");
  return 0;
}
