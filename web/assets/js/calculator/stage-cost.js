// What the recommended stage costs a month, beside it: month 1 of the calculator's
// timeline (today's users, measured metrics, the chosen provider), with its machines.
// One paragraph of plain text, so the page can keep the line it shows while a new one
// computes (calculator-money-slot.js rebuilds it from its text).
import { h } from '../shared/html.js';
import { shownMoney } from '../shared/money.js';
import { monthEstimated } from '../shared/estimate-notes.js';
import { formatCount } from '../shared/format.js';
import { machines } from '../shared/machines.js';

// What a month costs over the month before the move, as a holder of cents (money.js), or
// null when there is no earlier bill or the move costs nothing more.
function increase(m, before) {
  if (!before || m.cost_cents <= before.cost_cents) return null;
  const out = { cost_cents: m.cost_cents - before.cost_cents };
  if (m.cost_display_cents != null) out.cost_display_cents = m.cost_display_cents - before.cost_display_cents;
  return out;
}

// before: month 1 of the stage run today (calculator-money.js), when the move leaves it.
export function stageCost(t, before = null) {
  const m = t.months[0];
  const more = increase(m, before);
  return h(
    'p',
    { class: 'rs-cost', 'data-stage-cost': '' },
    `Stage ${m.stage} costs ${shownMoney(t, m, 'cost', monthEstimated(m))} a month for ${formatCount(m.users)} users on ${t.provider.label} ` +
      `(${machines(m)}, with storage and transfer)` +
      (more
        ? `: ${shownMoney(t, more, 'cost', monthEstimated(m) || monthEstimated(before))} a month more than stage ${before.stage} (${machines(before)}).`
        : '.'),
  );
}

// "$32 a month, +$15": the same month's cost alone, and what the move adds to it.
export function stageCostShort(t, before = null) {
  const m = t.months[0];
  const more = increase(m, before);
  const added = more ? `, +${shownMoney(t, more, 'cost')}` : '';
  return `${shownMoney(t, m, 'cost', monthEstimated(m))} a month${added}`;
}
