// How the site is delivered, in a real browser: offline after one visit (from the root and
// from a sub-path), the Content-Security-Policy never violated, no request to another
// origin, markup from a field or a link shown as text, and a new build's service worker
// announced by the "update ready" notice instead of a reload. Every page in dist/ is
// visited: new pages are checked without a list to edit.
import test, { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSite, builtPages, launchBrowser, openPage, rebuild, serveDist } from '../harness.js';
import { repoRoot } from '../../../wasm/node/load-node.js';
import { cacheName } from '../../../web/cache-names.js';
import { past } from '../../support/content.js';

const dist = path.join(repoRoot, 'dist');
const pages = builtPages(dist);
let browser;
let root;
let subPath;

let work;

// Under a sub-path, a build for it (BASE), as scripts/serve.sh makes one.
before(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'rightsize-base-'));
  const forSubPath = await buildSite(path.join(work, 'dist'), { base: '/tools/rightsize/' });
  [browser, root, subPath] = await Promise.all([
    launchBrowser(),
    serveDist(dist),
    serveDist(forSubPath, { base: '/tools/rightsize/' }),
  ]);
});
after(async () => {
  await browser?.close();
  root?.close();
  subPath?.close();
  await rm(work, { recursive: true, force: true });
});

// Waits until every live element on the page has its first live result (the calculator's
// with its timeline, whose model it fetches after the recommendation).
async function settle(page) {
  await page.waitForLoadState('load');
  await page.waitForFunction(() =>
    [...document.querySelectorAll('rightsize-calculator, rightsize-timeline')].every(
      (e) =>
        e.result != null &&
        (e.localName !== 'rightsize-calculator' || !e.querySelector('[data-money-form]') || e.result.timeline != null),
    ),
  );
}

async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller != null, null, { timeout: 20000 });
}

async function offlineAfterOneVisit(server) {
  const context = await browser.newContext();
  const { page, problems } = await openPage(context, server.origin);
  await page.goto(`${server.site}calculator/`);
  await settle(page);
  await controlled(page);
  await context.setOffline(true);

  await page.reload();
  await settle(page);
  await page.fill('input[name=db_cpu_pct]', String(past('db_cpu_high')));
  await page.waitForFunction(() => document.querySelector('rightsize-calculator').result.stage === 2);

  for (const url of pages) {
    await page.goto(server.site + url.slice(1));
    await settle(page);
    assert.ok((await page.title()).length > 0, `${url} opens offline`);
  }
  await page.goto(`${server.site}timeline/`);
  await settle(page);
  await page.check('input[name=band]');
  await page.waitForFunction(() => document.querySelector('rightsize-timeline').result.band?.length > 0);
  // A provider the first visit never priced: its catalogue comes from the offline copy.
  const other = await page.$$eval('select[name=provider] option:not(:checked)', (os) => os.map((o) => o.value));
  for (const provider of other) {
    await page.selectOption('select[name=provider]', provider);
    await page.waitForFunction(
      (name) => document.querySelector('rightsize-timeline').result?.provider.name === name,
      provider,
    );
  }
  assert.ok(other.length > 0, 'the timeline offers more than one provider');
  assert.deepEqual(
    problems.filter((p) => !/ERR_INTERNET_DISCONNECTED/.test(p)),
    [],
  );
  await context.close();
}

test('after one visit, every page and both calculators work with the network gone', () => offlineAfterOneVisit(root));

test('the same under a sub-path (/tools/rightsize/)', () => offlineAfterOneVisit(subPath));

test("a page fetches only the default provider's prices until the reader picks another", async () => {
  const context = await browser.newContext();
  const { page, problems } = await openPage(context, root.origin);
  const prices = [];
  // The page's and its model worker's requests; the service worker's precaching is not the page's.
  context.on('request', (r) => {
    if (!r.serviceWorker() && /\/assets\/json\/(?!rules|assumptions|currencies|measure)[^/]+\.json$/.test(r.url()))
      prices.push(new URL(r.url()).pathname);
  });
  await page.goto(`${root.site}timeline/`);
  await settle(page);
  const start = await page.evaluate(() => document.querySelector('rightsize-timeline').result.provider.name);
  assert.deepEqual(
    prices.map((p) => p.replace(/^.*\/|-[A-Z0-9]+\.json$/g, '')),
    [start],
    prices.join(', '),
  );
  const other = await page.$eval('select[name=provider] option:not(:checked)', (o) => o.value);
  await page.selectOption('select[name=provider]', other);
  await page.waitForFunction(
    (name) => document.querySelector('rightsize-timeline').result?.provider.name === name,
    other,
  );
  assert.equal(prices.length, 2, prices.join(', '));
  assert.match(prices[1], new RegExp(`/${other}-[A-Z0-9]+\\.json$`));
  assert.deepEqual(problems, []);
  await context.close();
});

