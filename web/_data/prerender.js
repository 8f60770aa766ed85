// Build-time rendering with the same modules the browser runs: the forms, and the real
// modules' results for the forms' default inputs, so the pages read fully before (and
// without) any JavaScript.
import { loadWithContent, loadWithRules, readContent, readJson } from '../../wasm/load-node.js';
import { toHtml } from '../assets/js/html.js';
import { renderForm } from '../assets/js/calculator-form.js';
import { renderRecommendation } from '../assets/js/render-recommendation.js';
import { renderTimelineForm, timelineInput } from '../assets/js/timeline-form.js';
import { renderTimeline } from '../assets/js/render-timeline.js';
import catalogues from './catalogues.js';

// The values a form shows by default, as readForm would read them.
function defaults(fields) {
  const values = {};
  for (const f of fields.numbers) if (f.default !== '') values[f.name] = Number(f.default);
  for (const f of fields.flags) values[f.name] = Boolean(f.default);
  return values;
}

async function timeline() {
  const [mod, fields, list] = await Promise.all([loadWithContent(), readJson('web/assets/data/timeline-fields.json'), catalogues()]);
  const values = { ...defaults(fields), milestones: fields.milestones, provider: 'aws-us-east-1' };
  const doc = mod.timeline(timelineInput(values).input);
  if (!doc.ok) throw new Error(`default timeline rejected: ${JSON.stringify(doc.errors)}`);
  return { timelineForm: toHtml(renderTimelineForm(fields, list)), timeline: toHtml(renderTimeline(doc.result)) };
}

export default async function () {
  const [mod, rules, fields] = await Promise.all([
    loadWithRules(), readContent('rules.json'), readJson('web/assets/data/fields.json')]);
  const input = Object.fromEntries(fields.numbers.map((f) => [f.name, Number(f.default)]));
  const doc = mod.recommend(input);
  if (!doc.ok) throw new Error(`default inputs rejected: ${JSON.stringify(doc.errors)}`);
  return {
    form: toHtml(renderForm(fields, rules.stages)),
    recommendation: toHtml(renderRecommendation(doc.result)),
    ...(await timeline()),
  };
}
