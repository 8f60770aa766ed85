// The calculator page: the live element first, on its own (the first visit's weight), then
// its link and share controls (calculator-share.js), fetched once the first result is up,
// or at once when the page was opened with a link's inputs.
import './rightsize-calculator.js';
import sharingUrl from './calculator-share.js?module';

const element = document.querySelector('rightsize-calculator');
if (element) {
  let loading = null;
  const load = () => {
    loading ??= import(new URL(sharingUrl, import.meta.url).href).then((m) => m.startCalculatorSharing(element));
    return loading;
  };
  if (location.hash.length > 1) load();
  else element.addEventListener('rightsize-result', load, { once: true });
}
