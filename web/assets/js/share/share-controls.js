// The controls under a page's result: copy the link (with a visible "Link copied", or the
// link selected in a field when the browser refuses the clipboard), share it through the
// system's share sheet where the browser has one, save files, and the link printed on
// paper. Built here, so a page without JavaScript shows none of them.
// sharing: startSharing()'s answer; saves: [{label, run()}] (run may return a promise).
// Returns the group of save buttons, with its own status line, for a page that puts it
// beside what it saves (the timeline's chart).
import { h, toDom } from '../shared/html.js';

export function shareControls(element, sharing, saves = []) {
  const status = toDom(h('p', { class: 'rs-share-status', role: 'status' }));
  const fallback = toDom(
    h(
      'p',
      { class: 'rs-share-fallback', hidden: true },
      h('label', { for: 'rs-share-link' }, 'Link to these results'),
      ' ',
      h('input', { id: 'rs-share-link', type: 'text', readonly: true, spellcheck: 'false' }),
    ),
  );
  const field = fallback.querySelector('input');
  const say = (text) => {
    status.textContent = text;
  };

  const copy = button('Copy link', async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      fallback.hidden = true;
      say('Link copied.');
    } catch {
      field.value = location.href;
      fallback.hidden = false;
      field.focus();
      field.select();
      say('Copying was not allowed here: the link is selected below; copy it with Ctrl+C (⌘C on a Mac).');
    }
  });
  const share = button('Share…', async () => {
    try {
      await navigator.share({ title: document.title, url: location.href });
    } catch (error) {
      if (error.name !== 'AbortError') say(`Sharing did not work (${error.message}); copy the link instead.`);
    }
  });
  share.hidden = typeof navigator.share !== 'function';

  const saveGroup = toDom(h('div', { class: 'rs-share-group rs-saves', role: 'group', 'aria-label': 'Save' }));
  const saveStatus = toDom(h('p', { class: 'rs-share-status', role: 'status' }));
  const saved = (text) => {
    saveStatus.textContent = text;
  };
  const saveButtons = saves.map(({ label, run }) =>
    button(label, async () => {
      try {
        await run();
        saved(`${label}: saved.`);
      } catch (error) {
        saved(`${label}: ${error.message}`);
      }
    }),
  );

  const bar = toDom(h('div', { class: 'rs-share' }));
  const shareGroup = toDom(h('div', { class: 'rs-share-group', role: 'group', 'aria-label': 'Share' }));
  shareGroup.append(copy, share);
  bar.append(shareGroup);
  if (saveButtons.length > 0) {
    saveGroup.append(...saveButtons, saveStatus);
    bar.append(saveGroup);
  }
  bar.append(status, fallback);

  const printed = toDom(h('p', { class: 'rs-print-link' }, 'Link to these results: ', h('span', {})));
  sharing.onLink((href) => {
    printed.lastChild.textContent = href;
    if (!fallback.hidden) field.value = href;
  });
  element.after(bar, printed);
  return saveGroup;
}

function button(label, onClick) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'rs-share-button';
  b.textContent = label;
  b.addEventListener('click', onClick);
  return b;
}
