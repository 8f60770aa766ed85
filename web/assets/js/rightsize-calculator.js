// <rightsize-calculator>: wraps the server-rendered form and result (or builds them when
// embedded bare), recomputes in WebAssembly as the reader types, exposes the latest
// recommendation as `result` and fires a bubbling `rightsize-result` event.
// Attributes named like the input fields (users="5000", db_cpu_pct="70") set the inputs.
import { loadEngine } from './engine.js';
import { toDom } from './html.js';
import { readForm, renderForm, showErrors } from './calculator-form.js';
import { renderRecommendation } from './render-recommendation.js';
import fields from '../data/fields.json' with { type: 'json' };

const FIELDS = ['current_stage', ...fields.numbers, ...fields.flags].map((f) => f.name ?? f);
let instances = 0;

export class RightsizeCalculator extends HTMLElement {
  static get observedAttributes() { return FIELDS; }

  #result = null;
  #engine = null;
  #onInput = () => this.update();

  get result() { return this.#result; }

  async connectedCallback() {
    this.addEventListener('input', this.#onInput);
    this.addEventListener('change', this.#onInput);
    this.addEventListener('submit', (e) => e.preventDefault());
    try {
      this.#engine = await loadEngine();
    } catch (error) {
      this.#status(`The live calculator could not start (${error.message}). The result shown is for the default inputs.`);
      return;
    }
    if (!this.isConnected) return;
    if (!this.querySelector('form')) this.#build();
    for (const name of FIELDS) if (this.hasAttribute(name)) this.#setField(name, this.getAttribute(name));
    this.update();
  }

  disconnectedCallback() {
    this.removeEventListener('input', this.#onInput);
    this.removeEventListener('change', this.#onInput);
  }

  attributeChangedCallback(name, _old, value) {
    if (!this.#engine || !this.querySelector('form')) return;
    this.#setField(name, value);
    this.update();
  }

  update() {
    const form = this.querySelector('form');
    if (!this.#engine || !form) return;
    const doc = this.#engine.recommend(readForm(form));
    showErrors(form, doc.ok ? [] : doc.errors);
    if (!doc.ok) {
      this.#status(this.#result ? 'Fix the marked field to update; the result below is for your last valid input.'
        : 'Fix the marked field to see a result.');
      return;
    }
    this.#status('');
    this.#result = doc.result;
    this.querySelector('[data-result]').replaceChildren(toDom(renderRecommendation(doc.result)));
    this.dispatchEvent(new CustomEvent('rightsize-result', { bubbles: true, composed: true, detail: doc.result }));
  }

  #setField(name, value) {
    const control = this.querySelector('form').elements.namedItem(name);
    if (!control) return;
    if (control.type === 'checkbox') control.checked = value !== null && value !== 'false';
    else control.value = value ?? '';
  }

  #build() {
    const { rules } = this.#engine;
    const prefix = `rs${++instances}-`;
    const result = document.createElement('div');
    result.className = 'rs-result';
    result.dataset.result = '';
    result.setAttribute('aria-live', 'polite');
    const status = document.createElement('p');
    status.className = 'rs-status';
    status.dataset.status = '';
    status.setAttribute('role', 'status');
    this.replaceChildren(toDom(renderForm(fields, rules.stages, prefix)), status, result);
  }

  #status(text) {
    const status = this.querySelector('[data-status]');
    if (status) status.textContent = text;
  }
}

customElements.define('rightsize-calculator', RightsizeCalculator);
