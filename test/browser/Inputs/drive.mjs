//===-- drive.mjs - run the test page in headless Chromium ----------------===//
//
//   node drive.mjs [--latency MS] SITE_DIR MODE...
//
// Serves SITE_DIR (what pack.mjs wrote) and the page next to this file with
// server.mjs, opens the page once per MODE (jspi, explicit, worker) in a
// fresh Chromium profile, and prints what FileCheck compares: the CSP the
// page ran under, what was requested before and after clicking #run, the
// result, the loader's events, whether the split's files were requested
// concurrently, and every console error. Waits on conditions, never on time.
//
//===----------------------------------------------------------------------===//

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';

const args = process.argv.slice(2);
let latency = 20;
if (args[0] === '--latency') {
  latency = Number(args[1]);
  args.splice(0, 2);
}
const [site, ...modes] = args;
const pageDir = fileURLToPath(new URL('page/', import.meta.url));
const print = (...parts) => console.log(parts.join(' '));
const TIMEOUT = 15000;

const server = await startServer({ roots: [site, pageDir], latency });
const profile = mkdtempSync(join(tmpdir(), 'wsplit-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
         '--disable-background-networking', '--disable-component-update',
         '--disable-sync'],
});
context.setDefaultTimeout(TIMEOUT);

/** Requests since `mark`, without the favicon Chromium asks for itself. */
const requestsSince = (mark) => server.requests.slice(mark)
  .filter((r) => r.path !== '/favicon.ico');
const textOf = (page, id) => page.locator(`#${id}`).textContent();
const waitForText = (page, id, unlike) => page.waitForFunction(
  ([id, unlike]) => document.getElementById(id).textContent !== unlike,
  [id, unlike]);

async function clickAndRead(page, button) {
  await page.evaluate(() => {
    document.getElementById('out').textContent = '';
  });
  await page.click(`#${button}`);
  await waitForText(page, 'out', '');
  return textOf(page, 'out');
}

try {
  for (const mode of modes) {
    print('--', mode);
    const page = await context.newPage();
    const errors = [];
    page.on('console', (m) => {
      if (m.type() === 'error')
        errors.push(`${m.text()} (${m.location().url})`);
    });
    page.on('pageerror', (e) => errors.push(e.message));

    const atLoad = server.requests.length;
    const response = await page.goto(`${server.url}?mode=${mode}`);
    print('csp', response.headers()['content-security-policy']);
    await waitForText(page, 'status', 'loading');
    print('status', await textOf(page, 'status'));
    // Sorted: modules a page imports side by side arrive in either order.
    print('requested at load', requestsSince(atLoad)
      .map((r) => `${r.path} ${r.status}`).sort().join(', '));

    if (mode === 'explicit') print('early:', await clickAndRead(page, 'early'));

    const atClick = server.requests.length;
    print('result', await clickAndRead(page, 'run'));
    const fetched = requestsSince(atClick);
    print('requested at click', fetched.map((r) => `${r.path} ${r.status}`)
      .sort().join(', '));
    // One round trip: every file was asked for before any was answered
    // (not so in a worker's sync mode, which reads one file after another).
    print('concurrent', fetched.length > 1 &&
      Math.max(...fetched.map((r) => r.start)) <
      Math.min(...fetched.map((r) => r.end)));

    const events = await page.evaluate(() => window.wsplitEvents);
    for (const e of events)
      print('event', e.type, e.split ?? '<main>', e.file ?? '', e.detail);
    print('console errors', errors.length ? errors.join(' | ') : 'none');
    await page.close();
  }
} finally {
  await context.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
