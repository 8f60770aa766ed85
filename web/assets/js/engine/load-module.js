// How a page (or a worker) loads one of the WebAssembly modules with the content it reads:
// the .wasm compiled while it downloads, the module instantiated from it, the rulebook and
// the assumptions fetched beside it and handed to the core, which validates them as the CLI
// does. recommend-engine.js and model-engine.js load their module with these.
// The build bundles this code: each `?url` import becomes a content-hashed file beside the
// bundle, which the page's HTML already preloads, so the module and its data arrive in
// parallel with the bundle itself.
import { wrap } from '../../wasm/wire.js';
import { yieldToPage } from '../shared/yield-to-page.js';
import rulesUrl from '../../data/rules.json?url';
import assumptionsUrl from '../../data/assumptions.json?url';

// A content file, by the hashed address the bundler gave it (relative to the bundle).
export async function fetchJson(relative) {
  const url = new URL(relative, import.meta.url);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  return response.json();
}

export const fetchRules = () => fetchJson(rulesUrl);
export const fetchAssumptions = () => fetchJson(assumptionsUrl);

// A content document the core refused is a broken build, not a reader's mistake: it throws.
export function check(what, doc) {
  if (!doc.ok) throw new Error(`${what}: ${doc.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
}

// Compiles a .wasm while it downloads (the same request the page preloaded), and falls
// back to bytes when a host serves it without the application/wasm type.
export function compile(wasmUrl) {
  const url = new URL(wasmUrl, import.meta.url);
  return WebAssembly.compileStreaming(fetch(url)).catch(() =>
    fetch(url)
      .then((r) => r.arrayBuffer())
      .then((b) => WebAssembly.compile(b)),
  );
}

// A module instance from a compiled WebAssembly.Module (or a promise of one).
function instantiate(createModule, compiled) {
  return new Promise((resolve, reject) => {
    const instantiateWasm = (imports, done) => {
      Promise.resolve(compiled)
        .then((module) => WebAssembly.instantiate(module, imports).then((instance) => done(instance, module)))
        .catch(reject);
      return {};
    };
    createModule({ instantiateWasm }).then(resolve, reject);
  });
}

// {mod, rules, assumptions}: the module, wrapped in the byte wire, with the rulebook and the
// assumptions set. `documents` ({rules, assumptions}) saves the fetching.
export async function startModule(createModule, compiled, documents = {}) {
  const [mod, rules, assumptions] = await Promise.all([
    instantiate(createModule, compiled).then(wrap),
    documents.rules ?? fetchRules(),
    documents.assumptions ?? fetchAssumptions(),
  ]);
  // Each document the core reads is a task of its own: parsed and checked in one go, the two
  // would hold a phone's page for a fifth of a second.
  await yieldToPage();
  check('rules.json', mod.set_rules(rules));
  await yieldToPage();
  check('assumptions.json', mod.set_assumptions(assumptions));
  return { mod, rules, assumptions };
}
