// Form building blocks shared by the calculator and the timeline: labelled inputs with
// units, an error slot and a note slot each, reading a form into values (read-number.js
// for every number field), and marking what is wrong beside the right field.
import { h } from './html.js';
import { readNumber } from './read-number.js';

export function errorSlot(id, field) {
  return h('p', { class: 'rs-error', id: `${id}-error`, 'data-error-for': field, hidden: true });
}

// Where a value that was taken but may be a slip is questioned (not an error: it computes).
export function noteSlot(id, field) {
  return h('p', { class: 'rs-note', id: `${id}-note`, 'data-note-for': field, hidden: true });
}

// A text input (so any text can be typed, and the core names what is wrong with it).
// multiline: a box that wraps its text (a list such as the milestones) instead of one line.
export function numberField(f, prefix, value, { multiline = false } = {}) {
  const id = `${prefix}${f.name}`;
  const describedBy = [`${id}-unit`, f.hint && `${id}-hint`, `${id}-error`, `${id}-note`].filter(Boolean).join(' ');
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
    noteSlot(id, f.name),
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
      options.map((o) =>
        h('option', { value: o.value, selected: String(o.value) === String(value), ...(o.attrs ?? {}) }, o.text),
      ),
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

// A number field's reading (read-number.js) with the unit shown beside it, which is the one
// content/ declares; null for a control that is no number field (a select, the milestones).
function reading(el) {
  if (el.inputMode !== 'numeric' && el.inputMode !== 'decimal') return null;
  return readNumber(el.value, el.getRootNode().getElementById?.(`${el.id}-unit`)?.textContent);
}

// The form's values: checkboxes as booleans, numbers as numbers, blank fields left out.
// Text that is not one number stays text, so the input stays invalid (the core refuses it)
// and readProblems says why.
export function readForm(form) {
  const values = {};
  for (const el of form.elements) {
    if (!el.name) continue;
    if (el.type === 'checkbox') values[el.name] = el.checked;
    else {
      const raw = el.value.trim();
      if (raw === '') continue;
      const read = reading(el) ?? { value: Number.isFinite(Number(raw)) ? Number(raw) : raw };
      values[el.name] = read.error ? raw : read.value;
    }
  }
  return values;
}

// [{name, message, note}]: each number field whose text is refused, or taken but questioned
// (note: true), with readNumber's sentence. A figure "From my files" filled in, untouched
// since, is measured, so it is not questioned.
export function readProblems(form) {
  const problems = [];
  for (const el of form.elements) {
    const read = el.name && el.value.trim() && reading(el);
    if (read?.note && el.dataset.measured === el.value) continue; // a figure from a file
    if (read?.error || read?.note)
      problems.push({ name: el.name, message: read.error ?? read.note, note: !read.error });
  }
  return problems;
}

// Shows each error beside its field (or at the form's foot) and clears the others.
// `fieldFor` maps an error's field path to the form field that holds it, as a name or as
// {field, detail}, where detail says which part of the field in readers' words ("month 6").
// `problems` (readProblems) come first: a refused text replaces the core's error for its
// field, and a note goes in the field's note slot.
export function showErrors(form, errors, fieldFor = (path) => path.split('.')[0], problems = []) {
  for (const p of form.querySelectorAll('[data-error-for], [data-note-for]')) {
    p.hidden = true;
    p.textContent = '';
  }
  for (const el of form.elements) el.removeAttribute?.('aria-invalid');
  const refused = new Set(problems.filter((p) => !p.note).map((p) => p.name));
  const shown = problems.map((p) => ({ field: p.name, message: p.message, note: p.note }));
  for (const e of errors) {
    const where = fieldFor(e.field);
    const { field, detail } = typeof where === 'string' ? { field: where } : where;
    if (!refused.has(field)) shown.push({ field, detail, message: e.message });
  }
  for (const { field, detail, message, note } of shown) {
    const slot = `[data-${note ? 'note' : 'error'}-for="${CSS.escape(field)}"]`;
    const p = form.querySelector(slot) ?? (note ? null : form.querySelector('[data-error-for="input"]'));
    if (!p) continue;
    const control = form.elements.namedItem(field);
    // Readers see the field's label; the core's path (an internal name) stays out of the text.
    const label = control?.labels?.[0]?.textContent;
    const text = (label ? `${label}${detail ? ` (${detail})` : ''}: ` : '') + message;
    p.textContent = (p.textContent ? `${p.textContent} ` : '') + text;
    p.hidden = false;
    if (!note) control?.setAttribute?.('aria-invalid', 'true');
  }
}
