// The loader's own SHA-256 (used where neither Web Crypto nor Node's crypto
// can answer synchronously: workers in sync mode, non-secure contexts)
// against FIPS 180-4's examples and Node's crypto on every length around
// the block boundaries, on views into larger buffers, and on a large input.
// The template is copied with the function exported, so the loader itself
// exports nothing extra.
//
// RUN: rm -rf %t && mkdir %t
// RUN: %node %s %srcroot/runtime/loader/loader.js %t | FileCheck %s

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [template, dir] = process.argv.slice(2);
const copy = join(dir, 'loader-sha256.mjs');
writeFileSync(copy,
              readFileSync(template, 'utf8') + '\nexport { sha256Js };\n');
const { sha256Js } = await import(pathToFileURL(copy).href);
const text = (s) => new TextEncoder().encode(s);

console.log(sha256Js(text('')));
console.log(sha256Js(text('abc')));
console.log(sha256Js(text(
  'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')));
console.log(sha256Js(new Uint8Array(1e6).fill(0x61)));
// CHECK:      e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
// CHECK-NEXT: ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
// CHECK-NEXT: 248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1
// CHECK-NEXT: cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0

// Deterministic pseudo-random bytes (xorshift32).
let state = 0x9e3779b9;
const random = (n) => Uint8Array.from({ length: n }, () => {
  state ^= state << 13; state ^= state >>> 17; state ^= state << 5;
  return state & 0xff;
});
const node = (b) => createHash('sha256').update(b).digest('hex');
let same = 0, lengths = 0;
for (let len = 0; len <= 300; ++len) {
  const b = random(len);
  ++lengths;
  if (sha256Js(b) === node(b)) ++same;
  // The same bytes at an odd offset inside a larger buffer.
  const inner = new Uint8Array(len + 7);
  inner.set(b, 3);
  if (sha256Js(inner.subarray(3, 3 + len)) === node(b)) ++same;
}
console.log(`${same} of ${2 * lengths} match`);
// CHECK-NEXT: 602 of 602 match

const big = random(3 << 20);
console.log('3 MiB', sha256Js(big) === node(big) ? 'match' : 'differ');
// CHECK-NEXT: 3 MiB match
