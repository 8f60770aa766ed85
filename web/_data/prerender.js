// Build-time rendering with the same modules the browser runs, so the pages read fully before
// (and without) any JavaScript: the calculator from forms.json's values, the timeline from the
// guide's own example (content/presets/guide-example.json). What each page shows is its
// feature's own (calculator/ and timeline/ prerender.js); this file loads the modules and
// the content for them.
import { loadWithContent, loadWithRules, readContent } from '../../wasm/node/load-node.js';
import { estimateBases } from '../assets/js/shared/estimate-notes.js';
import { prerenderCalculator } from '../assets/js/calculator/prerender.js';
import { prerenderTimeline } from '../assets/js/timeline/prerender.js';
import catalogues from './catalogues.js';
import { readForms } from '../guide/read-forms.js';

export default async function () {
  const [mod, model, rules, assumptions, currencies, forms, list, preset] = await Promise.all([
    loadWithRules(),
    loadWithContent(),
    readContent('rules.json'),
    readContent('assumptions.json'),
    readContent('currencies.json'),
    readForms(),
    catalogues(),
    readContent('presets/guide-example.json'),
  ]);
  const content = { rules, assumptions, currencies, forms, catalogues: list };
  const basesOf = (t) => estimateBases(list.find((c) => c.name === t.provider.name).document);
  return {
    ...prerenderCalculator(mod, model, content, basesOf),
    ...prerenderTimeline(model, preset, content, basesOf),
  };
}
