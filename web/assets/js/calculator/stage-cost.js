// What the recommended stage costs a month, beside it: month 1 of the calculator's
// timeline (today's users, measured metrics, the chosen provider), with its machines.
// One paragraph of plain text, so the page can keep the line it shows while a new one
// computes (calculator-money-slot.js rebuilds it from its text).
import { h } from '../shared/html.js';
import { shownMoney } from '../shared/money.js';
import { monthEstimated } from '../shared/estimate-notes.js';
import { formatCount } from '../shared/format.js';
const MACHINES = ['app', 'database', 'cache', 'load_balancer'];

export function stageCost(t) {
  const m = t.months[0];
  const machines = m.components.filter((c) => MACHINES.includes(c.role)).map((c) => (c.count > 1 ? `${c.count} × ${c.type}` : c.type));
  return h('p', { class: 'rs-cost', 'data-stage-cost': '' },
    `Stage ${m.stage} costs ${shownMoney(t, m, 'cost', monthEstimated(m))} a month for ${formatCount(m.users)} users on ${t.provider.label} `
    + `(${machines.join(', ')}, with storage and transfer).`);
}
