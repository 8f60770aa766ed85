// The timeline's form and its translation into the core's timeline input: amounts to
// cents, "month:users" milestones to an object, the band switch to the core's defaults.
import { h } from '../shared/html.js';
import { flagField, numberField, selectField } from '../shared/form-fields.js';
import { fill, formFields } from '../shared/form-spec.js';
import { budgetInput, currencyFieldFor, currencyFields, currencyInput } from '../shared/currency-fields.js';
import { readNumber } from '../shared/read-number.js';
import { formatMoney } from '../shared/format.js';
import { serviceFieldFor, servicesInput, serviceValues } from '../services/service-input.js';
// The page needs only these names at run time: the rest of the form's spec
// (timeline-form.json) is the build's, so the page's first load does not carry it.
import assumptionFields from '../../data/timeline-assumption-fields.json' with { type: 'json' };

// The form's values for a timeline input (a preset such as the guide's example). A budget
// shows in the input's display currency: as given in it (`budget_display_cents`), or
// `budget_cents` at the input's rate, `per_usd` or else `rates[code]` (each currency's
// published rate, e.g. from content/currencies.json).
export function formValues(input, rates = {}) {
  const values = { ...input };
  delete values.growth;
  if (input.growth?.milestones)
    values.milestones = Object.entries(input.growth.milestones)
      .map(([m, u]) => `${m}:${u}`)
      .join(', ');
  if (input.growth?.monthly_pct !== undefined) values.monthly_pct = input.growth.monthly_pct;
  const rate = input.currency ? (input.currency.per_usd ?? rates[input.currency.code]) : 1;
  if (input.budget_display_cents !== undefined) values.budget = input.budget_display_cents / 100;
  else if (input.budget_cents !== undefined) values.budget = Math.round(input.budget_cents * (rate ?? 1)) / 100;
  delete values.currency;
  delete values.assumptions;
  for (const [name, value] of Object.entries(input.assumptions ?? {})) values[name] = value;
  if (input.currency?.code) values.currency = input.currency.code;
  if (input.currency?.per_usd !== undefined) values.per_usd = input.currency.per_usd;
  for (const name of MOVEMENT) if (input.currency?.[name] !== undefined) values[name] = input.currency[name];
  delete values.commitment;
  if (input.commitment?.from_month !== undefined) values.commitment_from = input.commitment.from_month;
  delete values.services;
  Object.assign(values, serviceValues(input.services));
  return values;
}

// The currency's movement, which the band draws (currency.drift_pct_per_year, spread_pct).
const MOVEMENT = ['drift_pct_per_year', 'spread_pct'];

// rules: content/rules.json; assumptions: content/assumptions.json (its defaults fill the
// band's label and choose the provider); form: timeline-form.json; catalogues: by
// name, label and completeness; currencies: content/currencies.json; values: the form's
// values (formValues of a preset). How you pay's Database and Cache selects are not here:
// the page adds them after its first result (services/timeline-services.js).
export function renderTimelineForm({ rules, assumptions, form, catalogues, currencies }, prefix = 'rt-', values = {}) {
  const fields = formFields(form, rules.metrics);
  const band = assumptions.defaults.uncertainty;
  const flags = fields.flags.map((f) => (f.name === 'band' ? { ...f, label: fill(f.label, band) } : f));
  const byName = Object.fromEntries(fields.numbers.map((f) => [f.name, f]));
  const providers = catalogues.map((c) => ({
    value: c.name,
    text: c.complete ? c.label : `${c.label} (prices incomplete)`,
    attrs: { 'data-currency': c.currency },
  }));
  const number = (name) => numberField(byName[name], prefix, values[name]);
  // The milestones in a box that wraps and grows, so every milestone shows at once.
  const milestones = () => numberField(byName.milestones, prefix, values.milestones, { multiline: true });
  const traffic = ASSUMPTION_FIELDS.map((name) =>
    assumptionField(name, assumptions.assumptions[name], form.assumption_hint),
  );
  return h(
    'form',
    { class: 'rs-form', novalidate: true, 'aria-label': 'Your growth' },
    h(
      'fieldset',
      {},
      h('legend', {}, 'Your growth'),
      number('users'),
      milestones(),
      number('monthly_pct'),
      number('months'),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Prices and budget'),
      selectField('provider', 'Prices from', providers, prefix, values.provider ?? assumptions.defaults.provider),
      currencyFields(currencies, prefix, values),
      number('budget'),
      h(
        'details',
        { class: 'rt-rate-movement', open: MOVEMENT.some((n) => values[n] !== undefined) },
        h('summary', {}, form.rate_movement),
        MOVEMENT.map(number),
      ),
    ),
    // Closed, so the first screen stays the growth and the prices.
    h(
      'details',
      { class: 'rt-pay', open: values.commitment_from !== undefined },
      h('summary', {}, form.pay_legend),
      number('commitment_from'),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'What you know'),
      flags.map((f) => flagField(f, prefix, values[f.name])),
      traffic.map((f) => numberField(f, prefix, values[f.name])),
    ),
    h('p', { class: 'rs-form-error', 'data-error-for': 'input', hidden: true }),
  );
}

// A field for one of the model's assumptions (content/assumptions.json): its label and unit,
// and a hint naming the default the model uses when the field is empty.
function assumptionField(name, spec, hint) {
  return { name, label: spec.label, unit: spec.unit, inputmode: 'decimal', hint: fill(hint, spec) };
}

