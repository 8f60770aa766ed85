// The embed page (dist/embed/, the calculator without the site around it, for an <iframe>):
// its inputs come from the link's fragment, decoded by the core (share-codec.js), and its
// height goes to the host page (embed-frame.js). A link that cannot be read says why, and
// the calculator shows its starting values. The frame is light unless its address asks for
// ?theme=dark or ?theme=auto (the system's), so it fits a light blog in a dark browser; the
// full-calculator link carries the visitor's own edits.
import '../calculator/rightsize-calculator.js';
import { decodeShare, encodeShare } from '../share/share-codec.js';
import { readForm } from '../shared/form-fields.js';
import moneyInputUrl from './embed-money-input.js?module';
import { reportHeight } from './embed-frame.js';
import { h, toDom } from '../shared/html.js';
import generator from './embed-generator.js?module';
import { toolsStyles } from '../shared/late-styles.js';

const element = document.querySelector('rightsize-calculator');
if (element) element.laterStyles = toolsStyles; // the money's chart, drawn after the first result
const notice = document.querySelector('[data-link-error]');
const fullLink = document.querySelector('[data-full-link]');
const THEMES = { light: 'light', dark: 'dark', auto: null }; // null: the system's scheme
const starting = new Map(); // each control's value as the page was served: the starting inputs

// Every control from the link: what the link leaves out is the core's default (blank, off,
// stage 1), so the frame shows exactly the link's input.
function fill(form, input) {
  for (const control of form.elements) {
    if (!control.name) continue;
    const value = input?.[control.name];
    if (control.type === 'checkbox') control.checked = value === true;
    else if (input === null) control.value = starting.get(control.name);
    else control.value = value ?? (control.name === 'current_stage' ? '1' : '');
  }
  form.dispatchEvent(new Event('input', { bubbles: true }));
}

async function openLink() {
  const form = element?.querySelector('form:not([data-money-form])');
  if (!form) return;
  if (starting.size === 0)
    for (const c of form.elements) if (c.name && c.type !== 'checkbox') starting.set(c.name, c.value);
  const fragment = location.hash.replace(/^#/, '');
  fullLink.hash = fragment;
  if (!fragment) {
    notice.hidden = true;
    return;
  }
  let doc;
  try {
    doc = await decodeShare(fragment);
  } catch (error) {
    doc = { ok: false, errors: [{ field: 'fragment', message: `the link could not be read (${error.message})` }] };
  }
  if (fragment !== location.hash.replace(/^#/, '')) return; // a newer link arrived meanwhile
  notice.hidden = doc.ok;
  notice.textContent = doc.ok
    ? ''
    : `This link could not be opened: ${doc.errors.map((e) => e.message).join(' ')} Showing the starting values instead.`;
  fill(form, doc.ok ? doc.input : null);
}

// An unknown theme is the default (light), as the snippet documents.
const theme = new URLSearchParams(location.search).get('theme');
const scheme = Object.hasOwn(THEMES, theme) ? THEMES[theme] : THEMES.light;
if (scheme) document.documentElement.dataset.theme = scheme;
else delete document.documentElement.dataset.theme;

// The link out follows the visitor: each result's input, encoded by the core, becomes its
// fragment, so the full calculator opens with what they typed, not the embedder's numbers.
let encoding = 0;
async function followEdits() {
  const form = element?.querySelector('form:not([data-money-form])');
  const money = element?.querySelector('[data-money-form]');
  if (!form || element.querySelector('[data-error-for]:not([hidden])')) return;
  // The ticket is taken before anything is awaited: two edits' imports of the money reader
  // may resume in either order, and the last edit's link is the one that must stay.
  const mine = ++encoding;
  const values = readForm(form);
  // The money form's reader comes after the first edit: a visitor who only reads never loads it.
  const input = money ? (await import(new URL(moneyInputUrl, import.meta.url).href)).moneyInput(values, money) : values;
  const doc = await encodeShare(input).catch(() => null);
  if (mine === encoding && doc?.ok) fullLink.hash = doc.fragment;
}

openLink();
window.addEventListener('hashchange', openLink);
// Only after an edit: a visitor who only reads loads no more than the result.
let edited = false;
for (const type of ['input', 'change']) element?.addEventListener(type, () => (edited = true), true);
element?.addEventListener('rightsize-result', () => edited && followEdits());
reportHeight();

// On its own (not in a frame): the page that hands out the code, with a live preview.
if (window.parent === window && element) {
  const help = document.querySelector('[data-embed-help]');
  help.hidden = false;
  const details = toDom(h('details', { class: 'embed-snippets', open: true }, h('summary', {}, 'The embed code')));
  help.after(details);
  import(new URL(generator, import.meta.url).href).then((m) => m.startSnippets(details, element));
}
