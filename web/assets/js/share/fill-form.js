// Puts an input's values into a form's controls (a link being opened): text fields get the
// number as text, checkboxes their flag, a select its option; a field the values leave out
// is blank, unchecked, or the select's own default. A value the select does not offer (a
// stage the format can hold but the core refuses) is added as it is, so the core names it.
import { fieldValue } from './share-input.js';

export function fillForm(form, values) {
  for (const control of form.elements) {
    if (!control.name) continue;
    const v = fieldValue(control, values);
    if (control.type === 'checkbox') control.checked = v;
    else if (control.type === 'select-one') selectValue(control, v);
    else control.value = v;
  }
}

function selectValue(select, value) {
  const options = [...select.options];
  if (value === null) {
    select.value = (options.find((o) => o.defaultSelected) ?? options[0])?.value ?? '';
    return;
  }
  if (!options.some((o) => o.value === value)) {
    const option = document.createElement('option');
    option.value = value;
    option.textContent = value;
    select.append(option);
  }
  select.value = value;
}
