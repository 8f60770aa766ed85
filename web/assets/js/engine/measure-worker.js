// A module worker that measures the reader's own files with the rightsize-measure module:
// each File is read through File.stream() in chunks and fed to the C++ core, progress is
// posted as it goes, and a cancel stops it between two chunks. The files never leave the
// page: nothing here sends or stores them.
//
//   const worker = new Worker(new URL('./measure-worker.js', import.meta.url), { type: 'module' });
//   worker.postMessage({ type: 'measure', id: 1, files: [{ kind: 'access_log', file }] });
//
// In:  {type: 'measure', id, files: [{kind, file: File|Blob, name?, format?, duration_field?}]}
//        kind: access_log, queries, app_cpu or db_cpu. A new 'measure' cancels the one running.
//      {type: 'cancel', id}
// Out: {type: 'progress', id, file, bytes, total}   bytes read so far of all files, of total
//      {type: 'done', id, result}                   the document `rightsize measure` prints
//      {type: 'cancelled', id}
//      {type: 'error', id, errors: [{field, message}]}
import { wrapMeasure } from '../../wasm/measure.js';
import createMeasure from '../../wasm/rightsize-measure.mjs';
import measureWasm from '../../wasm/rightsize-measure.wasm?url';
import settingsUrl from '../../data/measure.json?url';
import assumptionsUrl from '../../data/assumptions.json?url';

const PROGRESS_MS = 100;  // at most ten progress messages a second
let measure = null;       // the loaded module, once
let running = null;       // the latest request: {id, cancelled}
let queue = Promise.resolve();  // one request at a time: the module holds one measurement

async function loadJson(relative) {
  const response = await fetch(new URL(relative, import.meta.url));
  if (!response.ok) throw new Error(`${relative}: HTTP ${response.status}`);
  return response.json();
}

function load() {
  measure ??= (async () => {
    // The build bundles this worker and hashes the files it names, so the .wasm is located
    // by the address the bundler gave it.
    const locateFile = () => new URL(measureWasm, import.meta.url).href;
    const [mod, settings, assumptions] = await Promise.all([
      createMeasure({ locateFile }), loadJson(settingsUrl), loadJson(assumptionsUrl)]);
    const m = wrapMeasure(mod);
    for (const [what, reply] of [['measure.json', m.set_settings(settings)], ['assumptions.json', m.set_assumptions(assumptions)]])
      if (!reply.ok) throw new Error(`${what} rejected: ${JSON.stringify(reply.errors)}`);
    return m;
  })();
  return measure;
}

function run({ id, files }) {
  if (running) running.cancelled = true;
  const job = { id, cancelled: false };
  running = job;
  queue = queue.then(() => measureFiles(job, files));
}

async function measureFiles(job, files) {
  const { id } = job;
  const post = (message) => self.postMessage({ id, ...message });
  if (job.cancelled) return post({ type: 'cancelled' });
  try {
    const m = await load();
    const total = files.reduce((sum, f) => sum + f.file.size, 0);
    let bytes = 0;
    let last = 0;
    for (const { kind, file, name, format, duration_field } of files) {
      const fileName = name ?? file.name ?? 'file';
      const begun = m.begin(kind, { file: fileName, format: format || undefined, duration_field: duration_field || undefined });
      if (!begun.ok) {
        m.cancel();
        return post({ type: 'error', errors: begun.errors });
      }
      const reader = file.stream().getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (job.cancelled) {
          await reader.cancel();
          m.cancel();
          return post({ type: 'cancelled' });
        }
        if (done) break;
        m.feed(value);
        bytes += value.length;
        if (performance.now() - last >= PROGRESS_MS) {
          last = performance.now();
          post({ type: 'progress', file: fileName, bytes, total });
        }
      }
      post({ type: 'progress', file: fileName, bytes, total });
    }
    const finished = m.finish();
    post(finished.ok ? { type: 'done', result: finished.result } : { type: 'error', errors: finished.errors });
  } catch (e) {
    measure = null;  // a failed load is retried with the next request
    post({ type: 'error', errors: [{ field: 'module', message: String(e?.message ?? e) }] });
  } finally {
    if (running === job) running = null;
  }
}

self.addEventListener('message', ({ data }) => {
  if (data?.type === 'measure' && Array.isArray(data.files)) run(data);
  else if (data?.type === 'cancel' && running && running.id === data.id) running.cancelled = true;
});
