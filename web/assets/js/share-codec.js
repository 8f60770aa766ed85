// The main thread's side of share-worker.js: encodeShare(input) and decodeShare(fragment)
// give promises of the core's documents ({ok, fragment | input | errors}). The worker starts
// on the first call.
import workerUrl from './share-worker.js?worker';

let worker = null;
const waiting = new Map();
let nextId = 0;

function call(name, arg) {
  worker ??= start();
  const id = ++nextId;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    worker.postMessage({ id, call: name, arg });
  });
}

function start() {
  const w = new Worker(new URL(workerUrl, import.meta.url), { type: 'module', name: 'rightsize share links' });
  w.addEventListener('message', ({ data }) => {
    const pending = waiting.get(data.id);
    if (!pending) return;
    waiting.delete(data.id);
    if (data.failed) pending.reject(new Error(data.failed));
    else pending.resolve(data.doc);
  });
  w.addEventListener('error', (event) => {
    for (const pending of waiting.values()) pending.reject(new Error(event.message || 'the share-link worker failed'));
    waiting.clear();
  });
  return w;
}

export const encodeShare = (input) => call('encode', input);
export const decodeShare = (fragment) => call('decode', fragment);
