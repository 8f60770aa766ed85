// What each move does to the monthly bill, in words, from the core's document: its month
// against the month before it, in the display currency when there is one.
import { shownCents, shownMoney } from '../shared/money.js';

// "+$41 a month, from $65 to $106": a move against the bill before it; null in month 1.
export function moveStep(t, e) {
  if (e.monthly_change_cents == null) return null;
  const change = shownCents(e, 'monthly_change');
  const step = shownMoney(t, { step_cents: Math.abs(change) }, 'step');
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  return `${sign}${step} a month, from ${shownMoney(t, e, 'monthly_before')} to ${shownMoney(t, e, 'monthly')}`;
}
