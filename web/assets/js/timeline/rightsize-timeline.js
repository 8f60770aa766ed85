// <rightsize-timeline>: the month-by-month plan, live, with the full model. Wraps the
// server-rendered growth form and timeline; see live-element.js for what it shares with
// the calculator. The model runs in a worker (model-client.js), so neither the module
// nor the uncertainty band ever holds up the page: the timeline comes first, its band
// after, and an answer overtaken by newer input is dropped. The chart's code comes once the
// first result is painted; drawn then, the chart fires a bubbling `rightsize-chart` event.
import { readForm, readProblems } from '../shared/form-fields.js';
import { budgetInCurrency, timelineFieldFor, timelineInput, timelineNotes } from './timeline-form.js';
import { renderTimeline } from './render-timeline.js';
import { renderTimelineSummary } from './timeline-summary.js';
import { LiveElement } from '../shared/live-element.js';
import { loadTimelineModel } from '../engine/model-client.js';
import { catalogueCurrency, defaultRate, wireCurrencyFields } from '../shared/currency-fields.js';
import { knownBases, withBases } from '../shared/estimate-bases.js';
import compareUrl from '../compare/rightsize-compare.js?module';
import { widthIn } from '../charts/chart-layout.js';
import chartLaterUrl from './chart-later.js?module';
import setupsModule from '../diagram/timeline-setups.js?module';

// The chart's code, imported once the first live result is painted (chart-later.js): until
// then the prerendered chart stays as it is.
let chartCode = null;
let compareLoading = false;
export const loadChartCode = () => {
  chartCode ??= import(new URL(chartLaterUrl, import.meta.url).href);
  return chartCode;
};
const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

export class RightsizeTimeline extends LiveElement {
  #shownBand = null;
  #withBand = null;
  #costChart = null;
  #commitment = null; // commitment-view.js, which arrives with the chart's code
  #setup = null; // each move's setup drawn (diagram/timeline-setups.js), after the first result
  #later = null; // the chart's code and the setups, loading

  label = 'timeline';
  loadEngine() {
    return loadTimelineModel();
  }
  fieldFor(path) {
    return timelineFieldFor(path);
  }
  problems(form) {
    const text = (name) => form.elements.namedItem(name)?.value;
    const names = ['milestones', 'monthly_pct', 'currency', 'drift_pct_per_year', 'spread_pct'];
    const values = Object.fromEntries(names.map((name) => [name, text(name)]));
    return [...readProblems(form), ...timelineNotes({ ...values, band: form.elements.namedItem('band')?.checked })];
  }
  prepare() {
    wireCurrencyFields(this.querySelector('form'));
  }

  // While a new band is on its way, the last one stays drawn if it spans the same months.
  render(result) {
    if (result.band) this.#shownBand = result.band;
    else if (!result.uncertainty) this.#shownBand = null;
    const band = result.band ?? (this.#shownBand?.length === result.months.length ? this.#shownBand : undefined);
    // The comparison's element too (closed until the reader opens it): not in the first visit.
    if (!compareLoading) {
      compareLoading = true;
      afterPaint().then(() => import(new URL(compareUrl, import.meta.url).href));
    }
    this.#later ??= this.#loadLaterParts().catch(() => {}); // without them, the prerendered chart stays
    return renderTimeline(band && !result.band ? { ...result, band } : result, {
      bases: knownBases(result.provider.name),
      chart: this.#costChart ?? 'held',
      chartWidth: widthIn(this.querySelector('[data-result]')),
      setup: this.#setup,
      commitment: this.#commitment,
    });
  }

  // The chart's code and each move's setup, fetched side by side once the first result is
  // painted, and drawn in one redraw: each redraw renders the whole result again, which on a
  // phone is a long task, so two arriving apart would cost two.
  async #loadLaterParts() {
    await afterPaint();
    const setups = import(new URL(setupsModule, import.meta.url).href).then((m) => m.loadSetups());
    // Without the setups, the moves read as before.
    const [chart, setup] = await Promise.all([loadChartCode(), setups.catch(() => null)]);
    this.#costChart = chart.costChart;
    this.#commitment = chart.commitmentView;
    this.#setup = setup;
    await this.redraw(); // a newer result drawn meanwhile has them too
    this.dispatchEvent(new CustomEvent('rightsize-chart', { bubbles: true }));
  }

  // What the page adds to the form's input before it is computed: timeline-page.js sets it
  // to add what a share link carries. (input) -> input; the form's own input unless set.
  completeInput = (input) => input;

  renderSummary(result) {
    return renderTimelineSummary(result);
  }

  // {input} or {error}: the form's timeline input (display currency and its rate included),
  // completed by completeInput.
  inputOf(form) {
    const own = timelineInput(readForm(form), {
      defaultRate: defaultRate(form),
      catalogueCurrency: catalogueCurrency(form),
    });
    return own.error ? own : { input: this.completeInput(own.input) };
  }

  compute(form) {
    const { input, error } = this.inputOf(form);
    this.#withBand = null;
    if (error) return { ok: false, errors: [error] };
    const { first, final } = this.engine.timeline(input);
    if (input.uncertainty) this.#withBand = final;
    const budget = { currency: input.currency, budget: readForm(form).budget };
    return withBases(this.engine, first).then((doc) => budgetInCurrency(doc, budget, defaultRate(form)));
  }

  refine() {
    return this.#withBand;
  }
}

customElements.define('rightsize-timeline', RightsizeTimeline);
