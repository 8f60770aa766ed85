// Two deployments of the site on one origin, /a/ and /b/ (as two projects on one GitHub Pages
// account, or a staging copy beside production): a reader visits both, and each keeps
// working offline, also after the other has been rebuilt and its new version taken, and
// a service worker deletes only its own deployment's older caches.
import test, { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSite, builtPages, launchBrowser, openPage, rebuild, serveDist } from '../harness.js';
import { repoRoot } from '../../../wasm/node/load-node.js';
import { cacheName } from '../../../web/cache-names.js';

const pages = builtPages(path.join(repoRoot, 'dist'));
let browser;
let work;
const builds = {};

// One build for each deployment, as each would be built for where it is served (BASE).
before(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'rightsize-deployments-'));
  for (const d of ['a', 'b']) builds[d] = await buildSite(path.join(work, 'builds', d), { base: `/${d}/` });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await rm(work, { recursive: true, force: true });
});

// One folder holding a copy of each build, served from its root, so /a/ and /b/ are two
// sites on one origin.
async function twoDeployments(name) {
  const host = path.join(work, name);
  for (const d of ['a', 'b']) await cp(builds[d], path.join(host, d), { recursive: true });
  const server = await serveDist(host);
  return { host, server, a: `${server.origin}/a/`, b: `${server.origin}/b/` };
}

async function settle(page) {
  await page.waitForLoadState('load');
  await page.waitForFunction(() =>
    [...document.querySelectorAll('rightsize-calculator, rightsize-timeline')].every((e) => e.result != null),
  );
}

async function visit(page, site) {
  await page.goto(`${site}calculator/`);
  await settle(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller != null, null, { timeout: 20000 });
}

// With the network gone: every page of the deployment opens from its own offline copy,
// styled, and the calculator computes.
async function worksOffline(page, site) {
  for (const url of pages) {
    const response = await page.goto(site + url.slice(1));
    assert.ok(response?.ok(), `${site}${url.slice(1)} opens offline`);
    assert.equal(response.fromServiceWorker(), true, url);
    if (url !== '/404.html') assert.doesNotMatch(await page.title(), /not found/i, `${url} is its own page`);
    await settle(page);
    assert.match(
      await page.evaluate(() => getComputedStyle(document.body).fontFamily),
      /^system-ui/,
      `${url} has its stylesheet`,
    );
  }
  await page.goto(`${site}calculator/`);
  await settle(page);
  await page.fill('input[name=db_cpu_pct]', '72');
  await page.waitForFunction(() => document.querySelector('rightsize-calculator').result.stage === 2);
}

const offlineOnly = (problems) => problems.filter((p) => !/ERR_INTERNET_DISCONNECTED/.test(p));

test('builds under /a/ and /b/: after visiting both, both work offline', async () => {
  const { server, a, b } = await twoDeployments('both');
  const context = await browser.newContext();
  const { page, problems } = await openPage(context, server.origin);
  try {
    await visit(page, a);
    await visit(page, b);
    await context.setOffline(true);
    await worksOffline(page, a);
    await worksOffline(page, b);
    const caches = await page.evaluate(() => caches.keys());
    assert.equal(caches.length, 2, `one cache for each deployment: ${caches}`);
    assert.deepEqual(offlineOnly(problems), []);
  } finally {
    await context.close();
    server.close();
  }
});

test('/a/ rebuilt and its update taken: /b/ still works offline, /a/ has only its new build', async () => {
  const { host, server, a, b } = await twoDeployments('updated');
  const context = await browser.newContext();
  const { page, problems } = await openPage(context, server.origin);
  try {
    await visit(page, a);
    await visit(page, b);
    const first = await page.evaluate(() => caches.keys());
    const version = await rebuild(path.join(host, 'a'));

    await page.goto(`${a}calculator/`);
    await settle(page);
    const notice = page.locator('.update-notice');
    await notice.waitFor({ state: 'visible', timeout: 20000 });
    await Promise.all([page.waitForEvent('load'), notice.locator('button').click()]);
    await settle(page);
    await context.setOffline(true);
    await worksOffline(page, b);
    await worksOffline(page, a);
    const now = await page.evaluate(() => caches.keys());
    assert.ok(now.includes(cacheName(version, a)), `the new build of /a/ is cached: ${now}`);
    assert.equal(now.length, 2, `/a/'s old cache went, /b/'s stayed: was ${first}, now ${now}`);
    assert.deepEqual(offlineOnly(problems), []);
  } finally {
    await context.close();
    server.close();
  }
});

test("caches named before names carried a scope: /a/'s worker deletes the one holding /a/, and leaves /b/'s", async () => {
  const { server, a, b } = await twoDeployments('unscoped');
  const context = await browser.newContext();
  const { page } = await openPage(context, server.origin);
  try {
    await page.goto(`${server.origin}/`); // the host's own 404: no page of either site, no worker
    await page.evaluate(
      async (homes) => {
        for (const [name, home] of Object.entries(homes))
          await (await caches.open(name)).put(home, new Response('old'));
      },
      { 'rightsize-aaaaaaaaaaaa': a, 'rightsize-bbbbbbbbbbbb': b },
    );
    await visit(page, a);
    const now = await page.evaluate(() => caches.keys());
    assert.ok(!now.includes('rightsize-aaaaaaaaaaaa'), `${now}`);
    assert.ok(now.includes('rightsize-bbbbbbbbbbbb'), `${now}`);
  } finally {
    await context.close();
    server.close();
  }
});
