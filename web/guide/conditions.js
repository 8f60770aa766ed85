// A rule's conditions in readers' words, from the rulebook's metric labels: "Database CPU,
// sustained: above 60%". Rule ids and metric names stay out of the text.
import { measure } from './format.js';
import { COMPARISON_WORDS as WORDS } from '../assets/js/shared/comparison-words.js';

export function metricLabel(metric, rules) {
  const words = rules.metrics[metric];
  if (!words) throw new Error(`no label for ${metric} in content/rules.json's metrics`);
  return words.label;
}

// "above 60%"; for a yes/no observation, "yes" or "no".
export function bound(condition) {
  if (condition.comparison === 'is') return measure(condition.threshold, condition.metric);
  return `${WORDS[condition.comparison]} ${measure(condition.threshold, condition.metric)}`;
}
