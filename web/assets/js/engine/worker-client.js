// The page's side of the one protocol every worker of the site speaks (the model, the scale
// choice, the file readers; worker-service.js is the worker's side). A request is a message
// with an id; the worker answers it once, with a value, or with null when it dropped the
// request (overtaken by a newer one, or cancelled), and may send progress before that.
//
//   const files = workerClient({ url, name: 'rightsize files', failure: 'the file reader stopped' });
//   const doc = await files.request({ files }, { onProgress: (p) => ..., signal });
//
// On the wire, page to worker: {init} once per worker (what it is made from, from `init()`),
// {id, request}, {cancel: id}; worker to page: {id, progress}, {id, result}, {failed: message}.
//
// A worker fails as a whole or not at all: when its module cannot load, a request throws, or
// the worker itself dies, every request it holds is rejected with a WorkerFailed error, the
// worker is ended, and the next request starts a fresh one (which loads everything again),
// so one bad moment never leaves a page with a worker that refuses everything. Errors a
// reader can fix (a field, a file that could not be fetched) are not failures: they come
// back as values, the core's {ok: false, errors}.

export class WorkerFailed extends Error {
  constructor(message) {
    super(message);
    this.name = 'WorkerFailed';
  }
}

// url: the worker's script (a `?worker` import resolved against the importing module);
// name: the worker's name in the browser's tools; failure: the message when it dies without
// saying why; init(): what a fresh worker is sent first (or a promise of it).
export function workerClient({ url, name, failure, init = () => ({}) }) {
  let worker = null;
  let waiting = new Map(); // id -> {resolve, reject, onProgress}
  let nextId = 0;

  const fail = (from, message) => {
    if (worker !== from) return; // an older worker's last words
    worker.terminate();
    worker = null;
    const error = new WorkerFailed(message || failure);
    for (const w of waiting.values()) w.reject(error);
    waiting = new Map();
  };

  const start = () => {
    if (worker) return;
    const current = new Worker(url, { type: 'module', name });
    worker = current;
    current.addEventListener('message', ({ data }) => {
      if (data.failed !== undefined) return fail(current, data.failed);
      const w = waiting.get(data.id);
      if (!w) return;
      if ('progress' in data) return w.onProgress?.(data.progress);
      waiting.delete(data.id);
      w.resolve(data.result);
    });
    current.addEventListener('error', (event) => fail(current, event.message));
    Promise.resolve()
      .then(init)
      .then(
        (payload) => current.postMessage({ init: payload }),
        (error) => fail(current, error.message),
      );
  };

  return {
    // Starts the worker now, so it loads while the page settles (it starts with the first
    // request otherwise).
    start,
    // A promise of the worker's answer (null: dropped). onProgress(data) sees each progress
    // message; aborting `signal` asks the worker to stop, which then answers null.
    request(message, { onProgress, signal } = {}) {
      start();
      const id = ++nextId;
      const own = worker;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject, onProgress });
        own.postMessage({ id, request: message });
        const cancel = () => {
          if (waiting.has(id)) own.postMessage({ cancel: id });
        };
        if (signal?.aborted) cancel();
        else signal?.addEventListener('abort', cancel, { once: true });
      });
    },
  };
}
