// The comparison's chart: each provider's cost so far, month by month, one line each,
// told apart by dash as well as colour (the caption names which is which), so where the
// lines cross shows who is cheaper when. Plain SVG from the same element tree.
import { h } from '../shared/html.js';
import { shownCents, shownCurrency } from '../shared/money.js';
import { formatShortMoney } from '../shared/format.js';

const W = 640,
  H = 220,
  LEFT = 64,
  RIGHT = 12,
  TOP = 12,
  BOTTOM = 30;
const STYLES = ['solid', 'dashed', 'dotted', 'dash-dotted'];

export function compareChart(c, label) {
  const currency = c.months.length ? shownCurrency(c) : 'USD';
  const short = (cents) => formatShortMoney(cents, currency);
  const names = c.providers.map((p) => p.name);
  const n = c.months.length;
  const top = Math.max(1, ...c.months.flatMap((m) => names.map((name) => shownCents(m.costs[name], 'cumulative'))));
  const step = (W - LEFT - RIGHT) / n;
  const x = (i) => LEFT + step * (i + 0.5);
  const y = (cents) => TOP + (1 - cents / top) * (H - TOP - BOTTOM);
  const lines = names.map((name, k) =>
    h('polyline', {
      class: `rc-line rc-line-${k % STYLES.length}`,
      'data-provider': name,
      points: c.months
        .map((m, i) => `${x(i).toFixed(1)},${y(shownCents(m.costs[name], 'cumulative')).toFixed(1)}`)
        .join(' '),
    }),
  );
  const ticks = [0, 0.5, 1].map((f) =>
    h('text', { class: 'rt-axis', x: LEFT - 6, y: y(top * f) + 4, 'text-anchor': 'end' }, short(top * f)),
  );
  const monthTicks = [...new Set([0, Math.floor((n - 1) / 2), n - 1])].map((i) =>
    h('text', { class: 'rt-axis', x: x(i), y: H - 10, 'text-anchor': 'middle' }, `month ${i + 1}`),
  );
  const description = `Cost so far over ${n} months: ${names
    .map(
      (name, k) =>
        `${label(name)} (${STYLES[k % STYLES.length]} line) ${short(shownCents(c.months[n - 1].costs[name], 'cumulative'))}`,
    )
    .join(', ')}.`;
  return h(
    'figure',
    { class: 'rt-chart rc-chart' },
    h(
      'svg',
      { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': 'rc-chart-title rc-chart-desc' },
      h('title', { id: 'rc-chart-title' }, 'Cost so far by provider'),
      h('desc', { id: 'rc-chart-desc' }, description),
      h('line', { class: 'rc-axis-line', x1: LEFT, x2: W - RIGHT, y1: y(0), y2: y(0) }),
      lines,
      ticks,
      monthTicks,
    ),
    h('figcaption', {}, description),
  );
}
