// A stage check's result as an element tree: each trigger of the stage, whether it fires,
// and each of its conditions as the value measured against the threshold ("Database CPU,
// sustained: 72% — above 60%: holds"). Everything comes from the core's document.
import { h } from '../shared/html.js';
import { COMPARISON_WORDS } from '../shared/comparison-words.js';
import { formatMeasured } from '../shared/format.js';

function bound(c) {
  if (c.comparison === 'is') return `needs ${formatMeasured(c.threshold)}`;
  return `${COMPARISON_WORDS[c.comparison]} ${formatMeasured(c.threshold, c.unit)}`;
}

function conditionLine(c) {
  const value = c.value == null ? 'not given' : formatMeasured(c.value, c.unit);
  return h(
    'li',
    { class: c.holds ? 'rs-holds' : 'rs-not-holds' },
    h('span', { class: 'rs-condition-label' }, `${c.label}: `),
    h('span', { class: 'rs-value' }, value),
    ` — ${bound(c)}: `,
    h('strong', {}, c.holds ? 'holds' : 'does not hold'),
  );
}

function conditionList(check) {
  return [
    h('ul', { class: 'rs-conditions' }, check.conditions.map(conditionLine)),
    check.and_any.length > 0 && h('p', { class: 'rs-any-of' }, 'and at least one of these:'),
    check.and_any.length > 0 && h('ul', { class: 'rs-conditions' }, check.and_any.map(conditionLine)),
  ];
}

// checks: the stage's entries of the recommendation's `checks`.
export function renderStageCheck(checks) {
  const firing = checks.filter((c) => c.fires).length;
  const summary =
    firing === 0
      ? `None of these ${checks.length} triggers fires.`
      : `${firing} of ${checks.length} triggers ${firing === 1 ? 'fires' : 'fire'}.`;
  return h(
    'div',
    { class: 'rs-check', 'data-firing': firing },
    h('p', { class: 'rs-check-summary' }, summary),
    h(
      'ol',
      { class: 'rs-check-list' },
      checks.map((c) => {
        const primary = c.conditions[0];
        return h(
          'li',
          { class: c.fires ? 'rs-fires' : 'rs-quiet', 'data-fires': String(c.fires) },
          h(
            'p',
            { class: 'rs-check-head' },
            h('span', { class: 'rs-check-verdict' }, c.fires ? 'Fires' : 'Does not fire'),
            ': ',
            primary.condition,
          ),
          conditionList(c),
        );
      }),
    ),
  );
}
