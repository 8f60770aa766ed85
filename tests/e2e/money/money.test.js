// Money on the pages, against the CLI: the calculator's cost beside the stage and its
// `result.timeline` equal `rightsize timeline` for the same input; amounts in a display
// currency equal the dollars times the rate (the published one and one typed in); prices
// that are estimates carry "≈" and a note; the timeline page's comparison equals
// `rightsize compare`. Inputs for the CLI are written out here, not taken from the page's
// own mapping, so a wrong mapping fails.
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { openPage, useSiteAndBrowser } from '../harness.js';
import { repoRoot } from '../../../wasm/node/load-node.js';
import { internalIds, visibleIds } from '../internal-ids.js';
import { assumptions } from '../../support/content.js';

const site = useSiteAndBrowser();
const CLI = path.join(repoRoot, 'build/native/bin/rightsize');
const currencies = JSON.parse(readFileSync(path.join(repoRoot, 'content/currencies.json'), 'utf8'));
const NGN = currencies.currencies.find((c) => c.code === 'NGN');

function cli(command, input) {
  return JSON.parse(execFileSync(CLI, [command], { input: JSON.stringify(input) }).toString());
}

// What the calculator's form holds at first: forms.json's starting values, every flag off.
const CALCULATOR_START = {
  users: 5000,
  app_cpu_pct: 35,
  db_cpu_pct: 45,
  db_query_ms: 40,
  p95_ms: 220,
  current_stage: 1,
  pool_exhausted: false,
  repeated_reads: false,
  slow_changing_data: false,
  db_upgraded: false,
  at_max_instance: false,
  needs_redundancy: false,
};

// A forecast's amount as every page writes it: in whole units of its currency.
const money = (cents, currency) =>
  new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency,
    maximumFractionDigits: 0,
    minimumFractionDigits: 0,
  }).format(cents / 100);

async function open(url, options = {}) {
  const context = await site.browser.newContext({ locale: 'en-US', ...options });
  const { page, problems } = await openPage(context, site.server.origin);
  await page.goto(`${site.server.origin}${url}`);
  return { context, page, problems };
}

const calculatorTimeline = (page) =>
  page.evaluate(() => document.querySelector('rightsize-calculator').result?.timeline ?? null);

// Waits for the calculator's timeline to match `want` ({provider, currency, per_usd, users}).
async function waitForTimeline(page, want = {}) {
  await page.waitForFunction((w) => {
    const t = document.querySelector('rightsize-calculator').result?.timeline;
    return (
      t != null &&
      (w.provider === undefined || t.provider.name === w.provider) &&
      (w.currency === undefined || t.currency?.code === w.currency) &&
      (w.per_usd === undefined || t.currency?.per_usd === w.per_usd) &&
      (w.users === undefined || t.months[0].users === w.users)
    );
  }, want);
  return calculatorTimeline(page);
}

test("calculator: the stage's monthly cost and result.timeline equal rightsize timeline", async () => {
  const { context, page, problems } = await open('/calculator/');
  const events = page.evaluate(
    () =>
      new Promise((resolve) => {
        let n = 0;
        document.addEventListener('rightsize-result', (e) => {
          if (e.detail.timeline && ++n >= 1) resolve(n);
        });
      }),
  );
  const t = await waitForTimeline(page);
  // The page starts on the default provider of content/assumptions.json.
  const provider = assumptions.defaults.provider;
  const expected = cli('timeline', { ...CALCULATOR_START, provider, growth: { monthly_pct: 10 } });
  assert.deepEqual(t, expected);
  assert.ok((await events) >= 1, 'rightsize-result fired with the timeline');
  const line = await page.locator('[data-stage-cost]').textContent();
  assert.ok(line.includes(money(expected.months[0].cost_cents, 'USD')), line);
  assert.match(line, new RegExp(`^Stage ${expected.months[0].stage} costs`));
  assert.match(await page.locator('[data-money-result] .rs-rate').textContent(), /nothing is converted/);

  // Inputs of our own: another stage, growth, provider.
  await page.fill('input[name=users]', '60000');
  await page.fill('input[name=db_cpu_pct]', '78');
  await page.check('input[name=db_upgraded]');
  await page.check('input[name=repeated_reads]');
  await page.selectOption('select[name=current_stage]', '2');
  await page.fill('input[name=monthly_pct]', '7.5');
  await page.selectOption('select[name=provider]', 'digitalocean-nyc1');
  const mine = await waitForTimeline(page, { provider: 'digitalocean-nyc1', users: 60000 });
  const cliMine = cli('timeline', {
    ...CALCULATOR_START,
    users: 60000,
    db_cpu_pct: 78,
    db_upgraded: true,
    repeated_reads: true,
    current_stage: 2,
    provider: 'digitalocean-nyc1',
    growth: { monthly_pct: 7.5 },
  });
  assert.deepEqual(mine, cliMine);
  const recommended = await page.evaluate(() => document.querySelector('rightsize-calculator').result.stage);
  assert.equal(recommended, cliMine.months[0].stage);
  assert.ok(
    (await page.locator('[data-stage-cost]').textContent()).includes(money(cliMine.months[0].cost_cents, 'USD')),
  );
  assert.deepEqual(problems, []);
  await context.close();
});

