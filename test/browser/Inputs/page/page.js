//===-- page.js - the browser test's page script --------------------------===//
//
// ?mode=jspi      JSPI: clicking #run calls run_a, which loads split a.
// ?mode=explicit  no JSPI on the main thread: #run awaits app.load('a')
//                 first; #early calls run_b unloaded and shows the error.
// ?mode=worker    a module worker loads in sync mode (synchronous XHR,
//                 the loader's own SHA-256); #run asks it for run_a.
// The loader's events are kept in window.wsplitEvents for the driver.
//
//===----------------------------------------------------------------------===//

import { instantiate } from './app.js';
import { summary } from './summary.js';

const mode = new URLSearchParams(location.search).get('mode') ?? 'jspi';
const $ = (id) => document.getElementById(id);
const events = window.wsplitEvents = [];
const record = (e) => events.push(summary(e));
const imports = { env: { log: () => {} } };

function show(result) {
  $('out').textContent = String(result);
}

async function setUp() {
  if (mode === 'worker') {
    const worker = new Worker(new URL('worker.js', import.meta.url),
                              { type: 'module' });
    const reply = () => new Promise((resolve, reject) => {
      worker.onmessage = (m) => resolve(m.data);
      worker.onerror = (e) => reject(new Error(e.message));
    });
    const ready = await reply();
    events.push(...ready.workerEvents);
    $('run').onclick = async () => {
      worker.postMessage(5);
      const { result, workerEvents } = await reply();
      events.push(...workerEvents);
      show(result);
    };
    return ready.mode;
  }
  const app = await instantiate({ jspi: mode === 'jspi', imports,
                                  onEvent: record });
  $('run').onclick = async () => {
    if (mode === 'explicit') await app.load('a');
    show(await app.exports.run_a(5));
  };
  $('early').onclick = () => {
    try {
      show(app.exports.run_b(1));
    } catch (e) {
      show(`${e.name}: ${e.message}`);
    }
  };
  return app.mode;
}

setUp().then((loaded) => {
  $('status').textContent = `ready ${loaded}`;
  $('run').disabled = $('early').disabled = false;
}, (e) => {
  $('status').textContent = `error ${e.message}`;
  console.error(e);
});
