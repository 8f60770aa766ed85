// Hetzner on the pages: its catalogue prices in euros, so a reader who keeps "US dollar" gets
// dollars converted at the book's EUR rate (the core converts, the page asks), on the
// calculator and on the timeline page, which also says which servers stand in for the
// managed database and cache; the comparison says the rate it compared Hetzner at. Inputs
// for the CLI are written out here, not taken from the page's own mapping.
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openPage, useSiteAndBrowser } from '../harness.js';
import { repoRoot } from '../../../wasm/node/load-node.js';

const site = useSiteAndBrowser();
const CLI = path.join(repoRoot, 'build/native/bin/rightsize');
const read = (file) => JSON.parse(readFileSync(path.join(repoRoot, file), 'utf8'));
const hetzner = read('content/pricing/hetzner-fsn1.json');
const EUR = read('content/currencies.json').currencies.find((c) => c.code === 'EUR');
const cli = (command, input) => JSON.parse(execFileSync(CLI, [command], { input: JSON.stringify(input) }).toString());

const dollars = (cents) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(cents / 100);

async function open(url) {
  const context = await site.browser.newContext({ locale: 'en-US' });
  const { page, problems } = await openPage(context, site.server.origin);
  await page.goto(`${site.server.origin}${url}`);
  return { context, page, problems };
}

test('calculator: Hetzner is offered, and its euros are shown in the dollars the select names', async () => {
  const { context, page, problems } = await open('/calculator/');
  await page.waitForFunction(() => document.querySelector('rightsize-calculator').result?.timeline != null);
  const option = page.locator('[data-money-form] select[name=provider] option[value="hetzner-fsn1"]');
  assert.equal((await option.textContent()).trim(), hetzner.label);
  await page.selectOption('[data-money-form] select[name=provider]', 'hetzner-fsn1');
  await page.waitForFunction(
    () => document.querySelector('rightsize-calculator').result?.timeline?.provider.name === 'hetzner-fsn1',
  );
  const t = await page.evaluate(() => document.querySelector('rightsize-calculator').result.timeline);
  assert.equal(t.provider.currency, 'EUR');
  assert.equal(t.currency.code, 'USD');
  assert.equal(t.currency.per_catalogue_unit, 1 / EUR.per_usd);
  const line = await page.locator('[data-stage-cost]').textContent();
  assert.ok(line.includes(dollars(t.months[0].cost_display_cents)), line);
  assert.ok(!line.includes('€'), line);
  assert.deepEqual(problems, []);
  await context.close();
});

test('timeline page: Hetzner in dollars, its substitutions said, and the comparison names its rate', async () => {
  const { context, page, problems } = await open('/timeline/');
  await page.waitForFunction(() => document.querySelector('rightsize-timeline')?.result != null);
  await page.selectOption('rightsize-timeline select[name=provider]', 'hetzner-fsn1');
  await page.waitForFunction(
    () => document.querySelector('rightsize-timeline').result?.provider.name === 'hetzner-fsn1',
  );
  const t = await page.evaluate(() => document.querySelector('rightsize-timeline').result);
  const preset = read('content/presets/guide-example.json');
  assert.deepEqual(t, cli('timeline', { ...preset, provider: 'hetzner-fsn1', currency: { code: 'USD' } }));
  const shown = await page.locator('.rt-substitution').allTextContents();
  assert.deepEqual(shown, [hetzner.substitutes.database.text, hetzner.substitutes.cache.text]);

  await page.locator('rightsize-compare summary').click();
  await page.waitForFunction(() => document.querySelector('rightsize-compare').result != null);
  const c = await page.evaluate(() => document.querySelector('rightsize-compare').result);
  const { provider, ...shared } = preset;
  assert.deepEqual(c, cli('compare', shared));
  assert.equal(c.comparison_currency, 'USD');
  const note = await page.locator('.rc-converted').textContent();
  assert.ok(note.includes(hetzner.label) && note.includes(EUR.rate_date), note);
  assert.deepEqual(problems, []);
  await context.close();
});
