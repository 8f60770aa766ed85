// Embeds that fit a blog (issue 18): a frame on a light host in a dark-scheme browser stays
// light unless its address asks for ?theme=dark; the element does the same with its theme
// attribute; the frame shows the result, with its monthly cost, on its first screen on a
// phone; its "open in the full calculator" link carries the visitor's own edits; the
// element's snippet shows a link to the calculator when scripts cannot run; every page's
// footer links the embed page, which, opened on its own, hands out the code with a preview;
// and the calculator offers "Get embed code" beside its share controls.
import test, { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { builtPages, launchBrowser, openPage, serveDist } from '../harness.js';
import { repoRoot } from '../../../wasm/node/load-node.js';

const cli = process.env.RIGHTSIZE_CLI ?? path.join(repoRoot, 'build/native/bin/rightsize');
let browser;
let site;
let host;
let hostDir;

before(async () => {
  hostDir = await mkdtemp(path.join(tmpdir(), 'rightsize-blog-'));
  [browser, site, host] = await Promise.all([launchBrowser(), serveDist(), serveDist(hostDir)]);
});
after(async () => {
  await browser?.close();
  for (const server of [site, host]) server?.close();
  await rm(hostDir, { recursive: true, force: true });
});

function decode(fragment) {
  const run = spawnSync(cli, ['decode', fragment], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout);
}

// A white blog page on the host's origin.
async function blog(name, body) {
  await writeFile(
    path.join(hostDir, name),
    `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<link rel="icon" href="data:,">\n<title>A blog</title>\n</head>\n<body style="background: #fff">\n${body}\n</body>\n</html>\n`,
  );
  return `${host.origin}/${name}`;
}

// The site's own background in a scheme: what a themed embed must match.
async function siteBackground(colorScheme) {
  const context = await browser.newContext({ colorScheme });
  const page = await context.newPage();
  await page.goto(`${site.origin}/`);
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await context.close();
  return bg;
}

async function frameIn(context, url) {
  const { page, problems } = await openPage(context, site.origin);
  const own = () => problems.filter((p) => !p.includes(host.origin));
  await page.goto(url);
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await frame.waitForFunction(() => document.querySelector('rightsize-calculator')?.result != null);
  return { page, frame, problems: own };
}

test('the frame is light on a light blog in a dark browser unless ?theme asks', async () => {
  const [light, dark] = await Promise.all([siteBackground('light'), siteBackground('dark')]);
  assert.notEqual(light, dark);
  const cases = [
    ['', light],
    ['?theme=light', light],
    ['?theme=dark', dark],
    ['?theme=auto', dark], // the visitor's system is dark here
    ['?theme=purple', light], // unknown: the default
  ];
  const context = await browser.newContext({ colorScheme: 'dark' });
  for (const [query, want] of cases) {
    const url = await blog(
      `theme${cases.findIndex((c) => c[0] === query)}.html`,
      `<iframe src="${site.origin}/embed/${query}" title="rightsize" style="width: 600px; border: 0" height="900"></iframe>`,
    );
    const { frame, problems } = await frameIn(context, url);
    const bg = await frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(bg, want, `frame ${query || '(no theme)'}`);
    assert.deepEqual(problems(), []);
  }
  await context.close();
});

test('on a phone the frame shows the stage and its monthly cost on its first screen, and its link follows edits', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const url = await blog(
    'phone.html',
    `<iframe src="${site.origin}/embed/" title="rightsize" style="width: 100%; border: 0; height: 844px"></iframe>`,
  );
  const { frame, problems } = await frameIn(context, url);
  await frame.waitForFunction(() => /a month/.test(document.querySelector('[data-stage-cost]')?.textContent ?? ''));
  const top = await frame.evaluate(() => ({
    stage: document.querySelector('.rs-stage').getBoundingClientRect().bottom,
    cost: document.querySelector('[data-stage-cost]').getBoundingClientRect().bottom,
  }));
  assert.ok(top.stage < 844 && top.cost < 844, `stage and cost on the first screen: ${JSON.stringify(top)}`);

  await frame.fill('input[name=users]', '12345');
  await frame.fill('input[name=db_cpu_pct]', '71');
  await frame.waitForFunction(() => {
    const hash = new URL(document.querySelector('[data-full-link]').href).hash;
    return hash.length > 1;
  });
  // The link may lag the last key by the encode: wait until it says what was typed.
  let input;
  for (let i = 0; i < 50; i++) {
    const href = await frame.evaluate(() => document.querySelector('[data-full-link]').href);
    input = decode(new URL(href).hash.slice(1));
    if (input.db_cpu_pct === 71) break;
    await frame.waitForTimeout(100);
  }
  assert.equal(input.users, 12345);
  assert.equal(input.db_cpu_pct, 71);
  const href = await frame.evaluate(() => document.querySelector('[data-full-link]').href);
  assert.match(new URL(href).pathname, /\/calculator\/$/);
  assert.deepEqual(problems(), []);
  await context.close();
});

