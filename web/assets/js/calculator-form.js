// The calculator's form: built from assets/data/fields.json (at build time for the page,
// at run time for an embedded element without markup), read into the core's input
// shape, and marked with the core's field errors.
import { h } from './html.js';

function numberField(f, prefix, value) {
  const id = `${prefix}${f.name}`;
  const describedBy = [`${id}-unit`, f.hint && `${id}-hint`, `${id}-error`].filter(Boolean).join(' ');
  return h('div', { class: 'rs-field', 'data-field': f.name },
    h('label', { for: id }, f.label),
    h('div', { class: 'rs-input' },
      h('input', { id, name: f.name, type: 'text', inputmode: f.inputmode, autocomplete: 'off', spellcheck: 'false',
        value: value ?? f.default, required: f.name === 'users', 'aria-describedby': describedBy }),
      h('span', { class: 'rs-unit', id: `${id}-unit` }, f.unit)),
    f.hint && h('p', { class: 'rs-hint', id: `${id}-hint` }, f.hint),
    h('p', { class: 'rs-error', id: `${id}-error`, 'data-error-for': f.name, hidden: true }));
}

function stageField(stages, prefix, value) {
  const id = `${prefix}current_stage`;
  return h('div', { class: 'rs-field', 'data-field': 'current_stage' },
    h('label', { for: id }, 'Stage you are on now'),
    h('select', { id, name: 'current_stage', 'aria-describedby': `${id}-error` },
      stages.map((s) => h('option', { value: s.stage, selected: String(s.stage) === String(value ?? 1) },
        `${s.stage}: ${s.name}`))),
    h('p', { class: 'rs-error', id: `${id}-error`, 'data-error-for': 'current_stage', hidden: true }));
}

function flagField(f, prefix, checked) {
  const id = `${prefix}${f.name}`;
  return h('div', { class: 'rs-flag', 'data-field': f.name },
    h('input', { id, name: f.name, type: 'checkbox', checked: Boolean(checked), 'aria-describedby': `${id}-error` }),
    h('label', { for: id }, f.label),
    h('p', { class: 'rs-error', id: `${id}-error`, 'data-error-for': f.name, hidden: true }));
}

// values: optional overrides keyed by field name (strings or booleans).
export function renderForm(fields, stages, prefix = 'rs-', values = {}) {
  return h('form', { class: 'rs-form', novalidate: true, 'aria-label': 'Your measurements' },
    h('fieldset', {}, h('legend', {}, 'Your system today'),
      fields.numbers.map((f) => numberField(f, prefix, values[f.name])),
      stageField(stages, prefix, values.current_stage)),
    h('fieldset', {}, h('legend', {}, 'What you observe'),
      fields.flags.map((f) => flagField(f, prefix, values[f.name]))),
    h('p', { class: 'rs-form-error', 'data-error-for': 'input', hidden: true }));
}

// The form as the core's input. Blank number fields are left out; text that is not a
// number is passed on as text so the core names the field and says what is wrong.
export function readForm(form) {
  const input = {};
  for (const el of form.elements) {
    if (!el.name) continue;
    if (el.type === 'checkbox') input[el.name] = el.checked;
    else if (el.tagName === 'SELECT') input[el.name] = Number(el.value);
    else {
      const raw = el.value.trim();
      if (raw === '') continue;
      const n = Number(raw.replace(/[,_\s]/g, ''));
      input[el.name] = Number.isFinite(n) ? n : raw;
    }
  }
  return input;
}

// Shows each error beside its field (or at the form's foot) and clears the others.
export function showErrors(form, errors) {
  for (const p of form.querySelectorAll('[data-error-for]')) {
    p.hidden = true;
    p.textContent = '';
  }
  for (const el of form.elements) el.removeAttribute?.('aria-invalid');
  for (const e of errors) {
    const field = e.field.split('.')[0];
    const p = form.querySelector(`[data-error-for="${CSS.escape(field)}"]`) ?? form.querySelector('[data-error-for="input"]');
    const control = form.elements.namedItem(field);
    const label = control?.labels?.[0]?.textContent ?? field;
    p.textContent = (p.textContent ? `${p.textContent} ` : '') + `${label} (${e.field}): ${e.message}`;
    p.hidden = false;
    control?.setAttribute?.('aria-invalid', 'true');
  }
}
