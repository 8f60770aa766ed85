// The page's engines: the small module with the rulebook (the calculator), and the full
// model with assumptions and price catalogues (the timeline, and its band's worker). Each
// is loaded once per page (or worker), on first use, however many elements ask for it.
// The build bundles this file: each `?url` import becomes a content-hashed file beside the
// bundle, which the page's HTML already preloads, so the module and its data arrive in
// parallel with the bundle itself.
import { wrap } from '../wasm/wire.js';
import createCalculatorModule from '../wasm/rightsize.mjs';
import createModelModule from '../wasm/rightsize-model.mjs';
import calculatorWasm from '../wasm/rightsize.wasm?url';
import modelWasm from '../wasm/rightsize-model.wasm?url';
import rulesUrl from '../data/rules.json?url';
import assumptionsUrl from '../data/assumptions.json?url';
import cataloguesUrl from '../data/pricing/index.json?url';

let engine;
let model;

// Gives the page a turn between long steps, so starting up never blocks input for long.
export const yieldToPage = () => (globalThis.scheduler?.yield ? scheduler.yield() : new Promise((r) => setTimeout(r)));

async function fetchJson(relative) {
  const url = new URL(relative, import.meta.url);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  return response.json();
}

function check(what, doc) {
  if (!doc.ok) throw new Error(`${what}: ${doc.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
}

// Compiles the .wasm while it downloads (the same request the page preloaded), and falls
// back to bytes when a host serves it without the application/wasm type.
function instantiate(createModule, wasmUrl) {
  const url = new URL(wasmUrl, import.meta.url);
  return new Promise((resolve, reject) => {
    const instantiateWasm = (imports, done) => {
      const bytes = () => fetch(url).then((r) => r.arrayBuffer()).then((b) => WebAssembly.instantiate(b, imports));
      WebAssembly.instantiateStreaming(fetch(url), imports).catch(bytes)
        .then((r) => done(r.instance, r.module), reject);
      return {};
    };
    createModule({ instantiateWasm }).then(resolve, reject);
  });
}

async function start(createModule, wasmUrl) {
  const [mod, rules] = await Promise.all([instantiate(createModule, wasmUrl).then(wrap), fetchJson(rulesUrl)]);
  await yieldToPage();
  check('rules.json', mod.set_rules(rules));
  return { mod, rules };
}

// {rules, recommend(input)}: recommend returns {ok: true, result} or {ok: false, errors}.
export function loadEngine() {
  engine ??= start(createCalculatorModule, calculatorWasm).then(({ mod, rules }) => ({ rules, recommend: mod.recommend }));
  return engine;
}

// {catalogues, timeline(input)}: every catalogue in content/pricing, by name and label
// (pricing/index.json carries each catalogue's document, so one request brings them all).
export function loadModel() {
  model ??= (async () => {
    const [{ mod }, assumptions, catalogues] = await Promise.all([
      start(createModelModule, modelWasm), fetchJson(assumptionsUrl), fetchJson(cataloguesUrl)]);
    await yieldToPage();
    check('assumptions.json', mod.set_assumptions(assumptions));
    for (const c of catalogues) {
      await yieldToPage();
      check(`${c.name}.json`, mod.add_catalogue(c.name, c.document));
    }
    return { catalogues: catalogues.map(({ name, label, complete }) => ({ name, label, complete })), timeline: mod.timeline };
  })();
  return model;
}
