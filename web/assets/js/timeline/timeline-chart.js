// The cost chart: each month's cost as a bar stacked by component (app servers, database,
// cache, load balancer, storage, transfer), stage moves and early warnings marked where they
// fall, the budget as a labelled dashed line and the P10-P90 band shaded when the timeline
// has one. Plain SVG from the same element tree as the rest of the page; the layout (ticks,
// labels, legend, text size) is chart-layout.js's, the hover and keyboard readout
// chart-readout.js's.
import { h } from '../shared/html.js';
import { shownCents } from '../shared/money.js';
import { formatCount, formatShortMoney, formatWholeMoney } from '../shared/format.js';
import { ROLE_WORDS } from '../shared/machines.js';
import { monthEstimated } from '../shared/estimate-notes.js';
import {
  FONT,
  LINE_HEIGHT as LINE,
  PHONE_WIDTH,
  TITLE_ROOM,
  chartTable,
  legend,
  moneyFrame,
  placeInLanes,
  readout,
  textWidth,
} from '../charts/chart-layout.js';

// The parts in the order they stack, from the ground up (the order the core lists them).
const ROLES = ['app', 'database', 'cache', 'load_balancer', 'storage', 'transfer'];
const named = (role) => {
  const words = ROLE_WORDS[role] ?? role;
  return words[0].toUpperCase() + words.slice(1);
};
// A marker's label, short enough to sit beside its neighbours on a phone; the legend says
// what "Plan" means.
const MARKS = {
  stage: (e) => `Stage ${e.to_stage}`,
  warning: (e) => `Plan ${e.to_stage}`,
};

// Lines of at most `width` of text: a long share link drawn into an exported image.
function wrap(text, width) {
  const per = Math.max(10, Math.floor(width / textWidth('m')));
  const lines = [];
  for (let i = 0; i < text.length; i += per) lines.push(text.slice(i, i + per));
  return lines;
}

