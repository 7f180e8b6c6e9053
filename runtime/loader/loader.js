//===-- loader.js - loads a program split by wsplit -----------------------===//
//
// This file is the template of the loader wsplit writes as DIR/<stem>.js: the
// tool replaces the `null` marked WSPLIT_MANIFEST below with the manifest of
// docs/abi.md §5.2. The loader instantiates the main module, gives every
// module the `wsplit` import namespace of docs/abi.md §6, and brings in a
// split module (its chunks first) when its code is first needed:
//
//   jspi      the load import suspends (WebAssembly.Suspending) while the
//             files arrive; main's exports listed in `promising` return
//             promises.
//   sync      the load import reads, verifies, compiles and instantiates
//             synchronously (Node: node:fs; workers: synchronous XHR).
//   explicit  nothing may block or suspend (a browser's main thread without
//             JSPI): the program loads splits first with `app.load()` or
//             wsplit_load(); calling into an unloaded split throws.
//
// Every file is checked against the manifest's SHA-256 before anything from
// it runs, and a load either completes (the split's flag is set) or leaves
// the split unloaded so a later load can retry. The module has no
// dependencies and no static imports, so browsers, workers and Node load the
// same file; `node <stem>.js args...` runs the program as a WASI command.
// docs/loader.md is the user's guide.
//
//===----------------------------------------------------------------------===//

const MANIFEST = /*@WSPLIT_MANIFEST@*/null;

/** The ABI version (docs/abi.md) this loader implements. */
const ABI_VERSION = 1;

/** The manifest of this build (docs/abi.md §5.2). */
export const manifest = MANIFEST;

/**
 * Every failure the loader reports. `kind` says what went wrong, `split` and
 * `file` where; `cause` holds the underlying error when there is one.
 */
export class LoadError extends Error {
  constructor(message, { kind, split = null, file = null, cause } = {}) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'LoadError';
    this.kind = kind;
    this.split = split;
    this.file = file;
  }
}

/**
 * Instantiates the main module and returns the program's handle. See
 * docs/loader.md for the options and the returned object.
 */
export async function instantiate(options = {}) {
  const session = new Session(checkManifest(MANIFEST), options);
  await session.start();
  return session.app;
}

//===----------------------------------------------------------------------===//
// Platform
//===----------------------------------------------------------------------===//

const now = () => performance.now();

/** Node's process object when running under Node (or a compatible runtime). */
const nodeProcess =
  typeof process === 'object' && process !== null &&
  typeof process.getBuiltinModule === 'function' ? process : null;

/** A Node built-in module, or null outside Node. Never a static import, so
 *  the file still loads in browsers. */
function builtin(name) {
  return nodeProcess ? nodeProcess.getBuiltinModule(name) ?? null : null;
}

const isWorker =
  typeof WorkerGlobalScope === 'function' &&
  globalThis instanceof WorkerGlobalScope;

const hasJSPI =
  typeof WebAssembly.Suspending === 'function' &&
  typeof WebAssembly.promising === 'function';

/** Whether `url` can be read without waiting: Node reads file: URLs with
 *  node:fs, a worker reads http(s) URLs with synchronous XHR. */
function canReadSync(url) {
  if (url.protocol === 'file:') return builtin('node:fs') !== null;
  return isWorker && typeof XMLHttpRequest === 'function' &&
    (url.protocol === 'http:' || url.protocol === 'https:');
}

function checkManifest(m) {
  if (m === null)
    throw new LoadError('wsplit: this is the loader template, which has no ' +
                        'manifest; load the <stem>.js that wsplit wrote',
                        { kind: 'manifest' });
  if (m.wsplit !== ABI_VERSION)
    throw new LoadError(`wsplit: the manifest has ABI version ${m.wsplit}, ` +
                        `this loader implements ${ABI_VERSION}; use the ` +
                        'loader wsplit wrote with it', { kind: 'manifest' });
  return m;
}

//===----------------------------------------------------------------------===//
// Session: one instantiated program and the state of its splits
//===----------------------------------------------------------------------===//

// HTTP statuses worth another attempt: timeouts, rate limits, server errors.
const HTTP_RETRYABLE = new Set([408, 429, 500, 502, 503, 504]);

