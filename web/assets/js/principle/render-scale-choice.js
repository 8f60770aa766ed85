// The vertical-or-horizontal comparison as an element tree: one bigger server against the
// fleet and its load balancer, each a month on the provider, and the margin rule's verdict
// in words. Every number comes from the core's scale_choice document.
import { h } from '../shared/html.js';
import { formatCount, formatMoney, withUnit } from '../shared/format.js';

// The document's percentages (saving_pct, margin_pct...) as sizes of a difference.
const percent = (x) => withUnit(formatCount(Math.abs(x)), '%');

function cheaperOrDearer(pct) {
  return pct >= 0 ? `${percent(pct)} less than` : `${percent(pct)} more than`;
}

function verdict(r) {
  const fleet = `the ${r.servers} servers`;
  switch (r.reason) {
    case 'margin_beaten':
      return `Go horizontal: ${fleet} cost ${cheaperOrDearer(r.saving_pct)} the one server, past the ${percent(r.margin_pct)} margin.`;
    case 'largest_reached':
      return `Go horizontal: no single size carries this load at the ${percent(r.target_cpu_pct)} CPU target.`;
    case 'redundancy':
      return 'Go horizontal: you need redundancy, which one server cannot give, whatever the price.';
    default:
      return r.saving_pct == null
        ? `Stay vertical: ${fleet} of any size cannot carry this load; one server can.`
        : `Stay vertical: ${fleet} cost ${cheaperOrDearer(r.saving_pct)} the one server; the rule asks for more than ${percent(r.margin_pct)} less.`;
  }
}

function row(label, cents, currency, extra = {}) {
  return h(
    'tr',
    extra,
    h('th', { scope: 'row' }, label),
    h(
      'td',
      { class: 'num' },
      h('span', { class: 'cell-label' }, 'A month: '),
      cents == null ? '—' : formatMoney(cents, currency),
    ),
  );
}

export function renderScaleChoice(r) {
  const currency = r.provider.currency;
  const rows = [
    row(r.single ? `One ${r.single.type}` : 'One server: no size is big enough', r.single?.cost_cents, currency, {
      'data-option': 'single',
    }),
    ...(r.fleet
      ? [
          row(`${r.fleet.count} × ${r.fleet.type}`, r.fleet.servers_cents, currency, { 'data-option': 'servers' }),
          row('Their load balancer', r.fleet.load_balancer_cents, currency, { 'data-option': 'load-balancer' }),
          row('The fleet in all', r.fleet.cost_cents, currency, { 'data-option': 'fleet' }),
        ]
      : [row(`${r.servers} servers: no size is big enough`, null, currency, { 'data-option': 'fleet' })]),
  ];
  return h(
    'div',
    { class: 'rs-scale-choice', 'data-direction': r.direction },
    h(
      'table',
      { class: 'guide-table principle-table' },
      h(
        'caption',
        {},
        `${formatCount(r.users)} monthly users, about ${formatCount(r.peak_rps)} requests a second at peak, on ${r.provider.label}`,
      ),
      h(
        'thead',
        {},
        h('tr', {}, h('th', { scope: 'col' }, 'Option'), h('th', { scope: 'col', class: 'num' }, 'A month')),
      ),
      h('tbody', {}, rows),
    ),
    h('p', { class: 'rs-verdict', 'data-reason': r.reason }, h('strong', {}, verdict(r))),
    r.saving_with_load_balancer_pct != null &&
      h(
        'p',
        { class: 'rs-check-note' },
        `With its load balancer, the fleet costs ${cheaperOrDearer(r.saving_with_load_balancer_pct)} the one server.`,
      ),
  );
}
