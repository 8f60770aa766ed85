// The frame's whole input for its full-calculator link: the measurements with the closed
// money form's growth, provider and currency, read as the calculator page reads them.
// embed-page.js loads this after the visitor's first edit.
import { readForm } from '../shared/form-fields.js';
import { catalogueCurrency, defaultRate } from '../shared/currency-fields.js';
import { calculatorTimelineInput } from '../calculator/calculator-money-form.js';

export function moneyInput(values, money) {
  return calculatorTimelineInput(values, readForm(money), {
    defaultRate: defaultRate(money),
    catalogueCurrency: catalogueCurrency(money),
  });
}
