// <rightsize-calculator> on the site's own pages (the calculator and the embed frame): the
// element's content in the light DOM, styled by the page's stylesheet.
import { RightsizeCalculator } from './calculator-element.js';

customElements.define('rightsize-calculator', RightsizeCalculator);
