// The page's side of the model's worker (model-worker.js), through the one protocol
// (worker-client.js): timeline(input) returns {first, final}, two promises of timeline
// documents: `first` the timeline itself, `final` the same with its band when the input asks
// for one. Either is null when a newer request overtook it. call(name, arg) and its
// shorthands return one promise each. A worker that fails rejects what it holds with a
// WorkerFailed error, and the next request starts a fresh one. The timeline page fetches the
// module and the content (its preloads) and hands them over; the calculator lets the worker
// fetch them (loadModelWorker), so nothing of the model is in its first visit.
import workerUrl from './model-worker.js?worker';
import { fetchModelSources } from './model-engine.js';
import { workerClient } from './worker-client.js';

// init(): what a fresh worker is made from ({sources} or {fetchSources: true}).
function start(init) {
  const worker = workerClient({
    url: new URL(workerUrl, import.meta.url),
    name: 'rightsize model',
    failure: 'the model worker failed',
    init,
  });
  worker.start(); // the model loads while the page settles
  return {
    timeline(input) {
      let first;
      const firstArrived = new Promise((resolve, reject) => {
        first = { resolve, reject };
      });
      const final = worker.request({ timeline: input }, { onProgress: (doc) => first.resolve(doc) });
      final.then(first.resolve, first.reject); // no band: the answer is the first too
      final.catch(() => {}); // reported through `first`, or ignored once a newer request exists
      return { first: firstArrived, final };
    },
    // call(name, arg) -> a promise of {ok, ...}: 'share_encode', 'share_decode', 'timeline_csv',
    // 'compare' (every catalogue side by side) and 'estimates' (a provider's estimated prices
    // with their bases, for the note beside "≈"). Each answered once, never dropped: share links
    // at once, the CSV table and the comparison once the prices they need are fetched.
    call(name, arg) {
      return worker.request({ call: name, arg });
    },
    compare(input) {
      return this.call('compare', input);
    },
    estimates(provider) {
      return this.call('estimates', provider);
    },
  };
}

// Chunks the build bundles on their own (the calculator's, loaded after its first result)
// each carry a copy of this file; the client is kept where every copy finds it, so a page
// runs one model worker, not one per chunk.
const CLIENT = Symbol.for('rightsize model worker');

// {timeline(input) -> {first, final}, call(name, arg), compare(input), estimates(provider)}
export function loadTimelineModel() {
  globalThis[CLIENT] ??= start(async () => ({ sources: await fetchModelSources() }));
  return globalThis[CLIENT];
}

// The same, with a worker that fetches the model itself (the calculator: nothing of the
// model is in its first visit).
export function loadModelWorker() {
  globalThis[CLIENT] ??= start(() => ({ fetchSources: true }));
  return globalThis[CLIENT];
}
