// What the recommended stage costs a month, beside it: month 1 of the calculator's
// timeline (today's users, measured metrics, the chosen provider), with its machines.
// One paragraph of plain text, so the page can keep the line it shows while a new one
// computes (calculator-money-slot.js rebuilds it from its text).
import { h } from '../shared/html.js';
import { shownMoney } from '../shared/money.js';
import { monthEstimated } from '../shared/estimate-notes.js';
import { formatCount } from '../shared/format.js';
import { machines } from '../shared/machines.js';

export function stageCost(t) {
  const m = t.months[0];
  return h(
    'p',
    { class: 'rs-cost', 'data-stage-cost': '' },
    `Stage ${m.stage} costs ${shownMoney(t, m, 'cost', monthEstimated(m))} a month for ${formatCount(m.users)} users on ${t.provider.label} ` +
      `(${machines(m)}, with storage and transfer).`,
  );
}

// "$32 a month": the same month's cost alone.
export function stageCostShort(t) {
  const m = t.months[0];
  return `${shownMoney(t, m, 'cost', monthEstimated(m))} a month`;
}
