// Synchronous mode: without JSPI, in Node, the first call into a split reads,
// verifies, compiles and instantiates its files inside the call, in the
// manifest's order, and sets the split's flag; later calls load nothing. A
// chunk shared by two splits is fetched and instantiated once; split b's
// own stub of a loads a from inside b.
//
// REQUIRES: wat2wasm
// RUN: rm -rf %t && %node %S/Inputs/pack.mjs %S/Inputs/app/app.json %t
// RUN: %node %s %t | FileCheck %s

import { importLoader, print, recorder } from './Inputs/harness.mjs';

const { instantiate, manifest } = await importLoader(process.argv[2]);
const app = await instantiate({ ...recorder(manifest), jspi: false });
const mem = () => new Uint8Array(app.memory.buffer);
print('mode', app.mode, 'flags', mem()[16], mem()[17]);
// CHECK:      event fetch-start <main> app.wasm #1 file
// CHECK-NEXT: event fetch-end <main> app.wasm
// CHECK-NEXT: event compile <main> app.wasm
// CHECK-NEXT: event instantiate <main> app.wasm
// CHECK-NEXT: event loaded <main>
// CHECK-NEXT: mode sync flags 0 0

print('add(2, 3) =', app.exports.add(2, 3));
// CHECK-NEXT: add(2, 3) = 5

print('run_b(-5) =', app.exports.run_b(-5));
// CHECK-NEXT: event fetch-start b app.chunk.a+b.wasm #1 file
// CHECK-NEXT: event fetch-end b app.chunk.a+b.wasm
// CHECK-NEXT: event compile b app.chunk.a+b.wasm
// CHECK-NEXT: event fetch-start b app.b.wasm #1 file
// CHECK-NEXT: event fetch-end b app.b.wasm
// CHECK-NEXT: event compile b app.b.wasm
// CHECK-NEXT: event instantiate b app.chunk.a+b.wasm
// CHECK-NEXT: event instantiate b app.b.wasm
// CHECK-NEXT: event loaded b
// CHECK-NEXT: log 1995
// CHECK-NEXT: event fetch-start a app.a.wasm #1 file
// CHECK-NEXT: event fetch-end a app.a.wasm
// CHECK-NEXT: event compile a app.a.wasm
// CHECK-NEXT: event instantiate a app.a.wasm
// CHECK-NEXT: event loaded a
// CHECK-NEXT: log 1005
// CHECK-NEXT: run_b(-5) = 110

print('run_a(1) =', app.exports.run_a(1), 'run_b(1) =', app.exports.run_b(1));
// CHECK-NEXT: log 1001
// CHECK-NEXT: log 2001
// CHECK-NEXT: run_a(1) = 102 run_b(1) = 1101

// The flags are set, and the splits' data segments landed in main's memory.
print('flags', mem()[16], mem()[17], 'data',
      String.fromCharCode(mem()[64], mem()[65], mem()[80]));
print('isLoaded', app.isLoaded('a'), app.isLoaded('b'));
print('load a again:', String(await app.load('a')),
      'preload b:', await app.preload('b'));
// CHECK-NEXT: flags 1 1 data ABd
// CHECK-NEXT: isLoaded true true
// CHECK-NEXT: load a again: undefined preload b: true
// CHECK-NOT: event
