// The full model in two modules over one core (wasm/model): rightsize-model.wasm (the
// timeline, its band, share links), which the timeline's first result needs, and
// rightsize-compare.wasm (the comparison, the CSV table, the scale choice), which no page needs
// before its first result, so it is fetched (`?url-later`) only when one of those is asked
// for. Each runs with the content it reads and the price catalogues, in the page's workers
// (model-worker.js, scale-choice-worker.js), never on the main thread. Loaded once per
// worker, on first use. A page that preloads its files fetches them itself
// (fetchModelSources) and hands them to its worker.
import { check, compile, fetchAssumptions, fetchJson, fetchRules, startModule } from './load-module.js';
import { yieldToPage } from '../shared/yield-to-page.js';
import createModelModule from '../../wasm/rightsize-model.mjs';
import modelWasm from '../../wasm/rightsize-model.wasm?url';
import compareGlue from '../../wasm/rightsize-compare.mjs?module';
import compareWasm from '../../wasm/rightsize-compare.wasm?url-later';
import catalogueList from '../../data/pricing/index.js';
import currenciesUrl from '../../data/currencies.json?url';
import serviceList from '../../data/services/index.js';

let model;
let compareOnly;

// What the full model is made from: the compiled module, the content documents, and the
// default provider's price catalogue (the others come when asked for: useCatalogue). A
// page fetches them (using its preloads) and hands them to its worker. `wasm`: the model's
// module unless given.
export async function fetchModelSources(wasm = modelWasm) {
  const first = catalogueList.find((c) => c.isDefault) ?? catalogueList[0];
  const [module, rules, assumptions, document] = await Promise.all([
    compile(wasm),
    fetchRules(),
    fetchAssumptions(),
    first && fetchJson(first.url),
  ]);
  return { module, rules, assumptions, catalogues: first ? [{ name: first.name, document }] : [] };
}

// One module with its content: {mod, useCurrencies(), useServices(), useCatalogue(name),
// useCatalogues(), document(name)}. useCurrencies() fetches and sets the default exchange
// rates (content/currencies.json) the first time an input needs them, so no page carries them
// before a reader picks a currency; useServices() every managed service (content/services/),
// the first time an input names "services", so a refusal lists them all. useCatalogue(name) fetches and adds a provider's prices
// the first time an input names it; a name no catalogue has brings them all, so the model's
// refusal lists every provider. useCatalogues() adds them all, for a comparison.
// document(name) is a catalogue's document once it is added. A fetch that failed is tried
// again by the next request that needs it.
async function withContent(createModule, { module, rules, assumptions, catalogues }) {
  const { mod } = await startModule(createModule, module, { rules, assumptions });
  let currencies;
  const useCurrencies = () => {
    currencies ??= fetchJson(currenciesUrl).then((doc) => check('currencies.json', mod.set_currencies(doc)));
    currencies.catch(() => {
      currencies = null;
    }); // a later request tries again
    return currencies;
  };
  let services;
  const useServices = () => {
    services ??= Promise.all(
      serviceList.map(async (s) => check(`${s.name}.json`, mod.add_service(s.name, await fetchJson(s.url)))),
    );
    services.catch(() => {
      services = null;
    }); // a later request tries again
    return services;
  };
  const documents = new Map();
  const added = new Map(); // name -> promise: added once, however many ask
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
      adding.catch(() => added.delete(name)); // a later request tries again
      added.set(name, adding);
    }
    return added.get(name);
  };
  return { mod, useCurrencies, useServices, useCatalogue, useCatalogues, document: (name) => documents.get(name) };
}

// The compare module's glue, a chunk of its own: not in the model worker's first load.
const compareModule = () => import(new URL(compareGlue, import.meta.url).href).then((m) => m.default);

// The comparisons' module, with the model's rules and assumptions and the catalogues it has.
async function startCompare({ rules, assumptions }, catalogues) {
  const create = await compareModule();
  return withContent(create, { module: compile(compareWasm), rules, assumptions, catalogues });
}

// {timeline(input), share_encode, share_decode, useCurrencies(), useServices(), useCatalogue(name),
// useCatalogues(), document(name), comparisons()}: the model module, and comparisons(), a
// promise of the compare module's {compare, timeline_csv, scale_choice, useCurrencies...},
// started the first time it is asked for. `sources` (from fetchModelSources) saves the
// fetching; without it, this fetches them.
export function loadModel(sources) {
  model ??= (async () => {
    const given = sources ?? (await fetchModelSources());
    const own = await withContent(createModelModule, given);
    let comparisons = null;
    return {
      timeline: own.mod.timeline,
      share_encode: own.mod.share_encode,
      share_decode: own.mod.share_decode,
      useCurrencies: own.useCurrencies,
      useServices: own.useServices,
      useCatalogue: own.useCatalogue,
      useCatalogues: own.useCatalogues,
      document: own.document,
      comparisons() {
        if (!comparisons) {
          // The catalogues the model has already go over as documents, not fetched again.
          const have = catalogueList.map((c) => ({ name: c.name, document: own.document(c.name) }));
          comparisons = startCompare(
            given,
            have.filter((c) => c.document),
          ).then(comparing);
          comparisons.catch(() => {
            comparisons = null;
          }); // a later request tries again
        }
        return comparisons;
      },
    };
  })();
  return model;
}

// The compare module on its own (the principle page's worker needs nothing else), with the
// default provider's prices.
export function loadComparisons() {
  compareOnly ??= Promise.all([compareModule(), fetchModelSources(compareWasm)]).then(([create, sources]) =>
    withContent(create, sources).then(comparing),
  );
  return compareOnly;
}

function comparing(engine) {
  return {
    compare: engine.mod.compare,
    timeline_csv: engine.mod.timeline_csv,
    scale_choice: engine.mod.scale_choice,
    useCurrencies: engine.useCurrencies,
    useServices: engine.useServices,
    useCatalogue: engine.useCatalogue,
    useCatalogues: engine.useCatalogues,
    document: engine.document,
  };
}
