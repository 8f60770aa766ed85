// Numbers and money as readers see them, from the one place that builds Intl formatters:
// building one costs far more than using one, so each is made once and kept. Every number is
// in the reader's own locale in the browser (navigator.language) and in the site's at build
// time (SITE_LOCALE, the pages' language), which is what the browser gives a reader of the
// default locale, so a prerendered result and the live one read the same. A value's unit is
// always given by the caller, from content/ (rules.json's metrics, assumptions.json) or from
// the core's document, and written the one way withUnit() says.

export const SITE_LOCALE = 'en-US';
const IN_BROWSER = typeof window !== 'undefined' || typeof WorkerGlobalScope !== 'undefined';
const LOCALE = IN_BROWSER ? navigator.language : SITE_LOCALE;

const formats = new Map(); // options -> Intl.NumberFormat

function numberFormat(options) {
  const key = JSON.stringify(options);
  if (!formats.has(key)) formats.set(key, new Intl.NumberFormat(LOCALE, options));
  return formats.get(key);
}

// Builds the first number format in a task of its own, soon: the first Intl formatter a page
// makes loads the locale's data (20-60 ms on a phone), which would otherwise land in the task
// that draws the first result. Called while a module downloads, when the thread is idle.
export function warmNumberFormats() {
  setTimeout(() => numberFormat({ maximumFractionDigits: 2 }));
}

// The reader's thousands separator and decimal mark ({group: ",", decimal: "."} in en-US),
// so read-number.js knows which texts their locale would write another way. locale: the
// reader's unless given (a test's).
const marks = new Map();
export function numberMarks(locale = LOCALE) {
  if (!marks.has(locale)) {
    const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
    const part = (type) => parts.find((p) => p.type === type)?.value;
    marks.set(locale, { group: part('group'), decimal: part('decimal') });
  }
  return marks.get(locale);
}

// "1,234.56": up to `digits` decimals (2 unless said), as few as the number needs.
export const formatNumber = (value, digits = 2) => numberFormat({ maximumFractionDigits: digits }).format(value);

// "5,000": a whole number of something (users, requests, paths).
export const formatCount = (value) => formatNumber(value, 0);

// "₦26,024.50" from integer cents in a currency. dropZeroCents: "$150" for a whole amount
// (the guide's prose), "$16.79" otherwise.
export function formatMoney(cents, currency, { dropZeroCents = false } = {}) {
  const digits = dropZeroCents && cents % 100 === 0 ? { minimumFractionDigits: 0 } : {};
  return numberFormat({ style: 'currency', currency, ...digits }).format(cents / 100);
}

// "₦26,025": a forecast's amount, in whole units of its currency (a model's month is no
// more exact than that).
export const formatWholeMoney = (cents, currency) =>
  numberFormat({ style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(cents / 100);

// "$1.2K": an amount on a chart's axis or in its caption. digits: up to 1 decimal unless
// said (an axis tick such as "$1.25K" needs 2 to be exact). The currency is written as
// formatMoney() writes it ("NGN 1M" beside "NGN 26,025"): one symbol per currency.
export function formatShortMoney(cents, currency, digits = 1) {
  return numberFormat({
    style: 'currency',
    currency,
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: digits,
  }).format(cents / 100);
}

// A value's text with its unit as content/ spells it: a percentage and a ratio ("x", shown
// as "×") sit against the number ("72%", "20% of monthly users", "3×"), any other unit
// follows a space ("320 ms"), and no unit adds nothing.
export function withUnit(text, unit) {
  if (!unit) return text;
  if (unit === 'x' || unit === '×') return `${text}×`;
  return unit.startsWith('%') ? `${text}${unit}` : `${text} ${unit}`;
}

// A measured or assumed value with its unit ("72.5%", "320 ms"); a yes/no one as "yes" or "no".
export function formatMeasured(value, unit) {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return withUnit(formatNumber(value), unit);
}

// A predicted measurement, rounded as a dashboard shows it: 427 ms, 61%, 0.2%.
export function roundReading(value, unit) {
  if (typeof value !== 'number') return value;
  const digits = unit === '%' && Math.abs(value) < 1 ? 1 : 0;
  return Number(value.toFixed(digits));
}

// The same in words: "427 ms", "61%", "0.2%".
export const formatReading = (value, unit) => formatMeasured(roundReading(value, unit), unit);

// "28 November 2026": the date a price was read, in the guide's pages. Written day, month,
// year whatever the locale, as the guide's prose does; the pages print it at build time only.
let longDate = null;
export function formatLongDate(iso) {
  longDate ??= new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return longDate.format(new Date(`${iso}T00:00:00Z`));
}
