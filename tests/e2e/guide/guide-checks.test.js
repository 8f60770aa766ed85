// The guide pages' live checks in Chromium. On each stage page, every trigger of the stage
// fires when the reader's values cross its thresholds and stays quiet just below (the
// thresholds read from content/rules.json here, never typed); bad input is named beside its
// field. The principle page's comparison equals the model module's for the same load, and
// its model loads only after the page has loaded. With JavaScript off both read as static
// results. axe is clean in light and dark once they are live, and nothing scrolls sideways
// at 360 px.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { loadWithContent, readContent, repoRoot } from '../../../wasm/node/load-node.js';
import { checkTriggers } from '../../../web/assets/js/stage-check/stage-check-spec.js';
import { openPage, useSiteAndBrowser } from '../harness.js';
import { assumption } from '../../support/content.js';

const site = useSiteAndBrowser();
const rules = await readContent('rules.json');
const model = await loadWithContent();
const STAGES = (await readdir(path.join(repoRoot, 'content/guide/stages')))
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => ({ stage: Number(f.split('-')[0]), url: `/stages/${f.replace(/\.md$/, '')}/` }));

async function open(url, options = {}) {
  const context = await site.browser.newContext(options);
  const { page, problems } = await openPage(context, site.server.origin);
  await page.goto(site.server.origin + url);
  return { context, page, problems };
}

const liveCheck = (page) => page.waitForFunction(() => document.querySelector('rightsize-stage-check')?.result != null);

// Sets a form control of the check to a rule condition's value: a number or a yes/no.
async function set(page, metric, value) {
  const control = page.locator(`rightsize-stage-check [name="${metric}"]`);
  if (typeof value === 'boolean') await control.setChecked(value);
  else await control.fill(String(value));
}

// The values that make every condition of a trigger hold, with the primary one at `primary`.
function holding(trigger, primary) {
  const values = [[trigger.metric, primary]];
  for (const c of trigger.and ?? []) values.push([c.metric, c.threshold]);
  if (trigger.and_any?.length) values.push([trigger.and_any[0].metric, trigger.and_any[0].threshold]);
  return values;
}

// A value across the threshold, and one just short of it, for a comparison.
function across(c) {
  if (c.comparison === 'is') return { fires: c.threshold, quiet: !c.threshold };
  const step = c.comparison.startsWith('>') ? 1 : -1;
  return c.comparison.endsWith('=')
    ? { fires: c.threshold, quiet: c.threshold - step }
    : { fires: c.threshold + step, quiet: c.threshold };
}

async function firesState(page, index) {
  return page.locator('rightsize-stage-check .rs-check-list > li').nth(index).getAttribute('data-fires');
}

