// The watch module (rightsize-watch.wasm: the alert rules, the same rules in words, the plan)
// with the content it reads, on the main thread: each call is one recommendation's or one
// timeline's work, well under a frame. Loaded once, by watch-section.js, after the page's first
// result; the price catalogue an input names and the exchange rates are fetched when an input
// first needs them.
import { check, compile, fetchJson, startModule } from '../engine/load-module.js';
import createWatchModule from '../../wasm/rightsize-watch.mjs';
import watchWasm from '../../wasm/rightsize-watch.wasm?url';
import alertsUrl from '../../data/alerts.json?url';
import planUrl from '../../data/plan.json?url';
import currenciesUrl from '../../data/currencies.json?url';
import catalogueList from '../../data/pricing/index.js';
import { yieldToPage } from '../shared/yield-to-page.js';

let engine;

// {alerts(input, options), alertsInWords(input), plan(input, format), rules}: each a promise of
// the module's {ok, ...} answer, with the files the input needs fetched first.
export function loadWatchEngine() {
  engine ??= (async () => {
    const [{ mod, rules }, alerts, plan] = await Promise.all([
      startModule(createWatchModule, compile(watchWasm)),
      fetchJson(alertsUrl),
      fetchJson(planUrl),
    ]);
    await yieldToPage(); // each document in a task of its own (load-module.js says why)
    check('alerts.json', mod.set_alerts(alerts));
    await yieldToPage();
    check('plan.json', mod.set_plan(plan));
    const added = new Map(); // name -> promise, fetched once however many ask
    const addCatalogue = (entry) => {
      if (!added.has(entry.name)) {
        const adding = fetchJson(entry.url).then((doc) =>
          check(`${entry.name}.json`, mod.add_catalogue(entry.name, doc)),
        );
        adding.catch(() => added.delete(entry.name)); // the next request tries again
        added.set(entry.name, adding);
      }
      return added.get(entry.name);
    };
    let currencies = null;
    const filesFor = async (input) => {
      const named = catalogueList.find(
        (c) => c.name === (input.provider ?? catalogueList.find((d) => d.isDefault)?.name),
      );
      // A name no catalogue has: the core refuses it, listing every provider it knows.
      await Promise.all(named ? [addCatalogue(named)] : catalogueList.map(addCatalogue));
      if (input.currency && input.currency.per_usd === undefined) {
        currencies ??= fetchJson(currenciesUrl).then((doc) => check('currencies.json', mod.set_currencies(doc)));
        currencies.catch(() => {
          currencies = null;
        });
        await currencies;
      }
    };
    return {
      rules,
      alerts: async (input, options) => mod.alerts(input, options),
      alertsInWords: async (input) => mod.alerts_in_words(input, { format: 'prometheus' }),
      async plan(input, format) {
        await filesFor(input);
        return mod.plan(input, format);
      },
    };
  })();
  engine.catch(() => {
    engine = null; // a failed start is tried again by the next call
  });
  return engine;
}
