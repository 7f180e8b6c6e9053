//===-- summary.js - what the browser test keeps of a loader event ---------===//
//
// Events cross from the worker by postMessage and to the driver by
// page.evaluate, so they are reduced to plain data: type, split, file, and
// a detail: the source of a fetch, whether a compile streamed.
//
//===----------------------------------------------------------------------===//

export function summary(e) {
  const detail = e.type === 'compile' ? (e.streaming ? 'streaming' : 'buffered')
    : e.source ?? '';
  return { type: e.type, split: e.split, file: e.file ?? null, detail };
}
