// The model's worker: the full model (rightsize-model, and rightsize-compare once asked) lives here, off the main thread, and
// answers the page through the one protocol (worker-service.js; model-client.js is the page's
// side). It is made from what the page sends first: {sources}, the compiled module and the
// content documents the page fetched with its preloads (the timeline), or {fetchSources: true}
// to fetch them here (the calculator, whose first visit must not carry the model).
//
// Requests:
//   {timeline: input}  the timeline, with its band when the input asks for one. The timeline
//       without its band comes first, as progress, then the answer with the band. Requests that
//       queue up while one runs are answered null except the newest, and a band whose input
//       was overtaken is never computed, so a reader who types fast waits for one answer,
//       never for a backlog. A request that needs a file first (a provider's prices, the
//       published exchange rates) is dropped the moment a newer one arrives, however long the
//       file takes.
//   {call, arg}  each answered once, never dropped: share links ('share_encode',
//       'share_decode') at once, in order; the CSV table ('timeline_csv') and 'compare' (every
//       catalogue side by side) once the compare module and the prices and rates they need
//       are fetched; 'estimates' (a
//       catalogue's estimated prices with their bases, for the note beside "≈").
import { fetchModelSources, loadModel } from './model-engine.js';
import { filesFor } from './model-files.js';
import { serveRequests } from './worker-service.js';
import { estimateBases } from '../shared/estimate-notes.js';
import { numberMarks } from '../shared/format.js';

// The first Intl number format a page's process builds costs 30 to 60 ms on a laptop (four
// times that on a phone): ICU loads the locale's number data, which then serves every thread
// of the process. Built here, as the worker starts, it spares the page's own thread that
// stall when the first result is drawn.
numberMarks();

const tick = () => new Promise((resolve) => setTimeout(resolve));

let waiting = null; // the newest timeline request not yet started: {input, job, resolve}
let running = false;
let newerArrived = () => {}; // wakes a request waiting for a file when a newer one comes
const overtaken = () => waiting !== null;

async function answerTimeline(model, input, job) {
  const newer = new Promise((resolve) => {
    newerArrived = resolve;
  });
  const missing = await Promise.race([filesFor(model, input), newer]);
  if (overtaken()) return null; // newer input came while a file was on its way
  if (missing) return missing;
  if (!input.uncertainty) return model.timeline(input);
  const { uncertainty, ...withoutBand } = input;
  const quick = model.timeline(withoutBand);
  if (!quick.ok) return quick;
  job.progress({ ok: true, result: { ...quick.result, uncertainty } });
  await tick(); // a newer request that arrived meanwhile makes this band pointless
  if (overtaken()) return null;
  return model.timeline(input);
}

// One timeline at a time, the newest first: each gives the one waiting before it null.
function timeline(model, input, job) {
  return new Promise((resolve, reject) => {
    waiting?.resolve(null);
    waiting = { input, job, resolve, reject };
    newerArrived();
    if (!running) run(model);
  });
}

async function run(model) {
  running = true;
  await tick(); // requests that came together: only the newest is computed
  while (waiting) {
    const { input, job, resolve, reject } = waiting;
    waiting = null;
    await answerTimeline(model, input, job).then(resolve, reject);
    await tick();
  }
  running = false;
}

const SHARE = ['share_encode', 'share_decode'];
const COMPARISONS = ['timeline_csv', 'compare']; // the compare module's, which price an input

async function call(model, name, arg) {
  if (name === 'estimates') {
    await model.useCatalogue(arg).catch(() => {}); // no document: no bases to show
    const document = model.document(arg);
    return { ok: true, result: document ? estimateBases(document) : [] };
  }
  if (SHARE.includes(name)) return model[name](arg);
  if (!COMPARISONS.includes(name)) return { ok: false, errors: [{ field: 'call', message: `no such call: ${name}` }] };
  const comparisons = await model.comparisons();
  return (await filesFor(comparisons, arg, { compare: name === 'compare' })) ?? comparisons[name](arg);
}

serveRequests({
  // Loading starts as soon as the sources arrive: the first request finds the model ready.
  init: async ({ sources, fetchSources }) => loadModel(fetchSources ? await fetchModelSources() : sources),
  answer: (model, request, job) =>
    'timeline' in request ? timeline(model, request.timeline, job) : call(model, request.call, request.arg),
});
