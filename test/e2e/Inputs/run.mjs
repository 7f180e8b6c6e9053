//===-- run.mjs - run a split WASI program through its emitted loader -----===//
//
//   node run.mjs DIR/STEM.js [--mode=jspi|sync|explicit] [--events] [--lazy]
//                [--hold=FILE:SPLIT] [STEP...] [-- ARG...]
//   node run.mjs FILE.wasm [STEP...]            (an unsplit build, no loader)
//
// Imports the loader wsplit wrote, instantiates the program in the mode
// asked for (explicit = the loader's `jspi: false, sync: false`, as on a
// browser's main thread), wires node:wasi to main's memory the way the
// loader's own `node STEM.js` runner does, and runs the STEPs in order:
//
//   start           run the WASI command (_start) with ARGs; in explicit
//                   mode first `await app.load()` every split, unless --lazy
//   call:F[:N...]   call export F with integer arguments; prints "F(N) = R"
//                   on stdout (nothing for a void F), or "[run] F: <error>"
//                   on stderr
//   spawn:F[:N...]  the same, but the next step starts without waiting for
//                   the call to end (two calls in flight at once, JSPI)
//   wait            wait until every spawned call has ended
//   load:S          `await app.load(S)`; prints "[run] load S: ok" or the
//                   error, on stderr
//   hide:FILE       remove DIR/FILE (a file missing from a deploy)
//   corrupt:FILE    flip one byte in the middle of DIR/FILE
//   replace:FILE:P  put file P (relative to the current directory) in its
//                   place, e.g. the same module from another build
//   restore:FILE    put FILE's original bytes back
//
// The default is `start` for a command, nothing for a reactor (a module
// exporting _initialize, which runs when the program is instantiated).
// Node exits once everything the steps started is done, so callbacks of
// wsplit_load() run after the last step.
//
// --hold=FILE:SPLIT answers the request for FILE only once split SPLIT is
// loaded (and the calls it let resume have run): a fixed order of arrival.
// The files are then read through the loader's `fetch` option.
//
// --events prints each loader event to stderr as one line without timings,
// "[wsplit] TYPE SPLIT FILE", SPLIT being <main> for the main module.
// Program output goes to stdout (wasi fd 1), everything else to stderr, both
// written synchronously: with 2>&1 the log shows in which order things
// happened, and without the lines starting "[wsplit] " or "[run] " it is
// exactly what the program printed.
//
// A command whose load fails ends like under the loader's runner: the
// message on one line on stderr, exit status 1. Files that a step damaged
// are restored on the way out.
//
//===----------------------------------------------------------------------===//

import { copyFileSync, readFileSync, unlinkSync, writeFileSync, writeSync }
  from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const argv = process.argv.slice(2);
const dash = argv.indexOf('--');
const programArgs = dash < 0 ? [] : argv.slice(dash + 1);
const words = dash < 0 ? argv : argv.slice(0, dash);
const options = words.filter((w) => w.startsWith('--'));
const [target, ...steps] = words.filter((w) => !w.startsWith('--'));

const stderr = (line) => writeSync(2, `${line}\n`);
const stdout = (line) => writeSync(1, `${line}\n`);
function fail(message) {
  stderr(`run.mjs: ${message}`);
  process.exit(2);
}

for (const o of options)
  if (!/^--(mode=(jspi|sync|explicit)|events|lazy|hold=[^:]+:.+)$/.test(o))
    fail(`unknown option ${o}`);
const option = (name) => options.find((o) => o.split('=')[0] === `--${name}`);
const mode = option('mode')?.split('=')[1] ?? 'jspi';
const events = option('events') !== undefined;
const lazy = option('lazy') !== undefined;
const hold = option('hold')?.slice('--hold='.length).split(':');

//===----------------------------------------------------------------------===//
// The program: split (through the loader) or unsplit (plain node:wasi)
//===----------------------------------------------------------------------===//

const dir = dirname(resolve(target));
const stem = basename(target).replace(/\.(js|wasm)$/, '');
// node:wasi warns, when first loaded, that it is experimental; that is not
// the program's output.
const emitWarning = process.emitWarning;
process.emitWarning = () => {};
const { WASI } = process.getBuiltinModule('node:wasi');
const wasi = new WASI({ version: 'preview1', args: [stem, ...programArgs],
                        env: {}, returnOnExit: false });
process.emitWarning = emitWarning;
// proc_exit ends the process wherever it is called, suspended stacks
// included, as in the loader's runner.
const wasiImport = { ...wasi.wasiImport,
                     proc_exit: (code) => process.exit(code) };
const imports = { wasi_snapshot_preview1: wasiImport };

