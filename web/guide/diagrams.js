// Each stage's architecture diagram for the guide's pages, drawn at build time from the
// guide's example as the core computes it: stage 1 as it starts, and every later stage in
// the month the example moves to it, with the measurement that made the move (the rule's
// primary metric, as the core predicted it that month). A stage the example never reaches
// is drawn at the bottom of its typical range, with nothing fired.
import { architectureFigure } from '../assets/js/diagram/architecture.js';
import { describeMonth, firedAtMove } from '../assets/js/diagram/describe.js';
import { toHtml } from '../assets/js/shared/html.js';
import { priceMonth, workload } from './stage-costs.js';

function moveInto(t, stage, rules) {
  const e = t.events.find((ev) => ev.type === 'stage' && ev.to_stage === stage);
  if (!e) return null;
  const month = t.months[e.month - 1];
  return describeMonth(t, month, firedAtMove(rules, e, month));
}

// { [stage]: the figure's markup }
export function stageDiagrams(model, rules, preset, provider) {
  const doc = model.timeline(preset);
  if (!doc.ok) throw new Error(`the guide example was rejected: ${JSON.stringify(doc.errors)}`);
  const t = doc.result;
  return Object.fromEntries(
    rules.stages.map((s) => {
      let description = s.stage === 1 && t.months[0].stage === 1 ? describeMonth(t, t.months[0]) : null;
      description ??= moveInto(t, s.stage, rules);
      if (!description) {
        const alone = priceMonth(model, { ...workload(preset), provider, users: s.users_min, current_stage: s.stage });
        description = describeMonth(alone, alone.months[0]);
      }
      return [s.stage, toHtml(architectureFigure(description, `diagram-stage-${s.stage}`))];
    }),
  );
}
