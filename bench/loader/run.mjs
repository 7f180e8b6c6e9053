//===-- run.mjs - the loader benchmark (issue 4) --------------------------===//
//
//   node bench/loader/run.mjs [--build DIR] [--runs N] [--latency MS]
//                             [--group-bytes B] [--no-browser]
//
// Builds its programs with the wsplit plugin and wsplit from DIR (default
// $WSPLIT_BUILD_DIR, else build/), then measures, side by side in one run:
//
//   (a) the cost of one call of a loaded split function against the same
//       function in the unsplit build (calls.c / calls.mjs): from a loop in
//       wasm and from JavaScript. Target: at most 1.5x.
//   (b) the time app.load() takes for a split that needs four chunks and
//       its own file, against the same code in one file (program.mjs),
//       served over HTTP on the loopback with MS of latency added to every
//       response (test/browser's server), in Node (fetch) and in headless
//       Chromium. Target: at most 1.3x.
//
// and prints one table: medians of N runs, ratios, PASS or MISS. Every run
// of (b) is a fresh Node process or a fresh browser context, so nothing is
// compiled twice in one engine; the variants alternate, so a busy machine
// slows both alike. See bench/loader/README.md.
//
//===----------------------------------------------------------------------===//

import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync,
         writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadProgram } from './program.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const LLVM_BIN = '/usr/lib/llvm-22/bin';
const CHROMIUM = '/usr/bin/chromium';
const TARGET_CALL = 1.5;
const TARGET_LOAD = 1.3;

//===----------------------------------------------------------------------===//
// Options
//===----------------------------------------------------------------------===//

const options = { build: process.env.WSPLIT_BUILD_DIR ?? join(ROOT, 'build'),
                  runs: 15, latency: 50, groupBytes: 100_000, browser: true };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; ++i) {
  const value = () => {
    if (i + 1 >= argv.length) usage(`${argv[i]} needs a value`);
    return argv[++i];
  };
  switch (argv[i]) {
  case '--build': options.build = resolve(value()); break;
  case '--runs': options.runs = Number(value()); break;
  case '--latency': options.latency = Number(value()); break;
  case '--group-bytes': options.groupBytes = Number(value()); break;
  case '--no-browser': options.browser = false; break;
  default: usage(`unknown option ${argv[i]}`);
  }
}
if (!(options.runs >= 1) || !(options.latency >= 0) ||
    !(options.groupBytes >= 1000))
  usage('--runs must be >= 1, --latency >= 0, --group-bytes >= 1000');

function usage(message) {
  process.stderr.write(`run.mjs: ${message}\nusage: node bench/loader/run.mjs` +
    ' [--build DIR] [--runs N] [--latency MS] [--group-bytes B]' +
    ' [--no-browser]\n');
  process.exit(2);
}

const build = options.build;
const plugin = join(build, 'lib', 'wsplit-plugin.so');
const wsplit = join(build, 'bin', 'wsplit');
const sysroot = join(build, 'sysroot');
for (const file of [plugin, wsplit, join(sysroot, 'lib')])
  if (!existsSync(file))
    usage(`${file} is missing; build wsplit first (scripts/build.sh) or ` +
          'pass --build');
const work = join(build, 'bench-loader');
const log = (line) => process.stderr.write(`${line}\n`);

//===----------------------------------------------------------------------===//
// Building the programs
//===----------------------------------------------------------------------===//

const clangFlags = ['--target=wasm32-wasip1', `--sysroot=${sysroot}`,
                    `-I${join(ROOT, 'runtime', 'include')}`,
                    '-mexec-model=reactor'];

/** What a build's output depends on: the source and the tools. */
function stamp(source, flags) {
  const hash = createHash('sha256').update(source).update(flags.join(' '));
  for (const tool of [plugin, wsplit, join(LLVM_BIN, 'clang')]) {
    const s = statSync(tool);
    hash.update(`${tool} ${s.size} ${s.mtimeMs}`);
  }
  return hash.digest('hex');
}

