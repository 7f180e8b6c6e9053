// A build without splits: SplitName is never, so no name is accepted.
import { instantiate, type SplitName } from './none/app.js';

const app = await instantiate();
// @ts-expect-error: this build has no splits
await app.load('a');
const names: SplitName[] = [];
console.log(names);