class Session {
  constructor(m, options) {
    if (options === null || typeof options !== 'object')
      throw new TypeError('wsplit: instantiate() takes an options object');
    const {
      imports = {}, baseURL, fetch, jspi = 'auto', sync = 'auto', onEvent,
      retries = 2, retryDelay = 200,
    } = options;
    checkChoice('jspi', jspi);
    checkChoice('sync', sync);
    if (fetch !== undefined && typeof fetch !== 'function')
      throw new TypeError('wsplit: option `fetch` must be a function');
    if (onEvent !== undefined && typeof onEvent !== 'function')
      throw new TypeError('wsplit: option `onEvent` must be a function');
    if (!Number.isInteger(retries) || retries < 0)
      throw new TypeError('wsplit: option `retries` must be an integer >= 0');
    if (!(retryDelay >= 0))
      throw new TypeError('wsplit: option `retryDelay` must be a number >= 0');

    this.manifest = m;
    this.hostImports = imports;
    this.base = baseURL === undefined
      ? new URL(import.meta.url)
      : new URL(String(baseURL), globalThis.location?.href);
    this.fetch = fetch ?? null;
    this.onEvent = onEvent ?? null;
    this.retries = retries;
    this.retryDelay = retryDelay;
    this.mode = pickMode(jspi, sync, this.base);

    /** Per file name: compiled module, instance, and the load in flight. */
    this.files = new Map();
    /** Per split name: whether loaded, and the load in flight. */
    this.splits = new Map();
    for (const [name, info] of Object.entries(m.splits ?? {}))
      this.splits.set(name, { name, info, loaded: false, loading: null });
    /** Exports of instantiated chunks under their import module names. */
    this.chunkExports = {};
    /** JSPI: calls into wasm that have suspended and not returned yet, in
     *  the order they started (see promising()). */
    this.entries = [];
    /** JSPI: the call running wasm, or the last one that did. */
    this.running = null;
    /** JSPI: the call allowed to resume that has not resumed yet. */
    this.resuming = null;
    /** Resolved (and replaced) whenever `entries` or `resuming` change. */
    this.turn = null;
    this.namespace = this.makeNamespace();
    this.instance = null;
    this.memory = null;
    this.table = null;
    /** Main's __stack_pointer global, when the manifest names it. */
    this.stackPointer = null;
    this.app = null;
  }

  emit(event) {
    if (!this.onEvent) return;
    event.time = now();
    try {
      this.onEvent(event);
    } catch (err) {
      // A broken event handler must not break loading; still surface it.
      queueMicrotask(() => { throw err; });
    }
  }

  fileState(entry) {
    let f = this.files.get(entry.file);
    if (!f) {
      f = { entry, module: null, preparing: null, instance: null,
            instantiating: null };
      this.files.set(entry.file, f);
    }
    return f;
  }

  splitState(name) {
    const s = typeof name === 'string' ? this.splits.get(name) : undefined;
    if (s) return s;
    const known = [...this.splits.keys()];
    throw new LoadError(
      `wsplit: unknown split ${quote(name)}; ` + (known.length
        ? `known splits: ${known.join(', ')}`
        : 'this program has no splits'),
      { kind: 'unknown-split', split: typeof name === 'string' ? name : null });
  }

  /** splitState() for load() and preload(), which report the error as a
   *  failure event too. */
  requestedSplit(name) {
    try {
      return this.splitState(name);
    } catch (e) {
      this.emit({ type: 'failure', split: e.split, file: null, error: e });
      throw e;
    }
  }

  //===--------------------------------------------------------------------===//
  // Main module
  //===--------------------------------------------------------------------===//

  async start() {
    const t0 = now();
    const m = this.manifest;
    const main = this.fileState(m.main);
    try {
      const module = await this.prepare(main, null);
      const t1 = now();
      this.instance = await WebAssembly.instantiate(
        module, { ...this.hostImports, wsplit: this.namespace })
        .catch((err) => { throw instantiateFailure(main, err); });
      main.instance = this.instance;
      this.emit({ type: 'instantiate', split: null, file: m.main.file,
                  ms: now() - t1 });
    } catch (err) {
      const e = new LoadError(
        `wsplit: cannot load the main module: ${err.message}`,
        { kind: err.kind ?? 'instantiate', file: m.main.file, cause: err });
      this.emit({ type: 'failure', split: null, file: m.main.file, error: e });
      throw e;
    }
    this.memory = this.findMemory(main.module);
    this.table = m.table === null ? null : this.instance.exports[m.table];
    this.stackPointer = m.stackPointer == null ? null
      : this.instance.exports[m.stackPointer] ?? null;
    this.app = this.makeApp();
    this.emit({ type: 'loaded', split: null, ms: now() - t0 });
  }

  /** Main's memory: its export named by the manifest, or (when main imports
   *  its memory) the memory the user passed among the imports. */
  findMemory(module) {
    const m = this.manifest;
    if (m.memory !== null) return this.instance.exports[m.memory] ?? null;
    for (const imp of WebAssembly.Module.imports(module))
      if (imp.kind === 'memory')
        return this.hostImports[imp.module]?.[imp.name] ?? null;
    return null;
  }

