// A file that cannot be read fails its split's load with an error naming the
// split, the file and the cause; nothing is instantiated, the flag stays
// clear, and once the file is back the next load succeeds. Network errors
// and HTTP 408/429/5xx are retried with doubling delays; a 404 is not.
//
// REQUIRES: wat2wasm
// RUN: rm -rf %t && %node %S/Inputs/pack.mjs %S/Inputs/app/app.json %t
// RUN: %node %s %t | FileCheck %s

import { renameSync } from 'node:fs';
import { join } from 'node:path';
import {
  dirFetch, importLoader, print, recorder,
} from './Inputs/harness.mjs';

const dir = process.argv[2];
const { instantiate, manifest } = await importLoader(dir);
const quiet = (e) => e.split === null ||
  !['failure', 'retry', 'instantiate', 'fetch-start'].includes(e.type);
const hide = () => renameSync(join(dir, 'app.a.wasm'), join(dir, 'gone'));
const restore = () => renameSync(join(dir, 'gone'), join(dir, 'app.a.wasm'));
const flagA = (app) => new Uint8Array(app.memory.buffer)[16];
const report = (e) => {
  print('error:', e.name, e.kind, String(e.split), e.file);
  const root = e.cause?.cause;
  print('cause:', e.cause?.name, e.cause?.kind,
        root?.code ?? root?.name ?? '-');
};

{
  print('-- sync');
  const app = await instantiate({ ...recorder(manifest, { quiet }),
                                  jspi: false });
  hide();
  try {
    app.exports.run_a(1);
  } catch (e) {
    report(e);
  }
  print('flag', flagA(app), 'loaded', app.isLoaded('a'));
  restore();
  print('run_a(1) =', app.exports.run_a(1));
}
// CHECK-LABEL: -- sync
// CHECK-NEXT: event fetch-start a app.chunk.a+b.wasm #1 file
// CHECK-NEXT: event fetch-start a app.a.wasm #1 file
// CHECK-NEXT: event failure a app.a.wasm: wsplit: cannot load split 'a': app.a.wasm: cannot read {{.*}}/app.a.wasm (ENOENT)
// CHECK-NEXT: error: LoadError network a app.a.wasm
// CHECK-NEXT: cause: LoadError network ENOENT
// CHECK-NEXT: flag 0 loaded false
// CHECK-NEXT: event fetch-start a app.a.wasm #1 file
// CHECK-NEXT: event instantiate a app.chunk.a+b.wasm
// CHECK-NEXT: event instantiate a app.a.wasm
// CHECK-NEXT: log 1001
// CHECK-NEXT: run_a(1) = 102

{
  print('-- fetch 404');
  const fetch = dirFetch(dir);
  const app = await instantiate({ ...recorder(manifest, { quiet }), fetch });
  hide();
  await app.exports.run_a(2).catch(report);
  print('flag', flagA(app), 'loaded', app.isLoaded('a'));
  restore();
  print('run_a(2) =', await app.exports.run_a(2));
}
// CHECK-LABEL: -- fetch 404
// CHECK-NEXT: event fetch-start a app.chunk.a+b.wasm #1 fetch
// CHECK-NEXT: event fetch-start a app.a.wasm #1 fetch
// CHECK-NEXT: event failure a app.a.wasm: wsplit: cannot load split 'a': app.a.wasm: HTTP 404 Not Found (file://{{.*}}/app.a.wasm)
// CHECK-NEXT: error: LoadError network a app.a.wasm
// CHECK-NEXT: cause: LoadError network -
// CHECK-NEXT: flag 0 loaded false
// CHECK-NEXT: event fetch-start a app.a.wasm #1 fetch
// CHECK-NEXT: event instantiate a app.chunk.a+b.wasm
// CHECK-NEXT: event instantiate a app.a.wasm
// CHECK-NEXT: log 1002
// CHECK-NEXT: run_a(2) = 104

{
  print('-- retries');
  // b: 503 twice, then the file. a: the network fails every time.
  const fetch = dirFetch(dir, {
    status: (name, n) => name === 'app.b.wasm' && n <= 2 ? 503 : 0,
    before: (name) => {
      if (name === 'app.a.wasm') throw new TypeError('connection reset');
    },
  });
  const app = await instantiate({ ...recorder(manifest, { quiet }), fetch,
                                  retryDelay: 1 });
  print('run_b(1) =', await app.exports.run_b(1));
  await app.load('a').catch(report);
  print('fetched', [...fetch.counts].map(([f, n]) => `${f}:${n}`).join(' '));
}
// CHECK-LABEL: -- retries
// CHECK-NEXT: event fetch-start b app.chunk.a+b.wasm #1 fetch
// CHECK-NEXT: event fetch-start b app.b.wasm #1 fetch
// CHECK-NEXT: event retry b app.b.wasm #1 after 1 ms: app.b.wasm: HTTP 503 (file://{{.*}}/app.b.wasm)
// CHECK-NEXT: event fetch-start b app.b.wasm #2 fetch
// CHECK-NEXT: event retry b app.b.wasm #2 after 2 ms: app.b.wasm: HTTP 503
// CHECK-NEXT: event fetch-start b app.b.wasm #3 fetch
// CHECK-NEXT: event instantiate b app.chunk.a+b.wasm
// CHECK-NEXT: event instantiate b app.b.wasm
// CHECK-NEXT: log 2001
// CHECK-NEXT: run_b(1) = 1101
// CHECK-NEXT: event fetch-start a app.a.wasm #1 fetch
// CHECK-NEXT: event retry a app.a.wasm #1 after 1 ms: app.a.wasm: fetch failed: connection reset (file://{{.*}}/app.a.wasm)
// CHECK-NEXT: event fetch-start a app.a.wasm #2 fetch
// CHECK-NEXT: event retry a app.a.wasm #2 after 2 ms
// CHECK-NEXT: event fetch-start a app.a.wasm #3 fetch
// CHECK-NEXT: event failure a app.a.wasm: wsplit: cannot load split 'a': app.a.wasm: fetch failed: connection reset (file://{{.*}}/app.a.wasm)
// CHECK-NEXT: error: LoadError network a app.a.wasm
// CHECK-NEXT: cause: LoadError network TypeError
// CHECK-NEXT: fetched app.wasm:1 app.chunk.a+b.wasm:1 app.b.wasm:3 app.a.wasm:3

{
  print('-- missing main');
  const fetch = dirFetch(dir, {
    status: (name) => name === 'app.wasm' ? 410 : 0,
  });
  await instantiate({ fetch }).catch((e) => {
    print(e.message);
    report(e);
  });
}
// CHECK-LABEL: -- missing main
// CHECK-NEXT: wsplit: cannot load the main module: app.wasm: HTTP 410 (file://{{.*}}/app.wasm)
// CHECK-NEXT: error: LoadError network null app.wasm
// CHECK-NEXT: cause: LoadError network -
