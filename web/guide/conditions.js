// A rule's conditions in readers' words, from the rulebook's metric labels and units:
// "Database CPU, sustained: above 60%". Rule ids and metric names stay out of the text.
import { COMPARISON_WORDS as WORDS } from '../assets/js/shared/comparison-words.js';
import { formatMeasured } from '../assets/js/shared/format.js';
import { metricUnit } from './words.js';

export function metricLabel(metric, rules) {
  const words = rules.metrics[metric];
  if (!words) throw new Error(`no label for ${metric} in content/rules.json's metrics`);
  return words.label;
}

// "60%": a rule's threshold with its metric's unit; for a yes/no observation, "yes" or "no".
export function threshold(condition, rules) {
  return formatMeasured(condition.threshold, metricUnit(condition.metric, rules));
}

// "above 60%"; for a yes/no observation, "yes" or "no".
export function bound(condition, rules) {
  if (condition.comparison === 'is') return threshold(condition, rules);
  return `${WORDS[condition.comparison]} ${threshold(condition, rules)}`;
}
