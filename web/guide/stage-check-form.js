// A stage page's check form, rendered at build time (web/_data/checks.js): one labelled
// field per metric the stage's triggers read (stage-check-spec.js), numbers with their
// units and yes/no observations as checkboxes, each with its error slot.
import { h } from '../assets/js/html.js';
import { flagField, numberField } from '../assets/js/form-fields.js';
import { checkFields } from '../assets/js/stage-check-spec.js';

export function renderStageCheckForm(rules, stage, start, prefix = `sc${stage}-`) {
  const fields = checkFields(rules, stage);
  const numbers = fields.filter((f) => !f.flag);
  const flags = fields.filter((f) => f.flag);
  return h('form', { class: 'rs-form rs-check-form', novalidate: true, 'aria-label': `Your measurements for stage ${stage}` },
    numbers.length > 0 && h('fieldset', {}, h('legend', {}, 'What you measure'),
      numbers.map((f) => numberField({ ...f, inputmode: 'decimal' }, prefix, start[f.name]))),
    flags.length > 0 && h('fieldset', {}, h('legend', {}, 'What you observe'),
      flags.map((f) => flagField(f, prefix, start[f.name]))),
    h('p', { class: 'rs-form-error', 'data-error-for': 'input', hidden: true }));
}
