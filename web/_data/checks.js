// The guide pages' live checks, prerendered at build time with the modules the browser
// runs, so each page shows its check's form and result before (and without) JavaScript:
// each stage's triggers against the calculator's starting values (calculator-form.json), and the
// principle page's comparison. What each shows is its feature's own (stage-check/ and
// principle/ prerender.js); this file loads the modules and the content for them.
import { loadWithContent, loadWithRules, readContent } from '../../wasm/node/load-node.js';
import { prerenderStageCheck } from '../assets/js/stage-check/prerender.js';
import { prerenderPrinciple } from '../assets/js/principle/prerender.js';
import { readForms } from '../guide/read-forms.js';

export default async function () {
  const [mod, model, rules, assumptions, forms, preset] = await Promise.all([
    loadWithRules(),
    loadWithContent(),
    readContent('rules.json'),
    readContent('assumptions.json'),
    readForms(),
    readContent('presets/guide-example.json'),
  ]);
  const start = forms.calculator.values;
  return {
    stage: Object.fromEntries(rules.stages.map((s) => [s.stage, prerenderStageCheck(mod, rules, s.stage, start)])),
    principle: prerenderPrinciple(model, preset, { rules, assumptions, forms }),
  };
}
