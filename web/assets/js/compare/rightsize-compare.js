// <rightsize-compare>: the timeline page's providers side by side. It wraps a closed
// <details>; once the reader opens it, it asks the model's worker to price the timeline's
// current inputs with every complete catalogue (the core's compare, as `rightsize compare`
// does), and again after each new timeline while it stays open. Nothing of it runs before
// the reader asks, so the first timeline never waits for it, and its renderer is loaded
// only then (`?module`: not in the page's first visit). Its `result` is the compare document;
// each new one fires a bubbling `rightsize-compare` event.
import { morph } from '../shared/morph.js';
import { readForm } from '../shared/form-fields.js';
import { timelineInput } from '../timeline/timeline-form.js';
import { defaultRate } from '../shared/currency-fields.js';
import renderCompareUrl from './render-compare.js?module';
import { widthIn } from '../charts/chart-layout.js';
import { loadTimelineModel } from '../engine/model-client.js';

export class RightsizeCompare extends HTMLElement {
  #result = null;
  #request = 0;
  #shownFor = null; // the input the shown comparison is for
  #renderer = null;
  #onToggle = () => {
    if (this.#details()?.open) this.update();
  };
  #onResult = (event) => {
    if (event.target.localName === 'rightsize-timeline' && this.#details()?.open) this.update();
  };

  get result() {
    return this.#result;
  }

  connectedCallback() {
    this.#details()?.addEventListener('toggle', this.#onToggle);
    document.addEventListener('rightsize-result', this.#onResult);
    this.#status('');
    // Defined after the first timeline: a comparison opened before then (a link to #compare) starts now.
    if (this.#details()?.open) this.update();
  }

  disconnectedCallback() {
    this.#details()?.removeEventListener('toggle', this.#onToggle);
    document.removeEventListener('rightsize-result', this.#onResult);
  }

  #details() {
    return this.querySelector('details');
  }

  #status(text) {
    const status = this.querySelector('[data-status]');
    if (status) status.textContent = text;
  }

  async update() {
    const form = document.querySelector('rightsize-timeline form');
    if (!form) return;
    const { input, error } = timelineInput(readForm(form), { defaultRate: defaultRate(form) });
    if (error) return;
    delete input.provider; // every catalogue, whichever the timeline shows
    delete input.uncertainty;
    const key = JSON.stringify(input);
    if (key === this.#shownFor) return;
    const request = ++this.#request;
    let doc;
    try {
      this.#renderer ??= import(new URL(renderCompareUrl, import.meta.url).href);
      [doc] = await Promise.all([loadTimelineModel().compare(input), this.#renderer]);
    } catch (e) {
      if (request === this.#request) this.#status(`The comparison could not compute (${e.message}).`);
      return;
    }
    if (request !== this.#request || doc == null) return;
    if (!doc.ok) {
      // A price file that could not be fetched marks no field of the form: say what it was.
      const unfetched = doc.errors.find((e) => e.field === 'providers');
      this.#status(
        unfetched
          ? `Providers cannot be compared: ${unfetched.message}.`
          : 'Fix the marked field above to compare providers.',
      );
      return;
    }
    this.#status('');
    this.#shownFor = key;
    this.#result = doc.result;
    const { renderCompare } = await this.#renderer;
    const shown = this.querySelector('[data-compare-result]');
    morph(
      shown,
      renderCompare(doc.result, this.#labels(form), { chartWidth: widthIn(shown), services: this.#services(form) }),
    );
    this.dispatchEvent(new CustomEvent('rightsize-compare', { bubbles: true, detail: doc.result }));
  }

  // Catalogue labels by name, from the timeline's provider field, for any left out.
  #labels(form) {
    const select = form.elements.namedItem('provider');
    return Object.fromEntries([...(select?.options ?? [])].map((o) => [o.value, o.textContent]));
  }

  // Managed services' labels by name, from the form's Database and Cache selects.
  #services(form) {
    const options = form.querySelectorAll('[name$=_service] option');
    return Object.fromEntries([...options].map((o) => [o.value, o.textContent]));
  }
}

customElements.define('rightsize-compare', RightsizeCompare);
