// The timeline's pictures: each stage move's setup, drawn from the move's month (its machines
// and costs) with the trigger behind it marked. The timeline loads this after its first live
// result (rightsize-timeline.js), with the rulebook the page already fetched for the model
// (the trigger's metric and words), so neither counts toward its first visit.
import rulesUrl from '../../data/rules.json?url';
import { architectureFigure } from './architecture.js';
import { describeMonth, firedAtMove } from './describe.js';

// A promise of (t, event) -> the setup's figure, for render-timeline.js.
export async function loadSetups() {
  const response = await fetch(new URL(rulesUrl, import.meta.url));
  if (!response.ok) throw new Error(`the rulebook could not be fetched (${response.status})`);
  const rules = await response.json();
  return (t, e) => {
    const month = t.months[e.month - 1];
    return architectureFigure(describeMonth(t, month, firedAtMove(rules, e, month)), `rt-setup-${e.month}`, true);
  };
}
