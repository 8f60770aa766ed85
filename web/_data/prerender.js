// Build-time rendering with the same modules the browser runs: the forms, and the real
// modules' results for the forms' starting inputs, so the pages read fully before (and
// without) any JavaScript. The calculator starts from forms.json's values, the timeline
// from the guide's own example (content/presets/guide-example.json).
import { loadWithContent, loadWithRules, readContent, readJson } from '../../wasm/load-node.js';
import { toHtml } from '../assets/js/html.js';
import { renderForm } from '../assets/js/calculator-form.js';
import { renderRecommendation } from '../assets/js/render-recommendation.js';
import { formValues, renderTimelineForm, timelineInput } from '../assets/js/timeline-form.js';
import { renderTimeline } from '../assets/js/render-timeline.js';
import catalogues from './catalogues.js';

async function timeline(rules, assumptions, forms) {
  const [mod, list, preset] = await Promise.all([loadWithContent(), catalogues(), readContent('presets/guide-example.json')]);
  const values = formValues(preset);
  // The input the live page reads from this form, so the prerendered result is the live one.
  const { input, error } = timelineInput(values);
  const doc = error ? { ok: false, errors: [error] } : mod.timeline(input);
  if (!doc.ok) throw new Error(`the guide example's timeline was rejected: ${JSON.stringify(doc.errors)}`);
  const form = renderTimelineForm({ rules, assumptions, form: forms.timeline, catalogues: list }, 'rt-', values);
  return { timelineForm: toHtml(form), timeline: toHtml(renderTimeline(doc.result)) };
}

export default async function () {
  const [mod, rules, assumptions, forms] = await Promise.all([
    loadWithRules(), readContent('rules.json'), readContent('assumptions.json'), readJson('web/assets/data/forms.json')]);
  const doc = mod.recommend(forms.calculator.values);
  if (!doc.ok) throw new Error(`the calculator's starting values were rejected: ${JSON.stringify(doc.errors)}`);
  return {
    form: toHtml(renderForm(rules, forms.calculator)),
    recommendation: toHtml(renderRecommendation(doc.result)),
    ...(await timeline(rules, assumptions, forms)),
  };
}
