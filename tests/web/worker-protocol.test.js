// The one protocol every worker of the site speaks (web/assets/js/engine/worker-client.js on
// the page's side, worker-service.js on the worker's), in node with a stand-in Worker that
// runs the worker's side in this process and passes messages asynchronously, structured-cloned
// as a browser does: requests answered by id with progress first, a cancel answered null, and
// a failed worker (a request that throws, a module that cannot load, a worker that dies)
// rejecting what it holds with a WorkerFailed error, while the next request starts a fresh
// worker. The real workers are driven in Chromium by tests/e2e (measure-worker, timeline,
// delivery).
import test from 'node:test';
import assert from 'node:assert/strict';
import { workerClient, WorkerFailed } from '../../web/assets/js/engine/worker-client.js';
import { serveRequests } from '../../web/assets/js/engine/worker-service.js';

const later = (f) => setTimeout(f, 1);

// A stand-in for the browser's Worker: `scripts[url](scope)` is the worker's code.
function fakeWorkers(scripts) {
  const started = [];
  class FakeWorker extends EventTarget {
    constructor(url, options) {
      super();
      this.url = String(url);
      this.options = options;
      this.terminated = false;
      this.received = [];
      const scope = new EventTarget();
      scope.postMessage = (data) =>
        later(() => {
          if (!this.terminated) this.dispatchEvent(new MessageEvent('message', { data: structuredClone(data) }));
        });
      this.scope = scope;
      started.push(this);
      scripts[this.url](scope, this);
    }

    postMessage(data) {
      this.received.push(data);
      later(() => {
        if (!this.terminated) this.scope.dispatchEvent(new MessageEvent('message', { data: structuredClone(data) }));
      });
    }

    terminate() {
      this.terminated = true;
    }
  }
  globalThis.Worker = FakeWorker;
  return started;
}

test('requests are answered by id, after the worker is made from its init, with progress first', async () => {
  const started = fakeWorkers({
    'w:sum': (scope) =>
      serveRequests(
        {
          init: async ({ base }) => base,
          answer: async (base, { numbers }, job) => {
            for (const n of numbers) job.progress({ seen: n });
            return base + numbers.reduce((a, b) => a + b, 0);
          },
        },
        scope,
      ),
  });
  const client = workerClient({
    url: 'w:sum',
    name: 'sum',
    failure: 'the sum stopped',
    init: async () => ({ base: 100 }),
  });
  const seen = [];
  const [a, b] = await Promise.all([
    client.request({ numbers: [1, 2] }, { onProgress: (p) => seen.push(p.seen) }),
    client.request({ numbers: [5] }),
  ]);
  assert.deepEqual([a, b], [103, 105]);
  assert.deepEqual(seen, [1, 2]);
  assert.equal(started.length, 1, 'one worker for every request');
  assert.deepEqual(started[0].options, { type: 'module', name: 'sum' });
  assert.equal(started[0].received.filter((m) => 'init' in m).length, 1, 'init is sent once');
});

test('a cancelled request is answered null, and the worker goes on', async () => {
  fakeWorkers({
    'w:slow': (scope) =>
      serveRequests(
        {
          init: () => null,
          answer: async (_, { wait }, job) => {
            for (let i = 0; i < wait; ++i) {
              if (job.cancelled) return null;
              await new Promise((resolve) => setTimeout(resolve, 5));
            }
            return 'done';
          },
        },
        scope,
      ),
  });
  const client = workerClient({ url: 'w:slow', name: 'slow', failure: 'x' });
  const controller = new AbortController();
  const cancelled = client.request({ wait: 1000 }, { signal: controller.signal });
  setTimeout(() => controller.abort(), 20);
  assert.equal(await cancelled, null);
  const aborted = new AbortController();
  aborted.abort();
  assert.equal(
    await client.request({ wait: 1000 }, { signal: aborted.signal }),
    null,
    'a signal aborted before the request',
  );
  assert.equal(await client.request({ wait: 1 }), 'done');
});

test('a request that throws fails the worker: what it holds is rejected, and the next request starts afresh', async () => {
  let inits = 0;
  const started = fakeWorkers({
    'w:fragile': (scope) =>
      serveRequests(
        {
          init: () => ++inits,
          answer: async (generation, { throws, wait = 0 }) => {
            await new Promise((resolve) => setTimeout(resolve, wait));
            if (throws) throw new Error('the module aborted');
            return generation;
          },
        },
        scope,
      ),
  });
  const client = workerClient({ url: 'w:fragile', name: 'fragile', failure: 'x' });
  const waiting = client.request({ wait: 50 });
  const failing = client.request({ throws: true });
  for (const p of [failing, waiting]) {
    await assert.rejects(
      p,
      (error) =>
        error instanceof WorkerFailed && error.name === 'WorkerFailed' && error.message === 'the module aborted',
    );
  }
  assert.equal(started[0].terminated, true, 'the failed worker is ended');
  assert.equal(await client.request({}), 2, 'a fresh worker, made again from its init');
  assert.equal(started.length, 2);
});

test('a module that cannot load, on the page or in the worker, fails the worker; the next request tries again', async () => {
  let pageTries = 0;
  let workerTries = 0;
  fakeWorkers({
    'w:load': (scope) =>
      serveRequests(
        {
          init: () => {
            if (++workerTries === 1) throw new Error('HTTP 503');
            return 'loaded';
          },
          answer: (state) => state,
        },
        scope,
      ),
  });
  const client = workerClient({
    url: 'w:load',
    name: 'load',
    failure: 'x',
    init: async () => {
      if (++pageTries === 1) throw new Error('the page could not fetch the module');
      return {};
    },
  });
  await assert.rejects(client.request({}), { name: 'WorkerFailed', message: 'the page could not fetch the module' });
  await assert.rejects(client.request({}), { name: 'WorkerFailed', message: 'HTTP 503' });
  assert.equal(await client.request({}), 'loaded');
});

test("a worker that dies rejects what it holds with the client's own words, and is replaced", async () => {
  const started = fakeWorkers({
    'w:dies': (scope, worker) =>
      serveRequests(
        {
          init: () => null,
          answer: (_, { die }) => {
            if (die) later(() => worker.dispatchEvent(new Event('error')));
            return die ? new Promise(() => {}) : 'alive';
          },
        },
        scope,
      ),
  });
  const client = workerClient({ url: 'w:dies', name: 'dies', failure: 'the file reader stopped' });
  await assert.rejects(client.request({ die: true }), { name: 'WorkerFailed', message: 'the file reader stopped' });
  assert.equal(await client.request({}), 'alive');
  assert.equal(started.length, 2);
});