for (const { stage, url } of STAGES) {
  test(`${url}: each trigger fires across its threshold and not just short of it`, async () => {
    const { context, page, problems } = await open(url);
    await liveCheck(page);
    const triggers = checkTriggers(rules, stage);
    assert.ok(triggers.length > 0);
    assert.equal(await page.locator('rightsize-stage-check .rs-check-list > li').count(), triggers.length);
    for (const [i, t] of triggers.entries()) {
      const { fires, quiet } = across(t);
      for (const [metric, value] of holding(t, fires)) await set(page, metric, value);
      await page.waitForFunction(
        (n) =>
          document.querySelectorAll('rightsize-stage-check .rs-check-list > li')[n]?.getAttribute('data-fires') ===
          'true',
        i,
      );
      if (typeof fires === 'number') {
        const text = await page.locator('rightsize-stage-check .rs-check-list > li').nth(i).innerText();
        assert.match(text, new RegExp(`${fires}(%| ms)? — above ${t.threshold}`), text);
      }
      await set(page, t.metric, quiet);
      await page.waitForFunction(
        (n) =>
          document.querySelectorAll('rightsize-stage-check .rs-check-list > li')[n]?.getAttribute('data-fires') ===
          'false',
        i,
      );
      assert.equal(await firesState(page, i), 'false');
      // Back to quiet for the next trigger: every flag off.
      for (const box of await page.locator('rightsize-stage-check input[type=checkbox]').all())
        await box.setChecked(false);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`${url}: bad input is named beside its field`, async () => {
    const { context, page, problems } = await open(url);
    await liveCheck(page);
    const number = page.locator('rightsize-stage-check input[inputmode=decimal]').first();
    const name = await number.getAttribute('name');
    const error = page.locator(`rightsize-stage-check [data-error-for="${name}"]`);
    const label = (
      await page.locator(`rightsize-stage-check label[for="${await number.getAttribute('id')}"]`).textContent()
    ).trim();
    for (const bad of ['-5', 'abc', ...(name.endsWith('_pct') ? ['140'] : [])]) {
      await number.fill(bad);
      await error.waitFor({ state: 'visible' });
      assert.ok((await error.textContent()).startsWith(`${label}: `), await error.textContent());
      assert.equal(await number.getAttribute('aria-invalid'), 'true');
    }
    await number.fill('10');
    await error.waitFor({ state: 'hidden' });
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('stage checks read with JavaScript off: the form and each trigger against its threshold', async () => {
  for (const { stage, url } of STAGES) {
    const { context, page } = await open(url, { javaScriptEnabled: false });
    const items = page.locator('rightsize-stage-check .rs-check-list > li');
    assert.equal(await items.count(), checkTriggers(rules, stage).length, url);
    assert.match(await items.first().innerText(), /(Fires|Does not fire): .+\n+.+: (holds|does not hold)/);
    for (const input of await page.locator('rightsize-stage-check input:not([type=checkbox])').all())
      assert.ok((await page.locator(`label[for="${await input.getAttribute('id')}"]`).count()) === 1);
    await context.close();
  }
});

const principle = (page) => page.evaluate(() => document.querySelector('rightsize-principle')?.result ?? null);

test('the principle comparison loads its module (rightsize-compare) after the page and matches it for a load', async () => {
  const context = await site.browser.newContext();
  const { page, problems } = await openPage(context, site.server.origin);
  const order = [];
  page.on('load', () => order.push('load'));
  page.on('request', (r) => {
    if (/rightsize-model-[^/]*\.wasm$/.test(r.url())) order.push('model');
    if (/rightsize-compare-[^/]*\.wasm$/.test(r.url())) order.push('compare');
  });
  await page.goto(`${site.server.origin}/principle/`);
  // A fleet one over the autoscaling minimum, and later one under it (refused).
  const fewest = assumption('autoscale_min');
  const servers = fewest + 1;
  assert.equal(
    await page
      .locator('link[rel=preload][href*="rightsize-model"], link[rel=preload][href*="rightsize-compare"]')
      .count(),
    0,
    'no model module is preloaded',
  );
  await page.locator('rightsize-principle input[name=users]').fill('400000');
  await page.locator('rightsize-principle input[name=servers]').fill(String(servers));
  await page.waitForFunction(
    (n) =>
      document.querySelector('rightsize-principle')?.result?.users === 400000 &&
      document.querySelector('rightsize-principle').result.servers === n,
    servers,
  );
  assert.deepEqual(
    order.slice(0, 2),
    ['load', 'compare'],
    'the compare module, alone, comes after the page has loaded',
  );
  assert.ok(!order.includes('model'), 'the timeline model is not fetched for a scale choice');
  const expected = model.scale_choice({ users: 400000, servers, needs_redundancy: false });
  assert.deepEqual(await principle(page), expected.result);
  const money = (cents) =>
    new Intl.NumberFormat('en-US', { style: 'currency', currency: expected.result.provider.currency }).format(
      cents / 100,
    );
  const shown = await page.locator('rightsize-principle [data-result]').innerText();
  if (expected.result.single) assert.ok(shown.includes(money(expected.result.single.cost_cents)), shown);
  assert.ok(shown.includes(money(expected.result.fleet.cost_cents)), shown);
  assert.match(shown, expected.result.direction === 'horizontal' ? /Go horizontal/ : /Stay vertical/);
  const margin = assumption('vertical_margin_pct');
  if (expected.result.reason === 'margin_beaten' || expected.result.reason === 'cheaper_vertical')
    assert.ok(shown.includes(`${margin}%`), 'the margin from content/assumptions.json');

  await page.locator('rightsize-principle input[name=needs_redundancy]').check();
  await page.waitForFunction(() => document.querySelector('rightsize-principle').result.needs_redundancy === true);
  assert.equal((await principle(page)).direction, 'horizontal');
  assert.match(await page.locator('rightsize-principle .rs-verdict').innerText(), /redundancy/);

  await page.locator('rightsize-principle input[name=servers]').fill(String(fewest - 1));
  const error = page.locator('rightsize-principle [data-error-for=servers]');
  await error.waitFor({ state: 'visible' });
  assert.match(await error.textContent(), /^Smaller servers behind the load balancer: must be between/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the principle comparison reads with JavaScript off, as the module computes it', async () => {
  const { context, page } = await open('/principle/', { javaScriptEnabled: false });
  const users = Number(await page.locator('rightsize-principle input[name=users]').inputValue());
  const servers = Number(await page.locator('rightsize-principle input[name=servers]').inputValue());
  const expected = model.scale_choice({ users, servers }).result;
  const shown = await page.locator('rightsize-principle [data-result]').innerText();
  assert.ok(shown.includes(new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(users)));
  assert.equal(
    await page.locator('rightsize-principle [data-direction]').getAttribute('data-direction'),
    expected.direction,
  );
  await context.close();
});

for (const url of ['/principle/', STAGES[2].url]) {
  for (const colorScheme of ['light', 'dark']) {
    test(`${url}: axe finds no violations with the check live and an error shown (${colorScheme})`, async () => {
      const { context, page, problems } = await open(url, { colorScheme });
      const tag = url === '/principle/' ? 'rightsize-principle' : 'rightsize-stage-check';
      await page.locator(`${tag} input:not([type=checkbox])`).first().focus();
      await page.waitForFunction((t) => document.querySelector(t)?.engine != null, tag);
      await page.locator(`${tag} input:not([type=checkbox])`).first().fill('-1');
      await page.locator(`${tag} .rs-error:not([hidden])`).first().waitFor();
      const { violations } = await new AxeBuilder({ page }).analyze();
      assert.deepEqual(
        violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
        [],
      );
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test(`${url}: the live check fits 360 px`, async () => {
    const { context, page } = await open(url, { viewport: { width: 360, height: 740 } });
    const tag = url === '/principle/' ? 'rightsize-principle' : 'rightsize-stage-check';
    await page.locator(`${tag} input:not([type=checkbox])`).first().focus();
    await page.waitForFunction((t) => document.querySelector(t)?.result != null, tag);
    const { scroll, client } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    assert.ok(scroll <= client, `${scroll} px wide in a ${client} px window`);
    await context.close();
  });
}
