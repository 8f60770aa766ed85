// The entry of dist/embed/rightsize-calculator.js: <rightsize-calculator> on any page from
// one script tag, in a shadow root. Its module and data are found beside the script
// (engine/load-module.js resolves them against the bundle's own URL). Registering the element upgrades
// the elements already on the host page.
import { RightsizeCalculator } from '../calculator/calculator-element.js';
import { shadowFrame } from './calculator-shadow.js';

class EmbeddedCalculator extends RightsizeCalculator {
  createRoot() {
    return shadowFrame(this);
  }
}

customElements.define('rightsize-calculator', EmbeddedCalculator);
