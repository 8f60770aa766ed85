// Build-time rendering with the same modules the browser runs: the form, and the real
// module's result for the form's default inputs, so the calculator page reads fully
// before (and without) any JavaScript.
import { loadWithRules, readJson } from '../../wasm/load-node.js';
import { toHtml } from '../assets/js/html.js';
import { renderForm } from '../assets/js/calculator-form.js';
import { renderRecommendation } from '../assets/js/render-recommendation.js';

export default async function () {
  const [mod, rules, fields] = await Promise.all([
    loadWithRules(), readJson('content/rules.json'), readJson('web/assets/data/fields.json')]);
  const input = Object.fromEntries(fields.numbers.map((f) => [f.name, Number(f.default)]));
  const doc = mod.recommend(input);
  if (!doc.ok) throw new Error(`default inputs rejected: ${JSON.stringify(doc.errors)}`);
  return {
    form: toHtml(renderForm(fields, rules.stages)),
    recommendation: toHtml(renderRecommendation(doc.result)),
  };
}
