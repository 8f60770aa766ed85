// The embed page (dist/embed/, the calculator without the site around it, for an <iframe>):
// its inputs come from the link's fragment, decoded by the core (share-codec.js), and its
// height goes to the host page (embed-frame.js). A link that cannot be read says why, and
// the calculator shows its starting values.
import '../calculator/rightsize-calculator.js';
import { decodeShare } from '../share/share-codec.js';
import { reportHeight } from './embed-frame.js';

const element = document.querySelector('rightsize-calculator');
const notice = document.querySelector('[data-link-error]');
const fullLink = document.querySelector('[data-full-link]');
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
  const form = element?.querySelector('form');
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

openLink();
window.addEventListener('hashchange', openLink);
reportHeight();
