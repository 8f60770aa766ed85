// The calculator page: the live element first, on its own (the first visit's weight), then
// its link and share controls (calculator-share.js), fetched at the reader's first move (a
// change, a key, a tap, a focus) or a second after the first result, or at once when the
// page was opened with a link. Edits made before it arrives still reach the link.
import './rightsize-calculator.js';
import sharingUrl from './calculator-share.js?module';
import watchLaterUrl from '../watch/watch-later.js?module';

const element = document.querySelector('rightsize-calculator');
// The alerts and the plan, after the first result.
element?.addEventListener(
  'rightsize-result',
  () => import(new URL(watchLaterUrl, import.meta.url).href).then((m) => m.watchLater(element, 'calculator')),
  { once: true },
);
if (element) {
  let loading = null;
  const load = () => {
    loading ??= import(new URL(sharingUrl, import.meta.url).href).then((m) => m.startCalculatorSharing(element));
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
