// What an architecture diagram draws, from the core's documents: a timeline month's machines
// (each part's machine, count and monthly cost, in the shown currency) and the triggers
// that fired, each on the part its metric is measured on. The renderer (architecture.js)
// takes this plain description, so the guide's build and the live pages draw alike.
import { shownMoney } from '../shared/money.js';
import { isMachine } from '../shared/machines.js';
import { formatMeasured, roundReading } from '../shared/format.js';
import { COMPARISON_WORDS } from '../shared/comparison-words.js';

// The part a metric is read from; anything else is the app server's (stage 1's one box
// holds the database too, and the renderer puts a database reading there).
const MEASURED_ON = {
  db_cpu_pct: 'database',
  db_query_ms: 'database',
  pool_exhausted: 'database',
  db_upgraded: 'database',
};
export const measuredOn = (metric) => MEASURED_ON[metric] ?? 'app';

// t: a timeline document; month: one of its months; fired: [{metric, condition, value, unit}]
// as the recommendation's `fired` gives them (a yes/no trigger's value is shown by its
// condition alone).
export function describeMonth(t, month, fired = []) {
  return {
    stage: month.stage,
    stage_name: t.stages[month.stage - 1].name,
    parts: month.components.filter(isMachine).map((c) => ({
      role: c.role,
      machine: c.type,
      count: c.count,
      monthly: shownMoney(t, c, 'cost', c.estimated),
    })),
    fired: fired.map((f) => ({
      role: measuredOn(f.metric),
      condition: f.condition,
      measured: typeof f.value === 'number' ? formatMeasured(f.value, f.unit) : null,
    })),
  };
}

// The trigger behind a timeline's stage move, as the recommendation's `fired` gives one: its
// rule's primary metric (rules: content/rules.json) as the core predicted it in the month of
// the move, rounded as a dashboard shows it. None for a move no trigger made.
export function firedAtMove(rules, event, month) {
  const rule = rules.triggers.find((r) => r.id === event.trigger);
  if (!rule) return [];
  const { phrase, unit } = rules.metrics[rule.metric];
  const condition =
    rule.comparison === 'is'
      ? phrase
      : `${phrase} ${COMPARISON_WORDS[rule.comparison]} ${formatMeasured(rule.threshold, unit)}`;
  return [{ metric: rule.metric, condition, value: roundReading(month.metrics[rule.metric], unit), unit }];
}
