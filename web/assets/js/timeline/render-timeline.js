// A timeline as an element tree: what moves when and why, a chart of monthly cost over
// the stages (with the uncertainty band when there is one), the monthly table and the
// assumptions behind it all. Used in the browser and for the prerendered page.
import { h } from '../shared/html.js';
import { shownCurrency, shownMoney, typedMoney } from '../shared/money.js';
import { rateStatement } from '../shared/rate-statement.js';
import { formatCount } from '../shared/format.js';
import { machines } from '../shared/machines.js';
import { cumulativeEstimated, estimateNote, monthEstimated } from '../shared/estimate-notes.js';
import { moveStep } from './move-step.js';

// setup: (t, event) -> the setup a stage move leads to, drawn (diagram/timeline-setups.js),
// once the page has loaded it; each sits in a disclosure under its move.
function events(t, setup) {
  const moves = t.events.filter((e) => e.type === 'stage' || e.type === 'warning' || e.type === 'scale_up');
  if (moves.length === 0) return h('p', {}, 'No move is due over these months: the triggers stay quiet.');
  return h(
    'ol',
    { class: 'rt-events', 'aria-label': 'What happens when' },
    moves.map((e) =>
      h(
        'li',
        { 'data-type': e.type, 'data-month': e.month },
        h('strong', {}, `Month ${e.month}: `),
        e.text,
        e.sizing && h('span', { class: 'rt-sizing' }, ` ${e.sizing.reason}`),
        e.type !== 'warning' && moveStep(t, e) && h('span', { class: 'rt-step' }, ` (${moveStep(t, e)}.)`),
        setup &&
          e.type === 'stage' &&
          h('details', { class: 'rt-setup' }, h('summary', {}, `The setup from month ${e.month}`), setup(t, e)),
      ),
    ),
  );
}

// When the band's paths break the budget (budget_band), in a sentence.
function budgetBand(t) {
  const b = t.budget_band;
  const paths = formatCount(t.uncertainty.paths);
  if (b.share_over === 0) return `The budget holds on all ${paths} of the band's paths.`;
  const by = [
    b.p10_month != null && `a tenth of them by month ${b.p10_month}`,
    b.p50_month != null && `half by month ${b.p50_month}`,
    b.p90_month != null && `nine in ten by month ${b.p90_month}`,
  ].filter(Boolean);
  const share = `${Math.round(b.share_over * 100)}% of the band's ${paths} paths go over the budget`;
  return `${share}${by.length ? `: ${by.join(', ')}` : ` within ${t.months.length} months`}.`;
}

// The display rate's movement the band draws, and where its figures come from.
function rateMovement(t) {
  const c = t.currency;
  const from = c.movement_from === 'input' ? 'your figures' : 'a published estimate, see the rate details';
  return `The band draws each path's own ${c.name ?? c.code} rate: ${c.drift_pct_per_year}% a year drift, ${c.spread_pct}% spread (${from}).`;
}

function summary(t, commitment) {
  const n = t.months.length;
  const last = t.months[n - 1];
  const o = t.overengineering;
  const extra = { extra_cents: Math.abs(o.extra_cents) }; // the difference either way, in the shown currency
  if (o.extra_display_cents != null) extra.extra_display_cents = Math.abs(o.extra_display_cents);
  return h(
    'ul',
    { class: 'rt-summary' },
    h(
      'li',
      {},
      `Month ${last.month}: stage ${last.stage}, ${shownMoney(t, last, 'cost', monthEstimated(last))} a month; `,
      `${shownMoney(t, last, 'cumulative', cumulativeEstimated(t, n - 1))} over ${n} months.`,
    ),
    t.budget_cents != null &&
      h(
        'li',
        { 'data-budget': t.budget_exceeded_month ?? 'never' },
        t.budget_exceeded_month == null
          ? `The monthly budget of ${typedMoney(t, t, 'budget')} holds throughout.`
          : `The monthly budget of ${typedMoney(t, t, 'budget')} is first exceeded in month ${t.budget_exceeded_month}.`,
      ),
    t.budget_band && h('li', { 'data-budget-band': '' }, budgetBand(t)),
    t.band && (t.currency?.drift_pct_per_year || t.currency?.spread_pct) && h('li', {}, rateMovement(t)),
    h(
      'li',
      {},
      `Building stage 4 on day one would cost ${shownMoney(t, o, 'stage4_from_start')} over the same months, `,
      o.extra_cents >= 0
        ? `${shownMoney(t, extra, 'extra')} more than growing in stages.`
        : `${shownMoney(t, extra, 'extra')} less: at these loads the autoscaled fleet is cheaper.`,
    ),
    commitment?.commitmentLines(t),
  );
}

