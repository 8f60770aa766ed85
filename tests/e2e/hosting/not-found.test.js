// The 404 page where hosts serve it: at whatever address was missing, however deep
// (/no/such/page/), with the address left as it was (GitHub Pages, Netlify, nginx's
// error_page, scripts/serve.mjs). From a build for the root and from one built for a
// sub-path (BASE), served there: its stylesheets and script load, every link leads to a
// real page of the site, offline too, and the local server sends it with the headers of
// the site's other pages, framing forbidden.
import test, { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSite, launchBrowser, openPage, serveDist } from '../harness.js';
import { repoRoot } from '../../../wasm/node/load-node.js';
import { NOT_FRAMED } from '../../../web/postbuild/headers.mjs';

const SUB_PATH = '/tools/rightsize/';
let browser;
let work;
let root;
let subPath;

before(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'rightsize-not-found-'));
  const built = await buildSite(path.join(work, 'dist'), { base: SUB_PATH });
  [browser, root, subPath] = await Promise.all([
    launchBrowser(),
    serveDist(path.join(repoRoot, 'dist')),
    serveDist(built, { base: SUB_PATH }),
  ]);
});
after(async () => {
  await browser?.close();
  root?.close();
  subPath?.close();
  await rm(work, { recursive: true, force: true });
});

// The page at `url` is the site's 404 page, working: styled, its script run (it registers
// the site's service worker, at the site's root), every link to a page of the site that
// exists. Returns the response.
async function isWorking404(page, url, site) {
  const response = await page.goto(url);
  assert.equal(await page.locator('h1').textContent(), 'Page not found');
  const sheets = await page.$$eval('link[rel=stylesheet]', (links) =>
    links.map((l) => {
      try {
        return { href: l.href, rules: l.sheet?.cssRules.length ?? 0 };
      } catch {
        return { href: l.href, rules: 0 }; // a sheet that did not load may refuse to be read
      }
    }),
  );
  assert.ok(sheets.length > 0);
  for (const { href, rules } of sheets) {
    assert.ok(href.startsWith(site), `${href} is the site's own`);
    assert.ok(rules > 0, `${href} loaded`);
  }
  assert.match(await page.evaluate(() => getComputedStyle(document.body).fontFamily), /^system-ui/);
  const scripts = await page.$$eval('script[src]', (ss) => ss.map((s) => s.src));
  assert.ok(scripts.length > 0);
  for (const src of scripts) assert.ok(src.startsWith(site), `${src} is the site's own`);
  const scope = await page.evaluate(async (root) => {
    for (let i = 0; i < 150; i++) {
      const registration = await navigator.serviceWorker.getRegistration(root);
      if (registration) return registration.scope;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return 'no service worker';
  }, site);
  assert.equal(scope, site, "the page's script ran and registered the site's worker");

  // Each link, fetched by the page (so offline from its offline copy): a page or file of
  // the site, at once, not a redirect and not the 404 page again.
  const here = new URL(url);
  const links = await page.$$eval('a[href], link[rel=icon], link[rel=manifest]', (as) => as.map((a) => a.href));
  assert.ok(links.length > 10, links.join(' '));
  for (const link of links) {
    const target = new URL(link);
    if (target.pathname === here.pathname && target.hash) {
      assert.ok(await page.locator(target.hash).count(), `${link}: an anchor on this page`);
      continue;
    }
    assert.ok(link.startsWith(site), `${link} is on the site`);
    const status = await page.evaluate(
      (href) =>
        fetch(href, { redirect: 'manual' }).then((r) => (r.ok && r.url === href ? r.status : r.status || r.type)),
      link,
    );
    assert.equal(status, 200, `${link} from ${url}`);
  }
  return response;
}

// The page's own status, which the browser also logs (any other failed request is recorded
// with its address).
const notFoundOnly = (problems, url) =>
  problems.filter(
    (p) =>
      p !== `HTTP 404: ${url}` &&
      p !== 'console error: Failed to load resource: the server responded with a status of 404 (Not Found)',
  );

async function check(server, url, site) {
  const context = await browser.newContext();
  const { page, problems } = await openPage(context, server.origin);
  try {
    const response = await isWorking404(page, url, site);
    assert.equal(response.status(), 404);
    const headers = response.headers();
    assert.equal(headers['content-security-policy'], NOT_FRAMED, 'the policy of every page but the embed');
    assert.equal(headers['x-content-type-options'], 'nosniff');
    assert.equal(headers['referrer-policy'], 'no-referrer');
    assert.match(headers['content-type'], /^text\/html/);
    assert.deepEqual(notFoundOnly(problems, url), []);
  } finally {
    await context.close();
  }
}

test('a missing nested page at the root gets a 404 page that works, with the headers', () =>
  check(root, `${root.site}no/such/page/`, root.site));

test('the same for a missing file deep in a real folder', () =>
  check(root, `${root.site}stages/1-all-in-one-box/no/such.html`, root.site));

test('built for a sub-path (BASE): a missing nested page under it gets a 404 page that works', () =>
  check(subPath, `${subPath.site}no/such/page/`, subPath.site));

test('built for a sub-path: a missing page outside it gets the same page, leading into the site', () =>
  check(subPath, `${subPath.origin}/no/such/page/`, subPath.site));

test('offline, after one visit: a missing nested page gets the offline copy of the 404 page, working', async () => {
  const context = await browser.newContext();
  const { page, problems } = await openPage(context, subPath.origin);
  try {
    await page.goto(`${subPath.site}calculator/`);
    await page.waitForFunction(() => navigator.serviceWorker.controller != null, null, { timeout: 20000 });
    await context.setOffline(true);
    const response = await isWorking404(page, `${subPath.site}no/such/page/`, subPath.site);
    assert.equal(response.fromServiceWorker(), true);
    assert.deepEqual(
      problems.filter((p) => !/ERR_INTERNET_DISCONNECTED/.test(p)),
      [],
    );
  } finally {
    await context.close();
  }
});
