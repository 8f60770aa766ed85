// What the watch section hands the core on each page, read from the page's own forms the way
// the page reads them: the recommendation's input for the alerts (the measured fields alone:
// `rightsize alerts` reads what `rightsize recommend` reads), and a timeline input for the plan.
import { readForm } from '../shared/form-fields.js';
import { catalogueCurrency, defaultRate } from '../shared/currency-fields.js';
import { calculatorTimelineInput } from '../calculator/calculator-money-form.js';

// The band changes no event of the plan: leaving it out keeps the plan one timeline's work.
const withoutBand = ({ uncertainty, ...input }) => input;

// The calculator: its measured form, and with its money form the timeline link's input.
export function calculatorInputs(element) {
  const measured = element.querySelector('form:not([data-money-form])');
  const money = element.querySelector('[data-money-form]');
  return {
    alerts: () => readForm(measured),
    plan: () =>
      money
        ? calculatorTimelineInput(readForm(measured), readForm(money), {
            defaultRate: defaultRate(money),
            catalogueCurrency: catalogueCurrency(money),
          })
        : null,
  };
}

// The timeline: its input as the page computes it; the alerts read the fields the rulebook
// names (content/rules.json's metrics), which a timeline input carries beside its growth.
export function timelineInputs(element, rules) {
  const current = () => element.inputOf(element.querySelector('form')).input ?? null;
  return {
    alerts: () => {
      const input = current() ?? {};
      return Object.fromEntries(Object.entries(input).filter(([key]) => key in rules.metrics));
    },
    plan: () => {
      const input = current();
      return input && withoutBand(input);
    },
  };
}