  makeApp() {
    const promising = new Set(this.manifest.promising ?? []);
    const exports = {};
    const wrap = this.mode === 'jspi';
    // Only the program's own exports: main's generated short-name exports
    // exist for the other modules and stay on `instance`.
    const names = this.manifest.exports ?? Object.keys(this.instance.exports);
    for (const name of names) {
      const value = this.instance.exports[name];
      // (main's guard restores the C stack pointer if the call fails.)
      exports[name] = wrap && promising.has(name) && typeof value === 'function'
        ? this.promising(value) : value;
    }
    return Object.freeze({
      instance: this.instance,
      exports: Object.freeze(exports),
      memory: this.memory,
      manifest: this.manifest,
      mode: this.mode,
      load: (name) => this.load(name),
      preload: (name) => this.preload(name),
      isLoaded: (name) => this.splitState(name).loaded,
    });
  }

  //===--------------------------------------------------------------------===//
  // The `wsplit` import namespace (docs/abi.md §6)
  //===--------------------------------------------------------------------===//

  makeNamespace() {
    const ns = {
      load_async: (name, len, callback, data) =>
        this.loadAsyncImport(name, len, callback, data),
      is_loaded: (name, len) =>
        this.splits.get(this.readName(name, len))?.loaded ? 1 : 0,
    };
    for (const s of this.splits.values())
      ns[`load.${s.name}`] = this.makeLoadImport(s);
    return ns;
  }

  makeLoadImport(s) {
    if (this.mode === 'jspi')
      // Returning a non-promise does not suspend, so a split that is already
      // loaded costs no round trip through the event loop.
      return new WebAssembly.Suspending(
        () => s.loaded ? undefined : this.suspendForLoad(s));
    if (this.mode === 'sync') return () => this.loadSync(s);
    return () => {
      if (s.loaded) return;
      const e = new LoadError(
        `wsplit: split '${s.name}' is not loaded and cannot be loaded ` +
        'synchronously on this thread; call ' +
        `\`await app.load('${s.name}')\` first, or enable JSPI`,
        { kind: 'not-loaded', split: s.name });
      this.emit({ type: 'failure', split: s.name, file: null, error: e });
      throw e;
    };
  }

  //===--------------------------------------------------------------------===//
  // JSPI: one C stack for all suspended calls
  //===--------------------------------------------------------------------===//
  //
  // Every call into wasm runs on the program's one C stack in linear memory
  // (the stack pointer is a global of main), suspended or not. A call that
  // starts while another is suspended builds its frames below the other's.
  // If the older call resumed first, returned from a function and called
  // another, that frame would overwrite the younger call's frames, which
  // are still live. So a call suspended in a load resumes only when every
  // call that started after it and is still on the stack (it suspended
  // too) has returned: the stacks unwind in the reverse of the order they
  // were built, as in one thread.

  /** WebAssembly.promising(fn) that keeps track of the calls that
   *  suspend. A call made while a suspended call is about to resume starts
   *  after it. */
  promising(fn) {
    const suspending = WebAssembly.promising(fn);
    const call = (args) => {
      const entry = { suspended: false };
      const outer = this.running;
      this.running = entry;
      let result;
      try {
        result = suspending(...args);
      } catch (err) {
        result = Promise.reject(err);
      } finally {
        this.running = outer;
      }
      // A call that did not suspend has returned, and nothing needs to
      // know; one that did stays in `entries` until it returns. (Its
      // promise is handed out as it is: a wrapper promise would cost every
      // call another turn of the microtask queue.)
      if (entry.suspended) {
        const leave = () => this.leave(entry);
        result.then(leave, leave);
      }
      return result;
    };
    return (...args) => this.resuming === null ? call(args)
      : this.untilResumed().then(() => call(args));
  }

  /** fn, restoring the C stack pointer when a call throws out of wasm.
   *  A failed load unwinds the wasm frames as a JavaScript exception and
   *  none of them restores __stack_pointer on the way out; without this
   *  every failed call would leak its frames' stack (docs/loader.md).
   *  Main's exports have a guard in wasm for that (docs/abi.md §4); this
   *  one is for the wsplit_load() callbacks the loader calls. */
  guard(fn) {
    const sp = this.stackPointer;
    if (!sp) return fn;
    return (...args) => {
      const saved = sp.value;
      const restore = (err) => {
        sp.value = saved;
        throw err;
      };
      let result;
      try {
        result = fn(...args);
      } catch (err) {
        restore(err);
      }
      return result instanceof Promise ? result.catch(restore) : result;
    };
  }

  leave(entry) {
    this.entries.splice(this.entries.indexOf(entry), 1);
    if (this.resuming === entry) this.resuming = null;
    if (this.running === entry) this.running = null;
    this.signal();
  }

  changed() {
    if (!this.turn) {
      let resolve;
      const promise = new Promise((r) => { resolve = r; });
      this.turn = { promise, resolve };
    }
    return this.turn.promise;
  }

