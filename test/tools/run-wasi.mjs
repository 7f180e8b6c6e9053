// Runs a WASI command module (an unsplit reference build) under node:wasi
// with the given arguments and exits with its exit code. Usage:
//   node run-wasi.mjs app.wasm [args...]
import { readFile } from 'node:fs/promises';
import { WASI } from 'node:wasi';

process.removeAllListeners('warning'); // node:wasi is "experimental"
const [file, ...args] = process.argv.slice(2);
const wasi = new WASI({ version: 'preview1', args: [file, ...args],
                        env: {}, returnOnExit: true });
const module = await WebAssembly.compile(await readFile(file));
const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
process.exitCode = wasi.start(instance);
