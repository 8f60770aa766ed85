// "Watch for the next move" on the calculator and the timeline: after the first result the
// section lists every trigger past the reader's stage in words, its four downloads are the
// bytes `rightsize alerts` and `rightsize plan` print for the same input, it follows an input
// change, the downloads work from the keyboard, and nothing logs an error. Without JavaScript
// it says what it offers and which commands give the same files.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { openPage, useSiteAndBrowser } from '../harness.js';
import { internalIds, visibleIds } from '../internal-ids.js';
import { readJson } from '../../../wasm/node/load-node.js';
import { cli } from '../../wasm/cli-agreement.js';

const site = useSiteAndBrowser();
const rules = await readJson('content/rules.json');
const ids = await internalIds();

function rightsize(args, input) {
  const run = spawnSync(cli, args, {
    input: input === undefined ? undefined : JSON.stringify(input),
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout;
}

const DOWNLOADS = [
  ['Prometheus rules', 'rightsize-alerts.yml', 'alerts', ['alerts', '--format', 'prometheus']],
  ['CloudFormation alarms', 'rightsize-alarms.yaml', 'alerts', ['alerts', '--format', 'cloudformation']],
  ['Checklist (Markdown)', 'rightsize-plan.md', 'plan', ['plan', '--format', 'markdown']],
  ['Calendar (iCalendar)', 'rightsize-plan.ics', 'plan', ['plan', '--format', 'ics']],
];

async function open(pagePath, input, options = {}) {
  const context = await site.browser.newContext({ acceptDownloads: true, ...options });
  const { page, problems } = await openPage(context, site.server.origin);
  const fragment = input ? `#${rightsize(['share'], input).trim()}` : '';
  await page.goto(`${site.server.origin}${pagePath}${fragment}`);
  return { context, page, problems };
}

// Waits for the live section (it loads after the first result, near the screen).
async function liveSection(page) {
  await page.locator('#rw-title').scrollIntoViewIfNeeded();
  await page.waitForSelector('[data-watch][data-watch-ready]');
}

const inputsOf = (page) =>
  page.evaluate(() => {
    const s = document.querySelector('[data-watch]');
    return { alerts: s.watchInputs.alerts(), plan: s.watchInputs.plan() };
  });

const withoutFalse = (input) => Object.fromEntries(Object.entries(input).filter(([, v]) => v !== false));

async function save(page, label) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: label }).click(),
  ]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

// The list names each trigger past the stage, with its threshold and unit, and no internal id.
async function checkList(page, stage) {
  const past = rules.triggers.filter((t) => t.stage > stage);
  const items = page.locator('[data-watch-list] .rw-rules > li');
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-watch-list] .rw-rules > li').length === n,
    past.length,
  );
  const texts = await items.allTextContents();
  past.forEach((t, i) => {
    assert.match(texts[i], new RegExp(`stage ${t.stage}, ${rules.stages[t.stage - 1].name}`));
    if (typeof t.threshold === 'number' && t.metric !== 'pool_exhausted') {
      const unit = rules.metrics[t.metric].unit;
      assert.ok(
        texts[i].includes(`Critical: `) && texts[i].includes(`${t.threshold}${unit === '%' ? '%' : ` ${unit}`}`),
        texts[i],
      );
    }
  });
  assert.deepEqual(visibleIds(await page.locator('[data-watch]').innerText(), ids), []);
}

async function checkDownloads(page, inputs) {
  const month = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
  });
  assert.equal(inputs.plan.start_month, month);
  for (const [label, file, kind, args] of DOWNLOADS) {
    const got = await save(page, label);
    assert.equal(got.name, file);
    assert.equal(got.text, rightsize(args, inputs[kind]), label);
  }
}

const calculatorInput = {
  users: 60000,
  current_stage: 2,
  db_cpu_pct: 78,
  p95_ms: 340,
  db_upgraded: true,
  repeated_reads: true,
};

