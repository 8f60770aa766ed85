// What a commitment does to a timeline, and what each move does to the monthly bill, in
// words: every amount and sentence comes from the core's document (docs/cli.md), shown in
// the display currency when there is one. Shared by the timeline page, the calculator's
// compact timeline and the comparison.
import { h } from '../shared/html.js';
import { shownCents, shownMoney } from '../shared/money.js';

// "+$41 a month, from $65 to $106": a move against the bill before it; null in month 1.
export function moveStep(t, e) {
  if (e.monthly_change_cents == null) return null;
  const change = shownCents(e, 'monthly_change');
  const step = shownMoney(t, { step_cents: Math.abs(change) }, 'step');
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  return `${sign}${step} a month, from ${shownMoney(t, e, 'monthly_before')} to ${shownMoney(t, e, 'monthly')}`;
}

// The commitment's summary lines for a timeline's list: what it covers (or that the provider
// sells none), what it saves over the months, and the poor-bet warning with its months.
export function commitmentLines(t) {
  const c = t.commitment;
  if (!c) return [];
  if (!c.offered) return [h('li', { 'data-commitment': 'none' }, c.text)];
  return [
    h(
      'li',
      { 'data-commitment': 'saving' },
      `${c.text} Over these months it saves ${shownMoney(t, c, 'saving')}: `,
      `${shownMoney(t, t.months.at(-1), 'cumulative')} against ${shownMoney(t, c, 'on_demand')} on demand.`,
    ),
    c.poor_bet &&
      h(
        'li',
        { 'data-commitment': 'poor-bet', class: 'rt-warning' },
        c.poor_bet_text,
        h(
          'ul',
          {},
          c.warnings.map((w) => h('li', {}, w.text)),
        ),
      ),
  ];
}

// A month's committed share and saving for the monthly table, or '' before the commitment.
export function monthCommitment(t, m) {
  const c = m.commitment;
  if (!c || c.committed_pct === 0) return '';
  return `${c.committed_pct}%, saves ${shownMoney(t, c, 'saving')}`;
}
