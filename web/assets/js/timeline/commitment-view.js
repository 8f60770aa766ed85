// What a commitment does to a timeline, in words: every amount and sentence comes from the
// core's document (docs/cli.md), in the display currency when there is one. Only a timeline
// with a commitment needs it, so the pages load it after their first live result (with the
// chart's code) and hand it to renderTimeline.
import { h } from '../shared/html.js';
import { shownMoney } from '../shared/money.js';

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
