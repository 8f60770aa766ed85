// Every form's spec at build time and in the tests: web/assets/data/forms.json, with the
// calculator's own beside it (calculator-form.json, apart so that the calculator's first
// load carries only its form), as one object keyed by form.
import { readJson } from '../../wasm/node/load-node.js';

export async function readForms() {
  const [forms, calculator] = await Promise.all([
    readJson('web/assets/data/forms.json'),
    readJson('web/assets/data/calculator-form.json'),
  ]);
  return { ...forms, calculator };
}
