// Links keep everything: on a phone (390 px) and a desktop (1280 px), every input of both
// pages reaches the link's fragment within a second of a change (growth, provider, currency,
// a typed rate, the measurements; on the timeline an assumption, the rate's drift and spread,
// the band and a budget typed in naira too), `rightsize decode` gives each one back from the page's URL, and opening that
// URL restores every control, the link's result the first one shown. The Share button is
// there only where navigator.share is, and hands it the link.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { openPage, useSiteAndBrowser } from '../harness.js';
import { repoRoot } from '../../../wasm/node/load-node.js';
import { readForms } from '../../../web/guide/read-forms.js';

const site = useSiteAndBrowser();
const cli = process.env.RIGHTSIZE_CLI ?? path.join(repoRoot, 'build/native/bin/rightsize');
const readJson = async (file) => JSON.parse(await readFile(path.join(repoRoot, file), 'utf8'));
const { defaults } = await readJson('content/assumptions.json');
const forms = await readForms();
const guideExample = await readJson('content/presets/guide-example.json');

function rightsize(args, input) {
  return spawnSync(cli, args, { input: input === undefined ? undefined : JSON.stringify(input), encoding: 'utf8' });
}

// What `rightsize decode` prints for a URL, or null when it cannot read it.
function decode(url) {
  const run = rightsize(['decode', url]);
  return run.status === 0 ? JSON.parse(run.stdout) : null;
}

// An input as a link holds it (defaults and false flags left out), through the CLI.
function asLinked(input) {
  const shared = rightsize(['share'], input);
  assert.equal(shared.status, 0, shared.stderr);
  return decode(shared.stdout.trim());
}

// Waits until the page's URL decodes to `expected`, at most `ms` after the change.
async function linkFollows(page, expected, what, ms = 1000) {
  const start = Date.now();
  let got = null;
  while (Date.now() - start <= ms) {
    got = decode(page.url());
    if (JSON.stringify(sorted(got)) === JSON.stringify(sorted(expected))) return Date.now() - start;
    await page.waitForTimeout(20);
  }
  assert.deepEqual(got, expected, `${what}: the link did not follow within ${ms} ms`);
}

const sorted = (v) =>
  v && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, sorted(v[k])]),
      )
    : v;

// Every control of the element's forms, as {form index: {name: value}}.
const controls = (page, tag) =>
  page.evaluate(
    (t) =>
      [...document.querySelector(t).querySelectorAll('form')].map((form) =>
        Object.fromEntries(
          [...form.elements]
            .filter((c) => c.name)
            .map((c) => [c.name, c.type === 'checkbox' ? c.checked : `${c.value}${c.disabled ? ' (off)' : ''}`]),
        ),
      ),
    tag,
  );

// A page that records the users of every result its element shows, from the first (a
// recommendation's users, a timeline's first month's).
async function open(width, url, init) {
  const context = await site.browser.newContext({ viewport: { width, height: 900 } });
  const { page, problems } = await openPage(context, site.server.origin);
  await page.addInitScript(() => {
    window.usersOf = (r) => r?.users ?? r?.months?.[0]?.users;
    window.shownResults = [];
    document.addEventListener('rightsize-result', (e) => window.shownResults.push(window.usersOf(e.detail)));
  });
  if (init) await page.addInitScript(init);
  await page.goto(`${site.server.origin}${url}`);
  return { context, page, problems };
}

