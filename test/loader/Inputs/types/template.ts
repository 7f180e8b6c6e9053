// The unsubstituted template must be valid declarations too (SplitName is
// string there).
import { type SplitName, type App } from './template/loader.js';

const any: SplitName = 'anything';
declare const app: App;
void app.load(any);