/** Compiles SOURCE (C text) into DIR: plain.wasm without the plugin, and
 *  dist/ split by wsplit. Skipped when DIR was built from the same inputs. */
function buildProgram(dir, source, opt) {
  const stampFile = join(dir, 'stamp');
  const want = stamp(source, [opt, ...clangFlags]);
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === want)
    return;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const c = join(dir, 'program.c');
  writeFileSync(c, source);
  const clang = join(LLVM_BIN, 'clang');
  execFileSync(clang, [...clangFlags, opt, c, '-o', join(dir, 'plain.wasm')]);
  execFileSync(clang, [...clangFlags, opt, `-fplugin=${plugin}`, c, '-o',
                       join(dir, 'app.wasm'), '-Wl,--emit-relocs',
                       '--no-wasm-opt']);
  execFileSync(wsplit, [join(dir, 'app.wasm'), '-o', join(dir, 'dist')],
               { stdio: ['ignore', 'ignore', 'ignore'] });
  writeFileSync(stampFile, want);
}

log('-- building (cached under ' + work + ')');
const callsDir = join(work, 'calls');
buildProgram(callsDir, readFileSync(join(HERE, 'calls.c'), 'utf8'), '-O2');
const variants = ['single', 'chunks'];
for (const variant of variants)
  buildProgram(join(work, variant),
               loadProgram({ variant, groupBytes: options.groupBytes }),
               '-O1');

/** The files split s loads and their total size, from the manifest. */
function splitFiles(variant) {
  const manifest = JSON.parse(readFileSync(
    join(work, variant, 'dist', 'app.manifest.json'), 'utf8'));
  const files = manifest.splits.s.files;
  return { count: files.length,
           bytes: files.reduce((sum, f) => sum + f.size, 0) };
}
const sizes = Object.fromEntries(variants.map((v) => [v, splitFiles(v)]));
if (sizes.chunks.count !== 5 || sizes.single.count !== 1)
  throw new Error(`split s loads ${sizes.chunks.count} and ` +
                  `${sizes.single.count} files, expected 5 and 1`);

//===----------------------------------------------------------------------===//
// (a) per-call cost
//===----------------------------------------------------------------------===//

/** Runs a Node script and parses its JSON output. Asynchronously: the
 *  HTTP server it may talk to runs in this process. */
function node(args) {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, (err, stdout, stderr) => {
      if (err) reject(new Error(`node ${args.join(' ')} failed:\n${stderr}`));
      else resolve(JSON.parse(stdout));
    });
  });
}

log(`-- (a) per-call cost, ${options.runs} runs`);
const calls = await node([join(HERE, 'calls.mjs'), join(callsDir, 'plain.wasm'),
                    join(callsDir, 'dist', 'app.js'), String(options.runs)]);

//===----------------------------------------------------------------------===//
// (b) load time over HTTP with latency
//===----------------------------------------------------------------------===//

const site = join(work, 'site');
rmSync(site, { recursive: true, force: true });
for (const variant of variants)
  cpSync(join(work, variant, 'dist'), join(site, variant), { recursive: true });
const { startServer } = await import(
  join(ROOT, 'test', 'browser', 'Inputs', 'server.mjs'));
const server = await startServer({ roots: [site, join(HERE, 'page')],
                                   latency: options.latency });

/** Runs `once(variant)` runs times per variant, alternating which goes
 *  first; returns the milliseconds per variant. */
async function alternate(once) {
  const ms = { single: [], chunks: [] };
  for (let i = 0; i < options.runs; ++i) {
    const order = i % 2 ? [...variants].reverse() : variants;
    for (const variant of order) {
      const r = await once(variant);
      if (r.fetched !== sizes[variant].count)
        throw new Error(`${variant}: fetched ${r.fetched} files, expected ` +
                        sizes[variant].count);
      ms[variant].push(r.ms);
    }
  }
  return ms;
}

