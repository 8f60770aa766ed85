// Vertical against horizontal at the load where the guide's example goes horizontal: one
// server big enough for the load (what the stage before scale-out runs) against the
// autoscaled fleet that replaces it, both sized and priced by the core.
import { formatNumber } from '../assets/js/shared/format.js';
import { amount, percentChange } from './words.js';
import { priceMonth, workload } from './stage-costs.js';
import { component } from '../assets/js/shared/machines.js';

export function verticalOrHorizontal(model, preset, example, provider) {
  const move = example.moves.find((m) => m.sizing != null);
  if (!move) return null;
  const users = example.result.months[move.month - 1].users;
  const base = { ...workload(preset), provider, users };
  const before = priceMonth(model, { ...base, current_stage: move.stage - 1 }).months[0];
  const after = priceMonth(model, { ...base, current_stage: move.stage });
  const single = component(before, 'app');
  const fleet = component(after.months[0], 'app');
  const lb = component(after.months[0], 'load_balancer');
  if (single.count !== 1 || !lb) return null;
  const currency = after.provider.currency;
  return {
    month: move.month,
    users: formatNumber(users),
    single: { type: single.type, cost: amount(single.cost_cents, currency) },
    fleet: { count: fleet.count, type: fleet.type, cost: amount(fleet.cost_cents, currency) },
    load_balancer: amount(lb.cost_cents, currency),
    fleet_with_lb: amount(fleet.cost_cents + lb.cost_cents, currency),
    saving_pct: -percentChange(single.cost_cents, fleet.cost_cents),
    saving_with_lb_pct: -percentChange(single.cost_cents, fleet.cost_cents + lb.cost_cents),
    reason: move.sizing,
  };
}
