// The worker's side of the one protocol (worker-client.js is the page's): the worker is made
// from what the page sends first ({init}), and each request is answered once, in the order
// they came, after that is ready.
//
//   serveRequests({
//     init: (payload) => loadModule(payload),             // once; a promise is waited for
//     answer: (module, request, job) => ...,              // a value, or a promise of one
//   });
//
// answer() returns the value the page's promise resolves with, or null for a request it drops
// (a newer one overtook it, or job.cancelled turned true). job: {id, cancelled, progress(data)}.
// Anything that throws, in init() or in answer(), fails the worker as a whole: the page ends
// it and starts a fresh one for its next request. Errors a reader can fix are values.

// scope: the worker's global scope (self).
export function serveRequests({ init, answer }, scope = self) {
  let ready = null;
  let readyNow;
  const started = new Promise((resolve) => {
    readyNow = resolve;
  });
  const jobs = new Map(); // id -> job, while it is being answered
  const failed = (error) => scope.postMessage({ failed: String(error?.message ?? error) });

  scope.addEventListener('message', ({ data }) => {
    if (data && 'init' in data) {
      if (ready) return;
      ready = Promise.resolve().then(() => init(data.init));
      ready.catch(failed);
      readyNow(ready);
      return;
    }
    if (data?.cancel !== undefined) {
      const job = jobs.get(data.cancel);
      if (job) job.cancelled = true;
      return;
    }
    if (data?.id === undefined) return;
    const job = {
      id: data.id,
      cancelled: false,
      progress: (progress) => scope.postMessage({ id: job.id, progress }),
    };
    jobs.set(job.id, job);
    started
      .then((module) => answer(module, data.request, job))
      .then((result) => scope.postMessage({ id: job.id, result: result ?? null }), failed)
      .finally(() => jobs.delete(job.id));
  });
}
