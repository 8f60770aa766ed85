// Neon and Upstash chosen on the pages: the Database and Cache selects of "How you pay" on
// the timeline and the calculator, the result naming the service, the link holding
// "services" (decoded by the CLI) and opening with the selects set, the timeline equal to
// `rightsize timeline`, Hetzner's euros with a dollar service, and the comparison saying the
// services apply on every provider. Labels and rates are read from content/.
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { openPage, useSiteAndBrowser } from '../harness.js';
import { readContent, repoRoot } from '../../../wasm/node/load-node.js';
import { readForms } from '../../../web/guide/read-forms.js';

const site = useSiteAndBrowser();
const CLI = process.env.RIGHTSIZE_CLI ?? path.join(repoRoot, 'build/native/bin/rightsize');
const neon = await readContent('services/neon.json');
const upstash = await readContent('services/upstash.json');
const currencies = await readContent('currencies.json');
const EUR = currencies.currencies.find((c) => c.code === 'EUR');
const words = (await readForms()).timeline.services;

const decode = (url) => JSON.parse(execFileSync(CLI, ['decode', url]).toString());
const cliTimeline = (input) => JSON.parse(execFileSync(CLI, ['timeline'], { input: JSON.stringify(input) }).toString());

async function open(url) {
  const context = await site.browser.newContext({ locale: 'en-US' });
  const { page, problems } = await openPage(context, site.server.origin);
  await page.goto(url.startsWith('http') ? url : `${site.server.origin}${url}`);
  return { context, page, problems };
}

const timelineOf = (page) => page.evaluate(() => document.querySelector('rightsize-timeline').result);
const waitForServices = (page, selector, names) =>
  page.waitForFunction(
    ([s, want]) => {
      const r = document.querySelector(s)?.result;
      const t = r?.timeline ?? (r?.months ? r : null);
      return JSON.stringify((t?.services ?? []).map((x) => x.name)) === JSON.stringify(want);
    },
    [selector, names],
  );

