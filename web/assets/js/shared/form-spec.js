// The forms' fields with their words: a measured metric's label and unit from the
// rulebook (content/rules.json "metrics"), everything else from assets/data/forms.json.
// Labels are typed once; both forms and the guide pages read them from here.

// One field of a form's list: a metric name, or an object that may add or override words.
function field(entry, metrics) {
  const spec = typeof entry === 'string' ? { name: entry } : entry;
  const words = metrics[spec.name];
  return { label: words?.label, unit: words?.unit || undefined, ...spec };
}

// {numbers, flags}: each field {name, label, unit?, hint?, inputmode?, required?}.
export function formFields(form, metrics) {
  return { numbers: form.numbers.map((f) => field(f, metrics)), flags: form.flags.map((f) => field(f, metrics)) };
}

// "{paths} growth paths" filled from an object of values, e.g. the band's defaults.
export function fill(text, values) {
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}
