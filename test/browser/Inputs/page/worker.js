//===-- worker.js - the browser test's worker -----------------------------===//
//
// Loads the program with JSPI off: in a worker that is sync mode, where a
// split's files arrive by synchronous XHR and are checked with the loader's
// own SHA-256 inside the call that needs them.
//
//===----------------------------------------------------------------------===//

import { instantiate } from './app.js';
import { summary } from './summary.js';

const events = [];
const app = await instantiate({
  jspi: false,
  imports: { env: { log: () => {} } },
  onEvent: (e) => events.push(summary(e)),
});
onmessage = (m) => {
  const result = app.exports.run_a(m.data);
  postMessage({ result, workerEvents: events.splice(0) });
};
postMessage({ mode: app.mode, workerEvents: events.splice(0) });
