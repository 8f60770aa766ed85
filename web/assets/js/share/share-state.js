// A page's inputs in its link: the fragment (the core's share string, never sent to a
// server) holds every control of the page and follows each change a quarter of a second
// after its result, and a link opened, or reached with back and forward, fills the controls
// again. A link always wins: nothing is restored from storage.
// The share codec lives in the model module, which runs in a model worker: the timeline's
// own, or the one the calculator's money starts after its first result.
// page: {codec() -> {call(name, arg)}; owns(key, value): whether a control shows that field;
// input(carried) -> the link's input, the controls' values over the fields the link carries
// (linkInput), or null; fill(input): the controls from a link's input, or their starting
// values for null}. See calculator-share.js and timeline-page.js.
import { carriedFields, fragmentOf, withFragment } from './share-input.js';
import { linkNotice } from './link-notice.js';

// After the last change, or as soon after it as the change's result comes: the fragment
// follows a change within half a second. history.replaceState, so typing adds no history
// entries.
const PAUSE_MS = 250;

// A control the reader changed from what the page was built with.
function changed(control) {
  if (control.type === 'checkbox' || control.type === 'radio') return control.checked !== control.defaultChecked;
  if (control.tagName === 'SELECT') return [...control.options].some((o) => o.selected !== o.defaultSelected);
  return 'defaultValue' in control && control.type !== 'file' && control.value !== control.defaultValue;
}

export function startSharing(element, page) {
  const notice = linkNotice(element);
  const listeners = new Set();
  let carried = {};
  let shown = fragmentOf(location.hash); // the fragment the controls hold now
  let opening = null; // the fragment being decoded
  let typed = false; // the reader has changed a control since the link was last written or filled
  let valid = false; // the controls as they stand gave a result
  let editedAt = 0; // when the reader last changed a control
  let timer = 0;
  let model = null;
  const codec = () => (model ??= page.codec());

  const announce = (fragment) => {
    for (const a of document.querySelectorAll('a[data-keeps-inputs]')) a.href = withFragment(a.href, fragment);
    for (const f of listeners) f(location.href);
  };

  // The controls as the link gives them, or their starting values (no link, or one that
  // cannot be read).
  const show = (input, fragment) => {
    carried = input ? carriedFields(input, page.owns) : {};
    page.fill(input);
    shown = fragment;
    typed = false;
    element.update();
    announce(input ? fragment : '');
  };

  const open = async () => {
    const fragment = fragmentOf(location.hash);
    if (fragment === shown || fragment === opening) return;
    if (!fragment) return show(null, '');
    notice.show('Opening the inputs in this link…', 'status');
    opening = fragment;
    let doc;
    try {
      doc = await codec().call('share_decode', fragment);
    } catch (error) {
      doc = { ok: false, errors: [{ message: `the page could not read it (${error.message})` }] };
    }
    if (opening === fragment) opening = null;
    if (fragmentOf(location.hash) !== fragment) return; // the reader moved on meanwhile
    if (!doc.ok) {
      notice.show(
        `This link could not be opened: ${doc.errors[0].message}. The form shows the starting values instead.`,
        'alert',
      );
      return show(null, fragment);
    }
    notice.hide();
    show(doc.input, fragment);
  };

  // The link's input, or null while a control is marked wrong.
  const current = () => (element.querySelector('[data-error-for]:not([hidden])') ? null : page.input(carried));

  const write = async () => {
    const input = valid && current();
    if (!input) return;
    const doc = await codec()
      .call('share_encode', input)
      .catch(() => null);
    if (!doc?.ok || !typed || !valid) return;
    typed = false;
    if (doc.fragment !== fragmentOf(location.hash))
      history.replaceState(history.state, '', withFragment(location.href, doc.fragment));
    shown = doc.fragment;
    announce(doc.fragment);
  };

  // Only input that gave a result is written: the element sends rightsize-result for it (on
  // the calculator once for the recommendation and again with its money, which the write
  // after it checks too). Capturing, so an edit is seen before the element recomputes (and
  // announces a result).
  const onEdit = () => {
    typed = true;
    valid = false;
    editedAt = performance.now();
    clearTimeout(timer);
    notice.hide();
  };
  element.addEventListener('input', onEdit, true);
  element.addEventListener('change', onEdit, true);
  element.addEventListener('rightsize-result', () => {
    valid = true;
    if (!typed) return;
    clearTimeout(timer);
    timer = setTimeout(write, Math.max(0, editedAt + PAUSE_MS - performance.now()));
  });
  addEventListener('hashchange', open);
  addEventListener('popstate', open);
  let opened = Promise.resolve();
  if (shown) {
    shown = null;
    opened = open().catch(() => {});
  } else if ([...element.querySelectorAll('form')].some((f) => [...f.elements].some(changed))) {
    // The calculator loads this at the reader's first move: edits made before it came are
    // the link's too, once they give a result.
    onEdit();
    element.update();
  }

  // The page's link, for the share controls and the print layout; f(href) on every change.
  return {
    opened, // settles once the link the page was opened with is in the form (or refused)
    carried: () => carried,
    // The page added controls (the calculator's "How you pay"): what they show is no longer carried.
    adopt() {
      carried = carriedFields(carried, page.owns);
    },
    input: () => page.input(carried),
    onLink(f) {
      listeners.add(f);
      f(location.href);
    },
  };
}
