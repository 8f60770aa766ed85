// The timeline's compact summary, pinned above a phone's keyboard while a field is typed
// (the calculator has its own): the next stage move and when, and what the last month costs.
import { h } from '../shared/html.js';
import { shownMoney } from '../shared/money.js';
import { monthEstimated } from '../shared/estimate-notes.js';

export function renderTimelineSummary(t) {
  const last = t.months.at(-1);
  const next = t.events.find((e) => e.type === 'stage');
  return h(
    'a',
    { class: 'rs-summary-link', href: '#rt-result' },
    h('strong', { class: 'rs-summary-stage' }, `Stage ${t.months[0].stage} now`),
    h(
      'span',
      { class: 'rs-summary-move' },
      next ? `stage ${next.to_stage} in month ${next.month}` : `no stage move in ${t.months.length} months`,
    ),
    h(
      'span',
      { class: 'rs-summary-cost' },
      `${shownMoney(t, last, 'cost', monthEstimated(last))} a month by month ${last.month}`,
    ),
  );
}
