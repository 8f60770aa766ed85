// The calculator page in a real browser: it loads cleanly, computes in WebAssembly as
// the reader types, reports bad input beside its field, and reads without JavaScript.
import test from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useSiteAndBrowser } from '../harness.js';
import { internalIds, visibleIds } from '../internal-ids.js';
import { checkChart } from '../chart-checks.js';
import { past, threshold } from '../../support/content.js';

const site = useSiteAndBrowser();

async function openCalculator() {
  const context = await site.browser.newContext();
  const { page, problems } = await openPage(context, site.server.origin);
  await page.goto(`${site.server.origin}/calculator/`);
  await page.waitForFunction(() => document.querySelector('rightsize-calculator')?.result != null);
  return { context, page, problems };
}

const result = (page) => page.evaluate(() => document.querySelector('rightsize-calculator').result);

test('typing metrics updates the recommendation, the result property and the event', async () => {
  const { context, page, problems } = await openCalculator();
  await page.evaluate(() => {
    window.events = [];
    document.addEventListener('rightsize-result', (e) =>
      window.events.push({ stage: e.detail.stage, bubbles: e.bubbles }),
    );
  });

  // Over db_cpu_high's threshold, and over db_limits_cacheable's for the cache below.
  const hot = Math.max(past('db_cpu_high'), past('db_limits_cacheable'));
  await page.fill('input[name=db_cpu_pct]', String(hot));
  await page.waitForFunction(() => document.querySelector('.rs-stage-number')?.textContent === 'Stage 2');
  const r = await result(page);
  assert.equal(r.stage, 2);
  assert.equal(r.action, 'split_database');
  const fired = r.fired.find((f) => f.id === 'db_cpu_high');
  assert.deepEqual([fired.value, fired.threshold], [hot, threshold('db_cpu_high')]);
  const row = page.locator('[data-trigger=db_cpu_high]');
  assert.equal(await row.locator('.rs-value').textContent(), `${hot}%`);
  assert.equal(await row.locator('.rs-condition').textContent(), `database CPU above ${threshold('db_cpu_high')}%`);
  assert.match(await page.locator('.rs-action').textContent(), /own managed instance/);
  const events = await page.evaluate(() => window.events);
  assert.ok(events.length > 0 && events.every((e) => e.bubbles), 'rightsize-result bubbles to the document');
  assert.equal(events.at(-1).stage, 2);

  await page.check('input[name=db_upgraded]');
  await page.check('input[name=repeated_reads]');
  await page.waitForFunction(() => document.querySelector('rightsize-calculator').result.stage === 3);
  assert.equal((await result(page)).action, 'add_cache');

  assert.deepEqual(problems, []);
  await context.close();
});

