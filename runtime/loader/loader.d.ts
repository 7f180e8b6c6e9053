//===-- loader.d.ts - types of the loader wsplit writes -------------------===//
//
// Template of DIR/<stem>.d.ts: wsplit replaces the `string` marked
// WSPLIT_SPLIT_NAMES below with the union of this build's split names (or
// `never` when there are none), so a misspelt split name is a type error.
// docs/loader.md describes the behaviour behind every declaration.
//
//===----------------------------------------------------------------------===//

/** The names of this build's split modules. */
export type SplitName = /*@WSPLIT_SPLIT_NAMES@*/string;

/** One file of the build, as the manifest lists it. */
export interface ManifestFile {
  /** File name, relative to the loader's base URL. */
  file: string;
  /** Size in bytes. */
  size: number;
  /** Lowercase hex SHA-256 of the file. */
  sha256: string;
}

/** A chunk: code and data shared by two or more splits. */
export interface ManifestChunk extends ManifestFile {
  /** The import module name (`@1`, `@2`, …) later modules import it by. */
  import: string;
}

/** A split function, as the manifest lists it. */
export interface ManifestFunction {
  /** The symbol (for C++, the mangled name). */
  symbol: string;
  /** The demangled name. */
  name: string;
}

export interface ManifestSplit {
  /** Address in main's memory of the split's loaded flag (one byte). */
  flag: number;
  functions: ManifestFunction[];
  /** Every file the split needs, in instantiation order: chunks first, the
   *  split's own module last. */
  files: [...ManifestChunk[], ManifestFile];
}

/** The manifest (docs/abi.md §5.2), also written as <stem>.manifest.json. */
export interface Manifest {
  /** ABI version. */
  wsplit: 1;
  /** 32 hex digits shared by every module of one build. */
  buildId: string;
  main: ManifestFile;
  /** The program's own exports of main, in order: `App.exports` holds these
   *  (main's other exports serve the split and chunk modules). */
  exports: string[];
  /** Main's export name of its memory (re-exported when main imports it
   *  and other modules need it); null when main exports none. */
  memory: string | null;
  /** Main's export name of its function table; null without splits. */
  table: string | null;
  /** Main's export name of its C stack pointer global, which the loader
   *  restores when a failed load unwinds a call; null without splits. */
  stackPointer: string | null;
  /** Main's exports that can reach a split; in JSPI mode they return
   *  promises. */
  promising: string[];
  splits: { [Name in SplitName]: ManifestSplit };
}

/** How split modules get loaded; see docs/loader.md. */
export type Mode = 'jspi' | 'sync' | 'explicit';

/** Where a file's bytes came from: `fetch` (or the `fetch` option), Node's
 *  file system (`file:` URLs), or a synchronous XHR in a worker. */
export type Source = 'fetch' | 'file' | 'xhr';

interface EventBase {
  /** `performance.now()` when the event was emitted. */
  time: number;
  /** The split being loaded, or null for the main module. */
  split: SplitName | null;
}

interface FileEventBase extends EventBase {
  /** The file's name as in the manifest. */
  file: string;
}

/** A request for a file starts (attempt 1, or a retry). */
export interface FetchStartEvent extends FileEventBase {
  type: 'fetch-start';
  url: string;
  attempt: number;
  source: Source;
}

/** All bytes of a file arrived. */
export interface FetchEndEvent extends FileEventBase {
  type: 'fetch-end';
  url: string;
  attempt: number;
  source: Source;
  /** Bytes received. */
  bytes: number;
  /** Milliseconds since the matching fetch-start. */
  ms: number;
}

/** A request failed in a way worth retrying; the next attempt follows after
 *  `delay` milliseconds. */
export interface RetryEvent extends FileEventBase {
  type: 'retry';
  url: string;
  /** The attempt that failed. */
  attempt: number;
  delay: number;
  error: LoadError;
}

/** A file passed its SHA-256 check and is compiled. */
export interface CompileEvent extends FileEventBase {
  type: 'compile';
  /** Compile time; when streaming, from the response's arrival. */
  ms: number;
  /** Compiled with WebAssembly.compileStreaming while it downloaded. */
  streaming: boolean;
}

