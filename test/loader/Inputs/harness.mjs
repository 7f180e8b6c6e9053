//===-- harness.mjs - shared pieces of the loader's Node tests ------------===//
//
// Loads a packed program (pack.mjs), records its events as one line each
// after checking every event's shape, and provides the fetch functions the
// tests use to delay, hold back, fail or re-type responses. Every test
// prints what happened and FileCheck compares it.
//
//===----------------------------------------------------------------------===//

import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const print = (...parts) => console.log(parts.join(' '));

/** Imports DIR/<stem>.js, the loader pack.mjs wrote. */
export function importLoader(dir, stem = 'app') {
  return import(pathToFileURL(join(dir, `${stem}.js`)).href);
}

const FIELDS = {
  'fetch-start': { file: 'string', url: 'string', attempt: 'number',
                   source: 'string' },
  'fetch-end': { file: 'string', url: 'string', attempt: 'number',
                 source: 'string', bytes: 'number', ms: 'number' },
  retry: { file: 'string', url: 'string', attempt: 'number', delay: 'number',
           error: 'object' },
  compile: { file: 'string', ms: 'number', streaming: 'boolean' },
  instantiate: { file: 'string', ms: 'number' },
  loaded: { ms: 'number' },
  failure: { file: 'file-or-null', error: 'object' },
};

/** Throws unless `e` has exactly the fields docs/loader.md promises. */
function checkShape(e, manifest) {
  const fields = FIELDS[e.type];
  if (!fields) throw new Error(`unknown event type ${e.type}`);
  const want = ['type', 'time', 'split', ...Object.keys(fields)].sort();
  const have = Object.keys(e).sort();
  if (want.join() !== have.join())
    throw new Error(`${e.type} has fields ${have}, expected ${want}`);
  if (typeof e.time !== 'number') throw new Error('time is not a number');
  if (e.split !== null && !(e.split in manifest.splits) && e.type !== 'failure')
    throw new Error(`split ${e.split} is not in the manifest`);
  for (const [key, type] of Object.entries(fields)) {
    if (type === 'file-or-null' ? e[key] !== null && typeof e[key] !== 'string'
                                : typeof e[key] !== type)
      throw new Error(`${e.type}.${key} is ${typeof e[key]}, not ${type}`);
  }
  if ('ms' in e && !(e.ms >= 0)) throw new Error(`${e.type}.ms is ${e.ms}`);
  if ('url' in e && !e.url.endsWith('/' + e.file))
    throw new Error(`${e.type}.url ${e.url} does not name ${e.file}`);
  if (e.error && e.error.name !== 'LoadError')
    throw new Error(`${e.type}.error is a ${e.error.name}`);
}

/** The manifest's size of `file`. */
function sizeOf(manifest, file) {
  return [manifest.main, ...Object.values(manifest.splits)
    .flatMap((s) => s.files)].find((f) => f.file === file)?.size;
}

/** One line per event, without timings; fetch-end shows its byte count only
 *  when it differs from the manifest's. */
export function eventLine(e, manifest) {
  const where = (e.split ?? '<main>') + (e.file ? ` ${e.file}` : '');
  switch (e.type) {
    case 'fetch-start':
      return `fetch-start ${where} #${e.attempt} ${e.source}`;
    case 'fetch-end':
      return `fetch-end ${where}` + (e.bytes === sizeOf(manifest, e.file)
        ? '' : ` (${e.bytes} bytes)`);
    case 'compile':
      return `compile ${where}${e.streaming ? ' streaming' : ''}`;
    case 'retry':
      return `retry ${where} #${e.attempt} after ${e.delay} ms: ` +
        e.error.message;
    case 'failure':
      return `failure ${where}: ${e.error.message}`;
    default:
      return `${e.type} ${where}`;
  }
}

/** Options for instantiate() that print every event and every env.log. */
export function recorder(manifest, { quiet = () => false } = {}) {
  return {
    imports: { env: { log: (x) => print('log', x) } },
    onEvent: (e) => {
      checkShape(e, manifest);
      if (!quiet(e)) print('event', eventLine(e, manifest));
    },
  };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A fetch over the files of DIR, like a static server: 404 for a missing
 * file, `type` as the MIME type, and per-file hooks:
 *   before(name, count): awaited before answering (delays, gates);
 *   status(name, count): a status to answer instead of the file.
 */
export function dirFetch(dir, { type = 'application/wasm', before, status,
                                body } = {}) {
  const counts = new Map();
  const fetch = async (url) => {
    const name = decodeURIComponent(basename(new URL(url).pathname));
    const count = (counts.get(name) ?? 0) + 1;
    counts.set(name, count);
    await before?.(name, count);
    const forced = status?.(name, count);
    if (forced) return new Response('', { status: forced });
    let bytes;
    try {
      bytes = body?.(name) ?? await readFile(join(dir, name));
    } catch {
      return new Response('not found',
                          { status: 404, statusText: 'Not Found' });
    }
    return new Response(bytes, { headers: { 'content-type': type } });
  };
  fetch.counts = counts;
  return fetch;
}

/** before() for dirFetch that holds every request until the event loop has
 *  had a turn, then answers them last-requested first. A loader that fetched
 *  one file after another would show one fetch-start per round. */
export function holdThenReverse() {
  const held = [];
  return (name) => new Promise((resolve) => {
    if (held.push(resolve) === 1)
      setTimeout(() => { for (const r of held.splice(0).reverse()) r(); }, 5);
  });
}

export { sleep };
