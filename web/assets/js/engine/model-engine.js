// The full model (rightsize-model.wasm: timeline, band, compare, CSV, scale choice,
// currencies, share links) with the content it reads and the price catalogues, which runs in
// the page's workers (model-worker.js, scale-choice-worker.js), never on the main thread.
// Loaded once per worker, on first use. A page that preloads its files fetches them itself
// (fetchModelSources) and hands them to its worker.
import { check, compile, fetchAssumptions, fetchJson, fetchRules, startModule } from './load-module.js';
import { yieldToPage } from '../shared/yield-to-page.js';
import createModelModule from '../../wasm/rightsize-model.mjs';
import modelWasm from '../../wasm/rightsize-model.wasm?url';
import catalogueList from '../../data/pricing/index.js';
import currenciesUrl from '../../data/currencies.json?url';
import serviceList from '../../data/services/index.js';

let model;

// What the full model is made from: the compiled module, the content documents, and the
// default provider's price catalogue (the others come when asked for: useCatalogue). A
// page fetches them (using its preloads) and hands them to its worker.
export async function fetchModelSources() {
  const first = catalogueList.find((c) => c.isDefault) ?? catalogueList[0];
  const [module, rules, assumptions, document] = await Promise.all([
    compile(modelWasm),
    fetchRules(),
    fetchAssumptions(),
    first && fetchJson(first.url),
  ]);
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
    const { module, rules, assumptions, catalogues } = sources ?? (await fetchModelSources());
    const { mod } = await startModule(createModelModule, module, { rules, assumptions });
    let currencies;
    const useCurrencies = () => {
      currencies ??= fetchJson(currenciesUrl).then((doc) => check('currencies.json', mod.set_currencies(doc)));
      currencies.catch(() => {
        currencies = null;
      }); // a later request tries again
      return currencies;
    };
    // Every managed service, the first time an input names "services", so a refusal lists them all.
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
    return {
      timeline: mod.timeline,
      compare: mod.compare,
      share_encode: mod.share_encode,
      share_decode: mod.share_decode,
      timeline_csv: mod.timeline_csv,
      scale_choice: mod.scale_choice,
      useCurrencies,
      useServices,
      useCatalogue,
      useCatalogues,
      document: (name) => documents.get(name),
    };
  })();
  return model;
}
