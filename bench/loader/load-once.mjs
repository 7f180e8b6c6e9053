//===-- load-once.mjs - time one load of a split over HTTP, in Node -------===//
//
//   node load-once.mjs DIST/app.js BASE_URL SPLIT
//
// Imports the loader from disk (Node does not import modules over HTTP),
// fetches the program's files from BASE_URL with fetch(), instantiates
// main, then times `await app.load(SPLIT)`: from the call until the split
// can run, its files fetched, checked, compiled and instantiated. One load
// per process, so nothing compiled earlier is reused. Prints JSON: ms, the
// files fetched, and whether they were compiled while streaming.
//
//===----------------------------------------------------------------------===//

import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [loader, baseURL, split] = process.argv.slice(2);
const { instantiate } = await import(pathToFileURL(resolve(loader)).href);
const events = [];
const app = await instantiate({ baseURL, onEvent: (e) => events.push(e) });
events.length = 0;
const t0 = performance.now();
await app.load(split);
const ms = performance.now() - t0;
const fetched = events.filter((e) => e.type === 'fetch-start').length;
const streaming = events.filter((e) => e.type === 'compile')
  .every((e) => e.streaming);
console.log(JSON.stringify({ ms, fetched, streaming }));
