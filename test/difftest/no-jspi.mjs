//===-- no-jspi.mjs - hide JSPI from the loader ----------------------------===//
//
// Preloaded with `node --import`, before the loader is evaluated, so the
// loader finds no WebAssembly.Suspending and runs in its synchronous mode:
// difftest.py's --mode=sync.
//
//===----------------------------------------------------------------------===//

delete WebAssembly.Suspending;
delete WebAssembly.promising;
