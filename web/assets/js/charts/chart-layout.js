// What every chart on the site shares: round ticks from 0, gridlines, an axis title in the
// display currency, month labels that fit, labels kept off each other and inside the
// picture, a legend in words, and the figures as a table for a screen reader.
//
// The viewBox is as wide as the chart is drawn (the container's width, measured by the
// page; PHONE_WIDTH when prerendered), so a viewBox unit is a CSS pixel and FONT is the
// text's size as rendered: never under 12 px, on a phone or not.
import { h } from '../shared/html.js';
import { formatShortMoney } from '../shared/format.js';

export const FONT = 13;
export const PHONE_WIDTH = 300; // a 390 px phone's result column, less the page's margins and padding
const MAX_WIDTH = 960; // past this a chart grows no wider: its text would read small beside the page's
const LINE = Math.round(FONT * 1.35);
// The axis title's row above the plot: its line, and room for the top tick's label, which
// stands half a line above the plot's top.
export const TITLE_ROOM = LINE + Math.ceil(FONT / 2);

// The chart's width for a container `measured` px wide (0 or none when nothing is measured).
export const chartWidth = (measured) =>
  Math.round(Math.min(MAX_WIDTH, Math.max(260, measured > 0 ? measured : PHONE_WIDTH)));

// The width a chart in `container` is drawn at: the chart's own figure's, when one is there,
// or the container's, inside its padding. Browser only.
export function widthIn(container) {
  if (!container) return chartWidth(0);
  const el = container.querySelector('.rt-chart') ?? container;
  const style = getComputedStyle(el);
  return chartWidth(el.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight));
}

// A text's width, a little over what the sans-serifs the site falls back on draw (DejaVu
// Sans's digits are 0.64 em), so a label placed by it never reaches an edge or its neighbour.
export const textWidth = (text, size = FONT) => String(text).length * size * 0.66;

// The round step (1, 2, 2.5 or 5 × 10^n) that covers 0..max in about `count` steps, and the
// ticks 0, step, ... up to the first at or above max. max in any unit; 1 when it is 0.
export function roundTicks(max, count = 4) {
  const span = max > 0 ? max : 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw * (1 - 1e-9));
  const steps = Math.ceil(span / step - 1e-9);
  return Array.from({ length: steps + 1 }, (_, k) => Number((k * step).toPrecision(12)));
}

// Which months get a label: month 1, every `step`th month, the step the smallest of 1, 2,
// 3, 6, 12, 24, ... whose labels fit side by side in `plotWidth`, and the last month, which
// takes the place of a label too close to it.
export function monthTicks(n, plotWidth) {
  const column = plotWidth / n;
  const label = textWidth(`month ${n}`) + FONT;
  let step = 1;
  for (const s of [1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200]) {
    step = s;
    if (s * column >= label) break;
  }
  const months = [1];
  for (let m = step; m <= n; m += step) if (m !== 1 && (m - 1) * column >= label) months.push(m);
  if (months.at(-1) !== n) {
    while (months.length > 1 && (n - months.at(-1)) * column < label) months.pop();
    if ((n - months.at(-1)) * column >= label) months.push(n);
  }
  return months;
}

// Labels placed in lanes: each goes in the first lane where it overlaps no earlier label,
// and stays inside 0..width (anchored on the side of its mark that has room).
// items: [{x, text}] in x order; returns [{x, text, lane, anchor}] and the lanes used.
export function placeInLanes(items, width) {
  const ends = []; // per lane, where its last label ends
  const placed = items.map(({ x, text, ...rest }) => {
    const w = textWidth(text);
    const anchor = x + 3 + w <= width ? 'start' : 'end';
    const from = anchor === 'start' ? x + 3 : x - 3 - w;
    let lane = ends.findIndex((end) => end + FONT / 2 <= from);
    if (lane < 0) lane = ends.length;
    ends[lane] = from + w;
    return { ...rest, x: anchor === 'start' ? x + 3 : x - 3, text, lane, anchor };
  });
  return { placed, lanes: ends.length };
}

