// The calculator page: the live element first, on its own (the first visit's weight), then
// its link and share controls (calculator-share.js), fetched at the reader's first move (a
// change, a key, a tap, a focus) or a second after the first result, or at once when the
// page was opened with a link. Edits made before it arrives still reach the link.
import './rightsize-calculator.js';
import sharingUrl from './calculator-share.js?module';
import watchLaterUrl from '../watch/watch-later.js?module';
import { toolsStyles } from '../shared/late-styles.js';

const element = document.querySelector('rightsize-calculator');
// What is drawn after the first result (the money's chart, the share bar, the watch section)
// waits for its stylesheet, which the first visit does not carry.
if (element) element.laterStyles = toolsStyles;
const withStyles = (url) => Promise.all([import(new URL(url, import.meta.url).href), toolsStyles()]).then(([m]) => m);
// The alerts and the plan, after the first result.
element?.addEventListener(
  'rightsize-result',
  () => withStyles(watchLaterUrl).then((m) => m.watchLater(element, 'calculator')),
  { once: true },
);
if (element) {
  let loading = null;
  const load = () => {
    loading ??= withStyles(sharingUrl).then((m) => m.startCalculatorSharing(element));
    return loading;
  };
  if (location.hash.length > 1) {
    // The first result is the link's, not the starting values' (it waits for the link to open).
    element.holdFirst = load().then(
      (sharing) => sharing.opened,
      () => {},
    );
  } else {
    // Without a link, the controls come at the reader's first move, or soon after the result.
    for (const type of ['input', 'change', 'pointerdown', 'keydown', 'focusin'])
      addEventListener(type, load, { once: true, passive: true });
    element.addEventListener('rightsize-result', () => setTimeout(load, 1000), { once: true });
  }
}
