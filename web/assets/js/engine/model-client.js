// The main thread's side of the model worker (model-worker.js): timeline(input) returns
// {first, final}, two promises of timeline documents: `first` the timeline itself, `final`
// the same with its band when the input asks for one. Either is null when a newer request
// overtook it; call(name, arg) and its shorthands return one promise each. The worker
// starts when the page first asks for the model; the timeline page fetches the module and
// the content (its preloads) and hands them over, the calculator lets the worker fetch
// them (loadModelWorker), so nothing of the model is in its first visit.
import workerUrl from './model-worker.js?worker';
import { fetchModelSources } from './engine.js';

function start(fetchSources) {
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
  if (fetchSources) fetchSources().then((sources) => worker.postMessage({ sources }), (error) => fail(error.message));
  else worker.postMessage({ fetchSources: true });
  const send = (input) => {
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
  };
  return {
    timeline: (input) => send(input),
    // call(name, arg) -> a promise of {ok, ...}: 'share_encode', 'share_decode', 'timeline_csv',
    // 'compare' (every catalogue side by side) and 'estimates' (a provider's estimated prices
    // with their bases, for the note beside "≈"). Each answered once, never dropped: share links
    // at once, the CSV table and the comparison once the prices they need are fetched.
    call(name, arg) {
      if (failure) return Promise.reject(failure);
      const id = ++nextId;
      return new Promise((resolve, reject) => {
        waiting.set(id, { firstDone: false, first: resolve, final: () => {}, reject });
        worker.postMessage({ id, call: name, arg });
      });
    },
    compare(input) { return this.call('compare', input); },
    estimates(provider) { return this.call('estimates', provider); },
  };
}

// Chunks the build bundles on their own (the calculator's, loaded after its first result)
// each carry a copy of this file; the client is kept where every copy finds it, so a page
// runs one model worker, not one per chunk.
const CLIENT = Symbol.for('rightsize model worker');

// {timeline(input) -> {first, final}, call(name, arg), compare(input), estimates(provider)}
export function loadTimelineModel() {
  globalThis[CLIENT] ??= start(fetchModelSources);
  return globalThis[CLIENT];
}

// The same, with a worker that fetches the model itself (the calculator: nothing of the
// model is in its first visit).
export function loadModelWorker() {
  globalThis[CLIENT] ??= start(null);
  return globalThis[CLIENT];
}
