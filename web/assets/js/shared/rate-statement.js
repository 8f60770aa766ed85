// Which rate turned the catalogue's prices into the amounts shown: one short line under
// every result that shows money (the rate, its source, its date and age, and a warning
// once it is older than content/currencies.json's stale_after_days), with the details in a
// disclosure. The document's `currency` object (the core's) says it all; without one,
// amounts are in the catalogue's own currency and nothing was converted.
import { h } from './html.js';
import { formatNumber } from './format.js';

const rate = (x) => formatNumber(x, 6); // a rate as precise as its source gives it
const DAY = 24 * 60 * 60 * 1000;

function daysOld(date, today) {
  const days = Math.floor((today - Date.parse(`${date}T00:00:00Z`)) / DAY);
  return days >= 0 ? days : null;
}

function age(days) {
  if (days == null) return '';
  return days === 0 ? ', today' : `, ${formatNumber(days)} day${days === 1 ? '' : 's'} old`;
}

function statement(kind, line, details) {
  return h(
    'div',
    { class: 'rs-rate', 'data-rate': kind },
    h('p', { class: 'rs-rate-line' }, line),
    details && h('details', { class: 'rs-rate-details' }, h('summary', {}, 'About this rate'), h('p', {}, details)),
  );
}

// doc: a timeline or compare document; today: a time in ms (Date.now() by default).
export function rateStatement(doc, today = Date.now()) {
  const c = doc.currency;
  if (!c) {
    const own = doc.provider?.currency ?? doc.providers?.[0]?.currency ?? 'USD';
    return statement('none', `Amounts in ${own}, the currency of the prices; nothing is converted.`, null);
  }
  const converted = `1 ${c.catalogue_currency} = ${rate(c.per_catalogue_unit)} ${c.code}`;
  const name = c.name ?? c.code;
  // The published movement the band draws, with its source (content/currencies.json).
  const movement = c.movement_source
    ? ` The band's ${c.drift_pct_per_year}% a year drift and ${c.spread_pct}% spread: an estimate from ${c.movement_source}.`
    : '';
  if (c.rate_from === 'input') {
    const published =
      c.default_per_usd != null
        ? ` The published rate is ${rate(c.default_per_usd)} ${c.code} (for ${c.default_rate_date}).`
        : '';
    return statement(
      'yours',
      `${converted}: your rate.`,
      `Amounts in ${name}, converted at the rate you typed.${published}${movement}`,
    );
  }
  const days = daysOld(c.rate_date, today);
  const old = c.stale_after_days > 0 && days > c.stale_after_days;
  return statement(
    old ? 'old' : 'published',
    [
      `${converted}, ${c.rate_source_name ? `${c.rate_source_name}, ` : ''}for ${c.rate_date}${age(days)}`,
      old ? h('strong', { class: 'rs-rate-old' }, ': an old rate; type today’s in the rate field.') : '.',
    ],
    `Amounts in ${name}, converted at ${converted}, the rate for ${c.rate_date}. Source: ${c.rate_source}. Rates move daily: type today's in the rate field.${movement}`,
  );
}