  signal() {
    const turn = this.turn;
    this.turn = null;
    turn?.resolve();
  }

  async untilResumed() {
    while (this.resuming !== null) await this.changed();
  }

  /** The promise a load import suspends on: the split's load, then this
   *  call's turn to resume. */
  suspendForLoad(s) {
    // The running call; null for a stack suspending outside promising().
    const entry = this.running;
    if (entry && !entry.suspended) {
      entry.suspended = true;
      this.entries.push(entry);
    }
    const suspended = this.loadInTurn(s, entry);
    // Runs just before the wasm stack resumes (JSPI's own reaction to this
    // promise is added after this one, when the import returns it).
    const resumed = () => {
      this.running = entry;
      if (this.resuming !== entry) return;
      this.resuming = null;
      this.signal();
    };
    suspended.then(resumed, resumed);
    return suspended;
  }

  async loadInTurn(s, entry) {
    try {
      await this.load(s.name);
    } finally {
      if (entry !== null) {
        while (this.resuming !== null ||
               (this.entries.includes(entry) && this.entries.at(-1) !== entry))
          await this.changed();
        this.resuming = entry;
      }
    }
  }

  readName(ptr, len) {
    if (!this.memory) return '';
    return new TextDecoder().decode(
      new Uint8Array(this.memory.buffer, ptr >>> 0, len >>> 0));
  }

  loadAsyncImport(namePtr, len, callback, data) {
    const name = this.readName(namePtr, len);
    // load() never calls back synchronously: the callback runs after the
    // current wasm call has returned, never re-entrantly.
    this.load(name).then(() => 1, (err) => {
      if (!this.onEvent) console.error(err.message);
      return 0;
    }).then((ok) => {
      const fn = this.table.get(callback >>> 0);
      // In JSPI mode the callback may itself reach a split stub, which
      // suspends; that needs a promising frame at the bottom of its stack.
      return this.guard(this.mode === 'jspi' ? this.promising(fn) : fn)(
        data, ok);
    });
  }

  //===--------------------------------------------------------------------===//
  // Loading splits
  //===--------------------------------------------------------------------===//

  load(name) {
    let s;
    try {
      s = this.requestedSplit(name);
    } catch (e) {
      return Promise.reject(e);
    }
    if (s.loaded) return Promise.resolve();
    if (!s.loading)
      s.loading = this.loadSplit(s).finally(() => { s.loading = null; });
    return s.loading;
  }

  async loadSplit(s) {
    const t0 = now();
    const files = s.info.files.map((entry) => this.fileState(entry));
    try {
      // Every file at once: one round trip, no waterfall.
      const results = await Promise.allSettled(
        files.map((f) => f.instance ? null : this.prepare(f, s.name)));
      const failed = results.find((r) => r.status === 'rejected');
      if (failed) throw failed.reason;
      if (s.loaded) return;
      if (this.mode === 'sync') {
        // Synchronous loads may run between our awaits; instantiating all
        // files in one synchronous step keeps them from meeting half-done.
        for (const f of files) this.instantiateSync(f, s.name);
      } else {
        for (const f of files) await this.instantiateAsync(f, s.name);
      }
    } catch (err) {
      throw this.splitFailure(s, err);
    }
    this.markLoaded(s, t0);
  }

  loadSync(s) {
    if (s.loaded) return;
    const t0 = now();
    try {
      for (const f of s.info.files.map((entry) => this.fileState(entry)))
        if (!f.module) f.module = this.prepareSync(f, s.name);
      for (const entry of s.info.files)
        this.instantiateSync(this.fileState(entry), s.name);
    } catch (err) {
      throw this.splitFailure(s, err);
    }
    this.markLoaded(s, t0);
  }

  async preload(name) {
    const s = this.requestedSplit(name);
    if (s.loaded) return true;
    const results = await Promise.allSettled(s.info.files.map((entry) => {
      const f = this.fileState(entry);
      return f.instance ? null : this.prepare(f, s.name);
    }));
    const failed = results.find((r) => r.status === 'rejected');
    if (!failed) return true;
    this.splitFailure(s, failed.reason);
    return false;
  }

  splitFailure(s, err) {
    const e = new LoadError(
      `wsplit: cannot load split '${s.name}': ${err.message}`,
      { kind: err.kind ?? 'instantiate', split: s.name, file: err.file ?? null,
        cause: err });
    this.emit({ type: 'failure', split: s.name, file: e.file, error: e });
    return e;
  }

  markLoaded(s, t0) {
    new Uint8Array(this.memory.buffer)[s.info.flag] = 1;
    s.loaded = true;
    this.emit({ type: 'loaded', split: s.name, ms: now() - t0 });
  }

  importObject() {
    return { ...this.hostImports, wsplit: this.namespace,
             '@': this.instance.exports, ...this.chunkExports };
  }