/** A file was instantiated. */
export interface InstantiateEvent extends FileEventBase {
  type: 'instantiate';
  ms: number;
}

/** A split (or, with split null, the main module) is ready. */
export interface LoadedEvent extends EventBase {
  type: 'loaded';
  /** Milliseconds since its load began. */
  ms: number;
}

/** A load failed; the promise rejects (or the call throws) with `error`. */
export interface FailureEvent extends EventBase {
  type: 'failure';
  /** The file that failed, if one did. */
  file: string | null;
  error: LoadError;
}

export type LoaderEvent =
  | FetchStartEvent
  | FetchEndEvent
  | RetryEvent
  | CompileEvent
  | InstantiateEvent
  | LoadedEvent
  | FailureEvent;

export interface InstantiateOptions {
  /** Host imports (WASI, `env`, …), given to every module. */
  imports?: WebAssembly.Imports;
  /** URL the manifest's file names are relative to. Default: the loader's
   *  own URL, so the files sit next to it. A directory URL must end in `/`. */
  baseURL?: string | URL;
  /** Used for every asynchronous read instead of the global `fetch`. */
  fetch?: (url: string) => Promise<Response>;
  /** `'auto'` (default): JSPI when the engine has WebAssembly.Suspending.
   *  `true` requires it; `false` never uses it. */
  jspi?: 'auto' | boolean;
  /** Without JSPI: `'auto'` (default) loads synchronously where the files
   *  can be read without waiting (Node file: URLs, http(s) in workers);
   *  `true` requires that; `false` selects explicit mode. */
  sync?: 'auto' | boolean;
  /** Receives every loader event. */
  onEvent?: (event: LoaderEvent) => void;
  /** Retries of a failed request (network errors, HTTP 408, 429, 5xx).
   *  Default 2. Integrity failures are never retried. */
  retries?: number;
  /** Milliseconds before the first retry, doubling for each further one.
   *  Default 200. */
  retryDelay?: number;
}

/** The instantiated program. */
export interface App<Exports extends object = Record<string, unknown>> {
  /** Main's instance; its exports are the raw, synchronous functions. */
  readonly instance: WebAssembly.Instance;
  /** Main's exports; in JSPI mode those in `manifest.promising` are wrapped
   *  with WebAssembly.promising and return promises. */
  readonly exports: Readonly<Exports>;
  /** Main's memory (exported, or the one passed in `imports`). */
  readonly memory: WebAssembly.Memory | null;
  readonly manifest: Manifest;
  readonly mode: Mode;
  /** Loads a split and its chunks; resolves when its code can run.
   *  Concurrent calls share one load. Rejects with a LoadError. */
  load(name: SplitName): Promise<void>;
  /** Fetches, verifies and compiles a split's files without instantiating
   *  them. Resolves false on a network or integrity failure (a later load
   *  retries and reports it); rejects only for an unknown name. */
  preload(name: SplitName): Promise<boolean>;
  /** Whether the split's code can run. Throws for an unknown name. */
  isLoaded(name: SplitName): boolean;
}

/** What went wrong; see docs/loader.md for every message and its fix. */
export type LoadErrorKind =
  | 'manifest'       // the template without a manifest, or an ABI mismatch
  | 'unavailable'    // jspi: true or sync: true where impossible
  | 'unknown-split'  // no split of that name
  | 'not-loaded'     // explicit mode: a split called before it was loaded
  | 'network'        // the file could not be read
  | 'integrity'      // SHA-256 mismatch: damaged, or not wasm at all
  | 'build-mismatch' // the file comes from another wsplit build
  | 'compile'        // verified, but this engine cannot compile it
  | 'instantiate';   // verified and compiled, but instantiation failed

export class LoadError extends Error {
  readonly name: 'LoadError';
  readonly kind: LoadErrorKind;
  /** The split being loaded; null for the main module. */
  readonly split: string | null;
  /** The file at fault, when one is. */
  readonly file: string | null;
}

/** This build's manifest. */
export const manifest: Manifest;

/** Instantiates the main module. Rejects with a LoadError. */
export function instantiate<Exports extends object = Record<string, unknown>>(
  options?: InstantiateOptions,
): Promise<App<Exports>>;