test("calculator: naira at the published rate and at a typed rate; Cape Town's estimates marked", async () => {
  const { context, page, problems } = await open('/calculator/');
  await waitForTimeline(page);
  await page.selectOption('select[name=provider]', 'aws-af-south-1');
  await page.selectOption('select[name=currency]', 'NGN');
  assert.equal(await page.inputValue('input[name=per_usd]'), String(NGN.per_usd));
  const t = await waitForTimeline(page, { currency: 'NGN', provider: 'aws-af-south-1' });
  assert.deepEqual(
    t,
    cli('timeline', {
      ...CALCULATOR_START,
      provider: 'aws-af-south-1',
      growth: { monthly_pct: 10 },
      currency: { code: 'NGN' },
    }),
  );
  const first = t.months[0];
  assert.equal(first.cost_display_cents, Math.round(first.cost_cents * NGN.per_usd));
  const line = await page.locator('[data-stage-cost]').textContent();
  assert.ok(line.includes(`≈ ${money(Math.round(first.cost_cents * NGN.per_usd), 'NGN')}`), line);
  const rate = await page.locator('[data-money-result] .rs-rate').textContent();
  assert.ok(rate.includes(`1 USD = ${NGN.per_usd.toLocaleString('en-US')} NGN`), rate);
  assert.ok(rate.includes(NGN.rate_date) && rate.includes(NGN.source.slice(0, 40)), rate);
  const note = page.locator('[data-money-result] .rs-estimates');
  assert.match(await note.textContent(), /≈ marks.*app server \(t3\.small\)/s);
  await note.locator('summary').click();
  assert.match(await note.textContent(), /x 1\.308/);

  await page.fill('input[name=per_usd]', '1550');
  const yours = await waitForTimeline(page, { per_usd: 1550 });
  assert.deepEqual(
    yours,
    cli('timeline', {
      ...CALCULATOR_START,
      provider: 'aws-af-south-1',
      growth: { monthly_pct: 10 },
      currency: { code: 'NGN', per_usd: 1550 },
    }),
  );
  assert.ok(
    (await page.locator('[data-stage-cost]').textContent()).includes(
      `≈ ${money(Math.round(first.cost_cents * 1550), 'NGN')}`,
    ),
  );
  assert.match(await page.locator('[data-money-result] .rs-rate').textContent(), /1 USD = 1,550 NGN: your rate/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('timeline page: naira amounts, a budget typed in naira, estimates marked in every Cape Town month', async () => {
  const { context, page, problems } = await open('/timeline/');
  await page.waitForFunction(() => document.querySelector('rightsize-timeline')?.result != null);
  await page.selectOption('select[name=provider]', 'aws-af-south-1');
  await page.selectOption('select[name=currency]', 'NGN');
  await page.fill('input[name=per_usd]', '1550');
  await page.fill('input[name=budget]', '500000');
  await page.waitForFunction(
    () =>
      document.querySelector('rightsize-timeline').result.currency?.per_usd === 1550 &&
      document.querySelector('rightsize-timeline').result.budget_cents != null,
  );
  const t = await page.evaluate(() => document.querySelector('rightsize-timeline').result);
  // The core converts the naira typed, at the rate shown, and shows the budget as typed.
  assert.equal(t.budget_cents, Math.round(50000000 / 1550));
  assert.equal(t.budget_display_cents, 50000000);
  const preset = JSON.parse(readFileSync(path.join(repoRoot, 'content/presets/guide-example.json'), 'utf8'));
  assert.deepEqual(
    t,
    cli('timeline', {
      ...preset,
      provider: 'aws-af-south-1',
      budget_display_cents: 50000000,
      currency: { code: 'NGN', per_usd: 1550 },
    }),
  );
  const cells = await page.locator('.rt-table tbody tr td.rt-money:nth-of-type(4)').allTextContents();
  assert.equal(cells.length, t.months.length);
  t.months.forEach((m, i) => {
    const mark = m.estimated_components.length > 0 ? '≈ ' : '';
    assert.equal(cells[i], `${mark}${money(Math.round(m.cost_cents * 1550), 'NGN')}`, `month ${m.month}`);
  });
  assert.ok(t.months.every((m) => m.estimated_components.includes('app')));
  assert.match(
    await page.locator('.rt-timeline > .rs-estimates').textContent(),
    /AWS af-south-1 \(Cape Town\).*app server/,
  );
  assert.deepEqual(problems, []);
  await context.close();
});

test('timeline page: the comparison equals rightsize compare, row by row', async () => {
  const { context, page, problems } = await open('/timeline/');
  await page.waitForFunction(() => document.querySelector('rightsize-timeline')?.result != null);
  await page.selectOption('select[name=currency]', 'EUR');
  await page.waitForFunction(() => document.querySelector('rightsize-timeline').result.currency?.code === 'EUR');
  await page.locator('rightsize-compare summary').click();
  await page.waitForFunction(() => document.querySelector('rightsize-compare').result?.currency?.code === 'EUR');
  const c = await page.evaluate(() => document.querySelector('rightsize-compare').result);
  const preset = JSON.parse(readFileSync(path.join(repoRoot, 'content/presets/guide-example.json'), 'utf8'));
  const expected = cli('compare', { ...preset, currency: { code: 'EUR' } });
  assert.deepEqual(c, expected);
  const rows = page.locator('.rc-table tbody tr');
  assert.equal(await rows.count(), expected.months.length);
  const names = expected.providers.map((p) => p.name);
  for (const [i, m] of expected.months.entries()) {
    const cells = await rows.nth(i).locator('td').allTextContents();
    const want = [
      m.users.toLocaleString('en-US'),
      ...names.flatMap((n) => {
        const p = m.costs[n];
        const soFar = expected.months.slice(0, i + 1).some((x) => x.costs[n].estimated_components.length > 0);
        return [
          String(p.stage),
          `${p.estimated_components.length ? '≈ ' : ''}${money(p.cost_display_cents, 'EUR')}`,
          `${soFar ? '≈ ' : ''}${money(p.cumulative_display_cents, 'EUR')}`,
        ];
      }),
      expected.providers.find((p) => p.name === m.cheapest).label,
    ];
    assert.deepEqual(cells, want, `month ${m.month}`);
  }
  const cheapest = expected.providers.find((p) => p.name === expected.cheapest_overall).label;
  assert.match(
    await page.locator('.rc-cheapest').textContent(),
    new RegExp(`Cheapest overall: ${cheapest.replace(/[()]/g, '\\$&')}`),
  );

  // It follows the timeline's inputs while open.
  await page.fill('[name=milestones]', '');
  await page.fill('input[name=monthly_pct]', '12');
  const { milestones, ...rest } = preset.growth;
  const grownCli = cli('compare', { ...preset, growth: { ...rest, monthly_pct: 12 }, currency: { code: 'EUR' } });
  await page.waitForFunction(
    (users) => document.querySelector('rightsize-compare').result?.months.at(-1).users === users,
    grownCli.months.at(-1).users,
  );
  assert.deepEqual(await page.evaluate(() => document.querySelector('rightsize-compare').result), grownCli);
  assert.deepEqual(problems, []);
  await context.close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`axe finds no violations with money shown (${colorScheme})`, async () => {
    for (const url of ['/calculator/', '/timeline/']) {
      const { context, page, problems } = await open(url, { colorScheme });
      if (url === '/calculator/') {
        await waitForTimeline(page);
        await page.selectOption('select[name=provider]', 'aws-af-south-1');
        await page.selectOption('select[name=currency]', 'NGN');
        await waitForTimeline(page, { currency: 'NGN', provider: 'aws-af-south-1' });
      } else {
        await page.waitForFunction(() => document.querySelector('rightsize-timeline')?.result != null);
        await page.selectOption('select[name=provider]', 'aws-af-south-1');
        await page.selectOption('select[name=currency]', 'NGN');
        await page.locator('rightsize-compare summary').click();
        await page.waitForFunction(() => document.querySelector('rightsize-compare').result?.currency?.code === 'NGN');
      }
      const { violations } = await new AxeBuilder({ page }).analyze();
      assert.deepEqual(
        violations.map((v) => `${url} ${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
        [],
      );
      assert.deepEqual(problems, []);
      await context.close();
    }
  });
}

test('no sideways scroll at 360 px with the cost, the timeline and the comparison shown', async () => {
  for (const url of ['/calculator/', '/timeline/']) {
    const { context, page, problems } = await open(url, { viewport: { width: 360, height: 800 } });
    if (url === '/calculator/') {
      await waitForTimeline(page);
      await page.selectOption('select[name=currency]', 'NGN');
      await waitForTimeline(page, { currency: 'NGN' });
    } else {
      await page.waitForFunction(() => document.querySelector('rightsize-timeline')?.result != null);
      await page.selectOption('select[name=currency]', 'NGN');
      await page.locator('rightsize-compare summary').click();
      await page.waitForFunction(() => document.querySelector('rightsize-compare').result?.currency?.code === 'NGN');
    }
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360, url);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('a bad rate or growth is named beside its field by its label, and no internal name shows', async () => {
  const ids = [...(await internalIds()), 'per_usd', 'aws-af-south-1', 'aws-us-east-1', 'digitalocean-nyc1'];
  const { context, page, problems } = await open('/calculator/');
  await waitForTimeline(page);
  await page.selectOption('select[name=currency]', 'GHS');
  await waitForTimeline(page, { currency: 'GHS' });
  const shown = await page.locator('[data-stage-cost]').textContent();
  await page.fill('input[name=per_usd]', 'lots');
  await page.locator('[data-money-form] [data-error-for=per_usd]').waitFor({ state: 'visible' });
  assert.match(await page.locator('[data-money-form] [data-error-for=per_usd]').textContent(), /^Exchange rate: /);
  await page.fill('input[name=monthly_pct]', 'fast');
  await page.locator('[data-money-form] [data-error-for=monthly_pct]').waitFor({ state: 'visible' });
  assert.match(
    await page.locator('[data-money-form] [data-error-for=monthly_pct]').textContent(),
    /^Growth per month: /,
  );
  assert.equal(await page.locator('[data-stage-cost]').textContent(), shown, 'the last cost stays on screen');
  assert.deepEqual(visibleIds(await page.locator('body').innerText(), ids), []);
  await context.close();

  const timeline = await open('/timeline/');
  await timeline.page.waitForFunction(() => document.querySelector('rightsize-timeline')?.result != null);
  await timeline.page.locator('rightsize-compare summary').click();
  await timeline.page.waitForFunction(() => document.querySelector('rightsize-compare').result != null);
  assert.deepEqual(visibleIds(await timeline.page.locator('body').innerText(), ids), []);
  assert.deepEqual([...problems, ...timeline.problems], []);
  await timeline.context.close();
});

test('calculator: "How you pay" arrives with the money; a commitment equals rightsize timeline with it', async () => {
  const { context, page, problems } = await open('/calculator/');
  await waitForTimeline(page);
  await page.locator('.rs-pay summary').click();
  await page.fill('input[name=commitment_from]', '3');
  await page.waitForFunction(
    () => document.querySelector('rightsize-calculator').result?.timeline?.commitment?.from_month === 3,
  );
  const t = await calculatorTimeline(page);
  const want = cli('timeline', {
    ...CALCULATOR_START,
    provider: assumptions.defaults.provider,
    growth: { monthly_pct: 10 },
    commitment: { from_month: 3 },
  });
  assert.deepEqual(t.commitment, want.commitment);
  assert.match(await page.locator('[data-commitment=saving]').textContent(), /From month 3.*saves \$/);
  await page.fill('input[name=commitment_from]', 'soon');
  await page.locator('[data-error-for=commitment_from]').waitFor({ state: 'visible' });
  assert.deepEqual(problems, []);
  await context.close();
});
