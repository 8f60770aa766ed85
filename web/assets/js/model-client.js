// The main thread's side of the model worker (model-worker.js): timeline(input) returns
// {first, final}, two promises of timeline documents: `first` the timeline itself, `final`
// the same with its band when the input asks for one. Either is null when a newer request
// overtook it; compare(input) and estimates(provider) return one promise each. The worker
// starts when the page first asks for the model; the timeline page fetches the module and
// the content (its preloads) and hands them over, the calculator lets the worker fetch
// them (loadModelWorker), so nothing of the model is in its first visit.
import workerUrl from './model-worker.js?worker';
import { fetchModelSources } from './engine.js';

let client = null;

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
  const send = (input, kind) => {
    if (failure) return { first: Promise.reject(failure), final: Promise.resolve(null) };
    const id = ++nextId;
    const pending = { firstDone: false };
    const first = new Promise((resolve, reject) => { pending.first = resolve; pending.rejectFirst = reject; });
    const final = new Promise((resolve, reject) => { pending.final = resolve; pending.rejectFinal = reject; });
    final.catch(() => {});  // reported through `first`, or ignored once a newer request exists
    pending.reject = (error) => { pending.rejectFirst(error); pending.rejectFinal(error); };
    waiting.set(id, pending);
    worker.postMessage({ id, input, kind });
    return { first, final };
  };
  return {
    timeline: (input) => send(input),
    compare: (input) => send(input, 'compare').first,
    estimates: (provider) => send({ provider }, 'estimates').first,
  };
}

// {timeline(input) -> {first, final}, compare(input), estimates(provider)}
export function loadTimelineModel() {
  client ??= start(fetchModelSources);
  return client;
}

// The same, with a worker that fetches the model itself.
export function loadModelWorker() {
  client ??= start(null);
  return client;
}