  instantiateSync(f, split) {
    if (f.instance) return;
    const t0 = now();
    try {
      this.adopt(f, new WebAssembly.Instance(f.module, this.importObject()));
    } catch (err) {
      throw instantiateFailure(f, err);
    }
    this.emit({ type: 'instantiate', split, file: f.entry.file,
                ms: now() - t0 });
  }

  instantiateAsync(f, split) {
    if (f.instance) return null;
    if (!f.instantiating) {
      const t0 = now();
      f.instantiating =
        WebAssembly.instantiate(f.module, this.importObject()).then(
          (instance) => {
            this.adopt(f, instance);
            this.emit({ type: 'instantiate', split, file: f.entry.file,
                        ms: now() - t0 });
          },
          (err) => { throw instantiateFailure(f, err); })
          .finally(() => { f.instantiating = null; });
    }
    return f.instantiating;
  }

  adopt(f, instance) {
    f.instance = instance;
    if (f.entry.import) this.chunkExports[f.entry.import] = instance.exports;
  }

  //===--------------------------------------------------------------------===//
  // Fetching, verifying and compiling one file
  //===--------------------------------------------------------------------===//

  /** The file's verified, compiled module; one fetch however many callers. */
  prepare(f, split) {
    if (f.module) return Promise.resolve(f.module);
    if (!f.preparing) {
      f.preparing = this.prepareWithRetries(f, split).then(
        (module) => { f.module ??= module; return f.module; })
        .finally(() => { f.preparing = null; });
    }
    return f.preparing;
  }

