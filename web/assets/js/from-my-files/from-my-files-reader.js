// The "from my files" section once a file is chosen or dropped (from-my-files.js loads this
// then): each input's files go to the measure worker (engine/measure-client.js), one input
// at a time, with a progress bar and a cancel button; each figure the core derives fills its field in the page's form
// (an input event, so the live result follows) with a note beside it saying where it came
// from; a file that gives nothing changes no field and gets a message naming it. Every text
// shown is set with textContent. Nothing here sends or stores the files.
import { measureFiles } from '../engine/measure-client.js';
import rulesUrl from '../../data/rules.json?url';
import assumptionsUrl from '../../data/assumptions.json?url';
import { baseName, readDocument } from './measure-notes.js';
import { withUnit } from '../shared/format.js';

const KINDS = ['access_log', 'queries', 'app_cpu', 'db_cpu'];
// How much of a dropped file is read to tell what it is: enough to look past a first line over
// 64 KB, which the core skips (as it would further down), to the lines after it.
const SNIFF_BYTES = 1024 * 1024;

// One measurement in the worker: {ok, result | errors}, or null once cancelled. A worker that
// failed is the files' problem to show, as the worker's own errors are.
const measure = (files, options) =>
  measureFiles(files, options).catch((error) => ({ ok: false, errors: [{ field: 'module', message: error.message }] }));

