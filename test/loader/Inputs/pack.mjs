//===-- pack.mjs - lay out a split program the way wsplit writes it -------===//
//
// Stands in for the post-link tool in the loader's tests: takes modules that
// are already split by hand (WAT, or wasm from clang), following
// docs/abi.md §5, and writes what `wsplit` writes into OUTDIR: the main
// module, one module per split, the chunks, each with its `wsplit.build`
// custom section; the manifest with sizes and SHA-256; <stem>.js and
// <stem>.d.ts from the loader templates with the placeholders substituted.
//
//   node pack.mjs SPEC.json OUTDIR [--build-id HEX32]
//
// SPEC names the modules relative to itself:
//   { "stem": "app", "main": "main.wat", "memory": "memory", "table": "0",
//     "promising": ["run"],
//     "chunks": [ { "key": "a+b", "module": "ab.wat" } ],
//     "splits": { "a": { "flag": 16, "module": "a.wat", "chunks": ["a+b"],
//                        "functions": [ { "symbol": "f", "name": "f" } ] } } }
// A module may also be given on the command line as NAME=PATH (a .wasm file
// built by the test), which replaces the spec's entry for that module name
// (`main`, a split name, or `chunk:KEY`). A flag may be "export:SYMBOL": the
// address that main exports as the i32 global SYMBOL (wasm-ld --export=).
//
//===----------------------------------------------------------------------===//

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const templateDir = new URL('../../../runtime/loader/', import.meta.url);

function usage(message) {
  process.stderr.write(`pack.mjs: ${message}\n` +
    'usage: node pack.mjs SPEC.json OUTDIR [--build-id HEX32] ' +
    '[NAME=PATH...]\n');
  process.exit(2);
}

const args = process.argv.slice(2);
let buildIdOverride = null;
const overrides = new Map();
const positional = [];
for (let i = 0; i < args.length; ++i) {
  if (args[i] === '--build-id') buildIdOverride = args[++i];
  else if (args[i].includes('=')) {
    const at = args[i].indexOf('=');
    overrides.set(args[i].slice(0, at), args[i].slice(at + 1));
  } else positional.push(args[i]);
}
if (positional.length !== 2) usage('expected SPEC.json and OUTDIR');
const [specPath, outDir] = positional;
if (buildIdOverride !== null && !/^[0-9a-f]{32}$/.test(buildIdOverride))
  usage('--build-id takes 32 lowercase hex digits');

const spec = JSON.parse(readFileSync(specPath, 'utf8'));
const specDir = dirname(resolve(specPath));

/** Bytes of a module: a .wat compiled with wat2wasm, or a .wasm as is. */
function moduleBytes(name, specFile) {
  const path = overrides.get(name) ?? resolve(specDir, specFile);
  if (path.endsWith('.wat'))
    return execFileSync('wat2wasm', [path, '--output=-']);
  return readFileSync(path);
}

function uleb(n) {
  const out = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return out;
}

/** Appends the custom section `wsplit.build` (docs/abi.md §5.1). */
function withBuildSection(bytes, buildId) {
  const name = Buffer.from('wsplit.build');
  const payload = [...uleb(name.length), ...name, ...Buffer.from(buildId)];
  return Buffer.concat([bytes, Buffer.from([0, ...uleb(payload.length),
                                            ...payload])]);
}

