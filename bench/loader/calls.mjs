//===-- calls.mjs - per-call cost of a loaded split function --------------===//
//
//   node calls.mjs PLAIN.wasm DIST/app.js ROUNDS
//
// Instantiates calls.c twice: unsplit (PLAIN.wasm) and split (through the
// loader in DIST, split `math` loaded first), and times, in alternating
// rounds so that the machine's load hits both alike:
//
//   loop   add() called N times from a loop in wasm (the export `loop`);
//   js     add() called N times from JavaScript through app.exports (sync
//          mode: app.exports are the raw wasm functions);
//   jspi   add() called from JavaScript in JSPI mode, where app.exports.add
//          is a WebAssembly.promising wrapper (it can reach a split), each
//          call awaited. Reported, no target: it measures the wrapper.
//
// Prints one JSON object: per case, the nanoseconds per call of every round
// for each build.
//
//===----------------------------------------------------------------------===//

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [plainPath, loaderPath, roundsArg] = process.argv.slice(2);
const rounds = Number(roundsArg ?? 15);

const plain = new WebAssembly.Instance(
  new WebAssembly.Module(readFileSync(plainPath)), {}).exports;
plain._initialize();

const { instantiate } = await import(pathToFileURL(resolve(loaderPath)).href);
const sync = await instantiate({ jspi: false, sync: true });
sync.exports._initialize();
await sync.load('math');
const jspi = await instantiate({ jspi: true });
await jspi.exports._initialize();
await jspi.load('math');

// One function per target, each compiled from its own source text, so every
// call site stays monomorphic and is optimised for its one callee.
const jsLoop = () => new Function('add', 'n', `
  let acc = 0;
  for (let i = 0; i < n; ++i) acc = add(acc, i);
  return acc;`);
const jspiLoop = () => new Function('add', 'n', `
  return (async () => {
    let acc = 0;
    for (let i = 0; i < n; ++i) acc = await add(acc, i);
    return acc;
  })();`);

const CASES = {
  loop: { n: 20_000_000, plain: (n) => plain.loop(n),
          split: (n) => sync.exports.loop(n) },
  js: { n: 5_000_000, plain: jsLoop().bind(null, plain.add),
        split: jsLoop().bind(null, sync.exports.add) },
  jspi: { n: 200_000, plain: jspiLoop().bind(null, plain.add),
          split: jspiLoop().bind(null, jspi.exports.add) },
};

async function time(fn, n) {
  const t0 = performance.now();
  const result = await fn(n);
  const ns = (performance.now() - t0) * 1e6 / n;
  // The sum of 0..n-1, wrapped to i32: both builds computed the same thing.
  const expected = Number(BigInt.asIntN(32, BigInt(n) * BigInt(n - 1) / 2n));
  if (result !== expected) throw new Error(`got ${result}, expected ${expected}`);
  return ns;
}

const results = {};
for (const [name, c] of Object.entries(CASES)) {
  // Warm up until both are optimised (V8 tiers up hot wasm and JS).
  for (let i = 0; i < 3; ++i) {
    await time(c.plain, c.n);
    await time(c.split, c.n);
  }
  const r = { n: c.n, plain: [], split: [] };
  for (let i = 0; i < rounds; ++i) {
    // Alternate which goes first, so neither always runs after the other.
    const order = i % 2 ? ['split', 'plain'] : ['plain', 'split'];
    for (const which of order) r[which].push(await time(c[which], c.n));
  }
  results[name] = r;
}
console.log(JSON.stringify(results));
