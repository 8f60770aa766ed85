// Every complete catalogue side by side for one set of inputs (the core's compare
// document, `rightsize compare`): who is cheapest when, each provider's total and stage
// moves, and month by month each one's stage, monthly cost and cost so far. Amounts are
// in the display currency when there is one (money.js); "≈" marks a cost that includes
// an estimated price.
import { h } from '../shared/html.js';
import { shownCurrency, shownMoney } from '../shared/money.js';
import { rateStatement } from '../shared/rate-statement.js';
import { compareChart } from './compare-chart.js';
import { formatCount, formatNumber, formatWholeMoney } from '../shared/format.js';
import { ROLE_WORDS } from '../shared/machines.js';
import { moveStep } from '../timeline/move-step.js';

const months = (from, to) => (from === to ? `month ${from}` : `months ${from}–${to}`);

function cheapestWhen(c, label) {
  return h(
    'div',
    { class: 'rc-cheapest' },
    h(
      'p',
      {},
      h('strong', {}, `Cheapest overall: ${label(c.cheapest_overall)}. `),
      'Cheapest month by month: ',
      c.cheapest_periods.map((p) => `${label(p.provider)} in ${months(p.from_month, p.to_month)}`).join('; '),
      '.',
    ),
  );
}

// " (+$41 a month, from $65 to $106)": a move against the bill before it, after month 1.
const step = (c, m) => (m.monthly_change_cents == null ? '' : ` (${moveStep(c, m)})`);

// A provider's total without the commitment beside the total with it, or the core's word
// that it sells none.
function commitmentNote(c, p) {
  const k = p.commitment;
  if (!k) return '';
  if (!k.offered) return `${k.text} `;
  return `Without the commitment from month ${k.from_month}: ${shownMoney(c, k, 'on_demand', p.estimated_months > 0)}. `;
}

function providerList(c) {
  return h(
    'ul',
    { class: 'rc-providers' },
    c.providers.map((p) =>
      h(
        'li',
        { 'data-provider': p.name },
        h('strong', {}, `${p.label}: `),
        `${p.estimated_months > 0 ? '≈ ' : ''}${formatWholeMoney(p.total_display_cents ?? p.total_cents, shownCurrency(c))} over ${c.months.length} months, `,
        `cheapest in ${p.cheapest_months} of them. `,
        commitmentNote(c, p),
        p.stage_moves.length === 0
          ? 'No stage move.'
          : `Moves: ${p.stage_moves.map((m) => `to stage ${m.to_stage} in month ${m.month}${step(c, m)}`).join(', ')}.`,
        p.budget_exceeded_month != null ? ` Over the budget from month ${p.budget_exceeded_month}.` : '',
      ),
    ),
  );
}

function table(c, label) {
  const names = c.providers.map((p) => p.name);
  return h(
    'div',
    {
      class: 'rt-table-wrap',
      role: 'region',
      'aria-label': 'Providers month by month, scrolls sideways',
      tabindex: '0',
    },
    h(
      'table',
      { class: 'rt-table rc-table' },
      h('caption', {}, 'Providers month by month: stage, cost a month, cost so far'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('td', { colspan: 2 }),
          names.map((n) => h('th', { scope: 'colgroup', colspan: 3 }, label(n))),
          h('td', {}),
        ),
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Month'),
          h('th', { scope: 'col' }, 'Users'),
          names.map(() => ['Stage', 'Cost', 'So far'].map((w) => h('th', { scope: 'col' }, w))),
          h('th', { scope: 'col' }, 'Cheapest'),
        ),
      ),
      h(
        'tbody',
        {},
        c.months.map((m, i) =>
          h(
            'tr',
            { 'data-month': m.month },
            h('th', { scope: 'row' }, String(m.month)),
            h('td', {}, formatCount(m.users)),
            names.map((n) => {
              const p = m.costs[n];
              const estimated = p.estimated_components.length > 0;
              const soFarEstimated = c.months.slice(0, i + 1).some((x) => x.costs[n].estimated_components.length > 0);
              return [
                h('td', {}, String(p.stage)),
                h('td', { class: 'rt-money' }, shownMoney(c, p, 'cost', estimated)),
                h('td', { class: 'rt-money' }, shownMoney(c, p, 'cumulative', soFarEstimated)),
              ];
            }),
            h('td', { 'data-cheapest': m.cheapest }, label(m.cheapest)),
          ),
        ),
      ),
    ),
  );
}

