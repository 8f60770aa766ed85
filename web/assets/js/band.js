// The main thread's side of the band worker: timeline(input) resolves to the timeline
// document with its band, or null when a newer request overtook it. The worker starts on
// the first band asked for.
import workerUrl from './band-worker.js?worker';

let worker = null;
let nextId = 0;
const waiting = new Map();

function start() {
  const w = new Worker(new URL(workerUrl, import.meta.url), { type: 'module', name: 'rightsize band' });
  w.addEventListener('message', ({ data }) => {
    const pending = waiting.get(data.id);
    waiting.delete(data.id);
    if (data.error) pending?.reject(new Error(data.error));
    else pending?.resolve(data.doc);
  });
  w.addEventListener('error', (event) => {
    for (const pending of waiting.values()) pending.reject(new Error(event.message || 'the band worker failed'));
    waiting.clear();
  });
  return w;
}

export function timelineWithBand(input) {
  worker ??= start();
  const id = ++nextId;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    worker.postMessage({ id, input });
  });
}
