// The calculator's form: built from assets/data/fields.json (at build time for the page,
// at run time for an embedded element without markup). Its field names are the
// recommendation's input fields, so readForm gives the input as it is.
import { h } from './html.js';
import { flagField, numberField, selectField } from './form-fields.js';

export { readForm, showErrors } from './form-fields.js';

// values: optional overrides keyed by field name (strings or booleans).
export function renderForm(fields, stages, prefix = 'rs-', values = {}) {
  const stageOptions = stages.map((s) => ({ value: s.stage, text: `${s.stage}: ${s.name}` }));
  return h('form', { class: 'rs-form', novalidate: true, 'aria-label': 'Your measurements' },
    h('fieldset', {}, h('legend', {}, 'Your system today'),
      fields.numbers.map((f) => numberField({ ...f, required: f.name === 'users' }, prefix, values[f.name])),
      selectField('current_stage', 'Stage you are on now', stageOptions, prefix, values.current_stage ?? 1)),
    h('fieldset', {}, h('legend', {}, 'What you observe'),
      fields.flags.map((f) => flagField(f, prefix, values[f.name]))),
    h('p', { class: 'rs-form-error', 'data-error-for': 'input', hidden: true }));
}
