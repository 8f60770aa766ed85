// Loads the built module in node (tests, and the site build that prerenders results).
// The module is built for the web, and node's global fetch cannot read a file path,
// so node hands it the .wasm bytes (wasmBinary) instead.
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import { wrap } from '../wire/wire.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const moduleDir = process.env.RIGHTSIZE_WASM_DIR ?? path.join(repoRoot, 'build/wasm/module');
// The site build reads its data and prose from here, so a test can build from a changed copy.
export const contentDir = path.resolve(process.env.RIGHTSIZE_CONTENT ?? path.join(repoRoot, 'content'));

export async function readJson(relative) {
  return JSON.parse(await readFile(path.join(repoRoot, relative), 'utf8'));
}

// A JSON file of the content directory, e.g. readContent('rules.json').
export async function readContent(relative) {
  return JSON.parse(await readFile(path.join(contentDir, relative), 'utf8'));
}

// The file readers (rightsize-measure) with plain-object functions, through the measure.js
// the build put beside the module (it imports the wire from there too).
export async function loadMeasure() {
  const { default: createMeasure } = await import(pathToFileURL(path.join(moduleDir, 'rightsize-measure.mjs')).href);
  const { wrapMeasure } = await import(pathToFileURL(path.join(moduleDir, 'measure.js')).href);
  return wrapMeasure(
    await createMeasure({ wasmBinary: await readFile(path.join(moduleDir, 'rightsize-measure.wasm')) }),
  );
}

// A built module ("rightsize" or "rightsize-model") with plain-object functions (wire.js).
export async function loadModule(name = 'rightsize') {
  const { default: createRightsize } = await import(pathToFileURL(path.join(moduleDir, `${name}.mjs`)).href);
  const wasmBinary = await readFile(path.join(moduleDir, `${name}.wasm`));
  return wrap(await createRightsize({ wasmBinary }));
}

function check(what, doc) {
  if (!doc.ok) throw new Error(`${what} rejected: ${JSON.stringify(doc.errors)}`);
}

// A module with the content directory's rules.json and assumptions.json loaded, as the page does it.
export async function loadWithRules(name = 'rightsize') {
  const mod = await loadModule(name);
  check(path.join(contentDir, 'rules.json'), mod.set_rules(await readContent('rules.json')));
  check(path.join(contentDir, 'assumptions.json'), mod.set_assumptions(await readContent('assumptions.json')));
  return mod;
}

// The watch module (rightsize-watch) with everything `rightsize alerts` and `rightsize plan`
// read: the rulebook, the assumptions, the catalogues, the rates, alerts.json and plan.json.
export async function loadWatch() {
  const mod = await loadWithRules('rightsize-watch');
  await addMoneyContent(mod);
  check(path.join(contentDir, 'alerts.json'), mod.set_alerts(await readContent('alerts.json')));
  check(path.join(contentDir, 'plan.json'), mod.set_plan(await readContent('plan.json')));
  return mod;
}

// Every catalogue and the default exchange rates, into a module that takes them.
async function addMoneyContent(mod) {
  check(path.join(contentDir, 'currencies.json'), mod.set_currencies(await readContent('currencies.json')));
  for (const file of await readdir(path.join(contentDir, 'pricing'))) {
    if (!file.endsWith('.json')) continue;
    check(file, mod.add_catalogue(file.replace(/\.json$/, ''), await readContent(`pricing/${file}`)));
  }
}

// A module with everything in the content directory: the rulebook, the assumptions, every
// catalogue and the default exchange rates. By default the full model as the pages have it
// in their workers, both its modules in one object: rightsize-model's timeline and share
// links, rightsize-compare's compare, timeline_csv and scale_choice.
export async function loadWithContent(name) {
  if (name !== undefined) {
    const mod = await loadWithRules(name);
    await addMoneyContent(mod);
    return mod;
  }
  const [model, comparisons] = await Promise.all([
    loadWithContent('rightsize-model'),
    loadWithContent('rightsize-compare'),
  ]);
  const { compare, timeline_csv, scale_choice } = comparisons;
  return { ...model, compare, timeline_csv, scale_choice };
}
