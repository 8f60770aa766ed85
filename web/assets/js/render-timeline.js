// A timeline as an element tree: what moves when and why, a chart of monthly cost over
// the stages (with the uncertainty band when there is one), the monthly table and the
// assumptions behind it all. Used in the browser and for the prerendered page.
import { h } from './html.js';
import { costChart } from './timeline-chart.js';

const count = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

const moneyFormats = new Map();  // building a formatter costs far more than using one

export function money(cents, currency = 'USD') {
  if (!moneyFormats.has(currency)) moneyFormats.set(currency, new Intl.NumberFormat('en-US', { style: 'currency', currency }));
  return moneyFormats.get(currency).format(cents / 100);
}

function events(t) {
  const moves = t.events.filter((e) => e.type === 'stage' || e.type === 'warning' || e.type === 'scale_up');
  if (moves.length === 0) return h('p', {}, 'No move is due over these months: the triggers stay quiet.');
  return h('ol', { class: 'rt-events', 'aria-label': 'What happens when' },
    moves.map((e) => h('li', { 'data-type': e.type, 'data-month': e.month },
      h('strong', {}, `Month ${e.month}: `), e.text,
      e.sizing && h('span', { class: 'rt-sizing' }, ` ${e.sizing.reason}`))));
}

function summary(t, currency) {
  const last = t.months[t.months.length - 1];
  const o = t.overengineering;
  return h('ul', { class: 'rt-summary' },
    h('li', {}, `Month ${last.month}: stage ${last.stage}, ${money(last.cost_cents, currency)} a month; `,
      `${money(last.cumulative_cents, currency)} over ${t.months.length} months.`),
    t.budget_cents != null && h('li', { 'data-budget': t.budget_exceeded_month ?? 'never' },
      t.budget_exceeded_month == null ? `The monthly budget of ${money(t.budget_cents, currency)} holds throughout.`
        : `The monthly budget of ${money(t.budget_cents, currency)} is first exceeded in month ${t.budget_exceeded_month}.`),
    h('li', {}, `Building stage 4 on day one would cost ${money(o.stage4_from_start_cents, currency)} over the same months, `,
      o.extra_cents >= 0 ? `${money(o.extra_cents, currency)} more than growing in stages.`
        : `${money(-o.extra_cents, currency)} less: at these loads the autoscaled fleet is cheaper.`));
}

// The table scrolls inside its own region on a narrow screen, so the page never scrolls
// sideways; the region takes focus so a keyboard can scroll it too.
function table(t, currency) {
  return h('div', { class: 'rt-table-wrap', role: 'region', 'aria-label': 'Month by month, scrolls sideways', tabindex: '0' }, h('table', { class: 'rt-table' },
    h('caption', {}, 'Month by month'),
    h('thead', {}, h('tr', {}, ['Month', 'Users', 'Stage', 'Machines', 'Cost', 'So far'].map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, t.months.map((m) => h('tr', {},
      h('th', { scope: 'row' }, String(m.month)),
      h('td', {}, count.format(m.users)),
      h('td', {}, String(m.stage)),
      h('td', {}, m.components.filter((c) => ['app', 'database', 'cache', 'load_balancer'].includes(c.role))
        .map((c) => (c.count > 1 ? `${c.count} × ${c.type}` : c.type)).join(', ')),
      h('td', { class: 'rt-money' }, money(m.cost_cents, currency)),
      h('td', { class: 'rt-money' }, money(m.cumulative_cents, currency)))))));
}

function assumptions(t) {
  return h('details', { class: 'rt-assumptions' },
    h('summary', {}, 'Assumptions behind these numbers'),
    h('dl', {}, t.assumptions.map((a) => [
      h('dt', {}, a.label),
      h('dd', {}, `${a.value} ${a.unit}`, a.value !== a.default ? ` (default ${a.default})` : '')])));
}

export function renderTimeline(t) {
  const currency = t.provider.currency;
  return h('div', { class: 'rt-timeline' },
    h('p', { class: 'rt-provider' }, `Prices: ${t.provider.label}, read on ${t.provider.prices_read_on}.`),
    summary(t, currency),
    costChart(t, currency),
    events(t),
    table(t, currency),
    assumptions(t));
}
