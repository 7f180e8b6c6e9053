//===-- no-jspi.mjs - make Node look like an engine without JSPI ----------===//
//
// Preloaded with `node --import`, before the loader is evaluated, so the
// loader sees no WebAssembly.Suspending and takes its synchronous path.
//
//===----------------------------------------------------------------------===//

delete WebAssembly.Suspending;
delete WebAssembly.promising;
