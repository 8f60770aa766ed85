// The main thread's side of scale-choice-worker.js: choose(input) returns a promise of the
// scale_choice document. The worker (and with it the model module) starts on the first call.
import workerUrl from './scale-choice-worker.js?worker';

let client = null;

function start() {
  const worker = new Worker(new URL(workerUrl, import.meta.url), { type: 'module', name: 'rightsize comparison' });
  const waiting = new Map();
  let nextId = 0;
  worker.addEventListener('message', ({ data }) => {
    const w = waiting.get(data.id);
    waiting.delete(data.id);
    if (data.failed) w?.reject(new Error(data.failed));
    else w?.resolve(data.doc);
  });
  worker.addEventListener('error', (event) => {
    for (const w of waiting.values()) w.reject(new Error(event.message || 'the comparison worker failed'));
    waiting.clear();
  });
  return {
    choose(input) {
      const id = ++nextId;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, input });
      });
    },
  };
}

export function loadScaleChoice() {
  client ??= start();
  return client;
}
