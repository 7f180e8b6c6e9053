// trace.mjs - run a split WASI command and report which modules it loaded.
//
//   node trace.mjs [--report FILE] [--sync] dist/app.js [args...]
//
// Runs the program like `node dist/app.js args...` does (node:wasi, the
// current directory preopened as `.`, JSPI where the engine has it, or
// with --sync the loader's synchronous mode, `jspi: false`), but
// through the loader's public API, `instantiate({ onEvent })`, and when the
// program exits writes the order in which the main module and the splits
// were loaded, with their files, bytes and load times, to FILE (default:
// standard error). The program's own output is untouched.
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeFileSync } from 'node:fs';

const argv = process.argv.slice(2);
let reportFile = null;
let jspi = 'auto';
for (;;) {
  if (argv[0] === '--report' && argv.length > 1) {
    reportFile = argv[1];
    argv.splice(0, 2);
  } else if (argv[0] === '--sync') {
    jspi = false;
    argv.shift();
  } else {
    break;
  }
}
if (!argv.length) {
  process.stderr.write('usage: node trace.mjs [--report FILE] [--sync] dist/app.js [args...]\n');
  process.exit(2);
}
const [loaderPath, ...args] = argv;
const { instantiate, manifest } = await import(pathToFileURL(loaderPath).href);

// One entry per load, in the order loads began; a split's chunks are
// reported with the split that caused their load.
const loads = new Map();
let mode = '?';
function onEvent(e) {
  const key = e.split ?? '(main)';
  if (!loads.has(key))
    loads.set(key, { files: [], bytes: 0, ms: null, failed: null });
  const load = loads.get(key);
  if (e.type === 'fetch-start' && !load.files.includes(e.file))
    load.files.push(e.file);
  else if (e.type === 'fetch-end')
    load.bytes += e.bytes;
  else if (e.type === 'loaded')
    load.ms = e.ms;
  else if (e.type === 'failure')
    load.failed = e.error?.message ?? String(e.error);
}

function report() {
  const rows = [...loads].map(([split, l], i) => [
    `${i + 1}`, split, `${l.bytes}`,
    l.failed ? 'FAILED' : l.ms === null ? '-' : `${l.ms.toFixed(1)} ms`,
    l.files.join(' '),
  ]);
  const head = ['#', 'split', 'bytes', 'load time', 'files'];
  const width = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (r) => '  ' + r.map((v, c) => (c === 2 || c === 3
                                                ? v.padStart(width[c])
                                                : v.padEnd(width[c])))
                              .join('  ').trimEnd();
  let text = `load order (${basename(loaderPath)}, ${mode} mode, ` +
             `${Object.keys(manifest.splits).length} splits in the build):\n`;
  text += line(head) + '\n';
  for (const r of rows) text += line(r) + '\n';
  const never = Object.keys(manifest.splits).filter((s) => !loads.has(s));
  if (never.length) text += `  never loaded: ${never.join(', ')}\n`;
  for (const [split, l] of loads)
    if (l.failed) text += `  ${split}: ${l.failed}\n`;
  if (reportFile) writeFileSync(reportFile, text);
  else process.stderr.write(text);
}

// node:wasi warns that it is experimental; that is not the program's output.
const emitWarning = process.emitWarning;
process.emitWarning = function (warning, ...rest) {
  if (/^WASI\b/.test(String(warning?.message ?? warning))) return;
  return emitWarning.call(this, warning, ...rest);
};
const { WASI } = await import('node:wasi');
const wasi = new WASI({
  version: 'preview1',
  args: [manifest.main.file.replace(/\.wasm$/, ''), ...args],
  env: process.env,
  preopens: { '.': process.cwd() },
});

process.on('exit', report);
try {
  const app = await instantiate({
    imports: {
      wasi_snapshot_preview1: { ...wasi.wasiImport,
                                proc_exit: (code) => process.exit(code) },
    },
    onEvent,
    jspi,
  });
  mode = app.mode;
  wasi.finalizeBindings(app.instance, { memory: app.memory });
  await app.exports._start();
  process.exit(0);
} catch (err) {
  process.stderr.write(`${err?.name === 'LoadError' ? err.message : err?.stack ?? err}\n`);
  process.exit(1);
}