// Each provider's machines, every size its timeline runs, with the catalogue's vCPUs and
// memory: the sizes behind the stage moves falling in different months.
function machineTable(c) {
  if (!c.providers.some((p) => p.machines?.length)) return null;
  return h(
    'div',
    { class: 'rt-table-wrap', role: 'region', 'aria-label': 'Machines by provider, scrolls sideways', tabindex: '0' },
    h(
      'table',
      { class: 'rt-table rc-machines' },
      h('caption', {}, 'The machines each provider runs over these months'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['Provider', 'Part', 'Machine', 'vCPUs', 'Memory (GiB)'].map((w) => h('th', { scope: 'col' }, w)),
        ),
      ),
      h(
        'tbody',
        {},
        c.providers.flatMap((p) =>
          (p.machines ?? []).map((m, i) =>
            h(
              'tr',
              { 'data-provider': p.name },
              i === 0 ? h('th', { scope: 'row', rowspan: p.machines.length }, p.label) : null,
              h('td', {}, ROLE_WORDS[m.role] ?? m.role),
              h('td', {}, m.type),
              h('td', { class: 'rt-money' }, formatNumber(m.vcpu)),
              h('td', { class: 'rt-money' }, formatNumber(m.memory_gib)),
            ),
          ),
        ),
      ),
    ),
  );
}

// Why the providers reach a stage in different months, when they do: who reaches each
// stage when, and that a catalogue's own machine sizes fill up at their own loads.
function whyApart(c) {
  const stages = [...new Set(c.providers.flatMap((p) => p.stage_moves.map((m) => m.to_stage)))].sort((a, b) => a - b);
  const apart = stages.flatMap((stage) => {
    const when = c.providers.map((p) => ({ p, move: p.stage_moves.find((m) => m.to_stage === stage) }));
    const months = new Set(when.map((w) => w.move?.month ?? null));
    if (months.size < 2) return [];
    const said = when.map(({ p, move }) => `${p.label} ${move ? `in month ${move.month}` : 'not at all'}`);
    return [`stage ${stage}: ${said.join(', ')}`];
  });
  if (apart.length === 0) return null;
  return h(
    'p',
    { class: 'rc-why' },
    `The providers move at different months (${apart.join('; ')}). Each catalogue sells its own machine sizes, `,
    'so the same users fill one provider’s machines sooner than another’s (the table below gives their vCPUs and memory), and a stage move is due when a machine runs out of CPU, memory or connections.',
  );
}

// The managed services chosen (the form's Database and Cache) price that component on every
// provider, in place of its own; say so, with each service's label (`services`: name -> label).
function servicesNote(c, services = {}) {
  const chosen = new Map();
  for (const p of c.providers) for (const s of p.substitutions ?? []) if (s.service) chosen.set(s.service, s.component);
  if (chosen.size === 0) return null;
  const label = (name) => services[name] ?? name;
  const each = [...chosen].map(([name, component]) => `${label(name)} in place of its own ${component}`);
  return h(
    'p',
    { class: 'rc-services' },
    `On every provider: ${each.join(', and ')}, billed as the service bills; each provider's machines and moves stay its own.`,
  );
}

// A catalogue priced in another currency is compared at the rate the core used; say which.
function convertedNote(c, label) {
  if (!(c.converted?.length > 0)) return null;
  const each = c.converted.map(
    (v) =>
      `${label(v.provider)} prices in ${v.from}: compared at 1 ${v.from} = ${formatNumber(v.per_unit, 4)} ${v.to}${v.rate_date ? `, the published rate of ${v.rate_date}` : ''}`,
  );
  return h('p', { class: 'rc-converted' }, `${each.join('; ')}.`);
}

// c: a compare document; labels: catalogue name -> label, for the providers it left out;
// chartWidth: the width the charts are drawn at (a phone's unless given); services: the
// managed services' labels by name.
export function renderCompare(c, labels = {}, { chartWidth, services } = {}) {
  const byName = Object.fromEntries(c.providers.map((p) => [p.name, p.label]));
  const label = (name) => byName[name] ?? labels[name] ?? 'another provider';
  return h(
    'div',
    { class: 'rc-compare' },
    rateStatement(c),
    cheapestWhen(c, label),
    providerList(c),
    c.providers.some((p) => p.estimated_months > 0) &&
      h(
        'p',
        { class: 'rs-estimates' },
        '≈ marks an amount that includes an estimated price: one no source could give, derived from a cited price by a stated ratio. Pick that provider above to see which, and how.',
      ),
    servicesNote(c, services),
    convertedNote(c, label),
    c.skipped.length > 0 &&
      h('p', {}, `Not compared, for want of complete prices: ${c.skipped.map((s) => label(s.provider)).join(', ')}.`),
    whyApart(c),
    machineTable(c),
    compareChart(c, label, { kind: 'cost', width: chartWidth }),
    compareChart(c, label, { kind: 'cumulative', width: chartWidth }),
    table(c, label),
  );
}