// The assumptions a timeline form has fields for.
export const ASSUMPTION_FIELDS = assumptionFields;

// "1:100, 6:5k, 12:20,000" -> {"1": 100, "6": 5000, "12": 20000}, each month's users read
// as any number field is (read-number.js); {error} for a month whose users do not read,
// null when the text is not month:users pairs.
function parseMilestones(text) {
  const out = {};
  for (const part of String(text).split(/,(?=\s*\d+\s*:)/)) {
    const m = /^\s*(\d+)\s*:(.+)$/.exec(part);
    if (!m) return null;
    const users = readNumber(m[2], 'users');
    if (users.error) return { error: { field: `growth.milestones.${m[1]}`, message: users.error } };
    out[m[1]] = users.value;
  }
  return out;
}

// The form's values (readForm) as a timeline input, or {error} for a field the core never
// sees. defaultRate: the chosen display currency's published rate (currency-fields.js).
export function timelineInput(values, { defaultRate, catalogueCurrency } = {}) {
  const input = { months: values.months, provider: values.provider };
  for (const flag of ['repeated_reads', 'slow_changing_data', 'needs_redundancy']) input[flag] = values[flag];
  if (values.users !== undefined) input.users = values.users;
  if (values.milestones !== undefined) {
    const milestones = parseMilestones(values.milestones);
    if (!milestones)
      return { error: { field: 'milestones', message: 'write month:users pairs separated by commas, e.g. 6:5000' } };
    if (milestones.error) return milestones;
    input.growth = { milestones };
  } else if (values.monthly_pct !== undefined) {
    input.growth = { monthly_pct: values.monthly_pct };
  }
  const currency = currencyInput(values, defaultRate, catalogueCurrency);
  if (currency) {
    for (const name of MOVEMENT) if (values[name] !== undefined) currency[name] = values[name];
    input.currency = currency;
  }
  if (values.budget !== undefined) Object.assign(input, budgetInput(values.budget, currency));
  if (values.band) input.uncertainty = {}; // the core's defaults, content/assumptions.json
  if (values.commitment_from !== undefined) input.commitment = { from_month: values.commitment_from };
  const services = servicesInput(values);
  if (services) input.services = services;
  const assumptions = Object.fromEntries(
    ASSUMPTION_FIELDS.filter((n) => values[n] !== undefined).map((n) => [n, values[n]]),
  );
  if (Object.keys(assumptions).length > 0) input.assumptions = assumptions;
  return { input };
}

// What the timeline form says beside a field that the core does not: a growth rate typed
// while milestones are set is not used (timelineInput sends the milestones alone).
// values: the form's text by field name.
// The rate's movement is drawn only by the band, and only for a currency other than the dollar.
export function timelineNotes(values) {
  const notes = [];
  if (values.milestones?.trim() && values.monthly_pct?.trim())
    notes.push({
      name: 'monthly_pct',
      message: 'not used while there are milestones: they set the growth',
      note: true,
    });
  for (const name of MOVEMENT.filter((n) => values[n]?.trim())) {
    if ((values.currency ?? 'USD') === 'USD')
      notes.push({ name, message: 'not used with US dollars: choose the currency it moves', note: true });
    else if (!values.band)
      notes.push({ name, message: 'used by the uncertainty band: turn it on to see it', note: true });
  }
  return notes;
}

// The core checks a budget in the catalogue's cents (budget_cents) or, typed in another
// currency, in its cents (budget_display_cents); either way its errors' amounts are shown in
// the display currency: the amount as typed, `budget` (the form's value), and each bound,
// converted at the rate when the core spoke in the catalogue's cents.
export function budgetInCurrency(doc, { currency, budget } = {}, defaultRate = 1) {
  const rate = currency ? (currency.per_usd ?? defaultRate) : 1;
  if (doc?.ok !== false || !(rate > 0)) return doc;
  const money = (cents) => formatMoney(Math.round(cents), currency?.code ?? 'USD');
  const say = (message, per) => {
    const [bounds, got] = message.split(' (got ');
    const said = bounds.replace(/-?\d+(\.\d+)?(e\d+)?/g, (n) => money(Number(n) * per));
    if (got === undefined) return said;
    return `${said} (got ${typeof budget === 'number' ? `${money(budget * 100)})` : got}`;
  };
  const per = { budget_cents: rate, budget_display_cents: 1 };
  return {
    ...doc,
    errors: doc.errors.map((e) => (e.field in per ? { ...e, message: say(e.message, per[e.field]) } : e)),
  };
}

// Which form field holds an error the core reported for a path in the timeline input.
export function timelineFieldFor(path) {
  if (path === 'budget_cents' || path === 'budget_display_cents') return 'budget';
  if (path.startsWith('growth.milestones.')) return { field: 'milestones', detail: `month ${path.split('.')[2]}` };
  if (path.startsWith('growth.milestones')) return 'milestones';
  if (path.startsWith('growth')) return 'monthly_pct';
  if (path.startsWith('uncertainty')) return 'band';
  if (path.startsWith('commitment')) return 'commitment_from';
  if (path.startsWith('services.')) return serviceFieldFor(path);
  if (path.startsWith('currency')) return currencyFieldFor(path);
  if (path.startsWith('assumptions.')) return path.split('.')[1];
  return path.split('.')[0];
}