  async prepareWithRetries(f, split) {
    const url = new URL(f.entry.file, this.base);
    for (let attempt = 1; ; ++attempt) {
      try {
        return await this.prepareOnce(f, split, url, attempt);
      } catch (err) {
        if (!err.retryable || attempt > this.retries) throw err;
        const delay = this.retryDelay * 2 ** (attempt - 1);
        this.emit({ type: 'retry', split, file: f.entry.file, url: url.href,
                    attempt, delay, error: err });
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }

  async prepareOnce(f, split, url, attempt) {
    const file = f.entry.file;
    const useFs = !this.fetch && url.protocol === 'file:' && builtin('node:fs');
    const source = useFs ? 'file' : 'fetch';
    const base = { split, file, url: url.href, attempt, source };
    const t0 = now();
    this.emit({ type: 'fetch-start', ...base });
    let bytes;
    let compiling = null;
    if (useFs) {
      bytes = await readFileAsync(file, url);
    } else {
      const response = await fetchResponse(this.fetch ?? globalThis.fetch,
                                            file, url);
      if (canStream(response)) {
        // Compile while the bytes arrive, and hash a copy of the same
        // stream; nothing is instantiated before the hash matched.
        const copy = response.clone();
        const c0 = now();
        compiling = WebAssembly.compileStreaming(response).then(
          (module) => ({ module, ms: now() - c0 }),
          (error) => ({ error }));
        bytes = await readBody(copy, file, url);
      } else {
        bytes = await readBody(response, file, url);
      }
    }
    this.emit({ type: 'fetch-end', ...base, bytes: bytes.byteLength,
                ms: now() - t0 });
    const actual = await sha256(bytes);
    // A module compiled from bytes that fail the check is dropped unused.
    if (actual !== f.entry.sha256)
      throw this.integrityFailure(f, bytes, actual);
    let result;
    if (compiling) {
      result = await compiling;
    } else {
      const c0 = now();
      result = await WebAssembly.compile(bytes).then(
        (module) => ({ module, ms: now() - c0 }), (error) => ({ error }));
    }
    if (result.error) throw compileFailure(f, result.error);
    this.emit({ type: 'compile', split, file, ms: result.ms,
                streaming: compiling !== null });
    return result.module;
  }

  prepareSync(f, split) {
    const url = new URL(f.entry.file, this.base);
    const file = f.entry.file;
    for (let attempt = 1; ; ++attempt) {
      const source = url.protocol === 'file:' ? 'file' : 'xhr';
      const base = { split, file, url: url.href, attempt, source };
      const t0 = now();
      this.emit({ type: 'fetch-start', ...base });
      let bytes;
      try {
        bytes = source === 'file' ? readFileSync(file, url)
                                  : readXhrSync(file, url);
      } catch (err) {
        // No backoff: a synchronous wait would block the thread for nothing.
        if (!err.retryable || attempt > this.retries) throw err;
        this.emit({ type: 'retry', split, file, url: url.href, attempt,
                    delay: 0, error: err });
        continue;
      }
      this.emit({ type: 'fetch-end', ...base, bytes: bytes.byteLength,
                  ms: now() - t0 });
      const actual = sha256Sync(bytes);
      if (actual !== f.entry.sha256)
        throw this.integrityFailure(f, bytes, actual);
      const c0 = now();
      let module;
      try {
        module = new WebAssembly.Module(bytes);
      } catch (err) {
        throw compileFailure(f, err);
      }
      this.emit({ type: 'compile', split, file, ms: now() - c0,
                  streaming: false });
      return module;
    }
  }

  /** Tells a file from another build apart from a damaged one, by the build
   *  id every module carries in its `wsplit.build` section. */
  integrityFailure(f, bytes, actual) {
    const file = f.entry.file;
    const expected = this.manifest.buildId;
    if (!isWasm(bytes)) {
      const head = new TextDecoder().decode(bytes.subarray(0, 24))
        .replace(/[^\x20-\x7e]/g, '?');
      return new LoadError(
        `${file} is not a WebAssembly module (it starts with ` +
        `${JSON.stringify(head)}); the server answered its URL with ` +
        'something else: deploy the file next to the loader or fix baseURL',
        { kind: 'integrity', file });
    }
    const id = readBuildId(bytes);
    if (id !== null && id !== expected)
      return new LoadError(
        `${file} is from another build (build id ${id}, expected ` +
        `${expected}); deploy all files of one wsplit run together and ` +
        'serve them under content-hashed or revalidated URLs',
        { kind: 'build-mismatch', file });
    const size = bytes.byteLength === f.entry.size ? ''
      : `, ${bytes.byteLength} bytes instead of ${f.entry.size}`;
    return new LoadError(
      `${file} is corrupted (SHA-256 mismatch: expected ${f.entry.sha256}, ` +
      `got ${actual}${size}); redeploy the files wsplit wrote`,
      { kind: 'integrity', file });
  }
}

function checkChoice(option, value) {
  if (value !== 'auto' && value !== true && value !== false)
    throw new TypeError(
      `wsplit: option \`${option}\` must be 'auto', true or false`);
}

function pickMode(jspi, sync, base) {
  if (jspi === true && !hasJSPI)
    throw new LoadError(
      'wsplit: option `jspi: true` needs JSPI (WebAssembly.Suspending), ' +
      "which this engine lacks; use `jspi: 'auto'`", { kind: 'unavailable' });
  if (jspi !== false && hasJSPI) return 'jspi';
  const syncPossible = canReadSync(base);
  if (sync === true && !syncPossible)
    throw new LoadError(
      `wsplit: option \`sync: true\` cannot read ${base.href} ` +
      'synchronously here (only Node file: URLs and http(s) URLs in ' +
      "workers can); use `sync: 'auto'`", { kind: 'unavailable' });
  return sync !== false && syncPossible ? 'sync' : 'explicit';
}

function quote(name) {
  return typeof name === 'string' ? `'${name}'` : String(name);
}

function instantiateFailure(f, err) {
  return new LoadError(`${f.entry.file} does not instantiate (${err})`,
                       { kind: 'instantiate', file: f.entry.file, cause: err });
}

function compileFailure(f, err) {
  return new LoadError(
    `${f.entry.file} does not compile on this engine (${err})`,
    { kind: 'compile', file: f.entry.file, cause: err });
}

//===----------------------------------------------------------------------===//
// Reading bytes
//===----------------------------------------------------------------------===//

function networkFailure(file, url, detail, retryable, cause) {
  const e = new LoadError(`${file}: ${detail} (${url.href})`,
                          { kind: 'network', file, cause });
  e.retryable = retryable;
  return e;
}

async function fetchResponse(fetchFn, file, url) {
  if (typeof fetchFn !== 'function')
    throw networkFailure(file, url, 'no fetch() here; pass option `fetch`',
                         false);
  let response;
  try {
    response = await fetchFn(url.href);
  } catch (err) {
    throw networkFailure(file, url, `fetch failed: ${err.message ?? err}`,
                         true, err);
  }
  if (!response.ok)
    throw networkFailure(
      file, url, `HTTP ${response.status}${response.statusText
        ? ' ' + response.statusText : ''}`,
      HTTP_RETRYABLE.has(response.status));
  return response;
}

function canStream(response) {
  if (typeof WebAssembly.compileStreaming !== 'function') return false;
  if (typeof Response !== 'function' || !(response instanceof Response))
    return false;
  // compileStreaming insists on the MIME type; without it, buffer instead.
  const type = response.headers.get('content-type') ?? '';
  return type.split(';')[0].trim().toLowerCase() === 'application/wasm';
}

async function readBody(response, file, url) {
  try {
    return new Uint8Array(await response.arrayBuffer());
  } catch (err) {
    throw networkFailure(file, url, `download failed: ${err.message ?? err}`,
                         true, err);
  }
}

function fsFailure(file, url, err) {
  const path = builtin('node:url').fileURLToPath(url);
  return new LoadError(
    `${file}: cannot read ${path} (${err.code ?? err.message})`,
    { kind: 'network', file, cause: err });
}

async function readFileAsync(file, url) {
  try {
    return new Uint8Array(await builtin('node:fs').promises.readFile(url));
  } catch (err) {
    throw fsFailure(file, url, err);
  }
}

function readFileSync(file, url) {
  try {
    return new Uint8Array(builtin('node:fs').readFileSync(url));
  } catch (err) {
    throw fsFailure(file, url, err);
  }
}

function readXhrSync(file, url) {
  const xhr = new XMLHttpRequest();
  try {
    xhr.open('GET', url.href, false);
    xhr.responseType = 'arraybuffer';
    xhr.send();
  } catch (err) {
    throw networkFailure(file, url, `request failed: ${err.message ?? err}`,
                         true, err);
  }
  if (xhr.status < 200 || xhr.status > 299)
    throw networkFailure(
      file, url, `HTTP ${xhr.status}${xhr.statusText
        ? ' ' + xhr.statusText : ''}`,
      xhr.status === 0 || HTTP_RETRYABLE.has(xhr.status));
  return new Uint8Array(xhr.response);
}

//===----------------------------------------------------------------------===//
// The wasm binary: magic and the `wsplit.build` custom section
//===----------------------------------------------------------------------===//

function isWasm(b) {
  return b.length >= 8 && b[0] === 0 && b[1] === 0x61 && b[2] === 0x73 &&
    b[3] === 0x6d;
}

/** The build id in the module's `wsplit.build` custom section, or null when
 *  there is none or the section headers do not parse. Skips every section
 *  by its size, so it costs a few reads per section. */
function readBuildId(b) {
  let p = 8;
  const uleb = () => {
    let result = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      if (p >= b.length) return -1;
      const byte = b[p++];
      result += (byte & 0x7f) * 2 ** shift;
      if (!(byte & 0x80)) return result;
    }
    return -1;
  };
  while (p < b.length) {
    const id = b[p++];
    const size = uleb();
    if (size < 0 || p + size > b.length) return null;
    const end = p + size;
    if (id === 0) {
      const len = uleb();
      if (len >= 0 && p + len <= end &&
          new TextDecoder().decode(b.subarray(p, p + len)) === 'wsplit.build') {
        const id = new TextDecoder().decode(b.subarray(p + len, end));
        return /^[0-9a-f]{32}$/.test(id) ? id : null;
      }
    }
    p = end;
  }
  return null;
}

//===----------------------------------------------------------------------===//
// SHA-256
//===----------------------------------------------------------------------===//

const hex = (bytes) =>
  Array.from(bytes, (x) => x.toString(16).padStart(2, '0')).join('');

/** Hex SHA-256 of `bytes`: Web Crypto when there is one (absent in
 *  non-secure browser contexts), else Node's, else the one below. */
async function sha256(bytes) {
  const subtle = globalThis.crypto?.subtle;
  if (subtle) return hex(new Uint8Array(await subtle.digest('SHA-256', bytes)));
  return sha256Sync(bytes);
}

/** Synchronous hex SHA-256: Node's when available (Web Crypto is async). */
function sha256Sync(bytes) {
  const crypto = builtin('node:crypto');
  if (crypto) return crypto.createHash('sha256').update(bytes).digest('hex');
  return sha256Js(bytes);
}

let sha256Tables = null;

/** FIPS 180-4 constants: the first 32 fraction bits of the square roots of
 *  the first 8 primes (initial hash) and of the cube roots of the first 64
 *  primes (round constants), computed instead of spelled out. */
function sha256Constants() {
  if (sha256Tables) return sha256Tables;
  const primes = [];
  for (let n = 2; primes.length < 64; ++n)
    if (primes.every((p) => n % p !== 0)) primes.push(n);
  const frac = (x) => (x - Math.floor(x)) * 2 ** 32 >>> 0;
  sha256Tables = {
    init: Uint32Array.from(primes.slice(0, 8), (p) => frac(Math.sqrt(p))),
    k: Uint32Array.from(primes, (p) => frac(Math.cbrt(p))),
  };
  return sha256Tables;
}

/** Hex SHA-256 in plain JavaScript, for synchronous loads where Node's
 *  crypto is not available (workers) and for non-secure contexts. */
function sha256Js(bytes) {
  const { init, k } = sha256Constants();
  const h = init.slice();
  const w = new Uint32Array(64);
  const rotr = (x, n) => (x >>> n) | (x << (32 - n));
  const compress = (view, at) => {
    for (let i = 0; i < 16; ++i) w[i] = view.getUint32(at + 4 * i);
    for (let i = 16; i < 64; ++i) {
      const a = w[i - 15], b = w[i - 2];
      w[i] = w[i - 16] + (rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3)) + w[i - 7] +
        (rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10));
    }
    let [a, b, c, d, e, f, g, hh] = h;
    for (let i = 0; i < 64; ++i) {
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) +
        ((e & f) ^ (~e & g)) + k[i] + w[i]) | 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) +
        ((a & b) ^ (a & c) ^ (b & c))) | 0;
      hh = g; g = f; f = e; e = (d + t1) | 0;
      d = c; c = b; b = a; a = (t1 + t2) | 0;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d;
    h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
  };
  const len = bytes.byteLength;
  const whole = len - (len % 64);
  const view = new DataView(bytes.buffer, bytes.byteOffset, len);
  for (let at = 0; at < whole; at += 64) compress(view, at);
  // The tail, the 0x80 marker and the bit length, in one or two blocks.
  const tail = new Uint8Array(len - whole + 9 > 64 ? 128 : 64);
  tail.set(bytes.subarray(whole));
  tail[len - whole] = 0x80;
  const tailView = new DataView(tail.buffer);
  tailView.setUint32(tail.length - 8, Math.floor(len / 2 ** 29));
  tailView.setUint32(tail.length - 4, (len * 8) >>> 0);
  for (let at = 0; at < tail.length; at += 64) compress(tailView, at);
  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  for (let i = 0; i < 8; ++i) outView.setUint32(4 * i, h[i]);
  return hex(out);
}

