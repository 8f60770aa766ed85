// The share codec for a page without the model of its own (the calculator): the model
// worker (model-worker.js), asked to fetch what it is made from itself, so the page's bundle
// names neither the model's .wasm nor the catalogues and its first visit preloads neither.
// {call('share_encode' | 'share_decode', arg) -> a promise of {ok, ...}}
import workerUrl from './model-worker.js?worker';

let codec = null;

function start() {
  const worker = new Worker(new URL(workerUrl, import.meta.url), { type: 'module', name: 'rightsize share links' });
  const waiting = new Map();
  let nextId = 0;
  let failure = null;
  const fail = (message) => {
    failure = new Error(message);
    for (const w of waiting.values()) w.reject(failure);
    waiting.clear();
  };
  worker.addEventListener('message', ({ data }) => {
    if (data.failed) return fail(data.failed);
    waiting.get(data.id)?.resolve(data.doc);
    waiting.delete(data.id);
  });
  worker.addEventListener('error', (event) => fail(event.message || 'the model worker failed'));
  worker.postMessage({ fetchSources: true });
  return {
    call(name, arg) {
      if (failure) return Promise.reject(failure);
      const id = ++nextId;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, call: name, arg });
      });
    },
  };
}

export function loadShareCodec() {
  codec ??= start();
  return codec;
}

// The two calls by name, for the embed page and the snippet generator: promises of the
// core's documents ({ok, fragment | input | errors}).
export const encodeShare = (input) => loadShareCodec().call('share_encode', input);
export const decodeShare = (fragment) => loadShareCodec().call('share_decode', fragment);