test('timeline: Neon from How you pay is named in the result, kept in the link, and the link opens with it', async () => {
  const { context, page, problems } = await open('/timeline/');
  await page.waitForFunction(() => document.querySelector('rightsize-timeline')?.result != null);
  const hashBefore = await page.evaluate(() => location.hash);
  await page.locator('.rt-pay summary').click();
  // The words are the spec's and the services' own.
  assert.equal(await page.locator('label[for=rt-database_service]').textContent(), words.fields[0].label);
  const options = await page.locator('select[name=database_service] option').allTextContents();
  assert.deepEqual(options, [words.catalogue, neon.label]);
  await page.selectOption('select[name=database_service]', 'neon');
  await waitForServices(page, 'rightsize-timeline', ['neon']);
  const t = await timelineOf(page);
  assert.match(
    await page.locator('.rt-substitution').first().textContent(),
    new RegExp(`^${neon.label.replace(/[()]/g, '\\$&')}`),
  );
  assert.match(await page.locator('.rt-timeline').textContent(), /in place of the catalogue's database/);
  // The same input through the CLI gives the same months.
  const input = await page.evaluate(() => {
    const el = document.querySelector('rightsize-timeline');
    return el.inputOf(el.querySelector('form')).input;
  });
  assert.deepEqual(input.services, { database: 'neon' });
  assert.deepEqual(
    cliTimeline(input).months.map((m) => m.cost_cents),
    t.months.map((m) => m.cost_cents),
  );
  await page.waitForFunction((h) => location.hash.length > 1 && location.hash !== h, hashBefore);
  const link = page.url();
  assert.deepEqual(decode(link).services, { database: 'neon' });
  await context.close();

  const again = await open(link);
  await waitForServices(again.page, 'rightsize-timeline', ['neon']);
  assert.equal(await again.page.locator('select[name=database_service]').inputValue(), 'neon');
  assert.equal(await again.page.locator('select[name=cache_service]').inputValue(), '');
  assert.equal(await again.page.locator('.rt-pay').getAttribute('open'), '', 'How you pay opens to show it');
  // Back to the catalogue's database: the link drops the service.
  const hash = await again.page.evaluate(() => location.hash);
  await again.page.selectOption('select[name=database_service]', '');
  await waitForServices(again.page, 'rightsize-timeline', []);
  await again.page.waitForFunction((h) => location.hash !== h, hash);
  assert.equal(decode(again.page.url()).services, undefined);
  assert.deepEqual([...problems, ...again.problems], []);
  await again.context.close();
});

test("timeline: Hetzner with Neon bills the dollars at the book's euro rate and says so; the comparison prices Hetzner too", async () => {
  const { context, page, problems } = await open('/timeline/');
  await page.waitForFunction(() => document.querySelector('rightsize-timeline')?.result != null);
  await page.selectOption('select[name=provider]', 'hetzner-fsn1');
  await page.locator('.rt-pay summary').click();
  await page.selectOption('select[name=database_service]', 'neon');
  await page.selectOption('select[name=cache_service]', 'upstash');
  await waitForServices(page, 'rightsize-timeline', ['neon', 'upstash']);
  const t = await timelineOf(page);
  assert.equal(t.provider.name, 'hetzner-fsn1');
  for (const s of t.services) assert.equal(s.converted.per_unit, EUR.per_usd);
  const text = await page.locator('.rt-timeline').textContent();
  assert.ok(text.includes(`${upstash.label} bills in USD: priced here at 1 USD = ${EUR.per_usd} EUR`), text);

  await page.locator('rightsize-compare summary').click();
  await page.waitForFunction(() => {
    const c = document.querySelector('rightsize-compare').result;
    return c?.providers.some((p) => p.name === 'hetzner-fsn1');
  });
  const c = await page.evaluate(() => document.querySelector('rightsize-compare').result);
  assert.deepEqual(c.skipped, []);
  const note = await page.locator('.rc-services').textContent();
  assert.match(note, /^On every provider: /);
  assert.ok(note.includes(`${neon.label} in place of its own database`), note);
  assert.ok(note.includes(`${upstash.label} in place of its own cache`), note);
  assert.deepEqual(problems, []);
  await context.close();
});

test('calculator: How you pay offers the services once its money arrives; the link keeps them and opens with them', async () => {
  const { context, page, problems } = await open('/calculator/');
  await page.waitForFunction(() => document.querySelector('rightsize-calculator').result?.timeline != null);
  await page.locator('.rs-pay summary').click();
  assert.deepEqual(await page.locator('select[name=cache_service] option').allTextContents(), [
    words.catalogue,
    upstash.label,
  ]);
  await page.selectOption('select[name=database_service]', 'neon');
  await page.selectOption('select[name=cache_service]', 'upstash');
  await waitForServices(page, 'rightsize-calculator', ['neon', 'upstash']);
  // The stage the calculator sets runs on one box (stage 1): the database is on the server.
  // The compact timeline names the services either way, in its substitutions.
  assert.match(await page.locator('[data-money-result]').textContent(), new RegExp(neon.plan));
  await page.waitForFunction(() => location.hash.length > 1);
  await page.waitForFunction(() => document.querySelector('[data-money-form] [name=cache_service]') != null);
  let link = page.url();
  for (let i = 0; i < 20 && decode(link).services?.cache === undefined; i++) {
    await page.waitForFunction((h) => location.href !== h, link);
    link = page.url();
  }
  assert.deepEqual(decode(link).services, { database: 'neon', cache: 'upstash' });
  await context.close();

  // Opened from the link: How you pay comes after the first result and shows the link's services.
  const again = await open(link);
  await again.page.waitForFunction(() => document.querySelector('[data-money-form] [name=database_service]') != null);
  await waitForServices(again.page, 'rightsize-calculator', ['neon', 'upstash']);
  assert.equal(await again.page.locator('select[name=database_service]').inputValue(), 'neon');
  assert.equal(await again.page.locator('select[name=cache_service]').inputValue(), 'upstash');
  // Back to the catalogue's cache: the link keeps Neon alone (the link no longer carries Upstash).
  const hash = await again.page.evaluate(() => location.hash);
  assert.equal(await again.page.locator('.rs-pay').getAttribute('open'), '', 'How you pay opens to show them');
  await again.page.selectOption('select[name=cache_service]', '');
  await waitForServices(again.page, 'rightsize-calculator', ['neon']);
  await again.page.waitForFunction((h) => location.hash !== h, hash);
  assert.deepEqual(decode(again.page.url()).services, { database: 'neon' });
  assert.deepEqual([...problems, ...again.problems], []);
  await again.context.close();
});