const pages = {
  '/calculator/': {
    tag: 'rightsize-calculator',
    start: { ...forms.calculator.values, provider: defaults.provider, growth: forms.calculator_money.values },
    steps: [
      ['growth', (p) => p.fill('[data-money-form] [name=monthly_pct]', '20'), { growth: { monthly_pct: 20 } }],
      [
        'provider',
        (p) => p.selectOption('[data-money-form] [name=provider]', 'aws-af-south-1'),
        { provider: 'aws-af-south-1' },
      ],
      ['currency', (p) => p.selectOption('[data-money-form] [name=currency]', 'NGN'), { currency: { code: 'NGN' } }],
      ['a typed rate', (p) => p.fill('[name=per_usd]', '1600'), { currency: { code: 'NGN', per_usd: 1600 } }],
      ['a measurement', (p) => p.fill('[name=db_cpu_pct]', '81.5'), { db_cpu_pct: 81.5 }],
      ['a flag', (p) => p.check('[name=repeated_reads]'), { repeated_reads: true }],
      ['the stage', (p) => p.selectOption('[name=current_stage]', '2'), { current_stage: 2 }],
    ],
  },
  '/timeline/': {
    tag: 'rightsize-timeline',
    start: { ...guideExample, provider: guideExample.provider ?? defaults.provider },
    steps: [
      [
        'growth',
        async (p) => {
          await p.fill('[name=milestones]', '');
          await p.fill('[name=monthly_pct]', '20');
        },
        { growth: { monthly_pct: 20 } },
      ],
      ['provider', (p) => p.selectOption('[name=provider]', 'aws-af-south-1'), { provider: 'aws-af-south-1' }],
      ['currency', (p) => p.selectOption('[name=currency]', 'NGN'), { currency: { code: 'NGN' } }],
      ['a typed rate', (p) => p.fill('[name=per_usd]', '1600'), { currency: { code: 'NGN', per_usd: 1600 } }],
      [
        "the rate's drift and spread",
        async (p) => {
          await p.click('.rt-rate-movement summary');
          await p.fill('[name=drift_pct_per_year]', '25');
          await p.fill('[name=spread_pct]', '30');
        },
        { currency: { code: 'NGN', per_usd: 1600, drift_pct_per_year: 25, spread_pct: 30 } },
      ],
      ['an assumption', (p) => p.fill('[name=peak_to_average]', '2.5'), { assumptions: { peak_to_average: 2.5 } }],
      ['the band', (p) => p.check('[name=band]'), { uncertainty: {} }],
      ['a budget in naira', (p) => p.fill('[name=budget]', '60000'), { budget_display_cents: 6000000 }],
      ['months', (p) => p.fill('[name=months]', '24'), { months: 24 }],
    ],
  },
};

for (const width of [390, 1280]) {
  for (const [url, { tag, start, steps }] of Object.entries(pages)) {
    test(`${url} at ${width} px: the link follows every input within a second, and opening it restores every control`, async (testContext) => {
      const { context, page, problems } = await open(width, url);
      await page.waitForFunction((t) => document.querySelector(t)?.result != null, tag);
      let expected = { ...start };
      const times = [];
      const entries = await page.evaluate(() => history.length);
      for (const [what, change, gives] of steps) {
        await change(page);
        expected = { ...expected, ...gives };
        times.push(await linkFollows(page, asLinked(expected), what));
      }
      if (url === '/timeline/') assert.equal(new URL(page.url()).hash[1], '3', "the rate's movement needs version 3");
      else assert.equal(new URL(page.url()).hash[1], '1', 'version 1 holds all of the calculator');
      // The fragment was replaced, never pushed: no history entry per change.
      assert.equal(await page.evaluate(() => history.length), entries);
      const link = page.url();
      await page.waitForFunction((t) => !document.querySelector(`${t} [data-error-for]:not([hidden])`), tag);
      // The calculator's money module adds "How you pay" once it loads, and the timeline's chart
      // code its Database and Cache selects: compare whole forms.
      const settled = (p) => p.locator('[name=database_service]').waitFor({ state: 'attached' });
      await settled(page);
      const shown = await controls(page, tag);

      const opened = await open(width, link.slice(site.server.origin.length));
      await opened.page.waitForFunction(({ t, users }) => window.usersOf(document.querySelector(t)?.result) === users, {
        t: tag,
        users: expected.users,
      });
      await settled(opened.page);
      assert.deepEqual(await controls(opened.page, tag), shown, 'every control as it was');
      assert.equal(
        await opened.page.evaluate(() => window.shownResults[0]),
        expected.users,
        "the first result shown is the link's",
      );
      if (url === '/calculator/') {
        // The money follows the link too: Cape Town's prices, in naira at the typed rate.
        await opened.page.waitForFunction(() => document.querySelector('rightsize-calculator').result?.timeline);
        const t = await opened.page.evaluate(() => document.querySelector('rightsize-calculator').result.timeline);
        assert.deepEqual([t.provider.name, t.currency.code, t.currency.per_usd], ['aws-af-south-1', 'NGN', 1600]);
      } else {
        const t = await opened.page.evaluate(() => document.querySelector('rightsize-timeline').result);
        assert.deepEqual(
          [t.budget_display_cents, t.currency.per_usd, t.currency.spread_pct, t.months.length],
          [6000000, 1600, 30, 24],
        );
        assert.ok(t.budget_band, 'the band says when its paths break the naira budget');
      }
      assert.equal(opened.page.url(), link, 'opening a link leaves it as it is');
      assert.deepEqual([...problems, ...opened.problems], []);
      testContext.diagnostic(`${url} at ${width} px: the link followed each change in ${times.join(', ')} ms`);
      await opened.context.close();
      await context.close();
    });
  }
}

