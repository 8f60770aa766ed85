// The guide pages in Chromium: every page built from content/guide, and the 404 page.
// Each loads cleanly, passes axe in light and dark, fits 360 px, has one h1 and headings
// in order, shows no internal id, reads with JavaScript off, works by keyboard with a
// visible focus, respects reduced motion and prints without its navigation.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { repoRoot } from '../../../wasm/node/load-node.js';
import { openPage, useSiteAndBrowser } from '../harness.js';
import { internalIds } from '../internal-ids.js';

const site = useSiteAndBrowser();

// content/guide/index.md is /, content/guide/stages/1-x.md is /stages/1-x/.
async function guideUrls(dir = path.join(repoRoot, 'content/guide'), under = '') {
  const urls = [];
  for (const entry of await readdir(path.join(dir, under), { withFileTypes: true })) {
    const relative = path.posix.join(under, entry.name);
    if (entry.isDirectory()) urls.push(...(await guideUrls(dir, relative)));
    else if (entry.name.endsWith('.md'))
      urls.push(relative === 'index.md' ? '/' : `/${relative.replace(/\.md$/, '')}/`);
  }
  return urls.sort();
}

const GUIDE = await guideUrls();
const PAGES = [...GUIDE, '/404.html'];
const IDS = await internalIds();

async function open(url, options = {}) {
  const context = await site.browser.newContext(options);
  const { page, problems } = await openPage(context, site.server.origin);
  const response = await page.goto(site.server.origin + url);
  return { context, page, problems, response };
}

test('the guide has an overview, four stages, the principle, the example and the method', () => {
  assert.ok(GUIDE.includes('/'));
  assert.equal(GUIDE.filter((u) => u.startsWith('/stages/')).length, 4);
  for (const u of ['/principle/', '/example/', '/method/']) assert.ok(GUIDE.includes(u), u);
});

for (const url of PAGES) {
  test(`${url}: loads cleanly, one h1, headings in order, a title and a description, no internal id`, async () => {
    const { context, page, problems } = await open(url);
    const outline = await page.$$eval('h1, h2, h3, h4, h5, h6', (hs) => hs.map((h) => Number(h.tagName[1])));
    assert.equal(outline.filter((l) => l === 1).length, 1, 'one h1');
    assert.equal(outline[0], 1, 'the h1 comes first');
    for (const [i, level] of outline.entries()) {
      assert.ok(i === 0 || level <= outline[i - 1] + 1, `heading levels ${outline.join(',')}`);
    }
    assert.ok((await page.title()).length > 10);
    assert.ok((await page.getAttribute('meta[name=description]', 'content')).length > 40);
    const text = await page.evaluate(() => document.body.innerText);
    for (const id of IDS) assert.ok(!new RegExp(`\\b${id}\\b`).test(text), `"${id}" is visible on ${url}`);
    assert.doesNotMatch(text, /undefined|NaN|\{\{|\{%/);
    assert.deepEqual(await page.evaluate(() => document.fonts.size), 0, 'no web fonts');
    assert.match(await page.evaluate(() => getComputedStyle(document.body).fontFamily), /^system-ui/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark']) {
    test(`${url}: axe finds no violations (${colorScheme})`, async () => {
      const { context, page, problems } = await open(url, { colorScheme });
      const { violations } = await new AxeBuilder({ page }).analyze();
      assert.deepEqual(
        violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
        [],
      );
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test(`${url}: no sideways scroll at 360 px`, async () => {
    const { context, page } = await open(url, { viewport: { width: 360, height: 740 } });
    const { scroll, client } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    assert.ok(scroll <= client, `${scroll} px wide in a ${client} px window`);
    await context.close();
  });
}

for (const url of GUIDE) {
  test(`${url}: reads completely with JavaScript off, with the ladder and previous/next`, async () => {
    const { context, page, problems } = await open(url, { javaScriptEnabled: false });
    assert.ok((await page.locator('main p').count()) >= 3);
    assert.equal(await page.locator(`.ladder a[aria-current=page]`).count(), 1, 'the ladder marks this page');
    assert.ok((await page.locator('.pager a').count()) >= 1, 'previous or next');
    if (url.startsWith('/stages/'))
      assert.ok((await page.locator('.stage-costs [data-cents]').count()) >= 1, 'the stage costs');
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('the ladder and previous/next follow one reading order', async () => {
  const { context, page } = await open('/');
  const order = await page.$$eval('.ladder a', (as) => as.map((a) => new URL(a.href).pathname));
  assert.equal(order[0], '/');
  for (let i = 1; i < order.length - 1; i++) {
    await page.goto(site.server.origin + order[i]);
    assert.equal(
      new URL(await page.locator('.pager a[rel=prev]').getAttribute('href'), page.url()).pathname,
      order[i - 1],
    );
    assert.equal(
      new URL(await page.locator('.pager a[rel=next]').getAttribute('href'), page.url()).pathname,
      order[i + 1],
    );
  }
  await context.close();
});

test('every link and control is reached by keyboard and shows its focus', async () => {
  for (const url of ['/', '/stages/3-cache-layer/']) {
    const { context, page } = await open(url);
    const focusable = await page.locator('a[href], button, input, select, summary').count();
    const seen = new Set();
    for (let i = 0; i < focusable; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement;
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        return {
          key: el.outerHTML.slice(0, 120),
          outline: style.outlineStyle,
          width: parseFloat(style.outlineWidth),
          onScreen: box.width > 0 && box.height > 0 && box.right > 0 && box.bottom > 0,
        };
      });
      assert.notEqual(focus.outline, 'none', `focus is visible on ${focus.key}`);
      assert.ok(focus.width >= 2 && focus.onScreen, `focus is visible on ${focus.key}`);
      seen.add(focus.key);
    }
    assert.equal(seen.size, focusable, `${url}: every focusable element is reached once`);
    await context.close();
  }
});

test('the skip link moves the keyboard to the content', async () => {
  const { context, page } = await open('/principle/');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('href')), '#main');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => location.hash), '#main');
  await context.close();
});

test('reduced motion turns smooth scrolling off', async () => {
  for (const [reducedMotion, expected] of [
    ['no-preference', 'smooth'],
    ['reduce', 'auto'],
  ]) {
    const { context, page } = await open('/', { reducedMotion });
    assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior), expected);
    await context.close();
  }
});

test('printed pages leave out the navigation and keep the content', async () => {
  const { context, page } = await open('/stages/2-separate-database/');
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.ladder', '.pager', '.site-header']) {
    assert.equal(await page.locator(selector).evaluate((el) => getComputedStyle(el).display), 'none', selector);
  }
  assert.ok(await page.locator('.stage-costs').isVisible());
  await context.close();
});

test('dark mode follows the system setting', async () => {
  const colours = {};
  for (const colorScheme of ['light', 'dark']) {
    const { context, page } = await open('/', { colorScheme });
    colours[colorScheme] = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await context.close();
  }
  assert.notEqual(colours.light, colours.dark);
});
