// The cost chart: monthly cost as a line over coloured stage bands, the P10-P90 band
// shaded when the timeline has one, and the budget as a dashed line. Plain SVG, drawn
// from the same element tree as the rest of the page.
import { h } from '../shared/html.js';
import { shownCents } from '../shared/money.js';
import { formatCount, formatShortMoney as short } from '../shared/format.js';

const W = 640,
  H = 260,
  LEFT = 64,
  RIGHT = 12,
  TOP = 12,
  BOTTOM = 30;

// Amounts in the display currency when the timeline has one (money.js).
export function costChart(t, currency) {
  const months = t.months;
  const n = months.length;
  const cost = (m) => shownCents(m, 'cost');
  const budgetCents = t.budget_cents != null ? shownCents(t, 'budget') : null;
  const top = Math.max(
    1,
    ...months.map(cost),
    ...(t.band ?? []).map((b) => shownCents(b, 'p90_cost')),
    budgetCents ?? 0,
  );
  const step = (W - LEFT - RIGHT) / n;
  const x = (i) => LEFT + step * (i + 0.5);
  const y = (cents) => TOP + (1 - cents / top) * (H - TOP - BOTTOM);
  const points = (list) => list.map(([i, c]) => `${x(i).toFixed(1)},${y(c).toFixed(1)}`).join(' ');

  const bands = [];
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && months[j + 1].stage === months[i].stage) ++j;
    const stage = t.stages[months[i].stage - 1];
    bands.push(
      h('rect', {
        class: 'rt-stage',
        'data-move': stage.move,
        x: (LEFT + step * i).toFixed(1),
        y: TOP,
        width: (step * (j - i + 1)).toFixed(1),
        height: H - TOP - BOTTOM,
      }),
    );
    bands.push(
      h(
        'text',
        { class: 'rt-stage-label', x: (LEFT + step * i + 4).toFixed(1), y: TOP + 14 },
        `Stage ${months[i].stage}`,
      ),
    );
    i = j + 1;
  }
  const band =
    t.band &&
    h('polygon', {
      class: 'rt-band',
      points: points([
        ...t.band.map((b, i) => [i, shownCents(b, 'p90_cost')]),
        ...t.band.map((b, i) => [i, shownCents(b, 'p10_cost')]).reverse(),
      ]),
    });
  const budget =
    budgetCents != null &&
    h('line', { class: 'rt-budget', x1: LEFT, x2: W - RIGHT, y1: y(budgetCents), y2: y(budgetCents) });
  const ticks = [0, 0.5, 1].map((f) =>
    h('text', { class: 'rt-axis', x: LEFT - 6, y: y(top * f) + 4, 'text-anchor': 'end' }, short(top * f, currency)),
  );
  const monthTicks = [...new Set([0, Math.floor((n - 1) / 2), n - 1])].map((i) =>
    h('text', { class: 'rt-axis', x: x(i), y: H - 10, 'text-anchor': 'middle' }, `month ${i + 1}`),
  );
  const last = months[n - 1];
  const description =
    `Monthly cost from ${short(cost(months[0]), currency)} in month 1 to ${short(cost(last), currency)} in month ${n}, ` +
    `reaching stage ${last.stage}.${t.band ? ` The shaded band spans the 10th to the 90th percentile of ${formatCount(t.uncertainty.paths)} growth paths.` : ''}`;
  return h(
    'figure',
    { class: 'rt-chart' },
    h(
      'svg',
      { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': 'rt-chart-title rt-chart-desc' },
      h('title', { id: 'rt-chart-title' }, 'Monthly cost by stage'),
      h('desc', { id: 'rt-chart-desc' }, description),
      bands,
      band,
      budget,
      h('polyline', { class: 'rt-cost', points: points(months.map((m, i) => [i, cost(m)])) }),
      ticks,
      monthTicks,
    ),
    h('figcaption', {}, description),
  );
}
