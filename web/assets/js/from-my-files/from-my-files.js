// The "from my files" section's first step, in the page's own bundle and kept small: it
// enables the file inputs and, only once a file is chosen or dropped, loads the rest
// (from-my-files-reader.js, which starts the measure worker and its module). A visit
// that reads no file downloads none of it.
import readerUrl from './from-my-files-reader.js?module';

function start(section) {
  if (typeof Worker !== 'function' || typeof Blob.prototype.stream !== 'function') {
    section.querySelector('[data-files-status]').textContent =
      'This browser cannot read files in the background, so this section is off.';
    return;
  }
  let reader = null;
  const load = () => (reader ??= import(new URL(readerUrl, import.meta.url).href).then((m) => m.attach(section)));
  const fail = (error) => {
    reader = null;
    section.querySelector('[data-files-status]').textContent = `The file reader could not start (${error.message}).`;
  };
  // A closed section opens once it is given a file: its progress and questions are inside.
  const open = () => {
    section.open = true;
  };
  section.addEventListener('change', (event) => {
    if (event.target.type !== 'file') return;
    open();
    load().then((r) => r.chosen(event.target), fail);
  });
  section.addEventListener('dragover', (event) => {
    event.preventDefault();
    open();
    section.classList.add('fmf-over');
  });
  section.addEventListener('dragleave', () => section.classList.remove('fmf-over'));
  section.addEventListener('drop', (event) => {
    event.preventDefault();
    section.classList.remove('fmf-over');
    const files = [...(event.dataTransfer?.files ?? [])];
    open();
    if (files.length > 0) load().then((r) => r.dropped(files), fail);
  });
  section.querySelector('[data-files-inputs]').disabled = false;
}

for (const section of document.querySelectorAll('[data-from-files]')) start(section);
