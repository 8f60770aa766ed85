// The guide's example timeline as the core computes it: the milestone months beside what
// the guide says about them, and every stage move with the measurement that caused it.
import { bound, metricLabel } from './conditions.js';
import { formatNumber } from '../assets/js/shared/format.js';
import { amount, metricUnit, percentChange, reading } from './words.js';
import { component, machineCents, machinesFromTheFront } from '../assets/js/shared/machines.js';

// The unit of a metric a timeline month predicts: the rulebook's, or, for the two the rulebook
// has no words for, the core's own (core/model load_model.hpp): the working set against the
// memory the database has, in percent, and the connections in use, a count.
const PREDICTED_UNITS = { db_memory_pct: '%', connections: '' };
const predictedUnit = (metric, rules) =>
  metric in PREDICTED_UNITS ? PREDICTED_UNITS[metric] : metricUnit(metric, rules);

// The stage move a warning in `month` announces, if any: { stage, month }.
function coming(t, month) {
  const warned = t.events.filter((e) => e.type === 'warning' && e.month <= month);
  const move = t.events.find(
    (e) => e.type === 'stage' && e.month > month && warned.some((w) => w.to_stage === e.to_stage),
  );
  return move ? { stage: move.to_stage, month: move.month } : null;
}

function row(t, month, says, stageName, rules) {
  const m = t.months[month - 1];
  const currency = t.provider.currency;
  const app = component(m, 'app');
  const guideCents = says?.total_usd != null ? says.total_usd * 100 : null;
  return {
    month,
    users: formatNumber(m.users),
    stage: m.stage,
    stage_name: stageName(m.stage),
    machines: machinesFromTheFront(m),
    app_servers: app?.count ?? 0,
    cents: m.cost_cents,
    cost: amount(m.cost_cents, currency),
    machines_cost: amount(machineCents(m), currency),
    other_cost: amount(m.cost_cents - machineCents(m), currency),
    coming: coming(t, month),
    metrics: Object.fromEntries(Object.entries(m.metrics).map(([k, v]) => [k, reading(v, predictedUnit(k, rules))])),
    guide: says?.setup ?? '',
    guide_cost: guideCents == null ? null : amount(guideCents, currency),
    guide_app_servers: says?.app_servers ?? null,
    difference_pct: guideCents == null ? null : percentChange(guideCents, m.cost_cents),
  };
}

function move(t, e, rules) {
  const rule = rules.triggers.find((r) => r.id === e.trigger);
  const { metric } = rule;
  const value = t.months[e.month - 1].metrics[metric];
  return {
    month: e.month,
    stage: e.to_stage,
    users: formatNumber(t.months[e.month - 1].users),
    measured: metricLabel(metric, rules),
    value: value == null ? '' : reading(value, metricUnit(metric, rules)),
    bound: bound(rule, rules),
    warned_month: t.events.find((w) => w.type === 'warning' && w.to_stage === e.to_stage)?.month ?? null,
    sizing: e.sizing?.reason ?? null,
  };
}

export function guideExample(model, preset, figures, rules) {
  const doc = model.timeline(preset);
  if (!doc.ok) throw new Error(`the guide example was rejected: ${JSON.stringify(doc.errors)}`);
  const t = doc.result;
  const stageName = (n) => rules.stages[n - 1].name;
  const milestones = Object.keys(preset.growth.milestones)
    .map(Number)
    .sort((a, b) => a - b);
  const rows = milestones.map((m) => row(t, m, figures.example[m], stageName, rules));
  const o = t.overengineering;
  return {
    months: t.months.length,
    milestones: rows,
    at: Object.fromEntries(rows.map((r) => [r.month, r])),
    moves: t.events.filter((e) => e.type === 'stage').map((e) => move(t, e, rules)),
    resizes: t.events.filter((e) => e.type === 'resize').length,
    staged: amount(o.staged_cents, t.provider.currency),
    stage4_from_start: amount(o.stage4_from_start_cents, t.provider.currency),
    overengineering_pct: percentChange(o.staged_cents, o.stage4_from_start_cents),
    provider: t.provider,
    result: t,
  };
}
