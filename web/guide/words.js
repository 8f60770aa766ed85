// The guide pages' own ways of putting numbers in words, built on the site's one formatter
// (assets/js/shared/format.js): a stage's range of users, a span of minutes, a change in
// percent, a metric rounded as a dashboard shows it, and a metric's unit from the rulebook.
import { formatMoney, formatNumber, formatReading } from '../assets/js/shared/format.js';

// A metric's unit as content/rules.json gives it ("%", "ms", "" for a yes/no observation).
export function metricUnit(metric, rules) {
  const words = rules.metrics[metric];
  if (!words) throw new Error(`no words for ${metric} in content/rules.json's metrics`);
  return words.unit;
}

// A predicted measurement, rounded as a dashboard would show it (the live pages' own).
export const reading = formatReading;

// An amount in the guide's prose: a whole one without cents ("$150"), others to the cent.
export const amount = (cents, currency) => formatMoney(cents, currency, { dropZeroCents: true });

export function userRange(min, max) {
  return max == null ? `${formatNumber(min)} users and up` : `${formatNumber(min)} to ${formatNumber(max)} users`;
}

export function percentChange(from, to) {
  return Math.round(((to - from) / from) * 100);
}

// A span of minutes in words: "1–2 minutes", "1 hour".
export function minutes(low, high = low) {
  const inHours = low % 60 === 0 && high % 60 === 0;
  const [a, b, unit] = inHours ? [low / 60, high / 60, 'hour'] : [low, high, 'minute'];
  const span = a === b ? formatNumber(a) : `${formatNumber(a)}–${formatNumber(b)}`;
  return `${span} ${unit}${a === 1 && b === 1 ? '' : 's'}`;
}