// The table scrolls inside its own region on a narrow screen, so the page never scrolls
// sideways; the region takes focus so a keyboard can scroll it too.
function table(t, commitment) {
  const committed = commitment && t.commitment?.offered;
  return h(
    'div',
    { class: 'rt-table-wrap', role: 'region', 'aria-label': 'Month by month, scrolls sideways', tabindex: '0' },
    h(
      'table',
      { class: 'rt-table' },
      h('caption', {}, 'Month by month'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['Month', 'Users', 'Stage', 'Machines', 'Cost', 'So far', committed && 'Committed']
            .filter(Boolean)
            .map((c) => h('th', { scope: 'col' }, c)),
        ),
      ),
      h(
        'tbody',
        {},
        t.months.map((m, i) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, String(m.month)),
            h('td', {}, formatCount(m.users)),
            h('td', {}, String(m.stage)),
            h('td', {}, machines(m)),
            h('td', { class: 'rt-money' }, shownMoney(t, m, 'cost', monthEstimated(m))),
            h('td', { class: 'rt-money' }, shownMoney(t, m, 'cumulative', cumulativeEstimated(t, i))),
            committed && h('td', { class: 'rt-money' }, commitment.monthCommitment(t, m)),
          ),
        ),
      ),
    ),
  );
}

function assumptions(t) {
  return h(
    'details',
    { class: 'rt-assumptions' },
    h('summary', {}, 'Assumptions behind these numbers'),
    h(
      'dl',
      {},
      t.assumptions.map((a) => [
        h('dt', {}, a.label),
        h('dd', {}, `${a.value} ${a.unit}`, a.value !== a.default ? ` (default ${a.default})` : ''),
      ]),
    ),
  );
}

// options: `bases`, the catalogue's estimates (estimate-notes.js) for the note under
// amounts marked "≈"; `compact` leaves out the monthly table and the assumptions; `chart`,
// the chart's drawing function (timeline-chart.js's costChart), or 'held' to keep the chart
// already on the page as it is until that code arrives, or none for no chart (the
// calculator's prerendered page, to keep its first visit light); `chartWidth`, the width
// the chart is drawn at (the page measures it; a phone's unless given); `setup` draws each
// stage move's setup (events()); `commitment`, commitment-view.js once loaded, for what a
// commitment does (left out until then).
export function renderTimeline(
  t,
  { bases, compact = false, chart = null, chartWidth, setup = null, commitment = null } = {},
) {
  return h(
    'div',
    { class: compact ? 'rt-timeline rt-compact' : 'rt-timeline' },
    h('p', { class: 'rt-provider' }, `Prices: ${t.provider.label}, read on ${t.provider.prices_read_on}.`),
    // What the provider has no product for, and what the timeline priced instead.
    (t.provider.substitutions ?? []).map((s) => h('p', { class: 'rt-substitution' }, s.text)),
    // A service billed in another currency than the catalogue's, at the rate the core used.
    (t.services ?? [])
      .filter((s) => s.converted)
      .map(({ label, converted: c }) =>
        h(
          'p',
          { class: 'rt-substitution' },
          `${label} bills in ${c.from}: priced here at 1 ${c.from} = ${c.per_unit} ${c.to}, the published rate of ${c.rate_date}, as a comparison converts.`,
        ),
      ),
    rateStatement(t),
    summary(t, commitment),
    estimateNote(t, bases),
    chart === 'held'
      ? h('figure', { class: 'rt-chart', 'data-slot': 'chart' })
      : chart?.(t, shownCurrency(t), { width: chartWidth, saves: !compact }),
    events(t, setup),
    !compact && table(t, commitment),
    !compact && assumptions(t),
  );
}
