// The calculator as the build renders it into its page (web/_data/prerender.js), with the
// same modules the browser runs, so the page reads before (and without) JavaScript: the form
// at calculator-form.json's starting values, the recommendation module's result for them with
// the stage's monthly cost beside it and its setup drawn, the money form, and the compact
// timeline the money form's starting values give. Build time only (web/eleventy.config.js keeps prerender.js files
// out of dist/).
import { toHtml } from '../shared/html.js';
import { renderForm } from './calculator-form.js';
import { renderRecommendation } from './render-recommendation.js';
import { calculatorTimelineInput, renderMoneyForm } from './calculator-money-form.js';
import { stageCost } from './stage-cost.js';
import { stageDiagrams } from './stage-diagrams.js';
import { renderTimeline } from '../timeline/render-timeline.js';

// mod: the recommendation module; model: the full model. content: {rules, assumptions,
// currencies, forms, catalogues} (catalogues as web/_data/catalogues.js lists them);
// basesOf(timeline): the estimates of the timeline's catalogue (estimate-notes.js).
export function prerenderCalculator(mod, model, content, basesOf) {
  const { rules, assumptions, forms } = content;
  const doc = mod.recommend(forms.calculator.values);
  if (!doc.ok) throw new Error(`the calculator's starting values were rejected: ${JSON.stringify(doc.errors)}`);
  const money = { ...forms.calculator_money.values, provider: assumptions.defaults.provider };
  const timeline = model.timeline(calculatorTimelineInput(forms.calculator.values, money));
  if (!timeline.ok)
    throw new Error(`the calculator's starting timeline was rejected: ${JSON.stringify(timeline.errors)}`);
  return {
    form: toHtml(renderForm(rules, forms.calculator)),
    // The stage drawn as the money will draw it, when the starting values keep their stage
    // (no "before" picture to price): the page does not grow when the money arrives.
    recommendation: toHtml(
      renderRecommendation(
        doc.result,
        stageCost(timeline.result),
        doc.result.stage === doc.result.current_stage
          ? stageDiagrams({ ...doc.result, timeline: timeline.result }, null, false)
          : null,
      ),
    ),
    moneyForm: toHtml(renderMoneyForm(content, 'rs-', money)),
    // The chart arrives with the live timeline: the first visit stays within its weight budget.
    calculatorTimeline: toHtml(renderTimeline(timeline.result, { bases: basesOf(timeline.result), compact: true })),
  };
}
