// wsplit.load_async and wsplit.is_loaded called from wasm (docs/abi.md §6):
// the loader reads the split name from main's memory, loads, and calls the
// table entry `callback` as (data, ok) after the wasm call has returned, in
// every mode, even when the split is already loaded. An unknown name gives
// ok = 0 and an error listing the known splits. In JSPI mode the callback
// runs through WebAssembly.promising, so it may itself load a split lazily.
// main's on_loaded logs data*10+ok and, for data 1, calls into split b
// (f_b(7) logs 2007 and returns 1107).
//
// REQUIRES: wat2wasm
// RUN: rm -rf %t && %node %S/Inputs/pack.mjs %S/Inputs/app/app.json %t
// RUN: %node %s %t | FileCheck %s

import { importLoader, print } from './Inputs/harness.mjs';

const { instantiate } = await importLoader(process.argv[2]);
const A = [32, 1], B = [33, 1], NOPE = [34, 4];

for (const mode of ['jspi', 'sync', 'explicit']) {
  print('--', mode);
  let waiting = null;
  const app = await instantiate({
    jspi: mode === 'jspi', sync: mode === 'sync',
    imports: { env: { log: (x) => { print('log', x); waiting?.(x); } } },
    onEvent: (e) => {
      if (e.type === 'loaded' && e.split) print('loaded', e.split);
      if (e.type === 'failure') print('failure:', e.error.message);
    },
  });
  // Calls main's load_async export; resolves on the callback's log line.
  const loadAsync = ([name, len], data) => {
    const called = new Promise((resolve) => { waiting = resolve; });
    app.exports.load_async(name, len, data);
    print('load_async returned');
    return called;
  };
  print('is_loaded a', app.exports.is_loaded(...A));
  await loadAsync(A, 3);
  print('is_loaded a', app.exports.is_loaded(...A));
  await loadAsync(A, 4);
  await loadAsync(NOPE, 5);
  print('is_loaded nope', app.exports.is_loaded(...NOPE));
  // The callback calls b: in explicit mode only once b is loaded, otherwise
  // also while it is not (loaded by the call from inside the callback).
  const done = new Promise((resolve) => {
    waiting = (x) => { if (x === 1107) resolve(); };
  });
  app.exports.load_async(...(mode === 'explicit' ? B : A), 1);
  await done;
  print('is_loaded b', app.exports.is_loaded(...B));
}
// CHECK-LABEL: -- jspi
// CHECK-NEXT: is_loaded a 0
// CHECK-NEXT: load_async returned
// CHECK-NEXT: loaded a
// CHECK-NEXT: log 31
// CHECK-NEXT: is_loaded a 1
// CHECK-NEXT: load_async returned
// CHECK-NEXT: log 41
// CHECK-NEXT: failure: wsplit: unknown split 'nope'; known splits: a, b
// CHECK-NEXT: load_async returned
// CHECK-NEXT: log 50
// CHECK-NEXT: is_loaded nope 0
// CHECK-NEXT: log 11
// CHECK-NEXT: loaded b
// CHECK-NEXT: log 2007
// CHECK-NEXT: log 1107
// CHECK-NEXT: is_loaded b 1

// CHECK-LABEL: -- sync
// CHECK-NEXT: is_loaded a 0
// CHECK-NEXT: load_async returned
// CHECK-NEXT: loaded a
// CHECK-NEXT: log 31
// CHECK-NEXT: is_loaded a 1
// CHECK-NEXT: load_async returned
// CHECK-NEXT: log 41
// CHECK-NEXT: failure: wsplit: unknown split 'nope'; known splits: a, b
// CHECK-NEXT: load_async returned
// CHECK-NEXT: log 50
// CHECK-NEXT: is_loaded nope 0
// CHECK-NEXT: log 11
// CHECK-NEXT: loaded b
// CHECK-NEXT: log 2007
// CHECK-NEXT: log 1107
// CHECK-NEXT: is_loaded b 1

// CHECK-LABEL: -- explicit
// CHECK-NEXT: is_loaded a 0
// CHECK-NEXT: load_async returned
// CHECK-NEXT: loaded a
// CHECK-NEXT: log 31
// CHECK-NEXT: is_loaded a 1
// CHECK-NEXT: load_async returned
// CHECK-NEXT: log 41
// CHECK-NEXT: failure: wsplit: unknown split 'nope'; known splits: a, b
// CHECK-NEXT: load_async returned
// CHECK-NEXT: log 50
// CHECK-NEXT: is_loaded nope 0
// CHECK-NEXT: loaded b
// CHECK-NEXT: log 11
// CHECK-NEXT: log 2007
// CHECK-NEXT: log 1107
// CHECK-NEXT: is_loaded b 1