//===----------------------------------------------------------------------===//
// `node <stem>.js args...`: run the program as a WASI command
//===----------------------------------------------------------------------===//

function isNodeMain() {
  if (!nodeProcess || typeof nodeProcess.argv?.[1] !== 'string') return false;
  if (typeof import.meta.main === 'boolean') return import.meta.main;
  const { pathToFileURL } = builtin('node:url');
  try {
    const script = builtin('node:fs').realpathSync(nodeProcess.argv[1]);
    return import.meta.url === pathToFileURL(script).href;
  } catch {
    return false;
  }
}

/** node:wasi warns that it is experimental each time it is used; the
 *  command's own stderr is not the place for that. */
function quietWasi(make) {
  const emitWarning = nodeProcess.emitWarning;
  nodeProcess.emitWarning = function (warning, ...rest) {
    if (/^WASI\b/.test(String(warning?.message ?? warning))) return;
    return emitWarning.call(this, warning, ...rest);
  };
  try {
    return make();
  } finally {
    nodeProcess.emitWarning = emitWarning;
  }
}

function traceEvent(e) {
  const fields = Object.entries(e)
    .filter(([key]) => key !== 'type' && key !== 'time' && key !== 'error')
    .map(([key, value]) =>
      `${key}=${typeof value === 'number' && !Number.isInteger(value)
        ? value.toFixed(1) : value}`);
  nodeProcess.stderr.write(`wsplit: ${e.type} ${fields.join(' ')}\n`);
}

