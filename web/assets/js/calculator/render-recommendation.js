// The recommendation as an element tree, in the order a reader decides by: the stage, the
// move due now (and its cost, when the money has loaded), then the reasons: each fired
// trigger as its measured value against its threshold. Used in the browser and for the
// prerendered page.
import { h } from '../shared/html.js';
import { formatMeasured, formatNumber } from '../shared/format.js';

function userRange(range) {
  return range.max == null
    ? `${formatNumber(range.min)}+ users`
    : `${formatNumber(range.min)} to ${formatNumber(range.max)} users`;
}

// A measured value against its threshold as a small bar: the threshold's mark sits where it
// falls on a scale a quarter past the larger of the two, so a value over it reads as over.
function thresholdBar(value, threshold) {
  const scale = Math.max(value, threshold) * 1.25 || 1;
  const at = (x) => Math.max(0, Math.min(100, (x / scale) * 100)).toFixed(1);
  return h(
    'svg',
    { class: 'rs-bar', viewBox: '0 0 100 8', preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false' },
    h('rect', { class: 'rs-bar-track', x: 0, y: 1, width: 100, height: 6, rx: 1 }),
    h('rect', { class: 'rs-bar-value', x: 0, y: 1, width: at(value), height: 6, rx: 1 }),
    h('rect', { class: 'rs-bar-threshold', x: at(threshold), y: 0, width: 1, height: 8 }),
  );
}

// An in-place move whose metric a trigger already shows adds nothing to the reasons: its
// words are the move due, above them.
function reasons(fired) {
  const shown = new Set(fired.filter((f) => !f.action).map((f) => f.metric));
  return fired.filter((f) => !f.action || !shown.has(f.metric));
}

function firedList(all) {
  const fired = reasons(all);
  if (fired.length === 0) return h('p', { class: 'rs-none' }, 'No trigger fired: nothing measured calls for a move.');
  return h(
    'section',
    { class: 'rs-fired', 'aria-label': 'Why: the triggers that fired' },
    h('h2', {}, 'Why: the triggers that fired'),
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
          typeof f.value === 'number' && typeof f.threshold === 'number' && thresholdBar(f.value, f.threshold),
          h('p', { class: 'rs-trigger-sentence' }, f.sentence),
        ),
      ),
    ),
  );
}

// The move due now in a few words: the step that reaches the stage, the in-place move's own
// words, none at all, or the core's whole sentence when nothing shorter exists.
export function dueNow(r) {
  if (r.action === 'stay') return 'No move due.';
  return r.steps.at(-1)?.text ?? r.fired.find((f) => f.action === r.action)?.move_text ?? r.action_text;
}

// The compact summary a phone keeps in view while the reader types: stage, move due, and
// the stage's monthly cost once the money has loaded (cost: text or null). It links to the
// whole result.
export function renderSummary(r, cost = null) {
  return h(
    'a',
    { class: 'rs-summary-link', href: '#rs-result' },
    h('strong', { class: 'rs-summary-stage' }, `Stage ${r.stage}`),
    h('span', { class: 'rs-summary-move' }, dueNow(r)),
    cost && h('span', { class: 'rs-summary-cost' }, cost),
  );
}

// beside: the calculator's cost line, right under the move due, if anything.
// pictures: the stages drawn (stage-diagrams.js), once the money has loaded.
export function renderRecommendation(r, beside = null, pictures = null) {
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
    h('p', { class: 'rs-action', 'data-action': r.action }, h('strong', {}, 'Due now: '), r.action_text),
    beside,
    firedList(r.fired),
    r.steps.length > 1 &&
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
    h('p', { class: 'rs-range' }, `This stage typically serves ${userRange(r.typical_users)}. `, r.stage_setup),
    pictures,
  );
}
