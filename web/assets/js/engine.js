// The calculator's engine: the WebAssembly module with the rulebook loaded. One
// instance per page, however many calculators it holds.
import createRightsize from '../wasm/rightsize.mjs';
import { wrap } from '../wasm/wire.js';

let engine;

async function fetchJson(relative) {
  const url = new URL(relative, import.meta.url);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  return response.json();
}

async function start() {
  const [mod, rules] = await Promise.all([createRightsize().then(wrap), fetchJson('../data/rules.json')]);
  const loaded = mod.set_rules(rules);
  if (!loaded.ok) throw new Error(`rules.json: ${loaded.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
  return {
    rules,
    // {ok: true, result} or {ok: false, errors: [{field, message}]}
    recommend: (input) => mod.recommend(input),
  };
}

export function loadEngine() {
  engine ??= start();
  return engine;
}
