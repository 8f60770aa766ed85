// Form building blocks shared by the calculator and the timeline: labelled inputs with
// units and an error slot each, reading a form into values, and marking the core's
// field errors beside the right field.
import { h } from './html.js';

export function errorSlot(id, field) {
  return h('p', { class: 'rs-error', id: `${id}-error`, 'data-error-for': field, hidden: true });
}

// A text input (so any text can be typed, and the core names what is wrong with it).
// multiline: a box that wraps its text (a list such as the milestones) instead of one line.
export function numberField(f, prefix, value, { multiline = false } = {}) {
  const id = `${prefix}${f.name}`;
  const describedBy = [`${id}-unit`, f.hint && `${id}-hint`, `${id}-error`].filter(Boolean).join(' ');
  const attrs = {
    id,
    name: f.name,
    inputmode: f.inputmode,
    autocomplete: 'off',
    spellcheck: 'false',
    required: f.required === true,
    'aria-describedby': describedBy,
  };
  return h(
    'div',
    { class: 'rs-field', 'data-field': f.name },
    h('label', { for: id }, f.label),
    h(
      'div',
      { class: 'rs-input' },
      multiline
        ? h('textarea', { ...attrs, rows: 2 }, value ?? '')
        : h('input', { ...attrs, type: 'text', value: value ?? '' }),
      f.unit && h('span', { class: 'rs-unit', id: `${id}-unit` }, f.unit),
    ),
    f.hint && h('p', { class: 'rs-hint', id: `${id}-hint` }, f.hint),
    errorSlot(id, f.name),
  );
}

export function selectField(name, label, options, prefix, value) {
  const id = `${prefix}${name}`;
  return h(
    'div',
    { class: 'rs-field', 'data-field': name },
    h('label', { for: id }, label),
    h(
      'select',
      { id, name, 'aria-describedby': `${id}-error` },
      options.map((o) => h('option', { value: o.value, selected: String(o.value) === String(value) }, o.text)),
    ),
    errorSlot(id, name),
  );
}

export function flagField(f, prefix, checked) {
  const id = `${prefix}${f.name}`;
  return h(
    'div',
    { class: 'rs-flag', 'data-field': f.name },
    h('input', { id, name: f.name, type: 'checkbox', checked: Boolean(checked), 'aria-describedby': `${id}-error` }),
    h('label', { for: id }, f.label),
    errorSlot(id, f.name),
  );
}

// The form's values: checkboxes as booleans, numbers as numbers, blank fields left out.
// Text that is not a number stays text so the core names the field and says what is wrong.
export function readForm(form) {
  const values = {};
  for (const el of form.elements) {
    if (!el.name) continue;
    if (el.type === 'checkbox') values[el.name] = el.checked;
    else {
      const raw = el.value.trim();
      if (raw === '') continue;
      const n = Number(raw.replace(/[,_\s]/g, ''));
      values[el.name] = Number.isFinite(n) ? n : raw;
    }
  }
  return values;
}

// Shows each error beside its field (or at the form's foot) and clears the others.
// `fieldFor` maps an error's field path to the form field that holds it, as a name or as
// {field, detail}, where detail says which part of the field in readers' words ("month 6").
export function showErrors(form, errors, fieldFor = (path) => path.split('.')[0]) {
  for (const p of form.querySelectorAll('[data-error-for]')) {
    p.hidden = true;
    p.textContent = '';
  }
  for (const el of form.elements) el.removeAttribute?.('aria-invalid');
  for (const e of errors) {
    const where = fieldFor(e.field);
    const { field, detail } = typeof where === 'string' ? { field: where } : where;
    const p =
      form.querySelector(`[data-error-for="${CSS.escape(field)}"]`) ?? form.querySelector('[data-error-for="input"]');
    const control = form.elements.namedItem(field);
    // Readers see the field's label; the core's path (an internal name) stays out of the text.
    const label = control?.labels?.[0]?.textContent;
    const text = (label ? `${label}${detail ? ` (${detail})` : ''}: ` : '') + e.message;
    p.textContent = (p.textContent ? `${p.textContent} ` : '') + text;
    p.hidden = false;
    control?.setAttribute?.('aria-invalid', 'true');
  }
}
