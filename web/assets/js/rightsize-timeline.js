// <rightsize-timeline>: the month-by-month plan, live, with the full model. Wraps the
// server-rendered growth form and timeline; see live-element.js for what it shares with
// the calculator. The timeline itself is computed at once on the main thread; its
// uncertainty band comes from a worker (band.js), so typing never waits for it.
import { loadModel } from './engine.js';
import { readForm } from './form-fields.js';
import { timelineFieldFor, timelineInput } from './timeline-form.js';
import { renderTimeline } from './render-timeline.js';
import { LiveElement } from './live-element.js';
import { timelineWithBand } from './band.js';

export class RightsizeTimeline extends LiveElement {
  #shownBand = null;

  label = 'timeline';
  loadEngine() { return loadModel(); }
  fieldFor(path) { return timelineFieldFor(path); }

  // While a new band is on its way, the last one stays drawn if it spans the same months.
  render(result) {
    if (result.band) this.#shownBand = result.band;
    else if (!result.uncertainty) this.#shownBand = null;
    const band = result.band ?? (this.#shownBand?.length === result.months.length ? this.#shownBand : undefined);
    return renderTimeline(band && !result.band ? { ...result, band } : result);
  }

  compute(form) {
    const { input, error } = timelineInput(readForm(form));
    if (error) return { ok: false, errors: [error] };
    if (!input.uncertainty) return this.engine.timeline(input);
    const { uncertainty, ...withoutBand } = input;
    const doc = this.engine.timeline(withoutBand);
    return doc.ok ? { ok: true, result: { ...doc.result, uncertainty } } : doc;
  }

  refine(form) {
    const { input } = timelineInput(readForm(form));
    return input?.uncertainty ? timelineWithBand(input) : null;
  }
}

customElements.define('rightsize-timeline', RightsizeTimeline);