// A legend in words, laid out in rows that fit `width`: [{key, text}] -> {nodes, height}.
// Each swatch gets class `${swatchClass} ${key}`, so it is painted as its part of the chart.
export function legend(items, { width, y, swatchClass }) {
  const nodes = [];
  let x = 0;
  let row = 0;
  for (const { key, text } of items) {
    const w = FONT + 6 + textWidth(text) + FONT;
    if (x > 0 && x + w > width) {
      x = 0;
      ++row;
    }
    const top = y + row * LINE;
    nodes.push(
      h('rect', { class: `${swatchClass} ${key}`, x, y: top + 2, width: FONT, height: FONT - 2, rx: 2 }),
      h('text', { class: 'ch-text', x: x + FONT + 6, y: top + FONT - 1 }, text),
    );
    x += w;
  }
  return { nodes, height: items.length ? (row + 1) * LINE : 0 };
}

// The frame of a chart of money over months: the left margin fits the widest tick label,
// the plot takes the rest of `width`; `top` is where the plot starts, TITLE_ROOM below
// whatever is above it (the axis title goes in that room).
// maxCents: the largest amount drawn; per: what the axis title says the amounts are per. Gives x(i) (month i's centre), y(cents), the ticks,
// and axes(): gridlines, tick labels, the axis title and the month labels.
export function moneyFrame({ width, top, plotHeight, n, maxCents, currency, per = 'a month', right = 4 }) {
  const ticks = roundTicks(maxCents / 100).map((units) => Math.round(units * 100));
  const highest = ticks[ticks.length - 1] || 1;
  const tickText = (cents) => formatShortMoney(cents, currency, 2);
  const left = Math.ceil(Math.max(...ticks.map((c) => textWidth(tickText(c))))) + 6;
  const plotWidth = width - left - right;
  const column = plotWidth / n;
  const bottom = top + plotHeight;
  const x = (i) => left + column * (i + 0.5);
  const y = (cents) => top + (1 - cents / highest) * plotHeight;
  const axes = () => [
    h('text', { class: 'ch-text ch-title', x: 0, y: top - TITLE_ROOM + FONT }, `${currency} ${per}`),
    ticks.map((c) => [
      h('line', { class: c === 0 ? 'ch-base' : 'ch-grid', x1: left, x2: width - right, y1: y(c), y2: y(c) }),
      h('text', { class: 'ch-text ch-tick', x: left - 6, y: y(c) + FONT * 0.35, 'text-anchor': 'end' }, tickText(c)),
    ]),
    monthLabels(monthTicks(n, plotWidth), { x, left, width, y: bottom + FONT + 4 }),
  ];
  return {
    left,
    right,
    top,
    bottom,
    plotWidth,
    column,
    x,
    y,
    axes,
    axisTitleTop: top - LINE,
    below: bottom + LINE + 6,
  };
}

export const LINE_HEIGHT = LINE;

// "month m" under month m's centre, moved in from an edge it would cross. Placed from the
// right, so the last month keeps its label; one that would touch the label after it is left out.
function monthLabels(months, { x, left, width, y }) {
  let start = Number.POSITIVE_INFINITY;
  const out = [];
  for (const m of [...months].reverse()) {
    const text = `month ${m}`;
    const half = textWidth(text) / 2;
    const at = Math.min(width - half, Math.max(left + half, x(m - 1)));
    if (at + half > start - FONT / 2) continue;
    start = at - half;
    out.unshift(h('text', { class: 'ch-text', x: at.toFixed(1), y, 'text-anchor': 'middle' }, text));
  }
  return out;
}

// The figures behind a chart, as a table in a disclosure a screen reader and a keyboard
// reach: caption, column headers, then rows whose first cell heads the row.
export function chartTable(caption, columns, rows) {
  return h(
    'details',
    { class: 'ch-table' },
    h('summary', {}, `${caption}: the figures as a table`),
    h(
      'div',
      { class: 'ch-table-wrap', role: 'region', 'aria-label': `${caption}, scrolls sideways`, tabindex: '0' },
      h(
        'table',
        { class: 'ch-figures' },
        h('caption', {}, caption),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            columns.map((c) => h('th', { scope: 'col' }, c)),
          ),
        ),
        h(
          'tbody',
          {},
          rows.map(([head, ...cells]) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, head),
              cells.map((c) => h('td', { class: 'rt-money' }, c)),
            ),
          ),
        ),
      ),
    ),
  );
}

// The line under a chart that reads out the month pointed at or chosen with the arrow keys
// (chart-readout.js fills it); empty, and hidden, until then.
export const readout = () => h('p', { class: 'ch-readout', 'aria-live': 'polite' });
