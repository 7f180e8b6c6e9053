// Which mode the options select, with JSPI (Node 26) and without it
// (WebAssembly.Suspending removed before the loader is evaluated), for a
// file: base URL (readable synchronously) and an http: one (not, in Node's
// main thread), and the errors for options that cannot be honoured.
//
// REQUIRES: wat2wasm
// RUN: rm -rf %t && %node %S/Inputs/pack.mjs %S/Inputs/app/app.json %t
// RUN: %node %s %t | FileCheck --check-prefix=JSPI %s
// RUN: %node --import %S/Inputs/no-jspi.mjs %s %t \
// RUN:   | FileCheck --check-prefix=NOJSPI %s

import { dirFetch, importLoader, print } from './Inputs/harness.mjs';

const dir = process.argv[2];
const { instantiate } = await importLoader(dir);
const imports = { env: { log() {} } };
const fetch = dirFetch(dir);
for (const base of ['file', 'http'])
  for (const jspi of ['auto', true, false])
    for (const sync of ['auto', true, false]) {
      const options = { imports, jspi, sync };
      if (base === 'http')
        Object.assign(options, { baseURL: 'http://example.test/app/', fetch });
      const what = `${base} jspi=${jspi} sync=${sync}:`;
      await instantiate(options).then((app) => print(what, app.mode),
                                      (e) => print(what, e.kind, e.message));
    }
// JSPI:      file jspi=auto sync=auto: jspi
// JSPI-NEXT: file jspi=auto sync=true: jspi
// JSPI-NEXT: file jspi=auto sync=false: jspi
// JSPI-NEXT: file jspi=true sync=auto: jspi
// JSPI-NEXT: file jspi=true sync=true: jspi
// JSPI-NEXT: file jspi=true sync=false: jspi
// JSPI-NEXT: file jspi=false sync=auto: sync
// JSPI-NEXT: file jspi=false sync=true: sync
// JSPI-NEXT: file jspi=false sync=false: explicit
// JSPI-NEXT: http jspi=auto sync=auto: jspi
// JSPI-NEXT: http jspi=auto sync=true: jspi
// JSPI-NEXT: http jspi=auto sync=false: jspi
// JSPI-NEXT: http jspi=true sync=auto: jspi
// JSPI-NEXT: http jspi=true sync=true: jspi
// JSPI-NEXT: http jspi=true sync=false: jspi
// JSPI-NEXT: http jspi=false sync=auto: explicit
// JSPI-NEXT: http jspi=false sync=true: unavailable wsplit: option `sync: true` cannot read http://example.test/app/ synchronously here (only Node file: URLs and http(s) URLs in workers can); use `sync: 'auto'`
// JSPI-NEXT: http jspi=false sync=false: explicit

// NOJSPI:      file jspi=auto sync=auto: sync
// NOJSPI-NEXT: file jspi=auto sync=true: sync
// NOJSPI-NEXT: file jspi=auto sync=false: explicit
// NOJSPI-NEXT: file jspi=true sync=auto: unavailable wsplit: option `jspi: true` needs JSPI (WebAssembly.Suspending), which this engine lacks; use `jspi: 'auto'`
// NOJSPI-NEXT: file jspi=true sync=true: unavailable
// NOJSPI-NEXT: file jspi=true sync=false: unavailable
// NOJSPI-NEXT: file jspi=false sync=auto: sync
// NOJSPI-NEXT: file jspi=false sync=true: sync
// NOJSPI-NEXT: file jspi=false sync=false: explicit
// NOJSPI-NEXT: http jspi=auto sync=auto: explicit
// NOJSPI-NEXT: http jspi=auto sync=true: unavailable
// NOJSPI-NEXT: http jspi=auto sync=false: explicit

// Options that make no sense are type errors, before anything is fetched.
for (const options of [{ jspi: 'yes' }, { sync: 1 }, { retries: -1 },
                       { retryDelay: 'soon' }, { fetch: 'x' },
                       { onEvent: {} }, null]) {
  await instantiate(options).catch((e) => print(e.name, e.message));
}
// JSPI:      TypeError wsplit: option `jspi` must be 'auto', true or false
// JSPI-NEXT: TypeError wsplit: option `sync` must be 'auto', true or false
// JSPI-NEXT: TypeError wsplit: option `retries` must be an integer >= 0
// JSPI-NEXT: TypeError wsplit: option `retryDelay` must be a number >= 0
// JSPI-NEXT: TypeError wsplit: option `fetch` must be a function
// JSPI-NEXT: TypeError wsplit: option `onEvent` must be a function
// JSPI-NEXT: TypeError wsplit: instantiate() takes an options object
