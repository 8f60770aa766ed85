// The calculator's link and controls: every input of both its forms kept in the link (the
// measurements, and the money form's growth, provider, display currency and rate), and the
// controls to share the link and save the result. calculator-page.js loads this at the
// reader's first move, soon after the first result, or at once for a link.
import { readForm } from '../shared/form-fields.js';
import { catalogueCurrency, defaultRate, showCurrency } from '../shared/currency-fields.js';
import { fillForm } from '../share/fill-form.js';
import { fragmentOf, linkInput, producedKeys, withFragment } from '../share/share-input.js';
import { startSharing } from '../share/share-state.js';
import { shareControls } from '../share/share-controls.js';
import { loadShareCodec } from '../share/share-codec.js';
import { download, jsonBlob } from '../share/downloads.js';
import { saveResultCard } from '../share/result-card.js';
import { calculatorTimelineInput } from './calculator-money-form.js';
import { formValues } from '../timeline/timeline-form.js';

const namesOf = (form) => [...(form?.elements ?? [])].map((c) => c.name).filter(Boolean);

export function startCalculatorSharing(element) {
  const measured = element.querySelector('form:not([data-money-form])');
  const money = element.querySelector('[data-money-form]'); // absent on an embedded calculator
  // The input fields each form gives, from the functions that read them; the money form's
  // as it stands, since its "How you pay" arrives with the money module.
  const measuredKeys = producedKeys((values) => ({ input: values }), namesOf(measured));
  const moneyKeys = () =>
    money ? producedKeys((values) => ({ input: calculatorTimelineInput({}, values) }), namesOf(money)) : new Set();

  const own = () => {
    const values = readForm(measured);
    return money
      ? calculatorTimelineInput(values, readForm(money), {
          defaultRate: defaultRate(money),
          catalogueCurrency: catalogueCurrency(money),
        })
      : values;
  };
  const sharing = startSharing(element, {
    codec: loadShareCodec,
    // The growth field holds a monthly rate: milestones (a timeline's) pass through untouched
    // until the reader types a rate, which replaces them.
    owns: (key, value) =>
      measuredKeys.has(key) || (moneyKeys().has(key) && !(key === 'growth' && value?.milestones !== undefined)),
    input: (carried) => (measured ? linkInput(carried, own()) : null),
    fill(input) {
      if (input) fillForm(measured, input);
      else measured.reset();
      if (!money) return;
      // A link that sets none of the money form's fields was made for the recommendation
      // alone (by the CLI, or before the calculator kept them): they keep their starting values.
      if (input && [...moneyKeys()].some((key) => input[key] !== undefined)) fillForm(money, formValues(input));
      else money.reset();
      showCurrency(money);
    },
  });
  // "How you pay" came after a link was opened: its fields show what the link carried (its
  // commitment and services), and the link takes them from the fields from now on.
  element.addEventListener('rightsize-pay-fields', () => {
    const pay = money.querySelector('.rs-pay');
    const values = formValues(sharing.carried());
    fillForm({ elements: pay.querySelectorAll('[name]') }, values);
    pay.open ||= [...pay.querySelectorAll('[name]')].some((c) => values[c.name] !== undefined);
    sharing.adopt();
  });
  shareControls(element, sharing, [
    {
      label: 'Save as JSON',
      run() {
        if (!element.result) throw new Error('there is no result yet');
        download(
          'rightsize-recommendation.json',
          jsonBlob({ link: location.href, input: sharing.input(), result: element.result }),
        );
      },
    },
    {
      label: 'Result card',
      async run() {
        if (!element.result) throw new Error('there is no result yet');
        // The summary's few words ("$32 a month, +$15"), else the cost line beside the stage.
        const cost =
          element.querySelector('.rs-summary-cost')?.textContent.trim() ||
          element.querySelector('[data-stage-cost]')?.textContent.trim() ||
          null;
        await saveResultCard(element.result, cost, location.href);
      },
    },
  ]);
  embedCodeLink(element);
  return sharing;
}

// "Get embed code" beside Copy link: the embed page opened on its own shows the snippets for
// the inputs on screen (the link keeps them, data-keeps-inputs) and a preview.
function embedCodeLink(element) {
  const group = element.parentElement?.querySelector('.rs-share .rs-share-group');
  if (!group) return;
  const link = document.createElement('a');
  link.className = 'rs-share-button';
  link.href = withFragment(new URL('../../embed/', import.meta.url).href, fragmentOf(location.hash));
  link.dataset.keepsInputs = '';
  link.textContent = 'Get embed code';
  group.append(link);
}
