// Explicit mode, as on a browser's main thread without JSPI (here: jspi and
// sync turned off): calling into a split that is not loaded throws an error
// naming the split and the fix and leaves its flag clear; after
// `await app.load()` the same call runs synchronously. Unknown split names
// are refused with the list of known ones.
//
// REQUIRES: wat2wasm
// RUN: rm -rf %t && %node %S/Inputs/pack.mjs %S/Inputs/app/app.json %t
// RUN: %node %s %t | FileCheck %s

import { importLoader, print, recorder } from './Inputs/harness.mjs';

const { instantiate, manifest, LoadError } =
  await importLoader(process.argv[2]);
const app = await instantiate({
  ...recorder(manifest, { quiet: (e) => e.split === null }),
  jspi: false, sync: false,
});
const mem = () => new Uint8Array(app.memory.buffer);
print('mode', app.mode);
// CHECK: mode explicit

function attempt(what, f) {
  try {
    print(what, '=', f());
  } catch (e) {
    print(what, 'threw', e instanceof LoadError, e.name, e.kind, e.split);
    print(' ', e.message);
  }
}
attempt('run_a(1)', () => app.exports.run_a(1));
print('flag a', mem()[16], 'isLoaded a', app.isLoaded('a'));
// CHECK-NEXT: event failure a: wsplit: split 'a' is not loaded and cannot be loaded synchronously on this thread; call `await app.load('a')` first, or enable JSPI
// CHECK-NEXT: run_a(1) threw true LoadError not-loaded a
// CHECK-NEXT:   wsplit: split 'a' is not loaded and cannot be loaded synchronously on this thread; call `await app.load('a')` first, or enable JSPI
// CHECK-NEXT: flag a 0 isLoaded a false

await app.load('a');
attempt('run_a(1)', () => app.exports.run_a(1));
// CHECK-NEXT: event fetch-start a app.chunk.a+b.wasm #1 file
// CHECK-NEXT: event fetch-start a app.a.wasm #1 file
// CHECK:      event instantiate a app.chunk.a+b.wasm
// CHECK-NEXT: event instantiate a app.a.wasm
// CHECK-NEXT: event loaded a
// CHECK-NEXT: log 1001
// CHECK-NEXT: run_a(1) = 102

// b is not loaded: calling it fails inside main, a is untouched.
attempt('run_b(-2)', () => app.exports.run_b(-2));
await app.load('b');
attempt('run_b(-2)', () => app.exports.run_b(-2));
// CHECK-NEXT: event failure b: wsplit: split 'b' is not loaded {{.*}}`await app.load('b')` first, or enable JSPI
// CHECK-NEXT: run_b(-2) threw true LoadError not-loaded b
// CHECK:      event fetch-start b app.b.wasm #1 file
// CHECK:      event loaded b
// CHECK-NEXT: log 1998
// CHECK-NEXT: log 1002
// CHECK-NEXT: run_b(-2) = 104

for (const [what, f] of [['load', () => app.load('c')],
                         ['preload', () => app.preload('c')]]) {
  await f().then(() => print(what, 'resolved'),
                 (e) => print(what, 'rejected:', e.kind, e.message));
}
attempt('isLoaded', () => app.isLoaded('c'));
// CHECK-NEXT: event failure c: wsplit: unknown split 'c'; known splits: a, b
// CHECK-NEXT: load rejected: unknown-split wsplit: unknown split 'c'; known splits: a, b
// CHECK-NEXT: event failure c: wsplit: unknown split 'c'; known splits: a, b
// CHECK-NEXT: preload rejected: unknown-split wsplit: unknown split 'c'; known splits: a, b
// CHECK-NEXT: isLoaded threw true LoadError unknown-split c
// CHECK-NEXT:   wsplit: unknown split 'c'; known splits: a, b
