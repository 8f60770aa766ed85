// The calculator's second form, under its recommendation: the provider whose prices the
// stage's cost and the timeline use, the growth per month, and the display currency. Its
// field names are the timeline's (timeline-form.json, timeline-form.js), so both pages share one
// vocabulary. Rendered at build time into the page; with the recommendation's inputs it
// becomes the core's timeline input (`rightsize timeline` gives the same document for it).
import { h } from '../shared/html.js';
import { numberField, selectField } from '../shared/form-fields.js';
import { currencyFieldFor, currencyFields, currencyInput } from '../shared/currency-fields.js';
import { formFields } from '../shared/form-spec.js';
import { serviceFieldFor, servicesInput } from '../services/service-input.js';
import { serviceFields } from '../services/service-fields.js';

// rules, assumptions, currencies: content/; forms: every form (read-forms.js); catalogues: by name, label
// and completeness (only complete ones can price a stage); values: the starting values.
export function renderMoneyForm({ rules, assumptions, currencies, forms, catalogues }, prefix = 'rs-', values = {}) {
  const start = { ...forms.calculator_money.values, ...values };
  const growth = formFields(forms.timeline, rules.metrics).numbers.find((f) => f.name === 'monthly_pct');
  const providers = catalogues
    .filter((c) => c.complete)
    .map((c) => ({ value: c.name, text: c.label, attrs: { 'data-currency': c.currency } }));
  return h(
    'form',
    {
      class: 'rs-form rs-money-form',
      novalidate: true,
      'aria-label': 'Growth, prices and currency',
      'data-money-form': '',
    },
    h(
      'fieldset',
      {},
      h('legend', {}, 'Growth, prices and currency'),
      numberField({ ...growth, hint: forms.calculator_money.growth_hint }, prefix, start.monthly_pct),
      selectField('provider', 'Prices from', providers, prefix, start.provider ?? assumptions.defaults.provider),
      currencyFields(currencies, prefix, start),
    ),
    h('p', { class: 'rs-form-error', 'data-error-for': 'input', hidden: true }),
  );
}

// "How you pay", closed: the commitment's month and the Database and Cache selects (the
// timeline form's fields). The money module adds it to the form once it loads, after the
// first live result, since only a computed timeline can use it. form: the timeline's form
// spec (timeline-form.json); services: [{name, label, replaces}]; values: the fields' values.
export function payDetails(form, services, prefix, values = {}) {
  const field = form.numbers.find((f) => f.name === 'commitment_from');
  return h(
    'details',
    { class: 'rs-pay', open: values.commitment_from !== undefined || servicesInput(values) !== undefined },
    h('summary', {}, form.pay_legend),
    numberField(field, prefix, values.commitment_from),
    serviceFields(form.services, services, prefix, values),
  );
}

// values: the calculator's form (readForm); money: the money form's;
// defaultRate: the chosen display currency's published rate.
export function calculatorTimelineInput(values, money, { defaultRate, catalogueCurrency } = {}) {
  const input = { ...values, provider: money.provider };
  if (money.monthly_pct !== undefined) input.growth = { monthly_pct: money.monthly_pct };
  const currency = currencyInput(money, defaultRate, catalogueCurrency);
  if (currency) input.currency = currency;
  if (money.commitment_from !== undefined) input.commitment = { from_month: money.commitment_from };
  const services = servicesInput(money);
  if (services) input.services = services;
  return input;
}

// Which field of the money form holds an error the core reported for a path, or null for
// a field of the recommendation's form (which the recommendation reports itself).
export function moneyFieldFor(path) {
  if (path.startsWith('growth')) return 'monthly_pct';
  if (path.startsWith('currency')) return currencyFieldFor(path);
  if (path === 'provider') return 'provider';
  if (path.startsWith('commitment')) return 'commitment_from';
  return serviceFieldFor(path) ?? 'input';
}
