// The timeline's worker: the full model (rightsize-model) lives here, off the main thread.
// The page sends what the model is made from first ({sources}: the compiled module and the
// content documents, fetched with the page's preloads; or {fetchSources: true} to fetch them
// here), then timeline requests.
// Each request gets the timeline at once and then, if it asks for the uncertainty band,
// the timeline with its band. Requests that queue up while one runs are answered `null`
// except the newest, and a band whose input was overtaken is never computed, so a reader
// who types fast waits for one answer, never for a backlog. A page may instead send
// {fetchSources: true} (the calculator, whose first visit must not carry the model), and
// the worker fetches them itself. Calls ({id, call, arg}) are answered at once, in order:
// share links, the CSV table, 'compare' (every catalogue side by side) and 'estimates' (a
// catalogue's estimated prices with their bases, for the note beside "≈").
import { fetchModelSources, loadModel } from './engine.js';
import { estimateBases } from './estimate-notes.js';

let latest = null;
let running = false;

const tick = () => new Promise((resolve) => setTimeout(resolve));

function overtaken(id) {
  self.postMessage({ id, doc: null, final: true });
}

// A display currency at its published rate needs content/currencies.json, fetched once.
function ratesFor(model, input) {
  return input.currency && input.currency.per_usd === undefined ? model.useCurrencies() : null;
}

// The provider an input names (or, to compare, every provider), fetched the first time;
// the default's came with the model. A catalogue that cannot be fetched is the provider
// field's error, not the worker's end. Null once the prices are there.
async function pricesFor(model, input, every = false) {
  try {
    if (every) await model.useCatalogues();
    else if (input?.provider !== undefined) await model.useCatalogue(input.provider);
    return null;
  } catch (error) {
    const which = every ? 'every provider' : input.provider;
    return { ok: false, errors: [{ field: 'provider', message: `the prices for ${which} could not be fetched (${error.message})` }] };
  }
}

async function answer(model, { id, input }) {
  const unpriced = await pricesFor(model, input);
  if (unpriced) return self.postMessage({ id, doc: unpriced, final: true });
  await ratesFor(model, input);
  if (latest) return overtaken(id);  // newer input came while the prices or rates were fetched
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
async function call({ id, call: name, arg }) {
  const model = await loadModel(await sourcesArrived);
  if (name === 'estimates') {
    await model.useCatalogue(arg).catch(() => {});  // no document: no bases to show
    const document = model.document(arg);
    return self.postMessage({ id, doc: { ok: true, result: document ? estimateBases(document) : [] }, final: true });
  }
  const unpriced = name === 'compare' ? await pricesFor(model, null, true)
    : arg && typeof arg === 'object' ? await pricesFor(model, arg) : null;
  if (unpriced) return self.postMessage({ id, doc: unpriced, final: true });
  if (arg && typeof arg === 'object') await ratesFor(model, arg);
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
  if (!running) run();
});

// Start loading the model as soon as its sources arrive: the first request finds it ready.
run();
