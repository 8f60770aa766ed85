// <rightsize-timeline>: the month-by-month plan, live, with the full model. Wraps the
// server-rendered growth form and timeline; see live-element.js for what it shares with
// the calculator.
import { loadModel } from './engine.js';
import { readForm } from './form-fields.js';
import { timelineFieldFor, timelineInput } from './timeline-form.js';
import { renderTimeline } from './render-timeline.js';
import { LiveElement } from './live-element.js';

export class RightsizeTimeline extends LiveElement {
  label = 'timeline';
  loadEngine() { return loadModel(); }
  render(result) { return renderTimeline(result); }
  fieldFor(path) { return timelineFieldFor(path); }

  compute(form) {
    const { input, error } = timelineInput(readForm(form));
    return error ? { ok: false, errors: [error] } : this.engine.timeline(input);
  }
}

customElements.define('rightsize-timeline', RightsizeTimeline);