test("edits in quick succession end with the last edit's recommendation and its timeline", async () => {
  // Each pair of edits is spaced so that the second lands at another moment of the first's
  // money requests (the model's worker answers only the newest timeline waiting for it).
  const { context, page, problems } = await openCalculator();
  await page.waitForFunction(() => document.querySelector('rightsize-calculator').result?.timeline != null);
  const hot = past('db_cpu_high');
  for (const [i, pause] of [0, 5, 15, 30, 50, 80, 120, 200, 350].entries()) {
    const last = hot - 1 - (i % 3); // past the threshold too, so each result has a move and its cost
    await page.fill('input[name=db_cpu_pct]', String(hot + (i % 3)));
    await page.waitForTimeout(pause);
    await page.fill('input[name=db_cpu_pct]', String(last));
    await page.waitForFunction(
      (value) => {
        const r = document.querySelector('rightsize-calculator').result;
        return r?.timeline != null && r.fired.some((f) => f.id === 'db_cpu_high' && f.value === value);
      },
      last,
      { timeout: 10000 },
    );
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('bad input is named beside its field and the rest keeps working', async () => {
  const { context, page, problems } = await openCalculator();
  // The whole result, with the timeline that follows the recommendation (issue 9).
  await page.waitForFunction(() => document.querySelector('rightsize-calculator').result?.timeline != null);
  const before = await result(page);

  await page.fill('input[name=db_cpu_pct]', 'abc');
  const error = page.locator('[data-error-for=db_cpu_pct]');
  await error.waitFor({ state: 'visible' });
  assert.equal(await error.textContent(), 'Database CPU, sustained: "abc" is not a number');
  assert.equal(await page.getAttribute('input[name=db_cpu_pct]', 'aria-invalid'), 'true');
  assert.deepEqual(await result(page), before, 'the last valid result is kept');

  await page.fill('input[name=app_cpu_pct]', '150');
  await page.locator('[data-error-for=app_cpu_pct]').waitFor({ state: 'visible' });
  assert.match(await page.locator('[data-error-for=app_cpu_pct]').textContent(), /between 0 and 100/);

  await page.fill('input[name=users]', '-3');
  assert.match(await page.locator('[data-error-for=users]').textContent(), /0 or more/);

  await page.fill('input[name=db_cpu_pct]', String(threshold('db_cpu_high') + 5));
  await page.fill('input[name=app_cpu_pct]', '40');
  await page.fill('input[name=users]', '2000');
  await page.waitForFunction(() => document.querySelector('rightsize-calculator').result.stage === 2);
  assert.equal(await page.locator('[data-error-for]:visible').count(), 0, 'errors clear once fixed');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the page reads with JavaScript off: form and a prerendered result', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const { page, problems } = await openPage(context, site.server.origin);
  await page.goto(`${site.server.origin}/calculator/`);
  assert.match(await page.locator('.rs-stage').textContent(), /Stage 1/);
  assert.equal(await page.locator('input[name=users]').inputValue(), '5000');
  for (const name of [
    'users',
    'app_cpu_pct',
    'db_cpu_pct',
    'db_query_ms',
    'p95_ms',
    'current_stage',
    'pool_exhausted',
  ]) {
    const id = await page.getAttribute(`[name=${name}]`, 'id');
    assert.equal(await page.locator(`label[for="${id}"]`).count(), 1, `${name} has a label`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('the home page loads cleanly and links to the calculator', async () => {
  const context = await site.browser.newContext();
  const { page, problems } = await openPage(context, site.server.origin);
  await page.goto(`${site.server.origin}/`);
  await page.click('text=Open the calculator');
  await page.waitForFunction(() => document.querySelector('rightsize-calculator')?.result != null);
  assert.deepEqual(problems, []);
  await context.close();
});

test('no internal name shows, whatever fires and whatever is wrong', async () => {
  const ids = await internalIds();
  const { context, page, problems } = await openCalculator();
  await page.fill('input[name=db_cpu_pct]', String(past('db_cpu_high')));
  await page.fill('input[name=p95_ms]', String(past('p95_high_cacheable')));
  await page.fill('input[name=app_cpu_pct]', String(past('app_cpu_at_ceiling')));
  for (const flag of ['pool_exhausted', 'repeated_reads', 'db_upgraded', 'needs_redundancy'])
    await page.check(`input[name=${flag}]`);
  await page.waitForFunction(() => document.querySelector('rightsize-calculator').result.stage === 4);
  assert.deepEqual(visibleIds(await page.locator('body').innerText(), ids), []);
  await page.fill('input[name=users]', '-3');
  await page.fill('input[name=p95_ms]', 'slow');
  await page.locator('[data-error-for=p95_ms]').waitFor({ state: 'visible' });
  assert.deepEqual(visibleIds(await page.locator('body').innerText(), ids), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('no sideways scroll at 360 px', async () => {
  const context = await site.browser.newContext({ viewport: { width: 360, height: 800 } });
  const { page, problems } = await openPage(context, site.server.origin);
  await page.goto(`${site.server.origin}/calculator/`);
  await page.waitForFunction(() => document.querySelector('rightsize-calculator')?.result != null);
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360);
  assert.deepEqual(problems, []);
  await context.close();
});

for (const width of [390, 1280])
  test(`at ${width} px the calculator's cost chart reads whole, with a table and a readout`, async () => {
    const context = await site.browser.newContext({ viewport: { width, height: 844 } });
    const { page, problems } = await openPage(context, site.server.origin);
    await page.goto(`${site.server.origin}/calculator/`);
    await page.waitForFunction(() => document.querySelector('rightsize-calculator')?.result?.timeline != null);
    const figure = page.locator('[data-money-result] .rt-chart');
    await figure.waitFor();
    await checkChart(figure, `calculator at ${width} px`);
    const t = (await result(page)).timeline;
    for (const role of new Set(t.months.flatMap((m) => m.components.map((c) => c.role))))
      assert.ok((await figure.locator(`svg .ch-part.ch-${role}`).count()) > 0, `${role} is drawn`);
    await page.screenshot({ path: `/tmp/rightsize-calculator-${width}.png`, fullPage: true });
    assert.deepEqual(problems, []);
    await context.close();
  });