/** The value of the i32 global that `bytes` exports as `name`. */
function exportedAddress(bytes, name) {
  let p = 8;
  const leb = () => {
    let result = 0, shift = 0, byte;
    do {
      byte = bytes[p++];
      result |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    return result >>> 0;
  };
  const str = () => {
    const len = leb();
    p += len;
    return bytes.subarray(p - len, p).toString();
  };
  let importedGlobals = 0, globalInits = [], exportIndex = null;
  while (p < bytes.length) {
    const id = bytes[p++], size = leb(), end = p + size;
    if (id === 2) {
      for (let n = leb(); n > 0; --n) {
        str(); str();
        const kind = bytes[p++];
        if (kind === 0) leb();
        else if (kind === 1) { p++; const f = leb(); leb(); if (f & 1) leb(); }
        else if (kind === 2) { const f = leb(); leb(); if (f & 1) leb(); }
        else if (kind === 3) { p += 2; ++importedGlobals; }
      }
    } else if (id === 6) {
      for (let n = leb(); n > 0; --n) {
        p += 2; // valtype, mutability
        if (bytes[p++] !== 0x41)
          throw new Error('global init is not i32.const');
        globalInits.push(leb());
        if (bytes[p++] !== 0x0b) throw new Error('global init is not constant');
      }
    } else if (id === 7) {
      for (let n = leb(); n > 0; --n) {
        const field = str(), kind = bytes[p++], index = leb();
        if (field === name && kind === 3) exportIndex = index;
      }
    }
    p = end;
  }
  if (exportIndex === null) throw new Error(`no global export '${name}'`);
  return globalInits[exportIndex - importedGlobals];
}

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

// Collect every module first: the build id covers all of them.
const stem = spec.stem;
const mainBytes = moduleBytes('main', spec.main);
const chunks = (spec.chunks ?? []).map((c, i) => ({
  ...c, file: `${stem}.chunk.${c.key}.wasm`, import: `@${i + 1}`,
  bytes: moduleBytes(`chunk:${c.key}`, c.module),
}));
const splits = Object.entries(spec.splits ?? {}).map(([name, s]) => ({
  name, ...s, file: `${stem}.${name}.wasm`, bytes: moduleBytes(name, s.module),
}));
const buildId = buildIdOverride ?? sha256(Buffer.concat([
  Buffer.from(JSON.stringify(spec)), mainBytes,
  ...chunks.map((c) => c.bytes), ...splits.map((s) => s.bytes)])).slice(0, 32);

mkdirSync(outDir, { recursive: true });
function emit(file, bytes) {
  const out = withBuildSection(bytes, buildId);
  writeFileSync(resolve(outDir, file), out);
  return { file, size: out.length, sha256: sha256(out) };
}

const manifest = {
  wsplit: 1,
  buildId,
  main: emit(`${stem}.wasm`, mainBytes),
  memory: spec.memory ?? null,
  table: spec.table ?? null,
  promising: spec.promising ?? [],
  splits: {},
};
const chunkEntries = new Map(chunks.map((c) =>
  [c.key, { ...emit(c.file, c.bytes), import: c.import }]));
for (const s of splits) {
  const flag = typeof s.flag === 'string' && s.flag.startsWith('export:')
    ? exportedAddress(mainBytes, s.flag.slice('export:'.length)) : s.flag;
  manifest.splits[s.name] = {
    flag,
    functions: s.functions ?? [],
    files: [...(s.chunks ?? []).map((key) => chunkEntries.get(key)),
            emit(s.file, s.bytes)],
  };
}

const json = JSON.stringify(manifest, null, 2);
writeFileSync(resolve(outDir, `${stem}.manifest.json`), json + '\n');

/** Replaces `placeholder`, which must occur exactly once, as wsplit does. */
function substitute(template, placeholder, value) {
  const parts = template.split(placeholder);
  if (parts.length !== 2)
    throw new Error(`template has ${parts.length - 1} × ${placeholder}`);
  return parts[0] + value + parts[1];
}
const js = readFileSync(new URL('loader.js', templateDir), 'utf8');
writeFileSync(resolve(outDir, `${stem}.js`),
              substitute(js, '/*@WSPLIT_MANIFEST@*/null', json));
const dts = readFileSync(new URL('loader.d.ts', templateDir), 'utf8');
const names = Object.keys(manifest.splits);
writeFileSync(resolve(outDir, `${stem}.d.ts`),
              substitute(dts, '/*@WSPLIT_SPLIT_NAMES@*/string', names.length
                ? names.map((n) => JSON.stringify(n)).join(' | ') : 'never'));
// Node treats DIR/<stem>.js as an ES module without guessing (and without
// a warning about a typeless package.json further up).
writeFileSync(resolve(outDir, 'package.json'), '{ "type": "module" }\n');
