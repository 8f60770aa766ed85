// The page's engines: the small module with the rulebook (the calculator), and the full
// model with assumptions and price catalogues (the timeline). Each is loaded once per
// page, on first use, however many elements ask for it.
import { wrap } from '../wasm/wire.js';

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

async function start(moduleName) {
  const { default: createRightsize } = await import(`../wasm/${moduleName}.mjs`);
  const [mod, rules, assumptions] = await Promise.all([
    createRightsize().then(wrap), fetchJson('../data/rules.json'), fetchJson('../data/assumptions.json')]);
  check('rules.json', mod.set_rules(rules));
  check('assumptions.json', mod.set_assumptions(assumptions));
  return { mod, rules, assumptions };
}

// {rules, recommend(input)}: recommend returns {ok: true, result} or {ok: false, errors}.
export function loadEngine() {
  engine ??= start('rightsize').then(({ mod, rules }) => ({ rules, recommend: mod.recommend }));
  return engine;
}

// {catalogues, timeline(input)}: every catalogue in content/pricing, by name and label.
export function loadModel() {
  model ??= (async () => {
    const [{ mod }, catalogues] = await Promise.all([start('rightsize-model'), fetchJson('../data/pricing/index.json')]);
    await Promise.all(catalogues.map(async (c) => check(`${c.name}.json`, mod.add_catalogue(c.name, await fetchJson(`../data/pricing/${c.name}.json`)))));
    return { catalogues, timeline: mod.timeline };
  })();
  return model;
}
