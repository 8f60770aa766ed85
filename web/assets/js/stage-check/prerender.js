// The stage check as the build renders it into each stage page (web/_data/checks.js), so the
// page reads before (and without) JavaScript: one labelled field per metric the stage's
// triggers read (stage-check-spec.js), numbers with their units and yes/no observations as
// checkboxes, each with its error slot, and the recommendation module's result for the
// starting values. Build time only: the page's element wraps this markup and never builds
// it (web/eleventy.config.js keeps prerender.js files out of dist/).
import { h, toHtml } from '../shared/html.js';
import { flagField, numberField } from '../shared/form-fields.js';
import { checkFields, checkInput, stageChecks } from './stage-check-spec.js';
import { renderStageCheck } from './render-stage-check.js';

function renderStageCheckForm(rules, stage, start, prefix = `sc${stage}-`) {
  const fields = checkFields(rules, stage);
  const numbers = fields.filter((f) => !f.flag);
  const flags = fields.filter((f) => f.flag);
  return h(
    'form',
    { class: 'rs-form rs-check-form', novalidate: true, 'aria-label': `Your measurements for stage ${stage}` },
    numbers.length > 0 &&
      h(
        'fieldset',
        {},
        h('legend', {}, 'What you measure'),
        numbers.map((f) => numberField({ ...f, inputmode: 'decimal' }, prefix, start[f.name])),
      ),
    flags.length > 0 &&
      h(
        'fieldset',
        {},
        h('legend', {}, 'What you observe'),
        flags.map((f) => flagField(f, prefix, start[f.name])),
      ),
    h('p', { class: 'rs-form-error', 'data-error-for': 'input', hidden: true }),
  );
}

// {form, result} as HTML for one stage, its fields started from `start` (the calculator's
// starting values, forms.json). mod: the recommendation module; rules: content/rules.json.
export function prerenderStageCheck(mod, rules, stage, start) {
  const values = Object.fromEntries(
    checkFields(rules, stage)
      .map((f) => [f.name, start[f.name] ?? (f.flag ? false : undefined)])
      .filter(([, v]) => v !== undefined),
  );
  const doc = mod.recommend(checkInput(rules, stage, values));
  if (!doc.ok) throw new Error(`stage ${stage}'s check was rejected: ${JSON.stringify(doc.errors)}`);
  return {
    form: toHtml(renderStageCheckForm(rules, stage, values)),
    result: toHtml(renderStageCheck(stageChecks(rules, stage, doc.result))),
  };
}