// t: a timeline document; currency: the one its amounts are shown in (money.js).
// options: width, the chart's drawn width in px (PHONE_WIDTH unless measured); image, for a
// file that stands alone: {link} drawn into it with the title, the provider, the prices' date
// and the currency; saves, a place beside the chart for the page's save buttons; readouts:
// false leaves out each month's sentence (the prerendered chart: without JavaScript nothing
// reads them, and the live chart that replaces it has them).
export function costChart(
  t,
  currency,
  { width = PHONE_WIDTH, image = null, id = 'rt-chart', saves = false, readouts = true } = {},
) {
  const title = 'Monthly cost by component';
  const months = t.months;
  const n = months.length;
  const money = (cents) => formatWholeMoney(cents, currency);
  const part = (m, role) => {
    const c = m.components.find((x) => x.role === role);
    return c ? shownCents(c, 'cost') : 0;
  };
  const roles = ROLES.filter((r) => months.some((m) => m.components.some((c) => c.role === r)));
  const cost = (m) => shownCents(m, 'cost');
  const budgetCents = t.budget_cents != null ? shownCents(t, 'budget') : null;
  const maxCents = Math.max(
    1,
    ...months.map(cost),
    ...(t.band ?? []).map((b) => shownCents(b, 'p90_cost')),
    budgetCents ?? 0,
  );

  const head = [];
  let y0 = 0;
  if (image) {
    head.push(h('text', { class: 'ch-text ch-heading', x: 0, y: FONT + 3 }, title));
    head.push(
      h(
        'text',
        { class: 'ch-text', x: 0, y: FONT + 3 + LINE + 2 },
        `${t.provider.label}, prices read on ${t.provider.prices_read_on}, amounts in ${currency}`,
      ),
    );
    y0 = 2 * LINE + 12;
  }

  // Stage moves and warnings: a line at the start of the month, its label in a lane above.
  const events = t.events.filter((e) => MARKS[e.type] && e.month <= n);
  const probe = moneyFrame({ width, top: 0, plotHeight: 1, n, maxCents, currency });
  const edge = (month) => probe.left + probe.column * (month - 1);
  const { placed, lanes } = placeInLanes(
    events.map((e) => ({ x: edge(e.month), text: MARKS[e.type](e), type: e.type, month: e.month })),
    width,
  );
  const plotTop = y0 + lanes * LINE + TITLE_ROOM;
  const plotHeight = Math.round(Math.min(240, Math.max(160, width * 0.42)));
  const f = moneyFrame({ width, top: plotTop, plotHeight, n, maxCents, currency });
  const markers = placed.map((p) => {
    const x = f.left + f.column * (p.month - 1);
    const labelY = y0 + p.lane * LINE + FONT;
    return h(
      'g',
      { class: 'ch-mark', 'data-type': p.type, 'data-month': p.month },
      h('line', { x1: x, x2: x, y1: labelY + 3, y2: f.bottom }),
      h('text', { class: 'ch-text', x: p.x, y: labelY, 'text-anchor': p.anchor }, p.text),
    );
  });

  const reads = readouts && !image; // each month read out on hover and focus
  const cols = months.map((m, i) => {
    let stacked = 0;
    const left = f.left + f.column * i;
    const bar = Math.max(1, f.column * 0.78);
    const parts = roles.map((role) => {
      const cents = part(m, role);
      const from = stacked;
      stacked += cents;
      return (
        cents > 0 &&
        h('rect', {
          class: `ch-part ch-${role}`,
          x: (left + (f.column - bar) / 2).toFixed(1),
          y: f.y(stacked).toFixed(1),
          width: bar.toFixed(1),
          height: Math.max(0, f.y(from) - f.y(stacked)).toFixed(1),
        })
      );
    });
    const approx = monthEstimated(m) ? '≈ ' : '';
    const sentence =
      `Month ${m.month}: stage ${m.stage}, ${formatCount(m.users)} users, ${approx}${money(cost(m))} a month` +
      (roles.length ? `: ${roles.map((r) => `${ROLE_WORDS[r] ?? r} ${money(part(m, r))}`).join(', ')}.` : '.');
    return h(
      'g',
      { class: 'ch-col', 'data-readout': reads ? sentence : null },
      h('rect', { class: 'ch-hit', x: left.toFixed(1), y: f.top, width: f.column.toFixed(1), height: plotHeight }),
      parts,
    );
  });

  const points = (list) => list.map(([i, c]) => `${f.x(i).toFixed(1)},${f.y(c).toFixed(1)}`).join(' ');
  const band =
    t.band &&
    h('polygon', {
      class: 'rt-band',
      points: points([
        ...t.band.map((b, i) => [i, shownCents(b, 'p90_cost')]),
        ...t.band.map((b, i) => [i, shownCents(b, 'p10_cost')]).reverse(),
      ]),
    });
  const budget = budgetCents != null && budgetLine(f, width, budgetCents, currency);

  const keys = roles.map((r) => ({ key: `ch-${r}`, text: named(r) }));
  if (t.band) keys.push({ key: 'rt-band', text: '10th to 90th percentile' });
  if (events.some((e) => e.type === 'warning')) keys.push({ key: 'ch-plan', text: 'Plan N: get ready for stage N' });
  const key = legend(keys, { width, y: f.below, swatchClass: 'ch-swatch' });
  const linkLines = image?.link ? wrap(image.link, width) : [];
  const linkTop = f.below + key.height + 6;
  const link = linkLines.map((line, k) =>
    h('text', { class: 'ch-text ch-link', x: 0, y: linkTop + k * LINE + FONT }, line),
  );
  const height = Math.ceil(linkTop + linkLines.length * LINE + 4);

  const last = months[n - 1];
  const description =
    `Monthly cost from ${money(cost(months[0]))} in month 1 to ${money(cost(last))} in month ${n}, ` +
    `reaching stage ${last.stage}.${t.band ? ` The shaded band spans the 10th to the 90th percentile of ${formatCount(t.uncertainty.paths)} growth paths.` : ''}`;
  const svg = h(
    'svg',
    {
      class: 'ch-svg',
      'font-size': FONT,
      viewBox: `0 0 ${width} ${height}`,
      width: image ? width : null,
      height: image ? height : null,
      role: 'img',
      tabindex: reads ? '0' : null,
      'aria-labelledby': `${id}-title ${id}-desc`,
    },
    h('title', { id: `${id}-title` }, title),
    h(
      'desc',
      { id: `${id}-desc` },
      reads ? `${description} The left and right arrow keys read out each month.` : description,
    ),
    head,
    f.axes(),
    cols,
    band,
    budget,
    markers,
    key.nodes,
    link,
  );
  if (image) return svg;
  const table = chartTable(
    title,
    ['Month', ...roles.map(named), 'Total'],
    months.map((m) => [
      String(m.month),
      ...roles.map((r) => money(part(m, r))),
      `${monthEstimated(m) ? '≈ ' : ''}${money(cost(m))}`,
    ]),
  );
  return h(
    'figure',
    { class: 'rt-chart' },
    svg,
    readout(),
    h('figcaption', {}, description),
    saves && h('div', { class: 'rt-chart-saves', 'data-slot': 'chart-saves' }),
    table,
  );
}

// The budget as a dashed line across the plot, named at its right end, above the line when
// there is room and below it when the line runs along the top.
function budgetLine(f, width, cents, currency) {
  const y = f.y(cents);
  const text = `Budget ${formatShortMoney(cents, currency)}`;
  const above = y - 4 - FONT >= f.top;
  return h(
    'g',
    { class: 'ch-budget' },
    h('line', { class: 'rt-budget', x1: f.left, x2: width - f.right, y1: y, y2: y }),
    h(
      'text',
      { class: 'ch-text ch-budget-label', x: width - f.right, y: above ? y - 4 : y + FONT + 2, 'text-anchor': 'end' },
      text,
    ),
  );
}
