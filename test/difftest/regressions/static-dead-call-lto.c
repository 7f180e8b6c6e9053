// static-dead-call.c with LTO: still fails. The plugin keeps the call
// import alive by putting its declaration in llvm.used, which makes it a
// no_strip undefined symbol in an object file. But wasm-ld takes the flags
// of a bitcode file's symbols from the IR symbol table, which has no
// no_strip (lld/wasm/InputFiles.cpp, createBitcodeSymbol), and the object
// LTO produces does not change the flags of a symbol that is already
// undefined. So with -flto=full or -flto=thin, at every level from -O0 on,
// the stub of a static function with no live caller and the import go away
// while the exported implementation stays, and wsplit rejects the binary:
// "exports __wsplit_impl.a.f.<hash> but does not import
// wsplit.call.a.f.<hash>".
//
// Found by difftest (--static=mix: 27 of 150 programs, all of them LTO
// builds). The batch tests use --static=drop until this passes.
//

// RUN: %difftest --work %t --file %s -O0 --lto=full
// RUN: %difftest --work %t --file %s -O2 --lto=full --mode=sync
// RUN: %difftest --work %t --file %s -O1 --lto=thin
// RUN: %difftest --work %t --file %s -Os --lto=thin --mode=sync

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