async function fetchJson(relative) {
  const response = await fetch(new URL(relative, import.meta.url));
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

// The words for a figure no field of this page's form shows: the rulebook's metric labels
// and units, the assumptions' labels and units.
async function loadWords() {
  const [rules, assumptions] = await Promise.all([fetchJson(rulesUrl), fetchJson(assumptionsUrl)]);
  const words = {};
  for (const [name, m] of Object.entries(rules.metrics)) words[name] = { label: m.label, unit: m.unit };
  for (const [name, a] of Object.entries(assumptions.assumptions)) words[name] = { label: a.label, unit: a.unit };
  return words;
}

const el = (tag, text, className) => {
  const node = document.createElement(tag);
  if (text != null) node.textContent = text;
  if (className) node.className = className;
  return node;
};

export async function attach(section) {
  const words = await loadWords();
  const units = Object.fromEntries(Object.entries(words).map(([name, w]) => [name, w.unit]));
  const form = document.querySelector('.rs-form');
  const find = (selector) => section.querySelector(selector);
  const progress = find('[data-files-progress]');
  const bar = find('[data-files-bar]');
  const status = find('[data-files-status]');
  const ask = find('[data-files-ask]');
  const problems = find('[data-files-problems]');
  const found = find('[data-files-found]');
  const input = (kind) => section.querySelector(`input[type=file][name="${kind}"]`);
  const jobs = [];
  let running = null; // the AbortController of the measurement in the worker

  find('[data-files-cancel]').addEventListener('click', () => {
    jobs.length = 0;
    running?.abort();
  });

  const problem = (text) => problems.append(el('li', text));
  const labelOf = (name, control) => control?.labels?.[0]?.textContent ?? words[name]?.label ?? 'a figure';

  // The note beside a form field, made once and described by the field's input.
  function noteBeside(control, text) {
    const id = `${control.id}-from-file`;
    let note = document.getElementById(id);
    if (!note) {
      note = el('p', null, 'fmf-note');
      note.id = id;
      (control.closest('[data-field]') ?? control.parentElement).append(note);
      control.setAttribute('aria-describedby', `${control.getAttribute('aria-describedby') ?? ''} ${id}`.trim());
    }
    note.textContent = text;
  }

  // Fills the page's field for a figure; a figure this form has no field for is listed.
  function fill({ name, value, note }) {
    const control = form?.elements.namedItem(name);
    if (control?.type === 'checkbox') {
      if (value === true && !control.checked) {
        control.checked = true;
        control.dispatchEvent(new Event('input', { bubbles: true }));
        control.dispatchEvent(new Event('change', { bubbles: true }));
      }
      noteBeside(control, `Ticked from your file. ${note}`);
      return labelOf(name, control);
    }
    if (control && 'value' in control) {
      control.value = String(value);
      control.dataset.measured = control.value; // a measured figure is not questioned (read-number.js)
      control.dispatchEvent(new Event('input', { bubbles: true }));
      noteBeside(control, note);
      return labelOf(name, control);
    }
    const unit = words[name]?.unit;
    found.querySelector(`[data-name="${name}"]`)?.remove();
    const item = el('li');
    item.dataset.name = name;
    // The value as it would be typed into a field, with its unit.
    item.append(
      el('strong', `${labelOf(name)}: ${withUnit(String(value), unit)}.`),
      ` This page's form has no field for it. ${note}`,
    );
    found.append(item);
    return null;
  }

  async function runJobs() {
    if (running) return;
    while (jobs.length > 0) {
      const { kind, files } = jobs.shift();
      const names = files.map((f) => f.name).join(', ');
      const total = files.reduce((s, f) => s + f.size, 0);
      bar.max = Math.max(total, 1);
      bar.value = 0;
      progress.hidden = false;
      status.textContent = `Reading ${names}…`;
      running = new AbortController();
      const reply = await measure(
        files.map((file) => ({ kind, file, name: file.name })),
        {
          onProgress: (p) => {
            bar.value = p.bytes;
          },
          signal: running.signal,
        },
      );
      running = null;
      progress.hidden = true;
      if (reply === null) {
        status.textContent = `Stopped reading ${names}. No field changed.`;
        continue;
      }
      if (!reply.ok) {
        for (const e of reply.errors) problem(`${names}: ${e.message}`);
        status.textContent = `${names} could not be read. No field changed.`;
        continue;
      }
      const { figures, notes, problems: bad } = readDocument(reply.result, units);
      bad.forEach(problem);
      for (const { name, note } of notes) {
        const control = form?.elements.namedItem(name);
        if (control?.id) noteBeside(control, `Left as it was. ${note}`);
      }
      const filled = figures.map(fill).filter(Boolean);
      status.textContent =
        figures.length === 0
          ? `${names} gave no figure. No field changed.`
          : filled.length === 0
            ? `Read ${names}; see below.`
            : `Read ${names}: filled ${filled.join(', ')}.`;
    }
  }

  // fresh: the reader chose these files, so the last choice's messages go.
  function chosen(fileInput, fresh = true) {
    const files = [...fileInput.files];
    if (!KINDS.includes(fileInput.name) || files.length === 0) return;
    if (fresh) problems.replaceChildren();
    jobs.push({ kind: fileInput.name, files });
    runJobs();
  }

  function give(kind, files) {
    const transfer = new DataTransfer();
    for (const f of files) transfer.items.add(f);
    input(kind).files = transfer.files;
    chosen(input(kind), false);
  }

  // What kind of file a dropped one is, as the core reads its first bytes: the first kind
  // that reads it without a problem, or the problem it has.
  async function identify(file) {
    const messages = [];
    for (const kind of ['access_log', 'queries', 'app_cpu']) {
      const reply = await measure([{ kind, file: file.slice(0, SNIFF_BYTES), name: file.name }]);
      if (!reply?.ok) return { message: reply?.errors.map((e) => e.message).join('; ') ?? 'stopped' };
      const evidence = reply.result.evidence ?? {};
      const trouble = (evidence.problems ?? []).map((p) => p.message);
      if (trouble.length === 0 && Object.keys(evidence).length > 0) return { kind };
      messages.push(...trouble);
    }
    const same = messages.every((m) => m === messages[0]);
    return {
      message:
        same && messages.length
          ? messages[0]
          : `not an access log, a pg_stat_statements export or a CPU series this page can read (as an access log: ${messages[0] ?? 'nothing read'})`,
    };
  }

  // A dropped CPU series could be either machine's: the reader says which.
  function askWhich(file) {
    const box = el('p', `Is ${baseName(file.name)} the app server's CPU or the database's? `, 'fmf-ask');
    for (const [kind, text] of [
      ['app_cpu', 'App server'],
      ['db_cpu', 'Database'],
    ]) {
      const button = el('button', text);
      button.type = 'button';
      button.addEventListener('click', () => {
        box.remove();
        give(kind, [file]);
      });
      box.append(button, ' ');
    }
    ask.append(box);
  }

  async function dropped(files) {
    if (running) {
      status.textContent = 'Wait for the file being read, or cancel it, before dropping more.';
      return;
    }
    problems.replaceChildren();
    ask.replaceChildren();
    const byKind = { access_log: [], queries: [] };
    for (const file of files) {
      status.textContent = `Looking at ${file.name}…`;
      const { kind, message } = await identify(file);
      if (!kind) problem(`${file.name}: ${message}`);
      else if (kind === 'app_cpu') askWhich(file);
      else byKind[kind].push(file);
    }
    status.textContent = '';
    if (byKind.access_log.length > 0) give('access_log', byKind.access_log);
    if (byKind.queries.length > 0) give('queries', byKind.queries.slice(-1));
    if (byKind.queries.length > 1)
      problem(`Only one query statistics file is read at a time: ${byKind.queries.at(-1).name} was used.`);
  }

  return { chosen, dropped };
}
