// Which rate turned the catalogue's prices into the amounts shown, where it came from and
// how old it is: one sentence under every result that shows money. The document's
// `currency` object (the core's) says it all; without one, amounts are in the catalogue's
// own currency and nothing was converted.
import { h } from './html.js';
import { formatNumber } from './format.js';

const rate = (x) => formatNumber(x, 6); // a rate as precise as its source gives it
const DAY = 24 * 60 * 60 * 1000;

function age(date, today) {
  const days = Math.floor((today - Date.parse(`${date}T00:00:00Z`)) / DAY);
  if (!(days >= 0)) return '';
  return days === 0 ? ', today' : `, ${formatNumber(days)} day${days === 1 ? '' : 's'} ago`;
}

// doc: a timeline or compare document; today: a time in ms (Date.now() by default).
export function rateStatement(doc, today = Date.now()) {
  const c = doc.currency;
  if (!c) {
    const own = doc.provider?.currency ?? doc.providers?.[0]?.currency ?? 'USD';
    return h(
      'p',
      { class: 'rs-rate', 'data-rate': 'none' },
      `Amounts in ${own}, the currency of the prices; nothing is converted.`,
    );
  }
  const converted = `1 ${c.catalogue_currency} = ${rate(c.per_catalogue_unit)} ${c.code}`;
  if (c.rate_from === 'input') {
    const fallback =
      c.default_per_usd != null
        ? ` The published rate is ${rate(c.default_per_usd)} ${c.code} (for ${c.default_rate_date}).`
        : '';
    return h(
      'p',
      { class: 'rs-rate', 'data-rate': 'yours' },
      `Amounts in ${c.name ?? c.code}, converted at ${converted}: your rate.${fallback}`,
    );
  }
  return h(
    'p',
    { class: 'rs-rate', 'data-rate': 'published' },
    `Amounts in ${c.name ?? c.code}, converted at ${converted}, the rate for ${c.rate_date}${age(c.rate_date, today)}. Source: ${c.rate_source}. Rates move daily: type today's in the rate field.`,
  );
}
