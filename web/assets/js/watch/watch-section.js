// The "Watch for the next move" section, live: for the reader's current input, the rules in
// words and four downloads (Prometheus rules, CloudFormation alarms, the checklist, the
// calendar), each the file `rightsize alerts` or `rightsize plan` gives for the same input.
// watch-later.js imports this after the page's first result; it follows every later result.
import { h, toDom } from '../shared/html.js';
import { morphInSteps } from '../shared/morph.js';
import { yieldToPage } from '../shared/yield-to-page.js';
import { download } from '../share/downloads.js';
import { loadWatchEngine } from './watch-engine.js';
import { renderWatchList } from './render-watch.js';
import { calculatorInputs, timelineInputs } from './watch-inputs.js';

const siteRoot = new URL('../../', import.meta.url); // this file is bundled into assets/js/

// This month, where the reader is, as the plan's first month: "2026-12".
export function thisMonth(now = new Date()) {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

const FILES = [
  { label: 'Prometheus rules', file: 'rightsize-alerts.yml', type: 'application/yaml', alerts: 'prometheus' },
  { label: 'CloudFormation alarms', file: 'rightsize-alarms.yaml', type: 'application/yaml', alerts: 'cloudformation' },
  { label: 'Checklist (Markdown)', file: 'rightsize-plan.md', type: 'text/markdown', plan: 'markdown' },
  { label: 'Calendar (iCalendar)', file: 'rightsize-plan.ics', type: 'text/calendar', plan: 'ics' },
];

// section: the page's [data-watch]; element: the live element whose results it follows;
// page: "calculator" or "timeline", whose forms give the inputs (watch-inputs.js)
export async function startWatch(section, element, page) {
  const list = section.querySelector('[data-watch-list]');
  const status = section.querySelector('[data-watch-status]');
  const say = (text) => {
    status.textContent = text;
  };
  let engine;
  try {
    engine = await loadWatchEngine();
  } catch (error) {
    say(`The alert rules could not load (${error.message}).`);
    return;
  }
  const inputs = page === 'timeline' ? timelineInputs(element, engine.rules) : calculatorInputs(element);
  const planInput = () => {
    const input = inputs.plan();
    if (!input) throw new Error('fix the marked field first');
    return { ...input, start_month: thisMonth() };
  };
  // What the downloads are made from, for whoever checks them against the CLI (the e2e tests).
  section.watchInputs = { alerts: inputs.alerts, plan: planInput };
  const text = async ({ alerts, plan }) => {
    const doc = alerts
      ? await engine.alerts(inputs.alerts(), { format: alerts })
      : await engine.plan(planInput(), plan);
    if (!doc.ok) throw new Error(doc.errors.map((e) => e.message).join('; '));
    return doc.text;
  };
  const buttons = FILES.map((f) => {
    const b = toDom(h('button', { type: 'button', class: 'rs-share-button', 'data-watch-file': f.file }, f.label));
    b.addEventListener('click', async () => {
      try {
        download(f.file, new Blob([await text(f)], { type: f.type }));
        say(`${f.label}: saved as ${f.file}.`);
      } catch (error) {
        say(`${f.label}: ${error.message}`);
      }
    });
    return b;
  });
  const bar = section.querySelector('[data-watch-files]');
  bar.replaceChildren(...buttons);
  bar.hidden = false;

  let request = 0;
  const update = async () => {
    const mine = ++request;
    const doc = await engine.alertsInWords(inputs.alerts());
    if (mine !== request) return;
    if (!doc.ok) {
      say('Fix the marked field to update the rules; what is shown is for your last valid input.');
      return;
    }
    say('');
    await yieldToPage(); // the rules computed, then drawn: two short tasks, not one long one
    if (mine !== request) return;
    const tree = h(
      'div',
      {},
      renderWatchList(doc.result, (page) => new URL(page.slice(1), siteRoot).href),
    );
    if (!(await morphInSteps(list, tree, () => mine === request))) return;
    section.dataset.watchReady = '';
  };
  element.addEventListener('rightsize-result', update);
  await update();
}
