// The architecture diagrams in the built site: in the static HTML of every stage page and of
// the home page (read with JavaScript off), each naming its stage's parts as the core priced
// the guide's example; the home page's staircase and "Check my numbers" on a phone's first
// screen; the calculator's one diagram at stage 1 with nothing fired, two when the
// recommendation moves you, stage 4 with its load balancer and app servers; the timeline's
// setup at each move; a diagram saved as an SVG file; and every drawn diagram painted by the
// stylesheet (the embed page's too), its button shown without moving the page.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readJson, repoRoot } from '../../../wasm/node/load-node.js';
import { builtPages, openPage, useSiteAndBrowser } from '../harness.js';
import { MACHINE_ROLES } from '../../../web/assets/js/shared/machines.js';
import { assumption, past, rules, stage } from '../../support/content.js';

const site = useSiteAndBrowser();
const example = (await readJson('tests/vectors/golden/timeline/guide-example.json')).result;
const STAGE_PAGES = builtPages().filter((u) => u.startsWith('/stages/'));
const html = (url) => readFile(path.join(repoRoot, 'dist', url, 'index.html'), 'utf8');

// The machines the guide's example runs when it first reaches a stage (the page's diagram).
const partsOf = (n) =>
  example.months.find((m) => m.stage === n).components.filter((c) => MACHINE_ROLES.includes(c.role));

const unescaped = (s) => s.replaceAll('&amp;', '&').replaceAll('&#39;', "'");
function diagrams(text) {
  return [
    ...text.matchAll(
      /<svg class="dg" role="img"[^>]*data-stage="(\d)"[^>]*><title[^>]*>([^<]*)<\/title><desc[^>]*>([^<]*)<\/desc>/g,
    ),
  ].map((m) => ({ stage: Number(m[1]), title: unescaped(m[2]), desc: unescaped(m[3]) }));
}

function assertNamesParts(d, n) {
  assert.ok(d.title.startsWith(`Stage ${n}, ${stage(n).name}: `), d.title);
  for (const c of partsOf(n)) assert.ok(d.desc.includes(c.type), `stage ${n}'s description names ${c.type}: ${d.desc}`);
}

test('every stage page holds its diagram in the static HTML, naming its parts', async () => {
  assert.equal(STAGE_PAGES.length, rules.stages.length);
  for (const url of STAGE_PAGES) {
    const n = Number(/\/stages\/(\d)-/.exec(url)[1]);
    const found = diagrams(await html(url));
    assert.equal(found.length, 1, `${url} has one diagram`);
    assertNamesParts(found[0], n);
  }
});

