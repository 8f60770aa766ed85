// The principle page's comparison as the build renders it (web/_data/checks.js), so the page
// reads before (and without) JavaScript: the form (the load in monthly users, how many
// smaller servers the fleet has, whether redundancy is needed; words from forms.json's
// "principle" and the rulebook's metrics, the servers' range from the assumptions) and the
// model's comparison at the load where the guide's example goes horizontal (or, if it never
// does, the last stage's smallest load on the fewest servers autoscaling allows). Build
// time only (web/eleventy.config.js keeps prerender.js files out of dist/).
import { h, toHtml } from '../shared/html.js';
import { flagField, numberField } from '../shared/form-fields.js';
import { fill, formFields } from '../shared/form-spec.js';
import { renderScaleChoice } from './render-scale-choice.js';

// assumptions: content/assumptions.json; values: the starting users and servers.
function renderPrincipleForm(rules, assumptions, form, values, prefix = 'vh-') {
  const range = Object.fromEntries(Object.entries(assumptions.assumptions).map(([k, v]) => [k, v.value]));
  const fields = formFields(form, rules.metrics);
  return h(
    'form',
    { class: 'rs-form rs-check-form', novalidate: true, 'aria-label': 'The load to compare' },
    h(
      'fieldset',
      {},
      h('legend', {}, 'Your load'),
      fields.numbers.map((f) => numberField({ ...f, hint: f.hint && fill(f.hint, range) }, prefix, values[f.name])),
      fields.flags.map((f) => flagField(f, prefix, values[f.name])),
    ),
    h('p', { class: 'rs-form-error', 'data-error-for': 'input', hidden: true }),
  );
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

// {form, result} as HTML. model: the full model; preset: the guide's example
// (content/presets/guide-example.json); forms: forms.json.
export function prerenderPrinciple(model, preset, { rules, assumptions, forms }) {
  const a = assumptions.assumptions;
  const start = exampleScaleOut(model, preset) ?? {
    users: rules.stages.at(-1).users_min,
    servers: a.autoscale_min.value,
  };
  const values = { ...start, needs_redundancy: false };
  const doc = model.scale_choice(values);
  if (!doc.ok) throw new Error(`the principle page's comparison was rejected: ${JSON.stringify(doc.errors)}`);
  return {
    form: toHtml(renderPrincipleForm(rules, assumptions, forms.principle, values)),
    result: toHtml(renderScaleChoice(doc.result)),
  };
}
