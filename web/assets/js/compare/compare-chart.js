// The comparison's charts: each provider's cost a month, or its cost so far, one line each,
// named at its end (no legend to look up) and told apart by dash as well as colour, so where
// the lines cross shows who is cheaper when. Plain SVG from the same element tree; the
// layout is chart-layout.js's, the hover and keyboard readout chart-readout.js's.
import { h } from '../shared/html.js';
import { shownCents, shownCurrency } from '../shared/money.js';
import { formatWholeMoney } from '../shared/format.js';
import {
  FONT,
  LINE_HEIGHT as LINE,
  PHONE_WIDTH,
  TITLE_ROOM,
  chartTable,
  moneyFrame,
  readout,
} from '../charts/chart-layout.js';

const STYLES = ['solid', 'dashed', 'dotted', 'dash-dotted'];
export const COMPARE_KINDS = {
  cost: { field: 'cost', title: 'Cost a month by provider', per: 'a month', words: 'a month' },
  cumulative: { field: 'cumulative', title: 'Cost so far by provider', per: 'so far', words: 'so far' },
};

// Each line's name at its right end, on the line's last height, moved apart so no two
// touch and kept inside the plot: [{name, y}] -> the same with y adjusted.
function endLabels(ends, top, bottom) {
  const sorted = [...ends].sort((a, b) => a.y - b.y);
  let prev = top + FONT - LINE;
  for (const e of sorted) {
    e.y = Math.max(e.y - 4, prev + LINE);
    prev = e.y;
  }
  const over = prev - bottom + 2;
  if (over > 0) for (const e of sorted) e.y -= over;
  return sorted;
}

// c: a compare document; label: catalogue name -> words; kind: 'cost' or 'cumulative'.
export function compareChart(c, label, { kind = 'cumulative', width = PHONE_WIDTH } = {}) {
  const { field, title, per, words } = COMPARE_KINDS[kind];
  const id = `rc-chart-${kind}`;
  const currency = c.months.length ? shownCurrency(c) : 'USD';
  const money = (cents) => formatWholeMoney(cents, currency);
  const names = c.providers.map((p) => p.name);
  const n = c.months.length;
  const at = (m, name) => shownCents(m.costs[name], field);
  const maxCents = Math.max(1, ...c.months.flatMap((m) => names.map((name) => at(m, name))));
  const plotHeight = Math.round(Math.min(220, Math.max(150, width * 0.4)));
  const f = moneyFrame({ width, top: TITLE_ROOM, plotHeight, n, maxCents, currency, per });
  const lines = names.map((name, k) =>
    h('polyline', {
      class: `rc-line rc-line-${k % STYLES.length}`,
      'data-provider': name,
      points: c.months.map((m, i) => `${f.x(i).toFixed(1)},${f.y(at(m, name)).toFixed(1)}`).join(' '),
    }),
  );
  const ends = endLabels(
    names.map((name, k) => ({ name, k, y: f.y(at(c.months[n - 1], name)) })),
    f.top,
    f.bottom,
  ).map((e) =>
    h(
      'text',
      { class: `ch-text rc-end rc-end-${e.k % STYLES.length}`, x: width - f.right, y: e.y, 'text-anchor': 'end' },
      label(e.name),
    ),
  );
  const cols = c.months.map((m, i) =>
    h(
      'g',
      {
        class: 'ch-col',
        'data-readout': `Month ${m.month}, ${words}: ${names.map((name) => `${label(name)} ${money(at(m, name))}`).join(', ')}.`,
      },
      h('rect', {
        class: 'ch-hit',
        x: (f.left + f.column * i).toFixed(1),
        y: f.top,
        width: f.column.toFixed(1),
        height: plotHeight,
      }),
    ),
  );
  const height = Math.ceil(f.below);
  const description = `${title} over ${n} months, ${words} in month ${n}: ${names
    .map((name, k) => `${label(name)} (${STYLES[k % STYLES.length]} line) ${money(at(c.months[n - 1], name))}`)
    .join(', ')}.`;
  return h(
    'figure',
    { class: 'rt-chart rc-chart', 'data-kind': kind },
    h(
      'svg',
      {
        class: 'ch-svg',
        'font-size': FONT,
        viewBox: `0 0 ${width} ${height}`,
        role: 'img',
        tabindex: '0',
        'aria-labelledby': `${id}-title ${id}-desc`,
      },
      h('title', { id: `${id}-title` }, title),
      h('desc', { id: `${id}-desc` }, `${description} The left and right arrow keys read out each month.`),
      f.axes(),
      cols,
      lines,
      ends,
    ),
    readout(),
    h('figcaption', {}, description),
    chartTable(
      title,
      ['Month', ...names.map(label)],
      c.months.map((m) => [String(m.month), ...names.map((name) => money(at(m, name)))]),
    ),
  );
}
