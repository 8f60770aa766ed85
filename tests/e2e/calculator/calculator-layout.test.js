// The calculator for a phone and for the eye: at 390 px the stage, the move due and its cost
// stay in view above the keyboard while a field is typed; at 1280 px the result sits beside
// the form; the verdict never contradicts the triggers beside it, and each measured trigger
// shows its value against its threshold.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readContent } from '../../../wasm/node/load-node.js';
import { openPage, useSiteAndBrowser } from '../harness.js';

const site = useSiteAndBrowser();
const rules = await readContent('rules.json');
const trigger = (id) => rules.triggers.find((t) => t.id === id);
const KEYBOARD = 320; // the lower part of a phone's screen the keyboard covers

async function openAt(width) {
  const context = await site.browser.newContext({ viewport: { width, height: 844 } });
  const { page, problems } = await openPage(context, site.server.origin);
  await page.goto(`${site.server.origin}/calculator/`);
  await page.waitForFunction(() => document.querySelector('rightsize-calculator')?.result?.timeline != null);
  return { context, page, problems };
}

test('on a phone, the summary stays above the keyboard while the last field is typed', async () => {
  const { context, page, problems } = await openAt(390);
  // The stage select comes first in the form; the file readers come after the form.
  const first = await page.evaluate(
    () => document.querySelector('rightsize-calculator > .rs-form').querySelector('input, select').name,
  );
  assert.equal(first, 'current_stage');
  const order = await page.evaluate(() => {
    const form = document.querySelector('rightsize-calculator > .rs-form');
    const files = document.querySelector('[data-from-files]');
    return form.compareDocumentPosition(files) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  assert.ok(order, 'From my files follows the form');

  const field = page.locator('input[name=p95_ms]');
  await field.focus();
  await field.fill(String(trigger('responses_degrading').threshold + 50));
  await page.waitForFunction(() => document.querySelector('rightsize-calculator').result.stage === 2);
  await page.waitForFunction(() => document.querySelector('.rs-summary-cost') != null);
  const box = await page.locator('[data-summary]').boundingBox();
  const typed = await field.boundingBox();
  assert.ok(box.y >= 0 && box.y + box.height <= 844 - KEYBOARD, `summary at ${box.y}..${box.y + box.height}`);
  assert.ok(typed.y > box.y + box.height, 'the field is below the summary, not under it');
  const summary = await page.locator('[data-summary]').innerText();
  assert.match(summary, /Stage 2/);
  assert.match(summary, /own managed instance/);
  assert.match(summary, /a month/);
  // It links to the whole result.
  assert.equal(await page.getAttribute('[data-summary] a', 'href'), '#rs-result');
  assert.equal(await page.locator('#rs-result').count(), 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a desktop, the result sits beside the form and no summary is drawn', async () => {
  const { context, page, problems } = await openAt(1280);
  const form = await page.locator('rightsize-calculator > .rs-form').boundingBox();
  const shown = await page.locator('rightsize-calculator > [data-result]').boundingBox();
  assert.ok(shown.x >= form.x + form.width, 'result to the right of the form');
  assert.ok(shown.y < form.y + form.height / 2, 'result level with the top of the form');
  assert.equal(await page.locator('[data-summary]').isVisible(), false);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a verdict that agrees with its triggers: a move within the stage, each value against its threshold', async () => {
  const { context, page, problems } = await openAt(390);
  const hot = trigger('db_cpu_high').threshold + 12;
  await page.selectOption('select[name=current_stage]', '2');
  await page.fill('input[name=db_cpu_pct]', String(hot));
  await page.check('input[name=pool_exhausted]');
  await page.waitForFunction(
    () => document.querySelector('rightsize-calculator').result.fired.length >= 2 && document.querySelector('.rs-bar'),
  );
  const r = await page.evaluate(() => document.querySelector('rightsize-calculator').result);
  assert.equal(r.stage, 2);
  assert.notEqual(r.action, 'stay');
  const text = await page.locator('[data-result]').innerText();
  assert.doesNotMatch(text, /no trigger/i);
  assert.doesNotMatch(text, /shares a machine/);
  assert.match(text, /Due now:/);
  // The action comes before the reasons.
  assert.ok(text.indexOf('Due now:') < text.indexOf('Why:'));
  // One bar for the measured trigger, none for the flag; the value's bar is past the mark.
  const row = page.locator('[data-trigger=db_cpu_high]');
  const value = Number(await row.locator('.rs-bar-value').getAttribute('width'));
  const mark = Number(await row.locator('.rs-bar-threshold').getAttribute('x'));
  assert.ok(value > mark, `${value} past ${mark}`);
  assert.equal(await page.locator('[data-trigger=pool_exhausted] .rs-bar').count(), 0);
  // The database's move within the stage is said once, in the move due, not again as a reason.
  assert.equal(await page.locator('[data-result] [data-trigger]').count(), 2);
  assert.deepEqual(problems, []);
  await context.close();
});
