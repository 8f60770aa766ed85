// The page's side of the file readers' worker (measure-worker.js), through the one protocol
// (worker-client.js). The worker, and with it the measure module, starts with the first
// request; one that fails rejects what it holds with a WorkerFailed error, and the next
// request starts a fresh one.
import workerUrl from './measure-worker.js?worker';
import { workerClient } from './worker-client.js';

const worker = workerClient({
  url: new URL(workerUrl, import.meta.url),
  name: 'rightsize files',
  failure: 'the file reader stopped',
});

// files: [{kind, file, name?, format?, duration_field?}]. A promise of {ok: true, result} (the
// document `rightsize measure` prints) or {ok: false, errors}, or null once cancelled through
// `signal`; onProgress({file, bytes, total}) as the files are read.
export function measureFiles(files, { onProgress, signal } = {}) {
  return worker.request({ files }, { onProgress, signal });
}
