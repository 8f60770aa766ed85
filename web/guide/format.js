// How the guide pages print numbers: money from integer cents, counts with separators,
// a threshold with the unit its metric's name carries, an assumption with its unit.
const count = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export const number = (n) => count.format(n);

// Whole amounts print without cents: "$150", "$16.79".
export function money(cents, currency = 'USD') {
  const digits = cents % 100 === 0 ? 0 : 2;
  return new Intl.NumberFormat('en-US', { style: 'currency', currency, minimumFractionDigits: digits }).format(cents / 100);
}

// Metric names end in their unit (the CLI's contract): db_cpu_pct, p95_ms.
export function measure(value, metric) {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (metric.endsWith('_pct')) return `${number(value)}%`;
  if (metric.endsWith('_ms')) return `${number(value)} ms`;
  return number(value);
}

// A predicted measurement, rounded as a dashboard would show it: "427 ms", "61%", "0.2%".
export function reading(value, metric) {
  if (typeof value !== 'number') return measure(value, metric);
  const digits = metric.endsWith('_pct') && Math.abs(value) < 1 ? 1 : 0;
  return measure(Number(value.toFixed(digits)), metric);
}

// An assumption's value with its unit, as content/assumptions.json spells the unit.
export function quantity({ value, unit }) {
  if (unit.startsWith('%')) return `${number(value)}${unit}`;
  if (unit === 'x') return `${number(value)}×`;
  return `${number(value)} ${unit}`;
}

export function userRange(min, max) {
  return max == null ? `${number(min)} users and up` : `${number(min)} to ${number(max)} users`;
}

export function percentChange(from, to) {
  return Math.round(((to - from) / from) * 100);
}

// A span of minutes in words: "1–2 minutes", "1 hour".
export function minutes(low, high = low) {
  const inHours = low % 60 === 0 && high % 60 === 0;
  const [a, b, unit] = inHours ? [low / 60, high / 60, 'hour'] : [low, high, 'minute'];
  const span = a === b ? number(a) : `${number(a)}–${number(b)}`;
  return `${span} ${unit}${a === 1 && b === 1 ? '' : 's'}`;
}

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
export const date = (iso) => longDate.format(new Date(`${iso}T00:00:00Z`));
