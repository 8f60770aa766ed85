// What "Embed this calculator" shows once opened (embed-snippets.js loads this then): the
// two ways to put the calculator on another site, written for the inputs on screen, each
// ready to copy, and a live preview of the frame. Its links are absolute, from where this
// script is served, so they work wherever the site is hosted (a sub-path too).
import { h, toDom } from '../shared/html.js';
import { readForm } from '../shared/form-fields.js';
import { encodeShare } from '../share/share-codec.js';
import { fitEmbeds } from './embed-host.js';
import calculatorForm from '../../data/calculator-form.json' with { type: 'json' };
import stylesheet from '../../css/embed-snippets.css?url';
import { linkStylesheet } from '../shared/late-styles.js';

const EMBED = new URL('../../embed/', import.meta.url); // this file is bundled into assets/js/
const escapeAttribute = (text) => String(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

// The element's attributes for an input: each value given, each flag on, and a blank for a
// field the element would otherwise start filled (calculator-form.json's starting values).
export function elementAttributes(input, start = calculatorForm.values) {
  const attrs = [];
  for (const [name, value] of Object.entries(input)) {
    if (value === true) attrs.push(name);
    else if (value !== false && !(name === 'current_stage' && Number(value) === 1))
      attrs.push(`${name}="${escapeAttribute(value)}"`);
  }
  for (const name of Object.keys(start)) if (!(name in input)) attrs.push(`${name}=""`);
  return attrs;
}

// The element's children are its fallback: a host page whose scripts do not run (blocked,
// offline, a reader with JavaScript off) shows a link to the calculator instead of nothing.
// Once the script runs, the element's shadow root hides them.
export function elementSnippet(input, theme = 'light', calculatorUrl = new URL('../calculator/', EMBED).href) {
  const attrs = [...(theme === 'light' ? [] : [`theme="${theme}"`]), ...elementAttributes(input)];
  return (
    `<script type="module" src="${escapeAttribute(new URL('rightsize-calculator.js', EMBED))}"></script>\n` +
    `<rightsize-calculator ${attrs.join(' ')}>\n` +
    `  <a href="${escapeAttribute(calculatorUrl)}">Which stage should your infrastructure be on? Open the rightsize calculator</a>\n` +
    '</rightsize-calculator>'
  );
}

// The frame's address for a theme: light is the default, so it needs no query.
export function themedFrameUrl(fragment, theme = 'light') {
  const url = new URL(EMBED);
  if (theme !== 'light') url.searchParams.set('theme', theme);
  url.hash = fragment;
  return url.href;
}

export function frameSnippet(frameUrl) {
  return (
    `<iframe src="${escapeAttribute(frameUrl)}" title="rightsize: which stage should your infrastructure be on?" ` +
    'width="100%" height="900" loading="lazy" style="border:0"></iframe>\n' +
    `<script src="${escapeAttribute(new URL('host.js', EMBED))}" defer></script>`
  );
}

function snippetBlock(key, label, note) {
  const id = `embed-${key}-code`;
  return h(
    'div',
    { class: 'embed-snippet', 'data-snippet': key },
    h('label', { for: id }, label),
    h('textarea', { id, rows: 4, readonly: true, spellcheck: 'false', 'aria-describedby': `${id}-note` }),
    h('p', { class: 'rs-hint', id: `${id}-note` }, note),
    h(
      'div',
      { class: 'embed-snippet-actions' },
      h('button', { type: 'button' }, 'Copy'),
      h('span', { role: 'status' }),
    ),
  );
}

function content() {
  return toDom(
    h(
      'div',
      { class: 'embed-snippets-body' },
      h(
        'p',
        {},
        "Put this calculator, starting from the inputs above, on your own site. Both ways run in your visitors' browsers and fetch only from this site.",
      ),
      h(
        'p',
        { class: 'embed-theme' },
        h('label', { for: 'embed-theme' }, 'Colours '),
        h(
          'select',
          { id: 'embed-theme' },
          h('option', { value: 'light' }, 'Light (for most blogs)'),
          h('option', { value: 'dark' }, 'Dark'),
          h('option', { value: 'auto' }, "Follow the visitor's system"),
        ),
      ),
      h('h2', {}, 'In a frame'),
      snippetBlock(
        'frame',
        'HTML for a frame',
        "The frame takes the inputs from its link; the small script beside it fits the frame's height to the calculator.",
      ),
      h('h2', {}, 'As an element of your page'),
      snippetBlock(
        'element',
        'HTML for the element',
        "One script tag; the inputs are the element's attributes. It keeps its own styles, and yours do not reach inside. " +
          "Listen for its rightsize-result event, or read its result property. A page with a Content-Security-Policy must allow this site's scripts and connections, and 'wasm-unsafe-eval'.",
      ),
      h('h2', {}, 'Preview of the frame'),
      h('iframe', { class: 'embed-preview', title: 'Preview of the embedded calculator', height: 600 }),
    ),
  );
}

async function copy(block) {
  const text = block.querySelector('textarea');
  const status = block.querySelector('[role=status]');
  try {
    await navigator.clipboard.writeText(text.value);
    status.textContent = 'Copied.';
  } catch {
    text.select();
    status.textContent = 'Selected: press Ctrl+C (or Command+C) to copy.';
  }
}

// details: the section's <details>, open; element: the page's <rightsize-calculator>.
export function startSnippets(details, element) {
  linkStylesheet(new URL(stylesheet, import.meta.url).href);
  details.append(content());
  const frameCode = details.querySelector('[data-snippet=frame] textarea');
  const elementCode = details.querySelector('[data-snippet=element] textarea');
  const preview = details.querySelector('.embed-preview');
  const theme = details.querySelector('#embed-theme');
  for (const block of details.querySelectorAll('.embed-snippet'))
    block.querySelector('button').addEventListener('click', () => copy(block));
  fitEmbeds(EMBED);

  let request = 0;
  const refresh = async () => {
    const form = element.querySelector('form');
    if (!details.open || !form || element.result == null) return;
    const mine = ++request;
    const input = readForm(form);
    elementCode.value = elementSnippet(input, theme.value);
    const doc = await encodeShare(input).catch((error) => ({ ok: false, errors: [{ message: error.message }] }));
    if (mine !== request) return;
    for (const status of details.querySelectorAll('.embed-snippet [role=status]')) status.textContent = '';
    if (!doc.ok) {
      frameCode.value = `The link could not be made: ${doc.errors.map((e) => e.message).join(' ')}`;
      return;
    }
    const calculatorUrl = new URL('../calculator/', EMBED);
    calculatorUrl.hash = doc.fragment;
    elementCode.value = elementSnippet(input, theme.value, calculatorUrl.href);
    const frameUrl = themedFrameUrl(doc.fragment, theme.value);
    frameCode.value = frameSnippet(frameUrl);
    if (preview.src !== frameUrl) preview.src = frameUrl;
  };
  details.addEventListener('toggle', refresh);
  theme.addEventListener('change', refresh);
  element.addEventListener('rightsize-result', refresh);
  refresh();
}
