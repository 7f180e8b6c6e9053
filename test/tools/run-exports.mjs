// Loads a split program through its emitted loader and calls one export.
//   node run-exports.mjs <dir>/<stem>.js <export> [integer args...] [--jspi=true|false]
// The program may import env.print(i32), which prints "print <n>". The
// export's result is printed as "<export> = <result>".
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const argv = process.argv.slice(2);
const flags = argv.filter((a) => a.startsWith('--'));
const [loader, name, ...args] = argv.filter((a) => !a.startsWith('--'));
const jspiFlag = flags.find((f) => f.startsWith('--jspi='));
const jspi = jspiFlag ? jspiFlag.endsWith('true') : 'auto';

const { instantiate } = await import(pathToFileURL(path.resolve(loader)).href);
const app = await instantiate({
  jspi,
  imports: { env: { print: (n) => console.log(`print ${n}`) } },
});
const result = await app.exports[name](...args.map(Number));
console.log(`${name} = ${result}`);
