// The Database and Cache selects of "How you pay": the catalogue's own component, or a
// managed service in its place (content/services/, each under its own label). The words
// are timeline-form.json's "services"; the values map to the core's input in service-input.js.
import { h } from '../shared/html.js';
import { selectField } from '../shared/form-fields.js';

// spec: timeline-form.json's "services"; services: [{name, label, replaces}] (the build's
// list, web/_data/services.js); values: the form's values by field name.
export function serviceFields(spec, services, prefix, values = {}) {
  const options = (f) => [
    { value: '', text: spec.catalogue },
    ...services.filter((s) => s.replaces === f.replaces).map((s) => ({ value: s.name, text: s.label })),
  ];
  return [
    ...spec.fields.map((f) => selectField(f.name, f.label, options(f), prefix, values[f.name] ?? '')),
    h('p', { class: 'rs-hint' }, spec.hint),
  ];
}
