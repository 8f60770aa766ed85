// The calculator's money and time: after each recommendation, the same inputs with the
// money form's growth, provider and display currency become a timeline (calculator-
// money-form.js), computed by the full model in a worker that starts only after the first
// recommendation is on screen (the calculator's first visit carries none of it). The
// timeline gives the stage's monthly cost, shown beside the stage, and a compact timeline
// under the recommendation.
import { morphInSteps } from '../shared/morph.js';
import { yieldToPage } from '../shared/yield-to-page.js';
import { readForm, readProblems, showErrors } from '../shared/form-fields.js';
import { catalogueCurrency, defaultRate, wireCurrencyFields } from '../shared/currency-fields.js';
import { calculatorTimelineInput, moneyFieldFor, payDetails } from './calculator-money-form.js';
import { toDom } from '../shared/html.js';
import timelineForm from '../../data/timeline-form.json' with { type: 'json' };
import serviceChoices from '../../data/services/choices.js';
import { renderTimeline } from '../timeline/render-timeline.js';
import { costChart } from '../timeline/timeline-chart.js';
import * as commitmentView from '../timeline/commitment-view.js';
import { stageCost, stageCostShort } from './stage-cost.js';
import { loadModelWorker } from '../engine/model-client.js';
import { knownBases, withBases } from '../shared/estimate-bases.js';
import { widthIn } from '../charts/chart-layout.js';
import '../charts/chart-readout.js';
import { stageDiagrams } from './stage-diagrams.js';

export class CalculatorMoney {
  #form;
  #shown;
  #drawing = 0; // the compact timeline being drawn (a newer one stops it)
  drawn = Promise.resolve(true); // ...and the promise of it, which the result waits for
  #costLine; // the line beside the stage, kept while a new one computes
  #costShort = null; // the same cost in a few words, for the summary
  #diagrams = null; // the stages drawn (stage-diagrams.js), kept while a new one computes
  // Each result's month 1 of the stage run today (#today): the page's own, kept out of the
  // result so that what the reader saves is the recommendation and its timeline alone.
  #before = new WeakMap();
  // The newest refine(): the model's worker answers only the newest of the timelines waiting
  // for it, so an older refine's second request (#today) would otherwise overtake a newer
  // refine's timeline, and the page would get neither.
  #refining = 0;

  // element: the calculator, with its money form; line: the cost line it shows now.
  constructor(element, line) {
    this.#form = element.querySelector('[data-money-form]');
    this.#shown = element.querySelector('[data-money-result]');
    this.#costLine = line;
    wireCurrencyFields(this.#form);
    const provider = this.#form?.elements.namedItem('provider');
    if (provider && !this.#form.elements.namedItem('commitment_from')) {
      const prefix = provider.id.replace(/provider$/, '');
      provider.closest('fieldset').append(toDom(payDetails(timelineForm, serviceChoices, prefix)));
      // A link opened before these fields were here gives them its values (calculator-share.js).
      element.dispatchEvent(new CustomEvent('rightsize-pay-fields'));
    }
  }

  // recommendation: the calculator's result; values: its form's values. A promise of
  // {ok, result: recommendation with `timeline`}, or null when the timeline could not be
  // made (its errors are then shown beside the money form's fields) or was overtaken.
  async refine(recommendationValues, recommendation) {
    const refining = ++this.#refining;
    const model = loadModelWorker();
    const problems = readProblems(this.#form);
    const input = calculatorTimelineInput(recommendationValues, readForm(this.#form), {
      defaultRate: defaultRate(this.#form),
      catalogueCurrency: catalogueCurrency(this.#form),
    });
    const doc = await withBases(model, model.timeline(input).first);
    // Overtaken (by a newer input's refine): the page would drop this result anyway.
    if (doc == null || refining !== this.#refining) return null;
    showErrors(this.#form, doc.ok ? [] : doc.errors, moneyFieldFor, problems);
    if (!doc.ok || problems.some((p) => !p.note)) return null;
    const before = recommendation.stage > recommendation.current_stage ? await this.#today(model, input) : null;
    const result = { ...recommendation, timeline: doc.result };
    this.#before.set(result, before);
    return { ok: true, result };
  }

  // Month 1 of what runs today: the same users, stage, prices and currency without the
  // measurements that fired, so the move's cost can be said against the bill before it.
  // null when the model would move this setup anyway, or could not price it.
  async #today(model, input) {
    const { users, current_stage, provider, currency } = input;
    const doc = await model.timeline({ users, current_stage, provider, currency, months: 1 }).first;
    const month = doc?.ok ? doc.result.months[0] : null;
    return month && month.stage === current_stage ? month : null;
  }

  // "$32 a month", the stage's cost for the summary: the result's own, or the last one.
  costShort(result) {
    if (result.timeline) this.#costShort = stageCostShort(result.timeline, this.#before.get(result));
    return this.#costShort;
  }

  // The diagrams under the recommendation: the result's own, or the last ones.
  diagrams(result) {
    if (result.timeline) this.#diagrams = stageDiagrams(result, this.#before.get(result));
    return this.#diagrams;
  }

  // The line beside the stage: the result's own, or the last one while a new one computes.
  // Draws the compact timeline too, when the result has one.
  costBeside(result) {
    if (!result.timeline) return this.#costLine;
    this.#costLine = stageCost(result.timeline, this.#before.get(result));
    const bases = knownBases(result.timeline.provider.name);
    if (this.#shown) {
      const drawing = ++this.#drawing;
      const current = () => drawing === this.#drawing;
      const draw = (chart) =>
        morphInSteps(
          this.#shown,
          renderTimeline(result.timeline, {
            bases,
            compact: true,
            chart,
            chartWidth: widthIn(this.#shown),
            commitment: commitmentView,
          }),
          current,
        );
      // The words first, then the chart, each in tasks after the recommendation's own:
      // drawn together they would hold a phone's page for a fifth of a second.
      const step = (then) => (done) => done && yieldToPage().then(() => current() && then());
      this.drawn = step(() => draw('held'))(true).then(step(() => draw(costChart)));
    }
    return this.#costLine;
  }
}
