// <rightsize-timeline>: wraps the server-rendered growth form and timeline, recomputes
// with the full model in WebAssembly as the reader types, exposes the latest timeline as
// `result` and fires a bubbling `rightsize-result` event.
import { loadModel } from './engine.js';
import { toDom } from './html.js';
import { readForm, showErrors } from './form-fields.js';
import { timelineFieldFor, timelineInput } from './timeline-form.js';
import { renderTimeline } from './render-timeline.js';

export class RightsizeTimeline extends HTMLElement {
  #result = null;
  #model = null;
  #onInput = () => this.update();

  get result() { return this.#result; }

  async connectedCallback() {
    this.addEventListener('input', this.#onInput);
    this.addEventListener('change', this.#onInput);
    this.addEventListener('submit', (e) => e.preventDefault());
    try {
      this.#model = await loadModel();
    } catch (error) {
      this.#status(`The live timeline could not start (${error.message}). The timeline shown is for the inputs shown.`);
      return;
    }
    if (this.isConnected) this.update();
  }

  disconnectedCallback() {
    this.removeEventListener('input', this.#onInput);
    this.removeEventListener('change', this.#onInput);
  }

  update() {
    const form = this.querySelector('form');
    if (!this.#model || !form) return;
    const { input, error } = timelineInput(readForm(form));
    const doc = error ? { ok: false, errors: [error] } : this.#model.timeline(input);
    showErrors(form, doc.ok ? [] : doc.errors, timelineFieldFor);
    if (!doc.ok) {
      this.#status('Fix the marked field to update; the timeline below is for your last valid input.');
      return;
    }
    this.#status('');
    this.#result = doc.result;
    this.querySelector('[data-result]').replaceChildren(toDom(renderTimeline(doc.result)));
    this.dispatchEvent(new CustomEvent('rightsize-result', { bubbles: true, composed: true, detail: doc.result }));
  }

  #status(text) {
    const status = this.querySelector('[data-status]');
    if (status) status.textContent = text;
  }
}

customElements.define('rightsize-timeline', RightsizeTimeline);
