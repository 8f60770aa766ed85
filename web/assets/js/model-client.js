// The main thread's side of the model worker (model-worker.js): timeline(input) returns
// {first, final}, two promises of timeline documents: `first` the timeline itself, `final`
// the same with its band when the input asks for one. Either is null when a newer request
// overtook it. The worker starts when the page first asks for the model; the page fetches
// the module and the content (its preloads) and hands them over.
import workerUrl from './model-worker.js?worker';
import { fetchModelSources } from './engine.js';

let client = null;

function start() {
  const worker = new Worker(new URL(workerUrl, import.meta.url), { type: 'module', name: 'rightsize model' });
  const waiting = new Map();
  let nextId = 0;
  let failure = null;  // once the worker has failed, every request fails at once
  const fail = (message) => {
    failure = new Error(message);
    for (const w of waiting.values()) w.reject(failure);
    waiting.clear();
  };
  worker.addEventListener('message', ({ data }) => {
    if (data.failed) return fail(data.failed);
    const w = waiting.get(data.id);
    if (!w) return;
    if (!w.firstDone) {
      w.firstDone = true;
      w.first(data.doc);
      if (!data.final) return;
      w.final(data.doc);
    } else w.final(data.doc);
    waiting.delete(data.id);
  });
  worker.addEventListener('error', (event) => fail(event.message || 'the model worker failed'));
  fetchModelSources().then((sources) => worker.postMessage({ sources }), (error) => fail(error.message));
  return {
    timeline(input) {
      if (failure) return { first: Promise.reject(failure), final: Promise.resolve(null) };
      const id = ++nextId;
      const pending = { firstDone: false };
      const first = new Promise((resolve, reject) => { pending.first = resolve; pending.rejectFirst = reject; });
      const final = new Promise((resolve, reject) => { pending.final = resolve; pending.rejectFinal = reject; });
      final.catch(() => {});  // reported through `first`, or ignored once a newer request exists
      pending.reject = (error) => { pending.rejectFirst(error); pending.rejectFinal(error); };
      waiting.set(id, pending);
      worker.postMessage({ id, input });
      return { first, final };
    },
    // call('share_encode' | 'share_decode' | 'timeline_csv', arg) -> a promise of {ok, ...}
    call(name, arg) {
      if (failure) return Promise.reject(failure);
      const id = ++nextId;
      return new Promise((resolve, reject) => {
        waiting.set(id, { firstDone: false, first: resolve, final: () => {}, reject });
        worker.postMessage({ id, call: name, arg });
      });
    },
  };
}

// {timeline(input) -> {first, final}, call(name, arg) -> a promise}
export function loadTimelineModel() {
  client ??= start();
  return client;
}
