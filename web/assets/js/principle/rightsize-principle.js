// <rightsize-principle>: the principle page's vertical-or-horizontal comparison, live.
// Wraps the server-rendered form and comparison (web/_data/checks.js). The full model is
// large, so the element starts it only once the page is idle after loading, or when the
// reader first focuses or touches the comparison, whichever comes first: the page paints
// and settles with the prerendered comparison alone. See live-element.js.
import { readForm } from '../shared/form-fields.js';
import { renderScaleChoice } from './render-scale-choice.js';
import { LiveElement } from '../shared/live-element.js';
import { loadScaleChoice } from '../engine/scale-choice-client.js';

function idleAfterLoad() {
  return new Promise((resolve) => {
    const idle = () =>
      window.requestIdleCallback ? requestIdleCallback(resolve, { timeout: 4000 }) : setTimeout(resolve, 1000);
    if (document.readyState === 'complete') idle();
    else addEventListener('load', idle, { once: true });
  });
}

function firstTouch(element) {
  return new Promise((resolve) => {
    for (const type of ['focusin', 'pointerdown']) element.addEventListener(type, resolve, { once: true });
  });
}

export class RightsizePrinciple extends LiveElement {
  label = 'comparison';
  async loadEngine() {
    await Promise.race([idleAfterLoad(), firstTouch(this)]);
    return loadScaleChoice();
  }

  compute(form) {
    return this.engine.choose(readForm(form));
  }
  render(result) {
    return renderScaleChoice(result);
  }
}

customElements.define('rightsize-principle', RightsizePrinciple);
