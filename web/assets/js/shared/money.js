// Amounts as readers see them. A document computed with a display currency carries a
// `..._display_cents` twin beside every `..._cents` amount (the core converts; see
// content/currencies.json), so the page never converts a cost itself: it shows the twin
// when there is one, in the display currency, formatted for the reader's locale
// (format.js). An amount that includes an estimated price gets "≈" before it.
import { formatMoney } from './format.js';

// The currency a document's amounts are shown in: its display currency, or the catalogue's.
export function shownCurrency(doc) {
  return doc.currency?.code ?? doc.provider?.currency ?? doc.providers?.[0]?.currency ?? 'USD';
}

// The shown cents of `holder[name + '_cents']`: its display twin when the document has one.
export function shownCents(holder, name) {
  return holder[`${name}_display_cents`] ?? holder[`${name}_cents`];
}

// "₦26,024.50", or "≈ ₦26,024.50" when `estimated`.
export function shownMoney(doc, holder, name, estimated = false) {
  const text = formatMoney(shownCents(holder, name), shownCurrency(doc));
  return estimated ? `≈ ${text}` : text;
}
