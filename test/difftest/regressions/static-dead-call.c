// A `static` split function whose only call the optimiser deletes. Its stub
// is then referenced by nothing but llvm.used, which marks it no_strip; but
// the stub is a local symbol, and wasm-ld's --gc-sections only keeps
// no_strip symbols of the global symbol table, so the stub and its import
// wsplit.call.a.f.<hash> are dropped while the exported implementation
// stays. wsplit then rejects the binary ("exports __wsplit_impl.a.f.<hash>
// but does not import wsplit.call.a.f.<hash>"). abi.md §2 promises the
// import "in every link that contains F's definition".
//
// Found by difftest: csmith's functions are all static and often called
// only from code that constant folding proves dead (seed 1, case 3). At
// -O0 nothing is folded and the test passes; from -O1 on it fails.
//
// XFAIL: *
// RUN: %difftest --work %t --file %s -O0
// RUN: %difftest --work %t --file %s -O1
// RUN: %difftest --work %t --file %s -O2 --lto=thin --mode=sync

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
