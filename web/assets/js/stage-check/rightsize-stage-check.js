// <rightsize-stage-check stage="2">: a stage page's own triggers, live. Wraps the
// server-rendered form and result (web/_data/checks.js); every input asks the
// recommendation module (the calculator's small one) and shows each trigger of the stage
// against its threshold. See live-element.js for what it shares with the calculator.
import { loadRecommender } from '../engine/recommend-engine.js';
import { readForm } from '../shared/form-fields.js';
import { checkInput, stageChecks } from './stage-check-spec.js';
import { renderStageCheck } from './render-stage-check.js';
import { LiveElement } from '../shared/live-element.js';

export class RightsizeStageCheck extends LiveElement {
  label = 'check';
  get stage() {
    return Number(this.getAttribute('stage'));
  }
  loadEngine() {
    return loadRecommender();
  }
  compute(form) {
    return this.engine.recommend(checkInput(this.engine.rules, this.stage, readForm(form)));
  }
  render(result) {
    return renderStageCheck(stageChecks(this.engine.rules, this.stage, result));
  }
}

customElements.define('rightsize-stage-check', RightsizeStageCheck);
