// A shared link's input, between two pages that show different parts of it: each page's
// form owns some fields, and the rest of the link (a timeline's growth on the calculator,
// the calculator's measurements on the timeline) is carried through untouched, so a reader
// who moves between the pages keeps every number. Pure functions; share-state.js uses them.

// The fields of `input` the page has no control for: kept as the link gave them.
// owns(key, value): whether the page's controls show that field with that value.
export function carriedFields(input, owns) {
  return Object.fromEntries(Object.entries(input ?? {}).filter(([key, value]) => !owns(key, value)));
}

// The link's input: what was carried, then what the form says (a blank field is left out).
export function linkInput(carried, formInput) {
  const out = { ...carried };
  for (const [key, value] of Object.entries(formInput)) if (value !== undefined && value !== null) out[key] = value;
  return out;
}

// An object field the form owns only some keys of (the timeline's assumptions: it has fields
// for two of them): the form's keys decide those (a blank one means the default, so it is
// left out), and the link's other keys stay. Undefined when nothing is left.
export function mergePartlyOwned(carried, formValue, ownedKeys) {
  const out = { ...carried };
  for (const key of ownedKeys) delete out[key];
  Object.assign(out, formValue);
  return Object.keys(out).length > 0 ? out : undefined;
}

// The fragment of a location's hash, without its '#' ('' when there is none).
export function fragmentOf(hash) {
  return String(hash ?? '').replace(/^#/, '');
}

// `href` (absolute) with its fragment replaced; an empty fragment removes it.
export function withFragment(href, fragment) {
  const url = new URL(href);
  url.hash = fragment ? `#${fragment}` : '';
  return fragment ? url.href : url.href.replace(/#$/, '');
}

// The fields a form can produce, from the function that reads it (values -> {input}): the
// keys that come out (growth, budget_cents, uncertainty...) with every form field given a
// value, and with each one left out in turn, since a key may come only without another
// (a budget in dollars, budget_cents, only when no display currency is chosen).
export function producedKeys(toInput, names) {
  const sample = Object.fromEntries(names.map((n) => [n, n === 'milestones' ? '1:1' : 1]));
  const keys = new Set();
  for (const left of [null, ...names]) {
    const values = Object.fromEntries(Object.entries(sample).filter(([n]) => n !== left));
    for (const key of Object.keys(toInput(values).input ?? {})) keys.add(key);
  }
  return keys;
}

// The form's values for a decoded input: text for text fields, booleans for checkboxes.
// `values` is keyed by form field name; a field the input leaves out is blank (unchecked,
// or the select's own default), which is what "not set" means in a link.
export function fieldValue(control, values) {
  const v = values[control.name];
  if (control.type === 'checkbox') return v === true;
  if (v === undefined || v === null) return control.type === 'select-one' ? null : '';
  return String(v);
}
