// The page's side of scale-choice-worker.js, through the one protocol (worker-client.js):
// choose(input) returns a promise of the scale_choice document. The worker (and with it the
// model module) starts on the first call; one that fails rejects what it holds with a
// WorkerFailed error, and the next call starts a fresh one.
import workerUrl from './scale-choice-worker.js?worker';
import { workerClient } from './worker-client.js';

let client = null;

export function loadScaleChoice() {
  client ??= (() => {
    const worker = workerClient({
      url: new URL(workerUrl, import.meta.url),
      name: 'rightsize comparison',
      failure: 'the comparison worker failed',
    });
    return { choose: (input) => worker.request(input) };
  })();
  return client;
}