test("a link from before the calculator kept its money opens with the money form's starting values", async () => {
  const old = rightsize(['share'], { users: 60000, db_cpu_pct: 78, current_stage: 2 }).stdout.trim();
  const { context, page, problems } = await open(1280, `/calculator/#${old}`);
  await page.waitForFunction(() => document.querySelector('rightsize-calculator').result?.users === 60000);
  const [, money] = await controls(page, 'rightsize-calculator');
  assert.equal(money.monthly_pct, String(forms.calculator_money.values.monthly_pct));
  assert.equal(money.provider, defaults.provider);
  assert.equal(money.currency, 'USD');
  // A timeline's milestones pass through the calculator, whose growth field is blank for them.
  const timeline = rightsize(['share'], guideExample).stdout.trim();
  await page.goto(`${site.server.origin}/calculator/#${timeline}`);
  await page.waitForFunction(() => document.querySelector('rightsize-calculator').result?.users === 100);
  assert.equal((await controls(page, 'rightsize-calculator'))[1].monthly_pct, '');
  await page.fill('[name=db_cpu_pct]', '50');
  await linkFollows(page, asLinked({ ...guideExample, db_cpu_pct: 50 }), 'a measurement, the milestones carried');
  assert.deepEqual(problems, []);
  await context.close();
});

for (const url of ['/calculator/', '/timeline/']) {
  test(`${url}: the Share button is there only with navigator.share, and shares the link with a title`, async () => {
    const fragment = rightsize(['share'], { users: 2500, db_cpu_pct: 61 }).stdout.trim();
    const tag = pages[url].tag;
    const without = await open(390, `${url}#${fragment}`, () => {
      delete Navigator.prototype.share;
    });
    await without.page.getByRole('button', { name: 'Copy link' }).waitFor();
    assert.equal(await without.page.getByRole('button', { name: 'Share…' }).isVisible(), false);
    assert.deepEqual(without.problems, []);
    await without.context.close();

    const { context, page, problems } = await open(390, `${url}#${fragment}`, () => {
      window.sharedWith = [];
      Navigator.prototype.share = function share(data) {
        window.sharedWith.push(data);
        return Promise.resolve();
      };
    });
    await page.waitForFunction((t) => window.usersOf(document.querySelector(t)?.result) === 2500, tag);
    const share = page.getByRole('button', { name: 'Share…' });
    await share.click();
    const shared = await page.evaluate(() => window.sharedWith);
    assert.deepEqual(shared, [{ title: await page.title(), url: page.url() }]);
    assert.ok(shared[0].title.length > 0);
    // After an edit, the link it shares is the new one.
    await page.fill('[name=users]', '2600');
    await page.waitForFunction((f) => location.hash !== `#${f}`, fragment, { timeout: 1000 });
    assert.equal(decode(page.url()).users, 2600);
    await share.click();
    assert.equal((await page.evaluate(() => window.sharedWith))[1].url, page.url());
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('the timeline: a traffic assumption cleared leaves the link, one it has no field for stays', async () => {
  const input = { ...guideExample, assumptions: { peak_to_average: 4, cache_hit_pct: 55 } };
  const fragment = rightsize(['share'], input).stdout.trim();
  const { context, page, problems } = await open(1280, `/timeline/#${fragment}`);
  await page.waitForFunction(() => document.querySelector('rightsize-timeline').result?.assumptions);
  assert.equal(await page.inputValue('[name=peak_to_average]'), '4');
  await page.fill('[name=peak_to_average]', '');
  await linkFollows(page, asLinked({ ...input, assumptions: { cache_hit_pct: 55 } }), 'a cleared assumption');
  assert.deepEqual(problems, []);
  await context.close();
});
