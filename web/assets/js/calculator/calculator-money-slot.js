// Where the calculator's money and time (calculator-money.js) plug in, light enough for
// the first visit: until the first recommendation asks for a timeline, the stage's cost
// line is the one already on the page, and calculator-money.js, the timeline renderer and
// the model's worker are not loaded at all (the build bundles them on their own: `?module`).
import { h } from '../shared/html.js';
import moneyModule from './calculator-money.js?module';

export class MoneySlot {
  #element;
  #line;
  #money = null;
  #loading = null;
  #drawnStage = null; // the stage the page's own drawing shows, if it has one

  // null when the element has no money form (a calculator embedded without its page).
  static attach(element) {
    return element.querySelector('[data-money-form]') ? new MoneySlot(element) : null;
  }

  constructor(element) {
    this.#element = element;
    const text = element.querySelector('[data-stage-cost]')?.textContent;
    this.#line = text ? h('p', { class: 'rs-cost', 'data-stage-cost': '' }, text) : null;
    const drawn = element.querySelector('[data-result] [data-diagrams="1"] svg.dg');
    this.#drawnStage = drawn ? Number(drawn.dataset.stage) : null;
  }

  // The line beside the stage (stage-cost.js); the page's own until the module is here.
  costBeside(result) {
    return this.#money ? this.#money.costBeside(result) : this.#line;
  }

  // The compact timeline costBeside() set drawing (a promise), once the module is here.
  get drawn() {
    return this.#money?.drawn ?? true;
  }

  // The stages drawn under the recommendation, once the module is here. Until then the page's
  // own drawing stays (a slot morph.js leaves be) while the result keeps its stage, as the
  // page's cost line does.
  diagrams(result) {
    if (this.#money) return this.#money.diagrams(result);
    return result.stage === this.#drawnStage && result.stage === result.current_stage
      ? h('div', { class: 'dg-pair', 'data-diagrams': 1, 'data-slot': '' })
      : null;
  }

  // The stage's monthly cost in a few words for the summary, once the module is here.
  costShort(result) {
    return this.#money ? this.#money.costShort(result) : null;
  }

  // A promise of the recommendation with its `timeline` (calculator-money.js), or null.
  async refine(values, recommendation) {
    this.#loading ??= Promise.all([
      import(new URL(moneyModule, import.meta.url).href),
      this.#element.laterStyles?.(), // the charts' stylesheet, before anything is drawn with it
    ]).then(([{ CalculatorMoney }]) => {
      this.#money = new CalculatorMoney(this.#element, this.#line);
    });
    await this.#loading;
    return this.#money.refine(values, recommendation);
  }
}