// The embed page opened on its own, with the snippets it generates.
async function standalone(context) {
  const { page, problems } = await openPage(context, site.origin);
  await page.goto(`${site.origin}/embed/`);
  await page.waitForFunction(
    () => document.querySelector('[data-snippet=frame] textarea')?.value.includes('<iframe') === true,
  );
  return { page, problems };
}

test('/embed/ on its own shows the code, a theme choice and a live preview', async () => {
  const context = await browser.newContext();
  const { page, problems } = await standalone(context);
  assert.equal(await page.isVisible('[data-embed-help]'), true);
  const preview = await (await page.waitForSelector('iframe.embed-preview')).contentFrame();
  await preview.waitForFunction(() => document.querySelector('rightsize-calculator')?.result != null);
  // Inside the preview (a frame) the page is the widget alone.
  assert.equal(await preview.isVisible('[data-embed-help]'), false);
  await page.selectOption('#embed-theme', 'dark');
  await page.waitForFunction(() =>
    document.querySelector('[data-snippet=frame] textarea').value.includes('?theme=dark#'),
  );
  await page.waitForFunction(() =>
    document.querySelector('[data-snippet=element] textarea').value.includes('theme="dark"'),
  );
  assert.deepEqual(problems, []);
  await context.close();
});

test('the element: its snippet shows a link to the calculator with scripts off, and its theme attribute holds', async () => {
  const context = await browser.newContext();
  const { page } = await standalone(context);
  await page.fill('input[name=users]', '4321');
  await page.waitForFunction(() =>
    /users="4321"[\s\S]*calculator\/#/.test(document.querySelector('[data-snippet=element] textarea').value),
  );
  const snippet = await page.inputValue('[data-snippet=element] textarea');
  await context.close();

  const url = await blog('element.html', `<p>My post.</p>\n${snippet}`);
  const off = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
  const plain = await off.newPage();
  await plain.goto(url);
  const link = plain.locator('rightsize-calculator a');
  assert.equal(await link.isVisible(), true);
  const href = await link.getAttribute('href');
  assert.match(new URL(href).pathname, /\/calculator\/$/);
  assert.equal(decode(new URL(href).hash.slice(1)).users, 4321);
  await off.close();

  const light = await siteBackground('light');
  const on = await browser.newContext({ colorScheme: 'dark' });
  const { page: live, problems } = await openPage(on, site.origin);
  await live.goto(url);
  await live.waitForFunction(() => document.querySelector('rightsize-calculator')?.result != null);
  const inner = () =>
    live.evaluate(() => {
      const frame = document.querySelector('rightsize-calculator').shadowRoot.querySelector('.rs-embed');
      return getComputedStyle(frame).backgroundColor;
    });
  assert.equal(await inner(), light, 'light by default in a dark browser');
  assert.equal(await live.locator('rightsize-calculator > a').isVisible(), false, 'the fallback hides once live');
  await live.evaluate(() => document.querySelector('rightsize-calculator').setAttribute('theme', 'dark'));
  assert.notEqual(await inner(), light);
  assert.deepEqual(
    problems.filter((p) => !p.includes(host.origin)),
    [],
  );
  await on.close();
});

test('every page with the site footer links the embed page', async () => {
  const pages = builtPages();
  assert.ok(pages.length > 8);
  for (const address of pages) {
    const file = path.join(repoRoot, 'dist', address.endsWith('/') ? `${address}index.html` : address);
    const html = await readFile(file, 'utf8');
    if (!html.includes('class="site-footer"')) continue;
    const footer = html.slice(html.indexOf('class="site-footer"'));
    assert.match(footer, /<a href="[^"]*embed\/">Embed<\/a>/, address);
  }
});

test('the calculator offers "Get embed code" beside its share controls, with the inputs on screen', async () => {
  const context = await browser.newContext();
  const { page, problems } = await openPage(context, site.origin);
  await page.goto(`${site.origin}/calculator/`);
  await page.fill('input[name=users]', '7777');
  const link = page.locator('.rs-share a', { hasText: 'Get embed code' });
  await link.waitFor();
  await page.waitForFunction(() => {
    const a = [...document.querySelectorAll('.rs-share a')].find((x) => x.textContent === 'Get embed code');
    return a && new URL(a.href).hash.length > 1;
  });
  let input;
  for (let i = 0; i < 50; i++) {
    input = decode(new URL(await link.getAttribute('href'), page.url()).hash.slice(1));
    if (input.users === 7777) break;
    await page.waitForTimeout(100);
  }
  assert.equal(input.users, 7777);
  await link.click();
  await page.waitForURL(/\/embed\/#/);
  await page.waitForFunction(() => document.querySelector('input[name=users]')?.value === '7777');
  assert.deepEqual(problems, []);
  await context.close();
});