let app = null;      // the loader's App, for a split program
let exports;         // what the program's exports are called through
if (target.endsWith('.js')) {
  const loader = await import(pathToFileURL(resolve(target)).href);
  const modes = { jspi: { jspi: true }, sync: { jspi: false, sync: true },
                  explicit: { jspi: false, sync: false } };
  app = await loader.instantiate({
    ...modes[mode], imports, onEvent: events || hold ? onEvent : undefined,
    fetch: hold ? holdingFetch : undefined,
  });
  if (app.mode !== mode) fail(`asked for ${mode} mode, got ${app.mode}`);
  wasi.finalizeBindings(app.instance, { memory: app.memory });
  exports = app.exports;
} else {
  const module = new WebAssembly.Module(readFileSync(target));
  const instance = new WebAssembly.Instance(module, imports);
  wasi.finalizeBindings(instance, { memory: instance.exports.memory });
  exports = instance.exports;
}

/** Resolves once split `name` has been loaded. */
const loadedSplits = new Map();
function whenLoaded(name) {
  if (!loadedSplits.has(name)) {
    let resolve;
    const promise = new Promise((r) => { resolve = r; });
    loadedSplits.set(name, { promise, resolve });
  }
  return loadedSplits.get(name).promise;
}

function onEvent(e) {
  if (e.type === 'loaded' && e.split !== null) {
    whenLoaded(e.split);
    loadedSplits.get(e.split).resolve();
  }
  if (events) printEvent(e);
}

/** fetch() over DIR for --hold: a 404 for a missing file, as a server. */
async function holdingFetch(url) {
  const file = decodeURIComponent(basename(new URL(url).pathname));
  if (file === hold[0]) {
    await whenLoaded(hold[1]);
    // A macrotask: whatever resumes when the split is loaded runs first.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  try {
    return new Response(readFileSync(join(dir, file)),
                        { headers: { 'content-type': 'application/wasm' } });
  } catch {
    return new Response('not found', { status: 404 });
  }
}

function printEvent(e) {
  const where = `${e.split ?? '<main>'}${e.file ? ` ${e.file}` : ''}`;
  const extra = e.type === 'failure' ? `: ${e.error.message}`
    : e.type === 'retry' ? ` #${e.attempt}` : '';
  stderr(`[wsplit] ${e.type} ${where}${extra}`);
}

/** One line for an error: loader errors by kind, traps by their class. */
function describe(err) {
  return err?.name === 'LoadError' ? `LoadError ${err.kind}: ${err.message}`
                                   : String(err);
}

//===----------------------------------------------------------------------===//
// Steps
//===----------------------------------------------------------------------===//

const originals = new Map();
function save(file) {
  const path = join(dir, file);
  if (!originals.has(file)) originals.set(file, readFileSync(path));
  return path;
}
function restoreAll() {
  for (const [file, bytes] of originals) writeFileSync(join(dir, file), bytes);
  originals.clear();
}
process.on('exit', restoreAll);

async function start() {
  if (typeof exports._start !== 'function') fail(`${target} has no _start`);
  if (app && app.mode === 'explicit' && !lazy)
    for (const name of Object.keys(app.manifest.splits)) await app.load(name);
  try {
    await exports._start();
  } catch (err) {
    stderr(err?.name === 'LoadError' ? err.message : err?.stack ?? err);
    process.exit(1);
  }
}

async function call(name, args) {
  if (typeof exports[name] !== 'function') fail(`no export ${name}`);
  try {
    const result = await exports[name](...args);
    if (result !== undefined)
      stdout(`${name}(${args.join(', ')}) = ${result}`);
  } catch (err) {
    stderr(`[run] ${name}: ${describe(err)}`);
  }
}

const spawned = [];

async function load(name) {
  if (!app) fail('load: needs a split program');
  try {
    await app.load(name);
    stderr(`[run] load ${name}: ok`);
  } catch (err) {
    stderr(`[run] load ${name}: ${describe(err)}`);
  }
}

async function runStep(step) {
  const [verb, ...rest] = step.split(':');
  const file = rest[0];
  switch (verb) {
  case 'start':
    return start();
  case 'call':
    return call(file, rest.slice(1).map(Number));
  case 'spawn':
    spawned.push(call(file, rest.slice(1).map(Number)));
    return undefined;
  case 'wait':
    await Promise.all(spawned.splice(0));
    return undefined;
  case 'load':
    return load(file);
  case 'hide':
    unlinkSync(save(file));
    return stderr(`[run] hide ${file}`);
  case 'corrupt': {
    const path = save(file);
    const bytes = readFileSync(path);
    bytes[bytes.length >> 1] ^= 0xff;
    writeFileSync(path, bytes);
    return stderr(`[run] corrupt ${file}`);
  }
  case 'replace':
    copyFileSync(rest[1], save(file));
    return stderr(`[run] replace ${file}`);
  case 'restore':
    writeFileSync(join(dir, file), originals.get(file));
    originals.delete(file);
    return stderr(`[run] restore ${file}`);
  default:
    fail(`unknown step ${step}`);
  }
}

if (typeof exports._initialize === 'function') await exports._initialize();
const todo = steps.length ? steps
  : typeof exports._start === 'function' ? ['start'] : [];
for (const step of todo) await runStep(step);
restoreAll();
