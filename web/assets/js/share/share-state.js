// A page's inputs in its link: the fragment (the core's share string, never sent to a
// server) follows the form as the reader types, and a link opened, or reached with back
// and forward, fills the form again. A link always wins: nothing is restored from storage.
// The share codec lives in the model module, which runs in a model worker: the timeline's
// own, or on the calculator one started after its first result, or at once for a link.
// page: {codec() -> {call(name, arg)}, owns(key), input(form) -> the page's input or null,
// fill(form, input)}; see calculator-share.js and timeline-page.js.
import { carriedFields, fragmentOf, linkInput, withFragment } from './share-input.js';
import { linkNotice } from './link-notice.js';

const TYPING_PAUSE_MS = 400;
// Before the codec has started (the calculator's worker downloads the model), a longer pause:
// a reader still typing, or leaving the page, costs no download.
const FIRST_PAUSE_MS = 1500;

export function startSharing(element, page) {
  const form = () => element.querySelector('form');
  const notice = linkNotice(element);
  const listeners = new Set();
  let carried = {};
  let shown = fragmentOf(location.hash); // the fragment the form holds now
  let opening = null; // the fragment being decoded
  let typed = false; // the reader has changed the form since it was last written or filled
  let valid = false; // the form as it stands gave a result
  let timer = 0;
  let model = null;
  const codec = () => (model ??= page.codec());

  const announce = (fragment) => {
    for (const a of document.querySelectorAll('a[data-keeps-inputs]')) a.href = withFragment(a.href, fragment);
    for (const f of listeners) f(location.href);
  };

  // The form as the link gives it, or its own defaults (no link, or one that cannot be read).
  const show = (input, fragment) => {
    carried = input ? carriedFields(input, page.owns) : {};
    if (input) page.fill(form(), input);
    else form()?.reset();
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

  const write = async () => {
    const errors = form()?.querySelector('[data-error-for]:not([hidden])');
    const input = valid && !errors && form() && page.input(form());
    if (!input) return;
    const doc = await codec()
      .call('share_encode', linkInput(carried, input))
      .catch(() => null);
    if (!doc?.ok || !typed || !valid) return;
    typed = false;
    if (doc.fragment !== fragmentOf(location.hash))
      history.replaceState(history.state, '', withFragment(location.href, doc.fragment));
    shown = doc.fragment;
    announce(doc.fragment);
  };

  // Only input that gave a result is written: the element sends rightsize-result for it.
  // Capturing, so an edit is seen before the element recomputes (and announces a result).
  // The codec starts only when a fragment is due (the calculator's worker fetches the model):
  // a reader who never pauses, or leaves at once, costs no download.
  const onEdit = () => {
    typed = true;
    valid = false;
    notice.hide();
  };
  element.addEventListener('input', onEdit, true);
  element.addEventListener('change', onEdit, true);
  element.addEventListener('rightsize-result', () => {
    valid = true;
    if (!typed) return;
    clearTimeout(timer);
    timer = setTimeout(write, model ? TYPING_PAUSE_MS : FIRST_PAUSE_MS);
  });
  addEventListener('hashchange', open);
  addEventListener('popstate', open);
  let opened = Promise.resolve();
  if (shown) {
    shown = null;
    opened = open().catch(() => {});
  }

  // The page's link, for the share controls and the print layout; f(href) on every change.
  return {
    opened, // settles once the link the page was opened with is in the form (or refused)
    carried: () => carried,
    input: () => (form() && page.input(form()) ? linkInput(carried, page.input(form())) : null),
    onLink(f) {
      listeners.add(f);
      f(location.href);
    },
  };
}
