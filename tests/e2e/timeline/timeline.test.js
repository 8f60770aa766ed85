// The timeline page in a real browser: the guide's example prerendered, live updates in
// WebAssembly, the band and bad input named beside its field.
import test from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useSiteAndBrowser } from '../harness.js';
import { internalIds, visibleIds } from '../internal-ids.js';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../../../wasm/node/load-node.js';

const site = useSiteAndBrowser();

async function openTimeline(options = {}) {
  const context = await site.browser.newContext(options);
  const { page, problems } = await openPage(context, site.server.origin);
  await page.goto(`${site.server.origin}/timeline/`);
  if (options.javaScriptEnabled !== false)
    await page.waitForFunction(() => document.querySelector('rightsize-timeline')?.result != null);
  return { context, page, problems };
}

const result = (page) => page.evaluate(() => document.querySelector('rightsize-timeline').result);

test('the guide example reads without JavaScript: stages, costs and the chart', async () => {
  const { context, page, problems } = await openTimeline({ javaScriptEnabled: false });
  const rows = page.locator('.rt-table tbody tr');
  assert.equal(await rows.count(), 18);
  assert.match(await rows.nth(11).textContent(), /db\.t3\.medium/);
  assert.match(await rows.nth(17).textContent(), /2 × t3\.small/);
  assert.ok((await page.locator('.rt-chart svg rect.ch-part').count()) >= 18, 'a bar of parts for each month');
  assert.equal(await page.locator('.rt-chart details table tbody tr').count(), 18, "the chart's figures as a table");
  assert.match(await page.locator('.rt-provider').textContent(), /read on \d{4}-\d{2}-\d{2}/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('typing growth recomputes the timeline; the band and the budget appear', async () => {
  const { context, page, problems } = await openTimeline();
  const guide = await result(page);
  assert.deepEqual(
    [1, 6, 12, 18].map((m) => guide.months[m - 1].stage),
    [1, 1, 3, 4],
  );

  await page.fill('[name=milestones]', '');
  await page.fill('input[name=monthly_pct]', '20');
  await page.fill('input[name=months]', '36');
  await page.fill('input[name=budget]', '300');
  await page.check('input[name=band]');
  await page.waitForFunction(() => document.querySelector('rightsize-timeline').result.band?.length === 36);
  const t = await result(page);
  assert.equal(t.months.length, 36);
  assert.equal(t.budget_cents, 30000);
  assert.equal(await page.locator('.rt-chart polygon.rt-band').count(), 1);
  assert.equal(await page.locator('.rt-table tbody tr').count(), 36);
  assert.deepEqual(problems, []);
  await context.close();
});

test('bad input is named beside its field, and the last timeline stays', async () => {
  const { context, page, problems } = await openTimeline();
  const before = await result(page);
  await page.fill('[name=milestones]', '6 months: lots');
  await page.locator('[data-error-for=milestones]').waitFor({ state: 'visible' });
  assert.match(await page.locator('[data-error-for=milestones]').textContent(), /month:users/);
  await page.fill('[name=milestones]', '1:100, 6:-5');
  await page.waitForFunction(() =>
    /^Growth milestones \(month 6\): /.test(document.querySelector('[data-error-for=milestones]').textContent),
  );
  await page.fill('input[name=months]', '500');
  await page.locator('[data-error-for=months]').waitFor({ state: 'visible' });
  assert.match(await page.locator('[data-error-for=months]').textContent(), /between 1 and 120/);
  assert.deepEqual(await result(page), before);
  assert.deepEqual(problems, []);
  await context.close();
});

test('no internal name shows: events, warnings, the band, the assumptions and errors', async () => {
  const ids = await internalIds();
  const { context, page, problems } = await openTimeline();
  await page.check('input[name=band]');
  await page.check('input[name=needs_redundancy]');
  await page.waitForFunction(() => document.querySelector('rightsize-timeline').result.band != null);
  await page.locator('.rt-assumptions summary').click();
  assert.deepEqual(visibleIds(await page.locator('body').innerText(), ids), []);
  await page.fill('input[name=monthly_pct]', 'fast');
  await page.fill('[name=milestones]', '');
  await page.locator('[data-error-for=monthly_pct]').waitFor({ state: 'visible' });
  assert.deepEqual(visibleIds(await page.locator('body').innerText(), ids), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('no sideways scroll at 360 px: the monthly table scrolls in its own focusable region', async () => {
  const { context, page, problems } = await openTimeline({ viewport: { width: 360, height: 800 } });
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360);
  const region = page.locator('.rt-table-wrap');
  assert.equal(await region.getAttribute('tabindex'), '0');
  assert.ok(
    await region.evaluate((el) => el.scrollWidth > el.clientWidth),
    'the table is wider than the screen, inside its region',
  );
  assert.deepEqual(problems, []);
  await context.close();
});

test('each move says its monthly cost against the month before it, in the figures of the result', async () => {
  const { context, page, problems } = await openTimeline();
  const t = await result(page);
  const move = t.events.find((e) => e.type === 'stage' && e.monthly_change_cents != null);
  assert.ok(move, 'a stage move after month 1');
  const item = page.locator(`.rt-events li[data-type=stage][data-month="${move.month}"] .rt-step`);
  const dollars = (cents) => `$${Math.round(cents / 100).toLocaleString('en-US')}`;
  assert.equal(
    (await item.textContent()).trim(),
    `(+${dollars(move.monthly_change_cents)} a month, from ${dollars(move.monthly_before_cents)} to ${dollars(move.monthly_cents)}.)`,
  );
  assert.deepEqual(problems, []);
  await context.close();
});

test('a commitment from "How you pay": its saving, the committed share by month, a poor bet, a bad month named', async () => {
  const { context, page, problems } = await openTimeline();
  const before = await result(page);
  const hashBefore = await page.evaluate(() => location.hash);
  await page.locator('.rt-pay summary').click();
  await page.fill('input[name=commitment_from]', '7');
  await page.waitForFunction(() => document.querySelector('rightsize-timeline').result.commitment != null);
  const t = await result(page);
  assert.equal(t.commitment.from_month, 7);
  for (let i = 0; i < 6; i++) assert.equal(t.months[i].cost_cents, before.months[i].cost_cents);
  assert.ok(t.months[11].cost_cents < before.months[11].cost_cents, 'month 12 costs less committed');
  assert.match(await page.locator('[data-commitment=saving]').textContent(), /From month 7.*saves \$/);
  assert.match(await page.locator('[data-commitment=poor-bet]').textContent(), /poor bet.*Month \d+: /s);
  const headers = await page.locator('.rt-table thead th').allTextContents();
  assert.ok(headers.includes('Committed'));
  assert.match(await page.locator('.rt-table tbody tr').nth(11).textContent(), /\d+(\.\d)?%, saves \$/);
  assert.equal((await page.locator('.rt-table tbody tr').nth(0).locator('td').last().textContent()).trim(), '');
  // The link holds the commitment: the first link written after it, decoded by the CLI.
  await page.waitForFunction((h) => location.hash.length > 1 && location.hash !== h, hashBefore);
  const cli = process.env.RIGHTSIZE_CLI ?? path.join(repoRoot, 'build/native/bin/rightsize');
  const decoded = spawnSync(cli, ['decode', page.url()], { encoding: 'utf8' });
  assert.equal(decoded.status, 0, decoded.stderr);
  assert.deepEqual(JSON.parse(decoded.stdout).commitment, { from_month: 7 });

  await page.fill('input[name=commitment_from]', '0');
  await page.locator('[data-error-for=commitment_from]').waitFor({ state: 'visible' });
  assert.match(await page.locator('[data-error-for=commitment_from]').textContent(), /between 1 and 18/);
  assert.equal((await result(page)).commitment.from_month, 7, 'the last timeline stays');
  assert.deepEqual(problems, []);
  await context.close();
});
