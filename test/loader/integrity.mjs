// Every file is checked against the manifest's SHA-256 before anything from
// it runs, in sync mode (before compiling) and when streaming (compiled
// meanwhile, instantiated only after the check). On a mismatch the file's
// wsplit.build section tells a module of another build from a damaged one,
// and bytes that are not wasm at all (an HTML error page) are named as
// such. A file that matches its hash but does not compile is a compile
// error. Integrity failures are not retried; the flag stays clear.
//
// REQUIRES: wat2wasm
// RUN: rm -rf %t && %node %S/Inputs/pack.mjs %S/Inputs/app/app.json %t/dist
// RUN: %node %S/Inputs/pack.mjs %S/Inputs/app/app.json %t/other --build-id 0123456789abcdef0123456789abcdef
// RUN: echo not a module > %t/junk.wasm
// RUN: %node %S/Inputs/pack.mjs %S/Inputs/app/app.json %t/junk b=%t/junk.wasm
// RUN: %node %s %t | FileCheck %s

import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dirFetch, importLoader, print } from './Inputs/harness.mjs';

const dist = join(process.argv[2], 'dist');
const other = join(process.argv[2], 'other');
const { instantiate, manifest } = await importLoader(dist);
const shaOf = Object.fromEntries([manifest.main, ...Object.values(
  manifest.splits).flatMap((s) => s.files)].map((f) => [f.sha256, f.file]));
// Stable text: the build id and the manifest's hashes by name.
const normal = (text) => text.replaceAll(manifest.buildId, '<build>')
  .replace(/[0-9a-f]{64}/g, (h) => shaOf[h] ? `<sha of ${shaOf[h]}>` : '<sha>');

// a: a module of the other build; b: one byte of its code flipped.
copyFileSync(join(other, 'app.a.wasm'), join(dist, 'app.a.wasm'));
const b = readFileSync(join(dist, 'app.b.wasm'));
b[b.length - 40] ^= 0x20;
writeFileSync(join(dist, 'app.b.wasm'), b);

async function tryAll(app, call) {
  for (const [name, arg] of [['a', 1], ['b', 2]]) {
    try {
      print(`run_${name} =`, await call(`run_${name}`, arg));
    } catch (e) {
      print(normal(e.message));
      print('  kind', e.kind, 'cause', e.cause.kind, 'flag',
            new Uint8Array(app.memory.buffer)[manifest.splits[name].flag]);
    }
  }
}

const imports = { env: { log() {} } };
const events = [];
const onEvent = (e) => {
  if (e.type === 'retry' || e.type === 'instantiate' && e.split) events.push(e);
};

print('-- sync');
const sync = await instantiate({ imports, jspi: false, onEvent });
await tryAll(sync, (f, x) => sync.exports[f](x));
// CHECK-LABEL: -- sync
// CHECK-NEXT: wsplit: cannot load split 'a': app.a.wasm is from another build (build id 0123456789abcdef0123456789abcdef, expected <build>); deploy all files of one wsplit run together and serve them under content-hashed or revalidated URLs
// CHECK-NEXT:   kind build-mismatch cause build-mismatch flag 0
// CHECK-NEXT: wsplit: cannot load split 'b': app.b.wasm is corrupted (SHA-256 mismatch: expected <sha of app.b.wasm>, got <sha>); redeploy the files wsplit wrote
// CHECK-NEXT:   kind integrity cause integrity flag 0

print('-- streaming');
const fetch = dirFetch(dist);
const jspi = await instantiate({ imports, jspi: true, fetch, onEvent });
await tryAll(jspi, (f, x) => jspi.exports[f](x));
print('fetched', [...fetch.counts].map(([f, n]) => `${f}:${n}`).join(' '));
// CHECK-LABEL: -- streaming
// CHECK-NEXT: wsplit: cannot load split 'a': app.a.wasm is from another build (build id 0123456789abcdef0123456789abcdef, expected <build>);
// CHECK-NEXT:   kind build-mismatch cause build-mismatch flag 0
// CHECK-NEXT: wsplit: cannot load split 'b': app.b.wasm is corrupted (SHA-256 mismatch: expected <sha of app.b.wasm>, got <sha>); redeploy the files wsplit wrote
// CHECK-NEXT:   kind integrity cause integrity flag 0
// CHECK-NEXT: fetched app.wasm:1 app.chunk.a+b.wasm:1 app.a.wasm:1 app.b.wasm:1

print('-- not wasm, truncated');
const html = '<!DOCTYPE html><html><body>Not here</body></html>';
const app = await instantiate({
  imports, onEvent,
  fetch: dirFetch(dist, {
    body: (name) => name === 'app.a.wasm' ? html
      : name === 'app.b.wasm' ? b.subarray(0, 100) : undefined,
  }),
});
await tryAll(app, (f, x) => app.exports[f](x));
// CHECK-LABEL: -- not wasm, truncated
// CHECK-NEXT: wsplit: cannot load split 'a': app.a.wasm is not a WebAssembly module (it starts with "<!DOCTYPE html><html><bo"); the server answered its URL with something else: deploy the file next to the loader or fix baseURL
// CHECK-NEXT:   kind integrity cause integrity flag 0
// CHECK-NEXT: wsplit: cannot load split 'b': app.b.wasm is corrupted (SHA-256 mismatch: expected <sha of app.b.wasm>, got <sha>, 100 bytes instead of {{[0-9]+}}); redeploy the files wsplit wrote
// CHECK-NEXT:   kind integrity cause integrity flag 0

// Nothing was retried, and nothing instantiated, not even the chunk that
// passed its check.
print('events', events.length);
// CHECK-NEXT: events 0

print('-- main');
copyFileSync(join(other, 'app.wasm'), join(dist, 'app.wasm'));
await instantiate({ imports, jspi: false })
  .catch((e) => print(normal(e.message)));
// CHECK-LABEL: -- main
// CHECK-NEXT: wsplit: cannot load the main module: app.wasm is from another build (build id 0123456789abcdef0123456789abcdef, expected <build>);

print('-- matches, does not compile');
{
  const junk = await importLoader(join(process.argv[2], 'junk'));
  const app = await junk.instantiate({ imports });
  await app.load('b').catch((e) => print(e.message, '/', e.kind));
}
// CHECK-LABEL: -- matches, does not compile
// CHECK-NEXT: wsplit: cannot load split 'b': app.b.wasm does not compile on this engine (CompileError: WebAssembly.compile(): expected magic word {{.*}}) / compile