async function runCommand() {
  const proc = nodeProcess;
  const die = (err) => {
    // Loader errors are one line; anything else (a trap) keeps its stack.
    const text = err instanceof LoadError ? err.message
                                          : err?.stack ?? String(err);
    proc.stderr.write(`${text}\n`);
    proc.exit(1);
  };
  try {
    const m = checkManifest(MANIFEST);
    const wasi = quietWasi(() => new (builtin('node:wasi').WASI)({
      version: 'preview1',
      args: [m.main.file.replace(/\.wasm$/, ''), ...proc.argv.slice(2)],
      env: proc.env,
      preopens: { '.': proc.cwd() },
    }));
    // node:wasi's start() expects a synchronous _start; in JSPI mode _start
    // returns a promise. So bind WASI to main's memory, call _start ourselves
    // and end the process where the program calls proc_exit, however deep
    // in a split that is.
    const wasiImport = {
      ...wasi.wasiImport,
      proc_exit: (code) => proc.exit(code),
    };
    const app = await instantiate({
      imports: { wasi_snapshot_preview1: wasiImport },
      onEvent: proc.env.WSPLIT_TRACE ? traceEvent : undefined,
    });
    if (typeof app.exports._start !== 'function')
      throw new LoadError(`wsplit: ${m.main.file} has no _start export; it ` +
                          'is not a WASI command', { kind: 'instantiate' });
    if (!app.memory)
      throw new LoadError(`wsplit: ${m.main.file} exports no memory for WASI`,
                          { kind: 'instantiate' });
    wasi.finalizeBindings(app.instance, { memory: app.memory });
    await app.exports._start();
  } catch (err) {
    die(err);
  }
  // Returning from _start is the program's exit (status 0; wasi-libc passes
  // a non-zero status to proc_exit): loads still in flight must not call
  // back into a program whose libc has shut down.
  proc.exit(0);
}

if (isNodeMain()) runCommand();
