// The timeline page as the build renders it (web/_data/prerender.js), with the same modules
// the browser runs: the form filled with the guide's own example and the model's timeline for
// the input the live page reads from that form, so the prerendered result is the live one.
// Build time only (web/eleventy.config.js keeps prerender.js files out of dist/).
import { toHtml } from '../shared/html.js';
import { formValues, renderTimelineForm, timelineInput } from './timeline-form.js';
import { renderTimeline } from './render-timeline.js';
import { costChart } from './timeline-chart.js';
import * as commitmentView from './commitment-view.js';

const prerenderedChart = (t, currency, options) => costChart(t, currency, { ...options, readouts: false });

// model: the full model; preset: content/presets/guide-example.json; content: {rules,
// assumptions, currencies, forms, catalogues}; basesOf(timeline): its catalogue's estimates.
export function prerenderTimeline(model, preset, { rules, assumptions, currencies, forms, catalogues }, basesOf) {
  const values = formValues(preset);
  const { input, error } = timelineInput(values);
  const doc = error ? { ok: false, errors: [error] } : model.timeline(input);
  if (!doc.ok) throw new Error(`the guide example's timeline was rejected: ${JSON.stringify(doc.errors)}`);
  const form = renderTimelineForm({ rules, assumptions, form: forms.timeline, catalogues, currencies }, 'rt-', values);
  return {
    timelineForm: toHtml(form),
    timeline: toHtml(
      renderTimeline(doc.result, { bases: basesOf(doc.result), chart: prerenderedChart, commitment: commitmentView }),
    ),
  };
}
