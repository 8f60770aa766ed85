// The calculator's pictures: the stage you are on and the recommended one, side by side
// (stacked on a phone) when the recommendation moves you, or the one stage when it does not.
// Drawn from the timeline's month 1 (the recommended stage's machines) and, for the stage
// you are on, month 1 of what runs today (calculator-money.js); the triggers that fired are
// marked on the setup they were measured on. Part of the money module, loaded after the
// first result; the build draws the starting values' one (prerender.js), so the money's
// arrival moves nothing.
import { h } from '../shared/html.js';
import { architectureFigure } from '../diagram/architecture.js';
import { describeMonth } from '../diagram/describe.js';

// One marker per metric: an in-place move repeats the trigger it comes from.
const byMetric = (fired) => [...new Map(fired.map((f) => [f.metric, f])).values()];

function labelled(label, d, id, shown) {
  return h('div', { class: 'dg-side' }, h('p', { class: 'dg-pair-label' }, label), architectureFigure(d, id, shown));
}

// result: the recommendation with its `timeline`; before: month 1 of the stage run today,
// or null when the recommendation keeps that stage. shown: the download buttons visible (in
// the browser), or hidden until the page's script shows them (the build's prerender).
export function stageDiagrams(result, before, shown = true) {
  const t = result.timeline;
  const fired = byMetric(result.fired);
  const next = t.months[0];
  if (!before)
    return h(
      'div',
      { class: 'dg-pair', 'data-diagrams': 1 },
      architectureFigure(describeMonth(t, next, fired), 'rs-diagram', shown),
    );
  return h(
    'div',
    { class: 'dg-pair', 'data-diagrams': 2 },
    labelled(`You are on stage ${before.stage}`, describeMonth(t, before, fired), 'rs-diagram-now', shown),
    labelled(`Recommended: stage ${next.stage}`, describeMonth(t, next), 'rs-diagram-next', shown),
  );
}
