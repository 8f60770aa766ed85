// The guide pages' live checks, prerendered at build time with the modules the browser
// runs, so each page shows its check's form and result before (and without) JavaScript:
// each stage's triggers against the calculator's starting values (forms.json), and the
// principle page's comparison at the load where the guide's example goes horizontal (or, if
// it never does, the last stage's smallest load on the fewest servers autoscaling allows).
import { loadWithContent, loadWithRules, readContent, readJson } from '../../wasm/node/load-node.js';
import { toHtml } from '../assets/js/html.js';
import { checkFields, checkInput, stageChecks } from '../assets/js/stage-check-spec.js';
import { renderStageCheckForm } from '../guide/stage-check-form.js';
import { renderStageCheck } from '../assets/js/render-stage-check.js';
import { renderPrincipleForm } from '../guide/principle-form.js';
import { renderScaleChoice } from '../assets/js/render-scale-choice.js';

function stageCheck(mod, rules, stage, start) {
  const values = Object.fromEntries(checkFields(rules, stage).map((f) => [f.name, start[f.name] ?? (f.flag ? false : undefined)])
    .filter(([, v]) => v !== undefined));
  const doc = mod.recommend(checkInput(rules, stage, values));
  if (!doc.ok) throw new Error(`stage ${stage}'s check was rejected: ${JSON.stringify(doc.errors)}`);
  return { form: toHtml(renderStageCheckForm(rules, stage, values)), result: toHtml(renderStageCheck(stageChecks(rules, stage, doc.result))) };
}

// Where the guide's example goes horizontal (the worked example above the comparison): its
// users and fleet size that month.
function exampleScaleOut(model, preset) {
  const doc = model.timeline(preset);
  const move = doc.ok ? doc.result.events.find((e) => e.type === 'stage' && e.sizing) : null;
  if (!move) return null;
  const month = doc.result.months[move.month - 1];
  return { users: month.users, servers: month.components.find((c) => c.role === 'app').count };
}

async function principle(rules, assumptions, forms) {
  const [model, preset] = await Promise.all([loadWithContent(), readContent('presets/guide-example.json')]);
  const a = assumptions.assumptions;
  const start = exampleScaleOut(model, preset) ?? { users: rules.stages.at(-1).users_min, servers: a.autoscale_min.value };
  const values = { ...start, needs_redundancy: false };
  const doc = model.scale_choice(values);
  if (!doc.ok) throw new Error(`the principle page's comparison was rejected: ${JSON.stringify(doc.errors)}`);
  return { form: toHtml(renderPrincipleForm(rules, assumptions, forms.principle, values)), result: toHtml(renderScaleChoice(doc.result)) };
}

export default async function () {
  const [mod, rules, assumptions, forms] = await Promise.all([
    loadWithRules(), readContent('rules.json'), readContent('assumptions.json'), readJson('web/assets/data/forms.json')]);
  const start = forms.calculator.values;
  return {
    stage: Object.fromEntries(rules.stages.map((s) => [s.stage, stageCheck(mod, rules, s.stage, start)])),
    principle: await principle(rules, assumptions, forms),
  };
}
