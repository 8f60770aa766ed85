// The embeddable <rightsize-calculator> (dist/embed/rightsize-calculator.js, bundled by
// web/postbuild/embed.mjs) keeps its form and result in a shadow root with its own stylesheet,
// so a host page's styles never reach inside and its own never leak out: shadowFrame() is
// the root of embedded-calculator.js's element.
// The embed build turns this into the text of a stylesheet for the shadow root: the site's
// own rules, aimed at the wrapper below, after shadow-calculator.css.
import css from '../../css/site.css';

let sheet = null;

export function shadowFrame(element) {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  shadow.adoptedStyleSheets = [sheet];
  const frame = document.createElement('div');
  frame.className = 'rs-embed';
  shadow.replaceChildren(frame);
  return frame;
}