test('the home page holds every stage drawn and the staircase, each step linking its stage', async () => {
  const text = await html('/');
  const found = diagrams(text);
  assert.deepEqual(
    found.map((d) => d.stage),
    rules.stages.map((s) => s.stage),
  );
  for (const d of found) assertNamesParts(d, d.stage);
  const steps = [...text.matchAll(/<a class="st-link" href="([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(
    steps,
    STAGE_PAGES.map((u) => `.${u}`),
  );
});

test('on a phone the home page shows the staircase and "Check my numbers" on its first screen, JavaScript off', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const context = await site.browser.newContext({
      viewport: { width: 390, height: 844 },
      javaScriptEnabled: false,
      colorScheme,
    });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/`);
    const check = page.getByRole('link', { name: 'Check my numbers' });
    const box = await check.boundingBox();
    assert.ok(box && box.y + box.height <= 844, `"Check my numbers" ends at ${box?.y + box?.height} px`);
    const stairs = await page.locator('svg.st').boundingBox();
    assert.ok(stairs.y + stairs.height <= 844 && stairs.width <= 390);
    assert.equal(await check.getAttribute('href'), './calculator/');
    // Text drawn at 12 units or more stays 12 px or more as drawn on the phone.
    const smallest = await page.evaluate(() =>
      Math.min(
        ...[...document.querySelectorAll('svg.dg text, svg.st text')].map((t) => {
          const svg = t.ownerSVGElement;
          return (
            (Number.parseFloat(getComputedStyle(t).fontSize) * svg.getBoundingClientRect().width) /
            svg.viewBox.baseVal.width
          );
        }),
      ),
    );
    assert.ok(smallest >= 12, `the smallest text is ${smallest} px`);
    await context.close();
  }
});

async function openCalculator() {
  const context = await site.browser.newContext({ acceptDownloads: true });
  const { page, problems } = await openPage(context, site.server.origin);
  await page.goto(`${site.server.origin}/calculator/`);
  // The page's own drawing is in its HTML; the live one, drawn with the money, shows its button.
  await page.waitForSelector('[data-result] [data-diagrams] .dg-download:not([hidden])');
  return { context, page, problems };
}

const shown = (page) =>
  page.$$eval('[data-result] svg.dg', (svgs) =>
    svgs.map((s) => ({
      stage: Number(s.dataset.stage),
      roles: [...s.querySelectorAll('[data-role]')].map((g) => [g.dataset.role, Number(g.dataset.count)]),
      fired: [...s.querySelectorAll('.dg-part-fired')].map((g) => g.dataset.role),
      text: s.textContent,
    })),
  );

test('the calculator draws stage 1 alone when nothing fired, then the stage you are on beside the recommended one', async () => {
  const { context, page, problems } = await openCalculator();
  const first = await page.evaluate(() => document.querySelector('rightsize-calculator').result);
  assert.equal(first.stage, 1, 'the starting values stay on stage 1');
  assert.equal(first.fired.length, 0);
  let drawn = await shown(page);
  assert.deepEqual(
    drawn.map((d) => d.stage),
    [1],
  );
  assert.deepEqual(drawn[0].fired, []);

  const hot = past('db_cpu_high');
  await page.fill('input[name=db_cpu_pct]', String(hot));
  await page.waitForFunction(() => document.querySelector('[data-diagrams]')?.dataset.diagrams === '2');
  drawn = await shown(page);
  assert.deepEqual(
    drawn.map((d) => d.stage),
    [1, 2],
  );
  assert.deepEqual(drawn[0].fired, ['app'], "the database's CPU is marked on stage 1's one box");
  assert.ok(drawn[0].text.includes(`measured ${hot}%`), drawn[0].text);
  assert.ok(
    drawn[1].roles.some(([role]) => role === 'database'),
    'stage 2 has its own database',
  );
  assert.deepEqual(problems, []);
  await context.close();
});

test("the calculator's stage 4 shows the load balancer and the app servers, and saves as SVG", async () => {
  const { context, page, problems } = await openCalculator();
  await page.selectOption('select[name=current_stage]', '4');
  await page.fill('input[name=users]', String(stage(4).users_min));
  await page.waitForFunction(() => document.querySelector('[data-result] svg.dg')?.dataset.stage === '4');
  const [d] = await shown(page);
  const roles = Object.fromEntries(d.roles);
  assert.equal(roles.load_balancer, 1);
  assert.ok(roles.app >= assumption('autoscale_min'), `${roles.app} app servers`);
  assert.ok(d.text.includes(`${roles.app} app servers`), d.text);

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-result] .dg-download')]);
  assert.equal(download.suggestedFilename(), 'rightsize-stage-4.svg');
  const file = await readFile(await download.path(), 'utf8');
  assert.match(file, /^<\?xml/);
  assert.match(file, /<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  assert.match(file, /<title[^>]*>Stage 4, /);
  assert.match(file, /fill="rgb\(/, 'the paint is written into the file');
  assert.deepEqual(problems, []);
  await context.close();
});

test("the timeline draws each stage move's setup, the trigger marked", async () => {
  const context = await site.browser.newContext();
  const { page, problems } = await openPage(context, site.server.origin);
  await page.goto(`${site.server.origin}/timeline/`);
  await page.waitForSelector('.rt-setup svg.dg', { state: 'attached' });
  const t = await page.evaluate(() => document.querySelector('rightsize-timeline').result);
  const moves = t.events.filter((e) => e.type === 'stage');
  assert.ok(moves.length > 0);
  const setups = await page.$$eval('.rt-setup svg.dg', (svgs) =>
    svgs.map((s) => [Number(s.dataset.stage), s.querySelectorAll('.dg-part-fired').length]),
  );
  assert.deepEqual(
    setups.map(([n]) => n),
    moves.map((e) => e.to_stage),
  );
  for (const [n, fired] of setups) assert.equal(fired, 1, `stage ${n}'s setup marks the trigger behind the move`);
  // Opened on a phone, a setup is drawn at its own size: its 12-unit text stays 12 px.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.locator('.rt-setup summary').first().click();
  const width = await page
    .locator('.rt-setup svg.dg')
    .first()
    .evaluate((s) => s.getBoundingClientRect().width);
  assert.ok(width >= 320, `drawn ${width} px wide`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a diagram is painted by the stylesheet wherever it is drawn, and nothing moves when it or its button arrives', async () => {
  const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
  const { page, problems } = await openPage(context, site.server.origin);
  await page.addInitScript(() => {
    window.shifts = [];
    new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((e) => e.value))).observe({
      type: 'layout-shift',
      buffered: true,
    });
  });
  // The embed page draws the stage's setup in its result, as the calculator does: its boxes
  // take the site's panel colour, not SVG's default black.
  // Both draw the starting values' setup in their HTML, so the money's drawing, arriving after
  // the first result, moves nothing.
  for (const url of ['/embed/', '/calculator/']) {
    assert.deepEqual(
      diagrams(await html(url)).map((d) => d.stage),
      [1],
      `${url}: the starting values' setup is in the HTML`,
    );
    await page.goto(`${site.server.origin}${url}`);
    await page.locator('[data-result] .dg-download').first().waitFor({ state: 'visible' });
    const box = page.locator('[data-result] svg.dg .dg-box').first();
    const fill = await box.evaluate((b) => getComputedStyle(b).fill);
    assert.notEqual(fill, 'rgb(0, 0, 0)', `${url}: the diagram's box is painted (${fill})`);
    await page.evaluate(() => new Promise(requestAnimationFrame));
    assert.deepEqual(await page.evaluate(() => window.shifts), [], `${url}: nothing moved`);
  }
  // A stage page's "Download SVG" appears once its script runs, in space the figure kept.
  for (const url of STAGE_PAGES) {
    await page.goto(`${site.server.origin}${url}`);
    await page.locator('.dg-figure .dg-download').first().waitFor({ state: 'visible' });
    await page.evaluate(() => new Promise(requestAnimationFrame));
    assert.deepEqual(await page.evaluate(() => window.shifts), [], `${url}: nothing moved`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});
