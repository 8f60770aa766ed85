// The recommendation as an element tree: stage, next move, fired triggers with value
// against threshold, steps and notes. Used in the browser and for the prerendered page.
import { h } from '../shared/html.js';
import { formatMeasured, formatNumber } from '../shared/format.js';

function userRange(range) {
  return range.max == null
    ? `${formatNumber(range.min)}+ users`
    : `${formatNumber(range.min)} to ${formatNumber(range.max)} users`;
}

function firedList(fired) {
  if (fired.length === 0) return h('p', { class: 'rs-none' }, 'No trigger fired: nothing measured calls for a move.');
  return h(
    'section',
    { class: 'rs-fired', 'aria-label': 'Triggers that fired' },
    h('h2', {}, 'Triggers that fired'),
    h(
      'ul',
      {},
      fired.map((f) =>
        h(
          'li',
          { 'data-trigger': f.id },
          h(
            'p',
            { class: 'rs-measure' },
            h('span', { class: 'rs-condition' }, f.condition),
            typeof f.value === 'boolean'
              ? ''
              : [': measured ', h('span', { class: 'rs-value' }, formatMeasured(f.value, f.unit))],
            ' ',
            h('span', { class: 'rs-trigger-stage' }, `(stage ${f.stage})`),
          ),
          h('p', { class: 'rs-trigger-sentence' }, f.sentence),
        ),
      ),
    ),
  );
}

// beside: what goes right under the stage (the calculator's cost line), if anything.
export function renderRecommendation(r, beside = null) {
  return h(
    'div',
    { class: 'rs-recommendation', 'data-stage': r.stage },
    h(
      'p',
      { class: 'rs-stage' },
      h('span', { class: 'rs-stage-number' }, `Stage ${r.stage}`),
      ' ',
      h('span', { class: 'rs-stage-name' }, r.stage_name),
    ),
    beside,
    h('p', { class: 'rs-action', 'data-action': r.action }, h('strong', {}, 'Next move: '), r.action_text),
    h('p', { class: 'rs-range' }, `This stage typically serves ${userRange(r.typical_users)}. `, r.stage_setup),
    firedList(r.fired),
    r.steps.length > 0 &&
      h(
        'ol',
        { class: 'rs-steps', 'aria-label': 'Steps from your current stage' },
        r.steps.map((s) => h('li', { 'data-action': s.action }, `Stage ${s.from} → ${s.to}: ${s.text}`)),
      ),
    r.notes.length > 0 &&
      h(
        'ul',
        { class: 'rs-notes', 'aria-label': 'Notes' },
        r.notes.map((n) => h('li', {}, n)),
      ),
  );
}