const load = {};
try {
  log(`-- (b) load time in Node, ${options.runs} runs`);
  load.node = await alternate(async (variant) =>
    node([join(HERE, 'load-once.mjs'), join(site, variant, 'app.js'),
          `${server.url}${variant}/`, 's']));
  if (options.browser) {
    log(`-- (b) load time in Chromium, ${options.runs} runs`);
    load.chromium = await inChromium();
  }
} finally {
  await server.close();
}

async function inChromium() {
  if (!existsSync(CHROMIUM)) {
    log(`   skipped: no ${CHROMIUM}`);
    return null;
  }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM, headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
           '--disable-background-networking', '--disable-component-update',
           '--disable-sync'],
  });
  try {
    // A fresh context (its own renderer, no shared caches) for every load.
    return await alternate(async (variant) => {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        await page.goto(`${server.url}index.html`);
        return await page.evaluate(async (variant) => {
          const { instantiate } = await import(`/${variant}/app.js`);
          const events = [];
          const app = await instantiate({ onEvent: (e) => events.push(e) });
          events.length = 0;
          const t0 = performance.now();
          await app.load('s');
          return {
            ms: performance.now() - t0,
            fetched: events.filter((e) => e.type === 'fetch-start').length,
          };
        }, variant);
      } finally {
        await context.close();
      }
    });
  } finally {
    await browser.close();
  }
}

//===----------------------------------------------------------------------===//
// The table
//===----------------------------------------------------------------------===//

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const rows = [];
const row = (what, base, other, unit, target) => {
  const b = median(base), o = median(other), ratio = o / b;
  const digits = unit === 'ns' ? 2 : 1;
  rows.push([what, `${b.toFixed(digits)} ${unit}`, `${o.toFixed(digits)} ${unit}`,
             `${o - b >= 0 ? '+' : ''}${(o - b).toFixed(digits)} ${unit}`,
             `${ratio.toFixed(2)}x`, target ? `<= ${target}x` : '-',
             target ? (ratio <= target ? 'PASS' : 'MISS') : 'info',
             String(base.length)]);
};

row('(a) add() from a wasm loop', calls.loop.plain, calls.loop.split, 'ns',
    TARGET_CALL);
row('(a) add() from JS, app.exports (sync mode)', calls.js.plain,
    calls.js.split, 'ns', TARGET_CALL);
row('(a) add() from JS, JSPI mode, awaited', calls.jspi.plain,
    calls.jspi.split, 'ns', null);
row(`(b) load s, Node fetch`, load.node.single, load.node.chunks, 'ms',
    TARGET_LOAD);
if (load.chromium)
  row(`(b) load s, headless Chromium`, load.chromium.single,
      load.chromium.chunks, 'ms', TARGET_LOAD);

const header = ['case', 'baseline', 'wsplit', 'difference', 'ratio',
                'target', 'result', 'runs'];
const widths = header.map((h, i) =>
  Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) =>
  i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])).join('  ');
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;

console.log(`wsplit loader benchmark: Node ${process.version}, ` +
            `${availableParallelism()} CPUs, load average ` +
            `${loadavg()[0].toFixed(1)} at the end`);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));
console.log(`
(a) baseline: the unsplit build (same source, no plugin). wsplit: split
    \`math\` loaded; add() is the stub (flag test, call_indirect into the
    split's instance). ns per call, median of the runs; a run makes
    ${calls.loop.n} calls from wasm, ${calls.js.n} from JS, ${calls.jspi.n} awaited in
    JSPI mode, where wsplit calls app.exports.add (a WebAssembly.promising
    wrapper) and the baseline awaits the unsplit add.
(b) baseline: split s as one file, ${kb(sizes.single.bytes)}. wsplit: s as four
    chunks and its own file, ${kb(sizes.chunks.bytes)} in 5 files. ms from
    app.load('s') until it resolved, median of the runs, each in a fresh
    Node process or browser context, ${options.latency} ms latency added to every
    HTTP response on the loopback.`);