test('prices that cannot be fetched are named on the provider field; newer input never waits for them; a later pick tries again', async () => {
  // No service worker, so every request reaches the routes below.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const { page, problems } = await openPage(context, root.origin);
  let refuse = true;
  await context.route(/\/assets\/json\/aws-af-south-1-[A-Z0-9]+\.json$/, (route) =>
    refuse ? route.abort('failed') : route.continue(),
  );
  await context.route(/\/assets\/json\/digitalocean-nyc1-[A-Z0-9]+\.json$/, () => {}); // never answered
  await page.goto(`${root.site}timeline/`);
  await settle(page);
  const providerError = page.locator('[data-error-for=provider]');
  const showing = (name, months) =>
    page.waitForFunction(
      ([n, m]) => {
        const r = document.querySelector('rightsize-timeline').result;
        return r?.provider.name === n && r.months.length === m;
      },
      [name, months],
    );

  await page.selectOption('select[name=provider]', 'aws-af-south-1');
  await providerError.filter({ hasText: 'could not be fetched' }).waitFor();

  await page.selectOption('select[name=provider]', 'digitalocean-nyc1');
  await page.selectOption('select[name=provider]', 'aws-us-east-1');
  await page.fill('input[name=months]', '7');
  await showing('aws-us-east-1', 7);
  assert.equal(await providerError.isHidden(), true);

  refuse = false;
  await page.selectOption('select[name=provider]', 'aws-af-south-1');
  await showing('aws-af-south-1', 7);
  const ours = /aws-af-south-1-[A-Z0-9]+\.json net::ERR_FAILED|Service Worker registration blocked by Playwright/;
  assert.deepEqual(
    problems.filter((p) => !ours.test(p)),
    [],
  );
  await context.close();
});

for (const url of pages) {
  test(`${url}: no policy violation, no request to another origin, compressed responses`, async () => {
    const context = await browser.newContext();
    const { page, problems } = await openPage(context, root.origin);
    const encodings = [];
    page.on('response', async (r) => {
      if (!r.fromServiceWorker() && r.status() === 200)
        encodings.push([r.url(), (await r.allHeaders())['content-encoding']]);
    });
    await page.goto(root.site + url.slice(1));
    await settle(page);
    if (await page.locator('input[name=band]').count()) {
      await page.check('input[name=band]'); // the worker too
      await page.waitForFunction(() => document.querySelector('rightsize-timeline').result.band?.length > 0);
    }
    assert.deepEqual(problems, []);
    assert.ok(encodings.length > 0);
    // Favicons are fetched by the browser itself, whose headers the page does not see.
    for (const [u, encoding] of encodings)
      if (!/\/assets\/icon[^/]*$/.test(u)) assert.equal(encoding, 'br', `${u} served with Brotli`);

    // The listener that records violations does work: an inline script is refused and recorded.
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.inlineRan = true';
      document.head.append(s);
    });
    await page.waitForFunction(() => true);
    assert.equal(await page.evaluate(() => window.inlineRan), undefined);
    assert.ok(
      problems.some((p) => p.startsWith('securitypolicyviolation: script-src')),
      problems.join('\n'),
    );
    await context.close();
  });
}

const MARKUP = '<img src=x onerror="window.injected=1">';

test('markup typed into a field shows as text, never as markup', async () => {
  const context = await browser.newContext();
  const { page, problems } = await openPage(context, root.origin);
  await page.goto(`${root.site}calculator/`);
  await settle(page);
  await page.fill('input[name=users]', MARKUP);
  const error = page.locator('[data-error-for=users]');
  await error.waitFor({ state: 'visible' });
  assert.ok((await error.textContent()).includes('<img'), 'the core names the field; the text shows as typed');
  assert.equal(await page.locator('rightsize-calculator img').count(), 0);

  await page.goto(`${root.site}timeline/`);
  await settle(page);
  await page.fill('[name=milestones]', `1:100, ${MARKUP}`);
  await page.locator('[data-error-for=milestones]').waitFor({ state: 'visible' });
  await page.selectOption('select[name=provider]', { index: 0 });
  assert.equal(await page.locator('rightsize-timeline img').count(), 0);
  assert.equal(await page.evaluate(() => window.injected), undefined);
  assert.deepEqual(problems, []);
  await context.close();
});

test("markup in a link's fragment or query changes nothing on the page", async () => {
  const context = await browser.newContext();
  const { page, problems } = await openPage(context, root.origin);
  for (const url of pages) {
    await page.goto(`${root.site}${url.slice(1)}?q=${encodeURIComponent(MARKUP)}#${encodeURIComponent(MARKUP)}`);
    await settle(page);
    assert.equal(await page.locator('img[src=x]').count(), 0, url);
    assert.equal(await page.evaluate(() => window.injected), undefined, url);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('a new build\'s service worker brings the "update ready" notice, and reloads only when asked', async () => {
  const copy = await mkdtemp(path.join(tmpdir(), 'rightsize-dist-'));
  await cp(dist, copy, { recursive: true });
  const server = await serveDist(copy);
  const context = await browser.newContext();
  const { page, problems } = await openPage(context, server.origin);
  try {
    await page.goto(`${server.site}calculator/`);
    await settle(page);
    await controlled(page);
    const firstCache = await page.evaluate(() => caches.keys());
    const version = await rebuild(copy);

    await page.reload();
    await settle(page);
    const notice = page.locator('.update-notice');
    await notice.waitFor({ state: 'visible', timeout: 20000 });
    assert.match(await notice.textContent(), /new version/);
    await page.fill('input[name=db_cpu_pct]', String(past('db_cpu_high'))); // nothing reloaded under the reader
    await page.waitForFunction(() => document.querySelector('rightsize-calculator').result.stage === 2);

    await Promise.all([page.waitForEvent('load'), notice.locator('button').click()]);
    await settle(page);
    assert.deepEqual(
      await page.evaluate(() => caches.keys()),
      [cacheName(version, server.site)],
      `replaces ${firstCache}`,
    );
    assert.equal(await page.locator('.update-notice').count(), 0);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    server.close();
    await rm(copy, { recursive: true, force: true });
  }
});
