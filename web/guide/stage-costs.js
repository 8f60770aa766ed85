// What each stage costs at the bottom and the top of its typical user range, priced by the
// core: a one-month timeline that starts on the stage, for the workload of the guide's
// example (its flags, such as data that is read again and again), on the default provider.
import { formatNumber } from '../assets/js/shared/format.js';
import { amount } from './words.js';
import { component, machineCents, machinesFromTheFront } from '../assets/js/shared/machines.js';

// The preset's description of the workload, without its growth and its starting point.
export function workload(preset) {
  const { users, months, growth, provider, current_stage: stage, ...flags } = preset;
  return flags;
}

export function priceMonth(model, input) {
  const doc = model.timeline({ ...input, months: 1 });
  if (!doc.ok) throw new Error(`the core could not price ${JSON.stringify(input)}: ${JSON.stringify(doc.errors)}`);
  return doc.result;
}

export function point(model, base, stage, users) {
  const t = priceMonth(model, { ...base, users, current_stage: stage });
  const month = t.months[0];
  return {
    users: formatNumber(users),
    model_stage: month.stage, // the core may already call for a later stage at this load
    cents: month.cost_cents,
    cost: amount(month.cost_cents, t.provider.currency),
    machines: machinesFromTheFront(month),
    machines_cost: amount(machineCents(month), t.provider.currency),
    app: component(month, 'app'),
    database: component(month, 'database'),
    load_balancer: component(month, 'load_balancer'),
    currency: t.provider.currency,
  };
}

// The same load with and without a stage's new part: the stage before it against the stage.
export function withAndWithout(model, rules, preset, provider, stage) {
  const base = { ...workload(preset), provider };
  const users = rules.stages[stage - 1].users_min;
  return {
    users: formatNumber(users),
    without: point(model, base, stage - 1, users),
    with: point(model, base, stage, users),
  };
}

export function stageCosts(model, rules, preset, provider) {
  const base = { ...workload(preset), provider };
  return Object.fromEntries(
    rules.stages.map((s) => {
      const ends = s.users_max == null ? [s.users_min] : [s.users_min, s.users_max];
      return [s.stage, ends.map((users) => point(model, base, s.stage, users))];
    }),
  );
}
