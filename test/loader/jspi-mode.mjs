// JSPI mode: the load import suspends while a split's files arrive. Only
// main's exports in manifest.promising return promises. All files of a
// split are requested at once (every fetch-start before any fetch-end, with
// a fetch that holds its answers until the event loop turns, then answers
// the last request first), compiled while streaming, and instantiated in the
// manifest's order whatever order they arrived in. Without the application/wasm MIME type the loader compiles
// from a buffer instead.
//
// REQUIRES: wat2wasm
// RUN: rm -rf %t && %node %S/Inputs/pack.mjs %S/Inputs/app/app.json %t
// RUN: %node %s %t | FileCheck %s

import {
  dirFetch, holdThenReverse, importLoader, print, recorder,
} from './Inputs/harness.mjs';

const dir = process.argv[2];
const { instantiate, manifest } = await importLoader(dir);
const fetch = dirFetch(dir, { before: holdThenReverse() });
const app = await instantiate({ ...recorder(manifest), jspi: true, fetch });
print('mode', app.mode);
// CHECK:      event fetch-start <main> app.wasm #1 fetch
// CHECK-NEXT: event fetch-end <main> app.wasm
// CHECK-NEXT: event compile <main> app.wasm streaming
// CHECK-NEXT: event instantiate <main> app.wasm
// CHECK-NEXT: event loaded <main>
// CHECK-NEXT: mode jspi

const kind = (v) => v instanceof Promise ? 'promise' : typeof v;
print('add:', kind(app.exports.add(2, 3)),
      'raw run_a:', kind(app.instance.exports.run_a),
      'run_a:', kind(app.exports.run_a));
// CHECK-NEXT: add: number raw run_a: function run_a: function

const call = app.exports.run_a(5);
print('run_a(5) returned a', kind(call));
print('run_a(5) =', await call);
// CHECK-NEXT: event fetch-start a app.chunk.a+b.wasm #1 fetch
// CHECK-NEXT: event fetch-start a app.a.wasm #1 fetch
// CHECK-NEXT: run_a(5) returned a promise
// CHECK-DAG:  event fetch-end a app.a.wasm
// CHECK-DAG:  event fetch-end a app.chunk.a+b.wasm
// CHECK-DAG:  event compile a app.a.wasm streaming
// CHECK-DAG:  event compile a app.chunk.a+b.wasm streaming
// CHECK:      event instantiate a app.chunk.a+b.wasm
// CHECK-NEXT: event instantiate a app.a.wasm
// CHECK-NEXT: event loaded a
// CHECK-NEXT: log 1005
// CHECK-NEXT: run_a(5) = 110

// b needs the chunk too: only b's own file is fetched.
print('run_b(2) =', await app.exports.run_b(2));
// CHECK-NEXT: event fetch-start b app.b.wasm #1 fetch
// CHECK-NEXT: event fetch-end b app.b.wasm
// CHECK-NEXT: event compile b app.b.wasm streaming
// CHECK-NEXT: event instantiate b app.b.wasm
// CHECK-NEXT: event loaded b
// CHECK-NEXT: log 2002
// CHECK-NEXT: run_b(2) = 1102
print('fetched', [...fetch.counts].map(([f, n]) => `${f}:${n}`).join(' '));
// CHECK-NEXT: fetched app.wasm:1 app.chunk.a+b.wasm:1 app.a.wasm:1 app.b.wasm:1

// Loaded: the load import returns without suspending.
print('run_b(-1) =', await app.exports.run_b(-1));
// CHECK-NEXT: log 1999
// CHECK-NEXT: log 1001
// CHECK-NEXT: run_b(-1) = 102

// A server that sends another MIME type: no streaming, same result.
const plain = await instantiate({
  ...recorder(manifest), jspi: true,
  fetch: dirFetch(dir, { type: 'application/octet-stream' }),
});
print('run_b(3) =', await plain.exports.run_b(3));
// CHECK:      event compile <main> app.wasm{{$}}
// CHECK:      event fetch-start b app.chunk.a+b.wasm #1 fetch
// CHECK-NEXT: event fetch-start b app.b.wasm #1 fetch
// CHECK-DAG:  event compile b app.chunk.a+b.wasm{{$}}
// CHECK-DAG:  event compile b app.b.wasm{{$}}
// CHECK:      event instantiate b app.chunk.a+b.wasm
// CHECK-NEXT: event instantiate b app.b.wasm
// CHECK-NEXT: event loaded b
// CHECK-NEXT: log 2003
// CHECK-NEXT: run_b(3) = 1103
