// The templates wsplit fills in: each placeholder exactly once; the loader
// uses no eval or Function constructor (CSP script-src 'self'
// 'wasm-unsafe-eval') and no static import (browsers load it as is). The
// bare template loads, has a null manifest, and refuses to instantiate; a
// manifest of another ABI version is refused too.
//
// RUN: rm -rf %t && mkdir %t
// RUN: %node %s %srcroot/runtime/loader %t | FileCheck %s

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [dir, out] = process.argv.slice(2);
const js = readFileSync(join(dir, 'loader.js'), 'utf8');
const dts = readFileSync(join(dir, 'loader.d.ts'), 'utf8');
const count = (text, s) => text.split(s).length - 1;
console.log('manifest placeholder', count(js, '/*@WSPLIT_MANIFEST@*/null'));
console.log('split names placeholder',
            count(dts, '/*@WSPLIT_SPLIT_NAMES@*/string'));
// CHECK:      manifest placeholder 1
// CHECK-NEXT: split names placeholder 1

// Code only, without comments and strings, so prose may say "eval".
const code = js.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')
  .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g, "''");
for (const [what, re] of [['eval', /\beval\s*\(/],
                          ['Function', /\bFunction\s*\(/],
                          ['static import', /^\s*import[\s{*]/m],
                          ['require', /\brequire\s*\(/]])
  console.log(what, re.test(code) ? 'FOUND' : 'none');
// CHECK-NEXT: eval none
// CHECK-NEXT: Function none
// CHECK-NEXT: static import none
// CHECK-NEXT: require none

const bare = await import(pathToFileURL(join(dir, 'loader.js')).href);
console.log('exports', Object.keys(bare).sort().join(' '));
console.log('manifest', bare.manifest);
await bare.instantiate().catch((e) => console.log(e.name, e.kind, e.message));
// CHECK-NEXT: exports LoadError instantiate manifest
// CHECK-NEXT: manifest null
// CHECK-NEXT: LoadError manifest wsplit: this is the loader template, which has no manifest; load the <stem>.js that wsplit wrote

const v2 = join(out, 'v2.js');
writeFileSync(v2, js.replace('/*@WSPLIT_MANIFEST@*/null', '{"wsplit": 2}'));
await (await import(pathToFileURL(v2).href)).instantiate()
  .catch((e) => console.log(e.name, e.kind, e.message));
// CHECK-NEXT: LoadError manifest wsplit: the manifest has ABI version 2, this loader implements 1; use the loader wsplit wrote with it
