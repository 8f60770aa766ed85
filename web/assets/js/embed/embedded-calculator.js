// The entry of dist/embed/rightsize-calculator.js: <rightsize-calculator> on any page from
// one script tag, in a shadow root. Its module and data are found beside the script
// (engine.js resolves them against the bundle's own URL). The order matters: the shadow
// root first, then the element, whose registration upgrades the elements already there.
import './calculator-shadow.js';
import '../calculator/rightsize-calculator.js';
