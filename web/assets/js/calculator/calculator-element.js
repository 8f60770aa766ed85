// The class of <rightsize-calculator>: the recommendation, live. Wraps the server-rendered
// form and result (or builds them when embedded bare); see live-element.js for what it
// shares with the timeline. Attributes named like the input fields (users="5000",
// db_cpu_pct="70") set the inputs. rightsize-calculator.js registers it for the site's
// pages, embedded-calculator.js a subclass that lives in a shadow root.
import { loadRecommender } from '../engine/recommend-engine.js';
import { toDom } from '../shared/html.js';
import { readForm, renderForm } from './calculator-form.js';
import { renderRecommendation, renderSummary } from './render-recommendation.js';
import { LiveElement } from '../shared/live-element.js';
import { MoneySlot } from './calculator-money-slot.js';
import calculatorForm from '../../data/calculator-form.json' with { type: 'json' };

const FIELDS = ['current_stage', ...calculatorForm.numbers, ...calculatorForm.flags].map((f) => f.name ?? f);
let instances = 0;

export class RightsizeCalculator extends LiveElement {
  static get observedAttributes() {
    return FIELDS;
  }

  #money = null; // the stage's cost and the timeline, loaded after the first result
  // Set by a page that links the charts' stylesheet only when they are drawn: a function
  // returning a promise of it (shared/late-styles.js). The embedded element carries its own.
  laterStyles = null;

  label = 'calculator';
  loadEngine() {
    return loadRecommender();
  }
  compute(form) {
    return this.engine.recommend(readForm(form));
  }
  renderSummary(result) {
    return renderSummary(result, this.#money?.costShort(result));
  }
  render(result) {
    return renderRecommendation(result, this.#money?.costBeside(result), this.#money?.diagrams(result));
  }
  whenDrawn() {
    return this.#money?.drawn ?? true;
  }
  refine(form, result) {
    return this.#money?.refine(readForm(form), result) ?? null;
  }

  prepare() {
    const bare = !this.root.querySelector('form');
    if (bare) this.#build();
    this.#money = MoneySlot.attach(this);
    // A host page that sets any input says what it measured: on a form built here, the
    // fields it leaves out start blank rather than at the site's example values.
    const given = FIELDS.filter((name) => this.hasAttribute(name));
    for (const name of bare && given.length > 0 ? FIELDS : given) this.#setField(name, this.getAttribute(name));
  }

  attributeChangedCallback(name, _old, value) {
    if (!this.engine || !this.root.querySelector('form')) return;
    this.#setField(name, value);
    this.update();
  }

  #setField(name, value) {
    const control = this.root.querySelector('form').elements.namedItem(name);
    if (!control || (value === null && control.tagName === 'SELECT')) return; // a select keeps its first choice
    if (control.type === 'checkbox') control.checked = value !== null && value !== 'false';
    else control.value = value ?? '';
  }

  #build() {
    const prefix = `rs${++instances}-`;
    const result = document.createElement('div');
    result.className = 'rs-result';
    result.dataset.result = '';
    result.setAttribute('aria-live', 'polite');
    const status = document.createElement('p');
    status.className = 'rs-status';
    status.dataset.status = '';
    status.setAttribute('role', 'status');
    this.root.replaceChildren(toDom(renderForm(this.engine.rules, calculatorForm, prefix)), status, result);
  }
}
