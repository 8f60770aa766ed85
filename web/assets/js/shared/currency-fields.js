// The display currency: a select of US dollars and every currency in
// content/currencies.json, and the rate per dollar, which starts at the file's default
// and which the reader may edit. The core converts (the input's `currency`: {code} takes
// the file's rate, with its source and date; {code, per_usd} the reader's own), a monthly
// budget typed in the display currency included, so the page converts nothing.
import { h } from './html.js';
import { errorSlot, noteSlot, selectField } from './form-fields.js';

const BASE = 'USD';

// currencies: content/currencies.json. Each option carries its default rate, so the page
// can fill the rate field when the reader picks a currency without fetching the file.
export function currencyFields(currencies, prefix, values = {}) {
  const code = values.currency ?? BASE;
  const chosen = currencies.currencies.find((c) => c.code === code);
  const select = selectField(
    'currency',
    'Show amounts in',
    [
      { value: BASE, text: `US dollar (${BASE})` },
      ...currencies.currencies.map((c) => ({ value: c.code, text: `${c.name} (${c.code})` })),
    ],
    prefix,
    code,
  );
  for (const option of select.children[1].children) {
    const c = currencies.currencies.find((x) => x.code === option.attrs.value);
    option.attrs['data-per-usd'] = c ? String(c.per_usd) : '1';
  }
  const id = `${prefix}per_usd`;
  return [
    select,
    h(
      'div',
      { class: 'rs-field', 'data-field': 'per_usd' },
      h('label', { for: id }, 'Exchange rate'),
      h(
        'div',
        { class: 'rs-input' },
        h('input', {
          id,
          name: 'per_usd',
          type: 'text',
          inputmode: 'decimal',
          autocomplete: 'off',
          spellcheck: 'false',
          value: values.per_usd ?? (chosen ? chosen.per_usd : 1),
          disabled: code === BASE,
          'aria-describedby': `${id}-unit ${id}-hint ${id}-error ${id}-note`,
        }),
        h('span', { class: 'rs-unit', id: `${id}-unit` }, `${code} to one ${BASE}`),
      ),
      h('p', { class: 'rs-hint', id: `${id}-hint` }, 'A published rate; type your own to use it.'),
      errorSlot(id, 'per_usd'),
      noteSlot(id, 'per_usd'),
    ),
  ];
}

// The input's `currency` for the form's values (readForm), given the chosen currency's
// default rate: none for dollars, {code} for the default rate (the core then names its
// source and date), {code, per_usd} for a rate the reader typed. Dollars from a catalogue
// that prices in another currency (Hetzner's euros) are asked for as {code: "USD"}, so the
// core converts them too and the select and the amounts agree.
export function currencyInput(values, defaultRate, catalogueCurrency = BASE) {
  const code = values.currency;
  if ((code === undefined || code === BASE) && catalogueCurrency !== BASE) return { code: BASE };
  if (code === undefined || code === BASE) return undefined;
  if (values.per_usd === undefined || values.per_usd === defaultRate) return { code };
  return { code, per_usd: values.per_usd };
}

// A monthly budget typed in the display currency, as the input's field: in the catalogue's
// own dollars `budget_cents`; in any display currency `budget_display_cents`,
// the amount typed, which the core converts at the rate it shows, so a link keeps it exactly.
export function budgetInput(budget, currency) {
  if (typeof budget !== 'number') return currency ? { budget_display_cents: budget } : { budget_cents: budget }; // text: the core names the field
  // A negative budget stays negative, however small, so the core names it.
  const cents = budget < 0 ? Math.min(Math.round(budget * 100), -1) : Math.round(budget * 100);
  return currency ? { budget_display_cents: cents } : { budget_cents: cents };
}

// Which form field holds an error the core reported for a path under `currency`.
export function currencyFieldFor(path) {
  const field = path.split('.')[1];
  return ['per_usd', 'drift_pct_per_year', 'spread_pct'].includes(field) ? field : 'currency';
}

// In the browser: the chosen currency's default rate, read from its option.
// The currency the chosen provider's catalogue prices in (its option's data-currency).
export function catalogueCurrency(form) {
  const select = form.elements.namedItem('provider');
  return select?.selectedOptions?.[0]?.dataset.currency || BASE;
}

export function defaultRate(form) {
  const select = form.elements.namedItem('currency');
  const option = select?.selectedOptions?.[0];
  return option ? Number(option.dataset.perUsd) : undefined;
}

// In the browser: the rate field as the chosen currency has it, after a link filled the form
// or a reset emptied it: off for dollars, its unit naming the currency, and the published
// rate when it is empty (a link that gives no rate means that one).
export function showCurrency(form) {
  const select = form?.elements.namedItem('currency');
  const rate = form?.elements.namedItem('per_usd');
  if (!select || !rate) return;
  if (rate.value.trim() === '') rate.value = select.selectedOptions[0]?.dataset.perUsd ?? '';
  rate.disabled = select.value === BASE;
  form.querySelector(`#${CSS.escape(rate.id)}-unit`).textContent = `${select.value} to one ${BASE}`;
}

// In the browser: picking a currency puts its default rate in the rate field (before the
// element recomputes: this listens on the select, the element on itself).
export function wireCurrencyFields(form) {
  const select = form?.elements.namedItem('currency');
  const rate = form?.elements.namedItem('per_usd');
  if (!select || !rate) return;
  const follow = () => {
    rate.value = '';
    showCurrency(form);
  };
  select.addEventListener('input', follow);
  select.addEventListener('change', follow);
}