test('calculator: the rules in words and four downloads equal to the CLI, following a change', async () => {
  const { context, page, problems } = await open('/calculator/', calculatorInput);
  await page.waitForFunction(() => document.querySelector('rightsize-calculator').result?.users === 60000);
  await liveSection(page);
  assert.equal(await page.getByRole('heading', { name: 'Watch for the next move' }).count(), 1);
  await checkList(page, 2);
  const inputs = await inputsOf(page);
  assert.deepEqual(withoutFalse(inputs.alerts), calculatorInput);
  assert.equal(inputs.plan.users, 60000);
  assert.equal(inputs.plan.current_stage, 2);
  await checkDownloads(page, inputs);

  await page.selectOption('[name=current_stage]', '3');
  await checkList(page, 3);
  const changed = await inputsOf(page);
  assert.equal(changed.alerts.current_stage, 3);
  await checkDownloads(page, changed);
  assert.deepEqual(problems, []);
  await context.close();
});

const timelineInput = {
  users: 300,
  current_stage: 1,
  months: 15,
  provider: 'digitalocean-nyc1',
  repeated_reads: true,
  growth: { monthly_pct: 30 },
};

test('timeline: the rules in words and four downloads equal to the CLI, following a change', async () => {
  const { context, page, problems } = await open('/timeline/', timelineInput);
  await page.waitForFunction(() => document.querySelector('rightsize-timeline').result?.months.length === 15);
  await liveSection(page);
  await checkList(page, 1);
  const inputs = await inputsOf(page);
  // The link's fields the rulebook names (a link leaves out a default, such as stage 1).
  const linked = JSON.parse(rightsize(['decode', rightsize(['share'], timelineInput).trim()]));
  assert.deepEqual(
    withoutFalse(inputs.alerts),
    Object.fromEntries(Object.entries(linked).filter(([key]) => key in rules.metrics)),
  );
  assert.equal(inputs.plan.months, 15);
  assert.equal(inputs.plan.provider, 'digitalocean-nyc1');
  await checkDownloads(page, inputs);

  await page.fill('input[name=months]', '30');
  await page.waitForFunction(() => document.querySelector('rightsize-timeline').result?.months.length === 30);
  const changed = await inputsOf(page);
  assert.equal(changed.plan.months, 30);
  await checkDownloads(page, changed);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the downloads work from the keyboard', async () => {
  const { context, page, problems } = await open('/timeline/');
  await page.waitForFunction(() => document.querySelector('rightsize-timeline').result != null);
  await liveSection(page);
  const button = page.getByRole('button', { name: 'Calendar (iCalendar)' });
  await button.focus();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  assert.equal(download.suggestedFilename(), 'rightsize-plan.ics');
  assert.match(await readFile(await download.path(), 'utf8'), /^BEGIN:VCALENDAR\r\n/);
  assert.deepEqual(problems, []);
  await context.close();
});

for (const pagePath of ['/calculator/', '/timeline/']) {
  test(`${pagePath} without JavaScript: the section says what it offers and names the commands`, async () => {
    const { context, page, problems } = await open(pagePath, undefined, { javaScriptEnabled: false });
    const text = await page.locator('[data-watch]').innerText();
    assert.match(text, /Watch for the next move/);
    assert.match(text, /rightsize alerts --format prometheus/);
    assert.match(text, /rightsize plan --format markdown/);
    assert.equal(await page.locator('[data-watch] button').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('offline after one visit, the section still loads and its files still download', async () => {
  const context = await site.browser.newContext({ acceptDownloads: true });
  const { page, problems } = await openPage(context, site.server.origin);
  await page.goto(`${site.server.origin}/timeline/`);
  await page.waitForFunction(() => navigator.serviceWorker.controller != null, null, { timeout: 20000 });
  await context.setOffline(true);
  await page.reload();
  await page.waitForFunction(() => document.querySelector('rightsize-timeline')?.result != null);
  await liveSection(page);
  const got = await save(page, 'Checklist (Markdown)');
  assert.equal(got.text, rightsize(['plan', '--format', 'markdown'], (await inputsOf(page)).plan));
  assert.deepEqual(problems, []);
  await context.close();
});
