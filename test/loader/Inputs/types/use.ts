// Type-checks against the <stem>.d.ts pack.mjs wrote for the test program
// (split names "a" | "b"). Every @ts-expect-error line must be an error,
// every other line must not: tsc fails otherwise.
import {
  instantiate, LoadError, manifest,
  type App, type LoaderEvent, type Manifest, type SplitName,
} from './dist/app.js';

type Exports = {
  run_a(x: number): Promise<number>;
  add(x: number, y: number): number;
  memory: WebAssembly.Memory;
};

const names: SplitName[] = ['a', 'b'];
// @ts-expect-error: not a split of this build
const wrong: SplitName = 'c';

function describe(e: LoaderEvent): string {
  switch (e.type) {
    case 'fetch-start': return `${e.file} ${e.url} #${e.attempt} ${e.source}`;
    case 'fetch-end': return `${e.file} ${e.bytes} bytes in ${e.ms} ms`;
    case 'retry': return `${e.file} again in ${e.delay} ms: ${e.error.kind}`;
    case 'compile': return `${e.file} ${e.streaming ? 'streamed' : ''}`;
    case 'instantiate': return `${e.file} ${e.ms}`;
    case 'loaded': return `${e.split ?? 'main'} ${e.ms}`;
    case 'failure': return `${e.file ?? '-'} ${e.error.message}`;
  }
}

// @ts-expect-error: only fetch-end carries bytes
const bytesOf = (e: LoaderEvent) => e.bytes;

async function main(): Promise<void> {
  const app: App<Exports> = await instantiate<Exports>({
    imports: { env: { log: (x: number) => console.log(x) } },
    baseURL: new URL('https://example.test/dist/'),
    fetch: (url) => fetch(url),
    jspi: 'auto',
    sync: false,
    onEvent: (e) => console.log(describe(e)),
    retries: 3,
    retryDelay: 100,
  });
  const mode: 'jspi' | 'sync' | 'explicit' = app.mode;
  const sum: number = app.exports.add(1, 2);
  const r: number = await app.exports.run_a(1);
  await app.load('a');
  const ok: boolean = await app.preload('b');
  const loaded: boolean = app.isLoaded('a');
  // @ts-expect-error: unknown split
  await app.load('c');
  // @ts-expect-error: jspi takes 'auto' or a boolean
  await instantiate({ jspi: 'yes' });
  // @ts-expect-error: exports are read-only
  app.exports.add = () => 0;
  const memory: WebAssembly.Memory | null = app.memory;
  const flag: number = app.manifest.splits.a.flag;
  // @ts-expect-error: no split c in the manifest
  app.manifest.splits.c;
  const m: Manifest = manifest;
  const last = m.splits.b.files[m.splits.b.files.length - 1];
  console.log(names, mode, sum, r, ok, loaded, memory, flag, last?.sha256);
  try {
    await app.load('b');
  } catch (e) {
    if (e instanceof LoadError) {
      const kind: 'network' | 'integrity' | 'build-mismatch' | 'compile' |
        'instantiate' | 'manifest' | 'unavailable' | 'unknown-split' |
        'not-loaded' = e.kind;
      const where: string | null = e.split ?? e.file;
      console.log(kind, where, e.cause);
    }
  }
}
void main();
void bytesOf;
void wrong;
