// The page's engines: the small module with the rulebook and the assumptions (the
// calculator; stage texts name the assumptions' defaults), and the full model with the
// price catalogues too (the timeline, and its band's worker). Each
// is loaded once per page (or worker), on first use, however many elements ask for it.
// The build bundles this file: each `?url` import becomes a content-hashed file beside the
// bundle, which the page's HTML already preloads, so the module and its data arrive in
// parallel with the bundle itself.
import { wrap } from '../../wasm/wire.js';
import { yieldToPage } from '../shared/yield-to-page.js';
import createCalculatorModule from '../../wasm/rightsize.mjs';
import createModelModule from '../../wasm/rightsize-model.mjs';
import calculatorWasm from '../../wasm/rightsize.wasm?url';
import modelWasm from '../../wasm/rightsize-model.wasm?url';
import rulesUrl from '../../data/rules.json?url';
import assumptionsUrl from '../../data/assumptions.json?url';
import catalogueList from '../../data/pricing/index.js';
import currenciesUrl from '../../data/currencies.json?url';

let engine;
let model;

async function fetchJson(relative) {
  const url = new URL(relative, import.meta.url);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  return response.json();
}

function check(what, doc) {
  if (!doc.ok) throw new Error(`${what}: ${doc.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
}

// Compiles a .wasm while it downloads (the same request the page preloaded), and falls
// back to bytes when a host serves it without the application/wasm type.
function compile(wasmUrl) {
  const url = new URL(wasmUrl, import.meta.url);
  return WebAssembly.compileStreaming(fetch(url))
    .catch(() => fetch(url).then((r) => r.arrayBuffer()).then((b) => WebAssembly.compile(b)));
}

// A module instance from a compiled WebAssembly.Module (or a promise of one).
function instantiate(createModule, compiled) {
  return new Promise((resolve, reject) => {
    const instantiateWasm = (imports, done) => {
      Promise.resolve(compiled).then((module) => WebAssembly.instantiate(module, imports)
        .then((instance) => done(instance, module))).catch(reject);
      return {};
    };
    createModule({ instantiateWasm }).then(resolve, reject);
  });
}

// `documents` ({rules, assumptions}) saves the fetching; without it, this fetches them.
async function start(createModule, compiled, documents = {}) {
  const [mod, rules, assumptions] = await Promise.all([instantiate(createModule, compiled).then(wrap),
    documents.rules ?? fetchJson(rulesUrl), documents.assumptions ?? fetchJson(assumptionsUrl)]);
  await yieldToPage();
  check('rules.json', mod.set_rules(rules));
  check('assumptions.json', mod.set_assumptions(assumptions));
  return { mod, rules, assumptions };
}

// {rules, recommend(input)}: recommend returns {ok: true, result} or {ok: false, errors}.
export function loadEngine() {
  engine ??= start(createCalculatorModule, compile(calculatorWasm)).then(({ mod, rules }) => ({ rules, recommend: mod.recommend }));
  return engine;
}

// What the full model is made from: the compiled module, the content documents, and the
// default provider's price catalogue (the others come when asked for: useCatalogue). A
// page fetches them (using its preloads) and hands them to its worker.
export async function fetchModelSources() {
  const first = catalogueList.find((c) => c.isDefault) ?? catalogueList[0];
  const [module, rules, assumptions, document] = await Promise.all([
    compile(modelWasm), fetchJson(rulesUrl), fetchJson(assumptionsUrl), first && fetchJson(first.url)]);
  return { module, rules, assumptions, catalogues: first ? [{ name: first.name, document }] : [] };
}

// {timeline(input), compare(input), share_encode, share_decode, timeline_csv, scale_choice,
// useCurrencies(), useCatalogue(name), useCatalogues(), document(name)}.
// useCurrencies() fetches and sets the default exchange rates (content/currencies.json) the
// first time an input needs them, so no page carries them before a reader picks a currency.
// useCatalogue(name) fetches and adds a provider's prices the first time an input names it;
// a name no catalogue has brings them all, so the model's refusal lists every provider.
// useCatalogues() adds them all, for a comparison. document(name) is a catalogue's document
// once it is added. A fetch that failed is tried again by the next request that needs it.
// `sources` (from fetchModelSources) saves the fetching; without it, this fetches them.
export function loadModel(sources) {
  model ??= (async () => {
    const { module, rules, assumptions, catalogues } = sources ?? await fetchModelSources();
    const { mod } = await start(createModelModule, module, { rules, assumptions });
    let currencies;
    const useCurrencies = () => {
      currencies ??= fetchJson(currenciesUrl).then((doc) => check('currencies.json', mod.set_currencies(doc)));
      currencies.catch(() => { currencies = null; });  // a later request tries again
      return currencies;
    };
    const documents = new Map();
    const added = new Map();  // name -> promise: added once, however many ask
    const add = (name, document) => {
      check(`${name}.json`, mod.add_catalogue(name, document));
      documents.set(name, document);
    };
    for (const c of catalogues) {
      await yieldToPage();
      add(c.name, c.document);
      added.set(c.name, Promise.resolve());
    }
    const useCatalogues = () => Promise.all(catalogueList.map((c) => useCatalogue(c.name)));
    const useCatalogue = (name) => {
      const entry = catalogueList.find((c) => c.name === name);
      // A name no catalogue has: the model refuses it, listing every provider it knows.
      if (!entry) return useCatalogues();
      if (!added.has(name)) {
        const adding = fetchJson(entry.url).then((document) => add(name, document));
        adding.catch(() => added.delete(name));  // a later request tries again
        added.set(name, adding);
      }
      return added.get(name);
    };
    return { timeline: mod.timeline, compare: mod.compare, share_encode: mod.share_encode, share_decode: mod.share_decode,
      timeline_csv: mod.timeline_csv, scale_choice: mod.scale_choice, useCurrencies, useCatalogue, useCatalogues,
      document: (name) => documents.get(name) };
  })();
  return model;
}
