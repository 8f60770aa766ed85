// Every form's spec at build time and in the tests: web/assets/data/forms.json, with the
// calculator's and the timeline's own beside it (calculator-form.json, timeline-form.json,
// apart so that each page's first load carries only its form; the timeline's assumption
// fields, which its page reads, in timeline-assumption-fields.json), as one object keyed by form.
import { readJson } from '../../wasm/node/load-node.js';

export async function readForms() {
  const [forms, calculator, timeline, assumptions] = await Promise.all([
    readJson('web/assets/data/forms.json'),
    readJson('web/assets/data/calculator-form.json'),
    readJson('web/assets/data/timeline-form.json'),
    readJson('web/assets/data/timeline-assumption-fields.json'),
  ]);
  return { ...forms, calculator, timeline: { ...timeline, assumptions } };
}
