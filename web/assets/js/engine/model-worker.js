// The timeline's worker: the full model (rightsize-model) lives here, off the main thread.
// The page sends what the model is made from first ({sources}: the compiled module and the
// content documents, fetched with the page's preloads; or {fetchSources: true} to fetch them
// here), then timeline requests.
// Each request gets the timeline at once and then, if it asks for the uncertainty band,
// the timeline with its band. Requests that queue up while one runs are answered `null`
// except the newest, and a band whose input was overtaken is never computed, so a reader
// who types fast waits for one answer, never for a backlog. A request that needs a file
// first (a provider's prices, the published exchange rates) is dropped the moment a newer
// one arrives, however long the file takes. A page may instead send {fetchSources: true}
// (the calculator, whose first visit must not carry the model), and the worker fetches them
// itself. Calls ({id, call, arg}) are each answered once: share links (at once, in order),
// the CSV table and 'compare' (every catalogue side by side) once the prices and rates they
// need are fetched, and 'estimates' (a catalogue's estimated prices with their bases, for
// the note beside "≈").
import { fetchModelSources, loadModel } from './engine.js';
import { estimateBases } from '../shared/estimate-notes.js';

let latest = null;
let running = false;
let newerArrived = () => {};  // wakes a request waiting for a file when a newer one comes

const tick = () => new Promise((resolve) => setTimeout(resolve));

function overtaken(id) {
  self.postMessage({ id, doc: null, final: true });
}

// A fetch's failure as the field it concerns: the reader sees what is missing, and the
// worker goes on (the next request that needs the file tries again).
const fetched = (promise, field, what) =>
  Promise.resolve(promise).then(() => null, (error) => ({ field, message: `${what} could not be fetched (${error.message})` }));

// What an input needs before the model can answer it: its provider's prices (or, to
// compare, every provider's; the default's came with the model) and, for a display
// currency at its published rate, content/currencies.json. Null once they are there,
// or {ok: false, errors} naming what could not be fetched.
async function filesFor(model, input, { compare = false } = {}) {
  const problems = (await Promise.all([
    compare ? fetched(model.useCatalogues(), 'providers', 'the prices of every provider')
      : input?.provider !== undefined ? fetched(model.useCatalogue(input.provider), 'provider', 'this provider\'s prices') : null,
    input?.currency && input.currency.per_usd === undefined
      ? fetched(model.useCurrencies(), 'currency', 'the published exchange rates') : null,
  ])).filter(Boolean);
  return problems.length > 0 ? { ok: false, errors: problems } : null;
}

async function answer(model, { id, input }) {
  const newer = new Promise((resolve) => { newerArrived = resolve; });
  const missing = await Promise.race([filesFor(model, input), newer]);
  if (latest) return overtaken(id);  // newer input came while a file was on its way
  if (missing) return self.postMessage({ id, doc: missing, final: true });
  if (!input.uncertainty) return self.postMessage({ id, doc: model.timeline(input), final: true });
  const { uncertainty, ...withoutBand } = input;
  const quick = model.timeline(withoutBand);
  if (!quick.ok) return self.postMessage({ id, doc: quick, final: true });
  self.postMessage({ id, doc: { ok: true, result: { ...quick.result, uncertainty } }, final: false });
  await tick();  // a newer request that arrived meanwhile makes this band pointless
  if (latest) return overtaken(id);
  return self.postMessage({ id, doc: model.timeline(input), final: true });
}

let sources;
const sourcesArrived = new Promise((resolve) => { sources = resolve; });

async function run() {
  running = true;
  try {
    const model = await loadModel(await sourcesArrived);
    await tick();
    while (latest) {
      const job = latest;
      latest = null;
      await answer(model, job);
      await tick();
    }
  } catch (error) {
    self.postMessage({ failed: error.message });
  } finally {
    running = false;
  }
}

const CALLS = ['share_encode', 'share_decode', 'timeline_csv', 'compare'];
const PRICED = ['timeline_csv', 'compare'];  // the calls that price an input
async function call({ id, call: name, arg }) {
  const model = await loadModel(await sourcesArrived);
  if (name === 'estimates') {
    await model.useCatalogue(arg).catch(() => {});  // no document: no bases to show
    const document = model.document(arg);
    return self.postMessage({ id, doc: { ok: true, result: document ? estimateBases(document) : [] }, final: true });
  }
  const missing = PRICED.includes(name) ? await filesFor(model, arg, { compare: name === 'compare' }) : null;
  if (missing) return self.postMessage({ id, doc: missing, final: true });
  const doc = CALLS.includes(name) ? model[name](arg) : { ok: false, errors: [{ field: 'call', message: `no such call: ${name}` }] };
  self.postMessage({ id, doc, final: true });
}

self.addEventListener('message', (event) => {
  if (event.data.sources) return sources(event.data.sources);
  // A page that preloaded nothing for the model (the calculator) lets the worker fetch it.
  if (event.data.fetchSources) return fetchModelSources().then(sources, (error) => self.postMessage({ failed: error.message }));
  if (event.data.call) return call(event.data).catch((error) => self.postMessage({ failed: error.message }));
  if (latest) overtaken(latest.id);
  latest = event.data;
  newerArrived();
  if (!running) run();
});

// Start loading the model as soon as its sources arrive: the first request finds it ready.
run();
