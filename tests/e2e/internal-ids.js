// Every name a reader must never see: rule ids, metric and field names, assumption names.
import { readContent } from '../../wasm/node/load-node.js';
import { readForms } from '../../web/guide/read-forms.js';

export async function internalIds() {
  const [rules, assumptions, forms] = await Promise.all([
    readContent('rules.json'),
    readContent('assumptions.json'),
    readForms(),
  ]);
  const rulesList = [...rules.triggers, ...rules.in_place, ...rules.advice];
  const conditions = rulesList.flatMap((r) => [r, ...(r.and ?? []), ...(r.and_any ?? [])]);
  const formFields = [
    ...forms.calculator.numbers,
    ...forms.calculator.flags,
    ...forms.timeline.numbers,
    ...forms.timeline.flags,
  ];
  const ids = [
    ...rulesList.map((r) => r.id),
    ...conditions.map((c) => c.metric),
    ...Object.keys(rules.metrics),
    ...Object.keys(assumptions.assumptions),
    ...formFields.map((f) => f.name ?? f),
  ];
  return [...new Set(ids)].filter((id) => id.includes('_'));
}

// The ids that show in a page's visible text.
export function visibleIds(text, ids) {
  return ids.filter((id) => new RegExp(`\\b${id}\\b`).test(text));
}
