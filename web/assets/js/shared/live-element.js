// What the site's custom elements share: a server-rendered form and result inside, an
// engine loaded once, recomputation on every input, the core's errors beside their
// fields, the latest result as `result`, and a bubbling `rightsize-result` event.
// Subclasses give: label, loadEngine(), compute(form) -> {ok, result | errors} (or a
// promise of it),
// render(result) -> element tree; and optionally prepare(), fieldFor(path), problems(form)
// (what the reader typed that is refused or questioned, readProblems and more) and
// refine(form, result) -> a promise of a fuller document computed off the main thread
// (dropped if the reader has typed since), whenDrawn(). The form and result live in `root`: what
// createRoot() gives, the element itself unless a subclass says otherwise (the embeddable
// script's shadow root, embedded-calculator.js).
// A page configures an element through its declared properties: `holdFirst` below.
import { morph, morphInSteps } from './morph.js';
import { readProblems, showErrors } from './form-fields.js';
import { yieldToPage } from './yield-to-page.js';

export class LiveElement extends HTMLElement {
  #result = null;
  #onInput = () => this.update();
  // The summary shows from the reader's first move into the form on: shown at load, it
  // would push the page down under them (a layout shift) before they have typed anything.
  #engaged = false;
  #onFocus = () => {
    this.#engaged = true;
    const summary = this.root.querySelector('[data-summary]');
    if (summary?.childElementCount > 0) summary.hidden = false;
  };
  #onSubmit = (event) => event.preventDefault();
  #request = 0;
  #root = null;
  engine = null;
  // A promise the first result waits for: a page opened with a share link fills the form
  // first, so the first result shown is the link's (calculator-page.js, timeline-page.js).
  holdFirst = null;

  // The node the element's content lives in, made once.
  createRoot() {
    return this;
  }

  get root() {
    this.#root ??= this.createRoot();
    return this.#root;
  }

  get result() {
    return this.#result;
  }

  async connectedCallback() {
    this.root.addEventListener('input', this.#onInput);
    this.root.addEventListener('change', this.#onInput);
    this.root.addEventListener('focusin', this.#onFocus);
    this.root.addEventListener('submit', this.#onSubmit);
    try {
      this.engine = await this.loadEngine();
    } catch (error) {
      this.status(`The live ${this.label} could not start (${error.message}). What is shown is for the inputs shown.`);
      return;
    }
    await yieldToPage(); // the first result in a task of its own
    await this.holdFirst; // a page opening a link fills the form first (share-state.js)
    if (!this.isConnected) return;
    this.prepare();
    this.update();
  }

  disconnectedCallback() {
    this.root.removeEventListener('input', this.#onInput);
    this.root.removeEventListener('change', this.#onInput);
    this.root.removeEventListener('focusin', this.#onFocus);
    this.root.removeEventListener('submit', this.#onSubmit);
  }

  prepare() {}

  // A compact summary of a result for the element's [data-summary] (an element tree), or
  // null for none.
  renderSummary() {
    return null;
  }

  fieldFor(path) {
    return path.split('.')[0];
  }

  problems(form) {
    return readProblems(form);
  }

  refine() {
    return null;
  }

  // What else render() set drawing, which the result waits for (a promise of true when it
  // finished, false when overtaken), or true for nothing.
  whenDrawn() {
    return true;
  }

  // compute() may answer at once or with a promise (a worker); an answer that arrives after
  // newer input is dropped, and so is one that is null (the worker skipped it).
  async update() {
    const form = this.root.querySelector('form');
    if (!this.engine || !form) return;
    const request = ++this.#request;
    const problems = this.problems(form);
    let doc;
    try {
      doc = await this.compute(form);
    } catch (error) {
      if (request === this.#request) this.status(`The ${this.label} could not compute (${error.message}).`);
      return;
    }
    if (request !== this.#request || doc == null) return;
    showErrors(form, doc.ok ? [] : doc.errors, (path) => this.fieldFor(path), problems);
    if (!doc.ok || problems.some((p) => !p.note)) {
      this.status(
        this.#result
          ? 'Fix the marked field to update; what is shown is for your last valid input.'
          : 'Fix the marked field to see a result.',
      );
      return;
    }
    this.status('');
    // The fuller document is asked for once the first is drawn, so what it loads (the
    // calculator's money code) never competes with the first result.
    await this.#show(doc.result, request);
    if (request !== this.#request) return;
    this.refine(form, doc.result)?.then(
      (fuller) => {
        if (request === this.#request && fuller?.ok) this.#show(fuller.result, request);
      },
      (error) => this.status(`The ${this.label} could not finish (${error.message}).`),
    );
  }

  // The result is drawn a few milliseconds at a time (morph.js), and becomes `result`, with
  // its event, once it is all on the page; the reader's next input stops it.
  async #show(result, request) {
    const current = () => request === this.#request;
    const drawn = await morphInSteps(this.root.querySelector('[data-result]'), this.render(result), current);
    if (!drawn || !(await this.whenDrawn()) || !current()) return;
    if (this.#result === null) performance.mark(`rightsize-${this.label}-live`);
    this.#result = result;
    const summary = this.root.querySelector('[data-summary]');
    const compact = summary && this.renderSummary(result);
    if (compact) {
      morph(summary, compact);
      summary.hidden = !this.#engaged;
    }
    this.dispatchEvent(new CustomEvent('rightsize-result', { bubbles: true, composed: true, detail: result }));
  }

  // Draws the latest result again, as render() now draws it (code for a part of it that
  // arrived after the result did); no new result, so no event. A promise of true when drawn.
  async redraw() {
    if (!this.#result) return false;
    const request = this.#request;
    // The code that asked (a module just evaluated) ends its task before the result is built.
    await yieldToPage();
    if (request !== this.#request) return false;
    return morphInSteps(
      this.root.querySelector('[data-result]'),
      this.render(this.#result),
      () => request === this.#request,
    );
  }

  status(text) {
    const status = this.root.querySelector('[data-status]');
    if (status) status.textContent = text;
  }
}
