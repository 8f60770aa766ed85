// Shared by the JavaScript tests that cross a threshold of content/rules.json or use a
// default of content/assumptions.json: each read from the content directory, never typed,
// so moving one in content/ moves the tests with it (as tests/core/support/rules_support.hpp
// does for the core's tests).
import { readContent } from '../../wasm/node/load-node.js';

export const rules = await readContent('rules.json');
export const assumptions = await readContent('assumptions.json');

// The rule of rules.json with this id: a trigger, an in-place move or advice.
export function rule(id) {
  const found = [...rules.triggers, ...rules.in_place, ...rules.advice].find((r) => r.id === id);
  if (!found) throw new Error(`no rule ${id} in content/rules.json`);
  return found;
}

export const threshold = (id) => rule(id).threshold;

// A value well past a rule's "above" threshold and inside its metric's range: halfway to
// 100 for a percentage, 30% over for anything else.
export function past(id) {
  const r = rule(id);
  return rules.metrics[r.metric].unit === '%' ? (r.threshold + 100) / 2 : r.threshold * 1.3;
}

// A stage of rules.json by its number: its user range, name and move.
export const stage = (n) => rules.stages.find((s) => s.stage === n);

// An assumption's default value (assumptions.json).
export const assumption = (name) => assumptions.assumptions[name].value;
