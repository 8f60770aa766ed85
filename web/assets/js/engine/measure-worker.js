// The file readers' worker: measures the reader's own files with the rightsize-measure
// module. Each File is read through File.stream() in chunks and fed to the C++ core, progress
// is sent as it goes, and a cancel stops it between two chunks. The files never leave the
// page: nothing here sends or stores them. It speaks the one protocol (worker-service.js;
// measure-client.js is the page's side):
//
//   request   {files: [{kind, file: File|Blob, name?, format?, duration_field?}]}
//               kind: access_log, queries, app_cpu or db_cpu. A new request cancels the one running.
//   progress  {file, bytes, total}   bytes read so far of all files, of total
//   answer    {ok: true, result}     the document `rightsize measure` prints
//             {ok: false, errors: [{field, message}]}
//             null                   cancelled
import { wrapMeasure } from '../../wasm/measure.js';
import createMeasure from '../../wasm/rightsize-measure.mjs';
import measureWasm from '../../wasm/rightsize-measure.wasm?url';
import settingsUrl from '../../data/measure.json?url';
import assumptionsUrl from '../../data/assumptions.json?url';
import { serveRequests } from './worker-service.js';

const PROGRESS_MS = 100; // at most ten progress messages a second
let running = null; // the job being measured, which a newer request cancels
let queue = Promise.resolve(); // one request at a time: the module holds one measurement

async function loadJson(relative) {
  const response = await fetch(new URL(relative, import.meta.url));
  if (!response.ok) throw new Error(`${relative}: HTTP ${response.status}`);
  return response.json();
}

async function load() {
  // The build bundles this worker and hashes the files it names, so the .wasm is located
  // by the address the bundler gave it.
  const locateFile = () => new URL(measureWasm, import.meta.url).href;
  const [mod, settings, assumptions] = await Promise.all([
    createMeasure({ locateFile }),
    loadJson(settingsUrl),
    loadJson(assumptionsUrl),
  ]);
  const m = wrapMeasure(mod);
  for (const [what, reply] of [
    ['measure.json', m.set_settings(settings)],
    ['assumptions.json', m.set_assumptions(assumptions)],
  ])
    if (!reply.ok) throw new Error(`${what} rejected: ${JSON.stringify(reply.errors)}`);
  return m;
}

async function measureFiles(m, files, job) {
  if (job.cancelled) return null;
  const total = files.reduce((sum, f) => sum + f.file.size, 0);
  let bytes = 0;
  let last = 0;
  for (const { kind, file, name, format, duration_field } of files) {
    const fileName = name ?? file.name ?? 'file';
    const begun = m.begin(kind, {
      file: fileName,
      format: format || undefined,
      duration_field: duration_field || undefined,
    });
    if (!begun.ok) {
      m.cancel();
      return { ok: false, errors: begun.errors };
    }
    const reader = file.stream().getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (job.cancelled) {
        await reader.cancel();
        m.cancel();
        return null;
      }
      if (done) break;
      m.feed(value);
      bytes += value.length;
      if (performance.now() - last >= PROGRESS_MS) {
        last = performance.now();
        job.progress({ file: fileName, bytes, total });
      }
    }
    job.progress({ file: fileName, bytes, total });
  }
  return m.finish();
}

serveRequests({
  init: load,
  answer(m, { files }, job) {
    if (running) running.cancelled = true;
    running = job;
    const answer = queue.then(() => measureFiles(m, files, job));
    queue = answer
      .catch(() => {})
      .finally(() => {
        if (running === job) running = null;
      });
    return answer;
  },
});
