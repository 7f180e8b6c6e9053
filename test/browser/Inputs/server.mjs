//===-- server.mjs - static file server for the browser tests -------------===//
//
// Serves files from one or more root directories (the first that has the
// file wins) on the loopback interface, the way docs/loader.md asks a real
// server to: `application/wasm` for .wasm so the loader can compile while
// streaming, and a strict Content-Security-Policy so the tests prove the
// loader needs neither eval nor inline script. Optional added latency per
// response stands in for a network (for benchmarks); every request is
// recorded with the times it arrived and was answered.
//
//   node server.mjs [--latency MS] [--port N] [--cache no-store|immutable] ROOT...
//
// As a module: startServer({ roots, latency, cache }) resolves to
// { url, requests, close() }.
//
//===----------------------------------------------------------------------===//

import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
};

const CACHE = {
  // Tests: every load goes to the server, so the request log is exact.
  'no-store': 'no-store',
  // Production-like: the files of one build never change under their URL.
  immutable: 'public, max-age=31536000, immutable',
};

async function findFile(roots, path) {
  for (const root of roots) {
    const file = join(root, path);
    if (!file.startsWith(normalize(root + sep))) return null;
    try {
      return await readFile(file);
    } catch {
      // Try the next root.
    }
  }
  return null;
}

export function startServer({ roots, latency = 0, cache = 'no-store',
                              port = 0 }) {
  if (!(cache in CACHE)) throw new Error(`unknown cache policy ${cache}`);
  const requests = [];
  const t0 = performance.now();
  const server = createServer(async (req, res) => {
    const record = { path: decodeURIComponent(new URL(req.url, 'http://x')
      .pathname), start: performance.now() - t0, end: null, status: 0 };
    requests.push(record);
    const path = record.path.endsWith('/') ? record.path + 'index.html'
                                           : record.path;
    const body = req.method === 'GET' ? await findFile(roots, path) : null;
    if (latency) await new Promise((resolve) => setTimeout(resolve, latency));
    // Browsers ask for a favicon on their own; a 404 would be a console error.
    if (!body && path === '/favicon.ico') {
      record.status = 204;
      res.writeHead(204, { 'content-security-policy': CSP });
      res.end();
      record.end = performance.now() - t0;
      return;
    }
    record.status = body ? 200 : 404;
    res.writeHead(record.status, {
      'content-type': body ? TYPES[extname(path)] ?? 'application/octet-stream'
                           : 'text/plain',
      'content-security-policy': CSP,
      'cache-control': CACHE[cache],
    });
    res.end(body ?? 'not found');
    record.end = performance.now() - t0;
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}/`,
        requests,
        close: () => new Promise((done) => {
          server.closeAllConnections();
          server.close(done);
        }),
      });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const options = { roots: [], latency: 0, cache: 'no-store', port: 0 };
  for (let i = 0; i < args.length; ++i) {
    if (args[i] === '--latency') options.latency = Number(args[++i]);
    else if (args[i] === '--port') options.port = Number(args[++i]);
    else if (args[i] === '--cache') options.cache = args[++i];
    else options.roots.push(args[i]);
  }
  if (!options.roots.length) {
    process.stderr.write('usage: node server.mjs [--latency MS] [--port N] ' +
                         '[--cache no-store|immutable] ROOT...\n');
    process.exit(2);
  }
  const { url } = await startServer(options);
  process.stdout.write(`serving ${options.roots.join(', ')} at ${url}\n`);
}
