// The principle page's comparison form, rendered at build time (web/_data/checks.js): the
// load (monthly users), how many smaller servers the fleet has, and whether redundancy is
// needed. Words from forms.json's "principle" and the rulebook's metrics; the servers'
// range from the assumptions.
import { h } from '../assets/js/html.js';
import { flagField, numberField } from '../assets/js/form-fields.js';
import { fill, formFields } from '../assets/js/form-spec.js';

// assumptions: content/assumptions.json; values: the starting users and servers.
export function renderPrincipleForm(rules, assumptions, form, values, prefix = 'vh-') {
  const range = Object.fromEntries(Object.entries(assumptions.assumptions).map(([k, v]) => [k, v.value]));
  const fields = formFields(form, rules.metrics);
  return h('form', { class: 'rs-form rs-check-form', novalidate: true, 'aria-label': 'The load to compare' },
    h('fieldset', {}, h('legend', {}, 'Your load'),
      fields.numbers.map((f) => numberField({ ...f, hint: f.hint && fill(f.hint, range) }, prefix, values[f.name])),
      fields.flags.map((f) => flagField(f, prefix, values[f.name]))),
    h('p', { class: 'rs-form-error', 'data-error-for': 'input', hidden: true }));
}
