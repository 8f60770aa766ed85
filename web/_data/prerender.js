// Build-time rendering with the same modules the browser runs: the forms, and the real
// modules' results for the forms' starting inputs, so the pages read fully before (and
// without) any JavaScript. The calculator starts from forms.json's values, the timeline
// from the guide's own example (content/presets/guide-example.json).
import { loadWithContent, loadWithRules, readContent, readJson } from '../../wasm/node/load-node.js';
import { toHtml } from '../assets/js/html.js';
import { renderForm } from '../assets/js/calculator-form.js';
import { renderRecommendation } from '../assets/js/render-recommendation.js';
import { formValues, renderTimelineForm, timelineInput } from '../assets/js/timeline-form.js';
import { renderTimeline } from '../assets/js/render-timeline.js';
import { calculatorTimelineInput, renderMoneyForm } from '../assets/js/calculator-money-form.js';
import { stageCost } from '../assets/js/stage-cost.js';
import { estimateBases } from '../assets/js/estimate-notes.js';
import catalogues from './catalogues.js';

const basesOf = (list, t) => estimateBases(list.find((c) => c.name === t.provider.name).document);

// The calculator's cost beside the stage and its compact timeline, for the forms' starting values.
async function calculatorMoney(rules, assumptions, forms) {
  const [mod, list, currencies] = await Promise.all([loadWithContent(), catalogues(), readContent('currencies.json')]);
  const context = { rules, assumptions, currencies, forms, catalogues: list };
  const money = { ...forms.calculator_money.values, provider: assumptions.defaults.provider };
  const doc = mod.timeline(calculatorTimelineInput(forms.calculator.values, money));
  if (!doc.ok) throw new Error(`the calculator's starting timeline was rejected: ${JSON.stringify(doc.errors)}`);
  return {
    cost: stageCost(doc.result),
    moneyForm: toHtml(renderMoneyForm(context, 'rs-', money)),
    // The chart arrives with the live timeline: the first visit stays within its weight budget.
    calculatorTimeline: toHtml(renderTimeline(doc.result, { bases: basesOf(list, doc.result), compact: true, chart: false })),
  };
}

async function timeline(rules, assumptions, forms) {
  const [mod, list, preset, currencies] = await Promise.all([loadWithContent(), catalogues(), readContent('presets/guide-example.json'),
    readContent('currencies.json')]);
  const values = formValues(preset);
  // The input the live page reads from this form, so the prerendered result is the live one.
  const { input, error } = timelineInput(values);
  const doc = error ? { ok: false, errors: [error] } : mod.timeline(input);
  if (!doc.ok) throw new Error(`the guide example's timeline was rejected: ${JSON.stringify(doc.errors)}`);
  const form = renderTimelineForm({ rules, assumptions, form: forms.timeline, catalogues: list, currencies }, 'rt-', values);
  return { timelineForm: toHtml(form), timeline: toHtml(renderTimeline(doc.result, { bases: basesOf(list, doc.result) })) };
}

export default async function () {
  const [mod, rules, assumptions, forms] = await Promise.all([
    loadWithRules(), readContent('rules.json'), readContent('assumptions.json'), readJson('web/assets/data/forms.json')]);
  const doc = mod.recommend(forms.calculator.values);
  if (!doc.ok) throw new Error(`the calculator's starting values were rejected: ${JSON.stringify(doc.errors)}`);
  const money = await calculatorMoney(rules, assumptions, forms);
  return {
    form: toHtml(renderForm(rules, forms.calculator)),
    recommendation: toHtml(renderRecommendation(doc.result, money.cost)),
    moneyForm: money.moneyForm,
    calculatorTimeline: money.calculatorTimeline,
    ...(await timeline(rules, assumptions, forms)),
  };
}
