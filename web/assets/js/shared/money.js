// Amounts as readers see them. A document computed with a display currency carries a
// `..._display_cents` twin beside every `..._cents` amount (the core converts; see
// content/currencies.json), so the page never converts a cost itself: it shows the twin
// when there is one, in the display currency, formatted for the reader's locale
// (format.js). A forecast's amount is in whole units (a model's month is no more exact than
// that), written the same way in every caption, note, table and chart; a budget the reader
// typed keeps its cents. An amount that includes an estimated price gets "≈" before it.
import { formatMoney, formatWholeMoney } from './format.js';

// The currency a document's amounts are shown in: its display currency, or the catalogue's
// (a comparison's: the one it converted every catalogue to).
export function shownCurrency(doc) {
  return (
    doc.currency?.code ?? doc.comparison_currency ?? doc.provider?.currency ?? doc.providers?.[0]?.currency ?? 'USD'
  );
}

// The shown cents of `holder[name + '_cents']`: its display twin when the document has one.
export function shownCents(holder, name) {
  return holder[`${name}_display_cents`] ?? holder[`${name}_cents`];
}

// "₦26,025", or "≈ ₦26,025" when `estimated`: a forecast's amount.
export function shownMoney(doc, holder, name, estimated = false) {
  const text = formatWholeMoney(shownCents(holder, name), shownCurrency(doc));
  return estimated ? `≈ ${text}` : text;
}

// "$150" or "$150.50": an amount the reader typed (a budget), as exact as it was typed.
export const typedMoney = (doc, holder, name) =>
  formatMoney(shownCents(holder, name), shownCurrency(doc), { dropZeroCents: true });
