// The calculator's form: fields from form-spec.js (at build time for the page, at run time
// for an embedded element without markup). Its field names are the recommendation's input
// fields, so readForm gives the input as it is.
import { h } from '../shared/html.js';
import { flagField, numberField, selectField } from '../shared/form-fields.js';
import { formFields } from '../shared/form-spec.js';

export { readForm, showErrors } from '../shared/form-fields.js';

// rules: content/rules.json (stage names, the metrics' words); form: calculator-form.json, or forms.json's
// "calculator"; values: keyed by field name, over the form's own starting values.
export function renderForm(rules, form, prefix = 'rs-', values = {}) {
  const fields = formFields(form, rules.metrics);
  const start = { ...form.values, ...values };
  const stageOptions = rules.stages.map((s) => ({ value: s.stage, text: `${s.stage}: ${s.name}` }));
  return h(
    'form',
    { class: 'rs-form', novalidate: true, 'aria-label': 'Your measurements' },
    h(
      'fieldset',
      {},
      h('legend', {}, 'Your system today'),
      // The stage first: every other field is read against it.
      selectField('current_stage', rules.metrics.current_stage.label, stageOptions, prefix, start.current_stage ?? 1),
      fields.numbers.map((f) => numberField(f, prefix, start[f.name])),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'What you observe'),
      fields.flags.map((f) => flagField(f, prefix, start[f.name])),
    ),
    h('p', { class: 'rs-form-error', 'data-error-for': 'input', hidden: true }),
  );
}
