// One load per split however many callers: concurrent app.load() calls share
// one promise, concurrent calls into a split through JSPI share one load, and
// the chunk that a and b share is fetched and instantiated once even when
// both load at the same time. preload() fetches and compiles without
// instantiating. In sync mode, a synchronous load that overtakes an explicit
// load still in flight instantiates every file once.
//
// REQUIRES: wat2wasm
// RUN: rm -rf %t && %node %S/Inputs/pack.mjs %S/Inputs/app/app.json %t
// RUN: %node %s %t | FileCheck %s

import {
  dirFetch, eventLine, holdThenReverse, importLoader, print, recorder,
} from './Inputs/harness.mjs';

const dir = process.argv[2];
const { instantiate, manifest } = await importLoader(dir);
const quiet = (e) => e.split === null || e.type === 'compile' ||
  e.type === 'fetch-end';
const counts = (fetch) =>
  [...fetch.counts].map(([f, n]) => `${f}:${n}`).join(' ');

{
  print('-- JSPI');
  const fetch = dirFetch(dir, { before: holdThenReverse() });
  const instantiated = [];
  const app = await instantiate({
    fetch, imports: { env: { log() {} } },
    onEvent: (e) => {
      if (e.type === 'fetch-start' && e.split)
        print('event', eventLine(e, manifest));
      if (e.type === 'instantiate' && e.split) instantiated.push(e.file);
    },
  });
  const p1 = app.load('a');
  const p2 = app.load('a');
  print('same promise', p1 === p2);
  const results = await Promise.all([
    p1, p2, app.load('b'), app.exports.run_a(1), app.exports.run_b(2),
    app.exports.run_a(3)]);
  print('results', results.slice(3).join(' '));
  print('fetched', counts(fetch));
  // Which split instantiates the chunk depends on which files arrive first;
  // either way once, and before both splits.
  print('instantiated',
        instantiated.join(' ').replace(/app\.[ab]\.wasm/g, '<split>'));
}
// CHECK-LABEL: -- JSPI
// CHECK-NEXT: event fetch-start a app.chunk.a+b.wasm #1 fetch
// CHECK-NEXT: event fetch-start a app.a.wasm #1 fetch
// CHECK-NEXT: same promise true
// CHECK-NEXT: event fetch-start b app.b.wasm #1 fetch
// CHECK-NEXT: results 102 1102 106
// CHECK-NEXT: fetched app.wasm:1 app.chunk.a+b.wasm:1 app.a.wasm:1 app.b.wasm:1
// CHECK-NEXT: instantiated app.chunk.a+b.wasm <split> <split>

{
  print('-- preload');
  const fetch = dirFetch(dir);
  const app = await instantiate({ ...recorder(manifest, { quiet }), fetch });
  print('preload', await app.preload('a'), 'loaded', app.isLoaded('a'),
        'flag', new Uint8Array(app.memory.buffer)[16]);
  await app.load('a');
  print('fetched', counts(fetch));
}
// CHECK-LABEL: -- preload
// CHECK-NEXT: event fetch-start a app.chunk.a+b.wasm #1 fetch
// CHECK-NEXT: event fetch-start a app.a.wasm #1 fetch
// CHECK-NEXT: preload true loaded false flag 0
// CHECK-NEXT: event instantiate a app.chunk.a+b.wasm
// CHECK-NEXT: event instantiate a app.a.wasm
// CHECK-NEXT: event loaded a
// CHECK-NEXT: fetched app.wasm:1 app.chunk.a+b.wasm:1 app.a.wasm:1

{
  print('-- sync overtakes');
  const app = await instantiate({ ...recorder(manifest, { quiet }),
                                  jspi: false });
  const pending = app.load('a');
  print('run_a(4) =', app.exports.run_a(4));
  await pending;
  print('loaded', app.isLoaded('a'));
}
// CHECK-LABEL: -- sync overtakes
// CHECK-NEXT: event fetch-start a app.chunk.a+b.wasm #1 file
// CHECK-NEXT: event fetch-start a app.a.wasm #1 file
// CHECK-NEXT: event fetch-start a app.chunk.a+b.wasm #1 file
// CHECK-NEXT: event fetch-start a app.a.wasm #1 file
// CHECK-NEXT: event instantiate a app.chunk.a+b.wasm
// CHECK-NEXT: event instantiate a app.a.wasm
// CHECK-NEXT: event loaded a
// CHECK-NEXT: log 1004
// CHECK-NEXT: run_a(4) = 108
// CHECK-NEXT: loaded true
// CHECK-NOT:  event
