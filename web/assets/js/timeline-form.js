// The timeline's form and its translation into the core's timeline input: dollars to
// cents, "month:users" milestones to an object, the band switch to its settings.
import { h } from './html.js';
import { flagField, numberField, selectField } from './form-fields.js';

const MILESTONES = { name: 'milestones', label: 'Growth milestones', unit: 'month:users',
  hint: 'Month and users, comma-separated (the guide: 1:100, 6:5000, 12:50000, 18:200000). Leave empty to use the growth per month.' };

export function renderTimelineForm(fields, catalogues, prefix = 'rt-', values = {}) {
  const providers = catalogues.map((c) => ({ value: c.name, text: c.complete ? c.label : `${c.label} (prices incomplete)` }));
  const [users, monthly, months, budget] = fields.numbers;
  return h('form', { class: 'rs-form', novalidate: true, 'aria-label': 'Your growth' },
    h('fieldset', {}, h('legend', {}, 'Your growth'),
      numberField({ ...users, required: true }, prefix, values.users),
      numberField({ ...MILESTONES, default: fields.milestones }, prefix, values.milestones),
      numberField(monthly, prefix, values.monthly_pct),
      numberField(months, prefix, values.months)),
    h('fieldset', {}, h('legend', {}, 'Prices and budget'),
      selectField('provider', 'Prices from', providers, prefix, values.provider ?? 'aws-us-east-1'),
      numberField(budget, prefix, values.budget)),
    h('fieldset', {}, h('legend', {}, 'What you know'),
      fields.flags.map((f) => flagField(f, prefix, values[f.name]))),
    h('p', { class: 'rs-form-error', 'data-error-for': 'input', hidden: true }));
}

// "1:100, 6:5000" -> {"1": 100, "6": 5000}; null when the text does not read that way.
function parseMilestones(text) {
  const out = {};
  for (const part of String(text).split(',')) {
    const m = /^\s*(\d+)\s*:\s*([\d_.eE+-]+)\s*$/.exec(part);
    if (!m) return null;
    out[m[1]] = Number(m[2].replace(/_/g, ''));
  }
  return out;
}

// The form's values (readForm) as a timeline input, or {error} for a field the core never sees.
export function timelineInput(values) {
  const input = { months: values.months, provider: values.provider };
  for (const flag of ['repeated_reads', 'slow_changing_data', 'needs_redundancy']) input[flag] = values[flag];
  if (values.users !== undefined) input.users = values.users;
  if (values.milestones !== undefined) {
    const milestones = parseMilestones(values.milestones);
    if (!milestones) return { error: { field: 'milestones', message: 'write month:users pairs separated by commas, e.g. 6:5000' } };
    input.growth = { milestones };
  } else if (values.monthly_pct !== undefined) {
    input.growth = { monthly_pct: values.monthly_pct };
  }
  if (values.budget !== undefined) input.budget_cents = typeof values.budget === 'number' ? Math.round(values.budget * 100) : values.budget;
  if (values.band) input.uncertainty = { paths: 512, seed: 7, growth_sd_pct: 10 };
  return { input };
}

// Which form field holds an error the core reported for a path in the timeline input.
export function timelineFieldFor(path) {
  if (path === 'budget_cents') return 'budget';
  if (path.startsWith('growth.milestones')) return 'milestones';
  if (path.startsWith('growth')) return 'monthly_pct';
  if (path.startsWith('uncertainty')) return 'band';
  return path.split('.')[0];
}
