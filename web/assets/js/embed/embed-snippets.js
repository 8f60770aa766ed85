// "Embed this calculator" on the calculator page: a closed section, made here since it needs
// JavaScript. What it shows (embed-generator.js, with its share-link codec and stylesheet)
// downloads when a reader first opens it, so the page's first visit carries none of it.
import { h, toDom } from '../shared/html.js';
import generator from './embed-generator.js?module';

const calculator = document.querySelector('rightsize-calculator');
if (calculator) {
  const details = toDom(h('details', { class: 'embed-snippets' }, h('summary', {}, 'Embed this calculator')));
  calculator.after(details);
  details.addEventListener(
    'toggle',
    () => {
      import(new URL(generator, import.meta.url).href).then((m) => m.startSnippets(details, calculator));
    },
    { once: true },
  );
}
