//===-- run.mjs - run a command, show its output and exit code ------------===//
//
//   node run.mjs CMD ARGS...
//
// Prints CMD's stdout, then each line of its stderr prefixed with
// "stderr: ", then "exit N", and exits 0: lit's `not` only tells zero from
// non-zero, the runner's tests need the exact code.
//
//===----------------------------------------------------------------------===//

import { spawnSync } from 'node:child_process';

const [cmd, ...args] = process.argv.slice(2);
const r = spawnSync(cmd, args, { encoding: 'utf8' });
if (r.error) throw r.error;
process.stdout.write(r.stdout);
for (const line of r.stderr.split('\n').filter((l) => l !== ''))
  process.stdout.write(`stderr: ${line}\n`);
process.stdout.write(r.signal ? `signal ${r.signal}\n` : `exit ${r.status}\n`);
