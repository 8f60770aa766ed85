// Embedding, both ways, from a host page on another origin (a second static server on
// another port, serving a temporary folder): the frame (dist/embed/ with dist/embed/host.js)
// fits its content and ignores messages from anyone else or of the wrong shape; the element
// (dist/embed/rightsize-calculator.js, one module script tag) computes from its attributes,
// reports its result, fetches only from the script's origin, and keeps its styles to itself.
// Then the calculator page's snippet generator: its snippets, pasted into a host page,
// work as they are, from a site under a sub-path too.
import test, { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { launchBrowser, openPage, serveDist } from '../harness.js';
import { repoRoot } from '../../../wasm/node/load-node.js';
import { past, threshold } from '../../support/content.js';

const cli = process.env.RIGHTSIZE_CLI ?? path.join(repoRoot, 'build/native/bin/rightsize');
let browser;
let site;
let subPath;
let host;
let hostDir;

before(async () => {
  hostDir = await mkdtemp(path.join(tmpdir(), 'rightsize-host-'));
  [browser, site, subPath, host] = await Promise.all([
    launchBrowser(),
    serveDist(),
    serveDist(undefined, { base: '/tools/rightsize/' }),
    serveDist(hostDir),
  ]);
});
after(async () => {
  await browser?.close();
  for (const server of [site, subPath, host]) server?.close();
  await rm(hostDir, { recursive: true, force: true });
});

function rightsize(args, input) {
  const run = spawnSync(cli, args, { input: input && JSON.stringify(input), encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout.trim();
}

// A host page on the host's origin; returns its URL.
async function hostPage(name, html) {
  await writeFile(
    path.join(hostDir, name),
    `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<link rel="icon" href="data:,">\n<title>A host page</title>\n${html}`,
  );
  return `${host.origin}/${name}`;
}

// A page that records problems, where the only request off the site's origin is the host page.
async function openHost(url, server = site, init = () => {}) {
  const context = await browser.newContext();
  const { page, problems } = await openPage(context, server.origin);
  await page.addInitScript(init);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url);
  const offSite = () => requests.filter((u) => u !== url && !u.startsWith(server.origin));
  // The host's own pages are the host's; every other request must go to the site.
  const realProblems = () => problems.filter((p) => !p.startsWith(`request to another origin: ${host.origin}/`));
  return { context, page, problems: realProblems, offSite };
}

const frameHeight = (page) => page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height);
const contentHeight = (frame) => frame.evaluate(() => document.documentElement.getBoundingClientRect().height);

async function fitted(page, frame) {
  await page.waitForFunction(async () => {
    const h = document.querySelector('iframe').getBoundingClientRect().height;
    return h !== 150 && h > 300;
  });
  let inside = await contentHeight(frame);
  await page.waitForFunction(
    (want) => Math.abs(document.querySelector('iframe').getBoundingClientRect().height - want) <= 1,
    inside,
  );
  inside = await contentHeight(frame);
  return inside;
}

// Opens the calculator page's "Embed this calculator" once the page has settled. What comes
// after the first result (the money timeline, then the link's controls a second later) grows
// the page above the section by hundreds of pixels, and a click aimed just before that lands
// on whatever moved under the pointer.
async function openEmbedSection(page) {
  await page.waitForFunction(
    () =>
      document.querySelector('rightsize-calculator')?.result?.timeline != null &&
      document.querySelector('.rs-share') != null,
  );
  await page.getByText('Embed this calculator').click();
  await page.waitForFunction(() => document.querySelector('details.embed-snippets')?.open);
}

test('the frame on another origin opens a CLI link and fits its content as it changes', async () => {
  const input = { users: 60000, current_stage: 2, db_cpu_pct: 78, db_upgraded: true, repeated_reads: true };
  const fragment = rightsize(['share'], input);
  const expected = JSON.parse(rightsize(['recommend'], input));
  const url = await hostPage(
    'frame.html',
    `<p>Text of the host page.</p>
<iframe src="${site.origin}/embed/#${fragment}" title="rightsize" style="width: 640px; border: 0" height="150"></iframe>
<script src="${site.origin}/embed/host.js" defer></script>`,
  );
  const { context, page, problems, offSite } = await openHost(url);
  const frame = page.frameLocator('iframe');
  const embed = page.frames().find((f) => f.url().startsWith(`${site.origin}/embed/`));
  assert.ok(embed, 'the embed page loads in a frame of another origin');
  await embed.waitForFunction(
    (stage) =>
      document.querySelector('rightsize-calculator').result?.stage === stage &&
      document.querySelector('input[name=users]').value === '60000',
    expected.stage,
  );
  assert.equal(await frame.locator('input[name=db_cpu_pct]').inputValue(), '78');
  assert.equal(await frame.locator('select[name=current_stage]').inputValue(), '2');
  assert.ok(await frame.locator('input[name=db_upgraded]').isChecked());
  assert.equal(await frame.locator('input[name=app_cpu_pct]').inputValue(), '', 'what the link leaves out is blank');
  // The frame prices the stage too (its closed money form): the recommendation is the CLI's.
  const { timeline, ...recommendation } = await embed.evaluate(
    () => document.querySelector('rightsize-calculator').result,
  );
  assert.deepEqual(recommendation, expected);
  assert.equal(await embed.locator('.site-header, .site-footer, nav').count(), 0, 'no site chrome');

  const first = await fitted(page, embed);
  assert.ok(Math.abs((await frameHeight(page)) - first) <= 1, 'the frame is as tall as its content');
  // More content: a second trigger fires, and a bad field gets its message.
  await frame.locator('input[name=p95_ms]').fill('900');
  await frame.locator('input[name=app_cpu_pct]').fill('150');
  await frame.locator('[data-error-for=app_cpu_pct]').waitFor({ state: 'visible' });
  await page.waitForFunction(
    (before) => document.querySelector('iframe').getBoundingClientRect().height > before + 10,
    first,
  );
  const second = await fitted(page, embed);
  assert.ok(second > first, `the frame grew with its content (${first} -> ${second})`);
  assert.ok(Math.abs((await frameHeight(page)) - second) <= 1);
  assert.deepEqual(offSite(), [], 'the host page fetched only from the site');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('the host script ignores height messages from anyone else, and of any other shape', async () => {
  const fragment = rightsize(['share'], { users: 800 });
  await writeFile(
    path.join(hostDir, 'impostor.html'),
    `<!doctype html><link rel="icon" href="data:,"><title>impostor</title><p>impostor</p>`,
  );
  const url = await hostPage(
    'messages.html',
    `<iframe src="${site.origin}/embed/#${fragment}" title="rightsize" style="width: 600px; border: 0"></iframe>
<iframe src="${host.origin}/impostor.html" title="another frame"></iframe>
<script src="${site.origin}/embed/host.js" defer></script>`,
  );
  const { context, page, problems } = await openHost(url);
  const embed = page.frames().find((f) => f.url().startsWith(`${site.origin}/embed/`));
  await embed.waitForFunction(() => document.querySelector('rightsize-calculator').result != null);
  await fitted(page, embed);
  await page.evaluate(() => {
    window.heights = [];
    const iframe = document.querySelector('iframe');
    new MutationObserver(() => window.heights.push(iframe.style.height)).observe(iframe, { attributes: true });
  });
  // The right shape from the wrong windows: the host page itself, and a frame of its own origin.
  await page.evaluate(() => window.postMessage({ type: 'rightsize:height', height: 333 }, '*'));
  const impostor = page.frames().find((f) => f.url().endsWith('/impostor.html'));
  await impostor.evaluate(() => parent.postMessage({ type: 'rightsize:height', height: 444 }, '*'));
  // The right window, wrong shapes; then one good message, which arrives after them.
  await embed.evaluate(() => {
    for (const bad of [
      { type: 'rightsize:height', height: -5 },
      { type: 'rightsize:height', height: 0 },
      { type: 'rightsize:height', height: 1e9 },
      { type: 'rightsize:height', height: Number.NaN },
      { type: 'rightsize:height', height: '555' },
      { type: 'other', height: 556 },
      { height: 557 },
      'rightsize:height',
      null,
    ])
      parent.postMessage(bad, '*');
    parent.postMessage({ type: 'rightsize:height', height: 777 }, '*');
  });
  // Read from the record rather than the frame's style: the frame may report a real change
  // of its own content (its drawing arriving) right after, and no bad message counts.
  await page.waitForFunction(() => window.heights.includes('777px'));
  const heights = await page.evaluate(() => window.heights);
  for (const bad of ['333px', '444px', '-5px', '0px', '1000000000px', 'NaNpx', '555px', '556px', '557px'])
    assert.ok(!heights.includes(bad), `a bad message changed the frame: ${heights}`);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('only the embed page may be framed: its policy allows any ancestor, every other page none', async () => {
  for (const [p, ancestors] of [
    ['embed/', '*'],
    ['calculator/', "'none'"],
    ['', "'none'"],
    ['timeline/', "'none'"],
  ]) {
    const response = await fetch(`${site.origin}/${p}`);
    const policy = response.headers.get('content-security-policy');
    assert.deepEqual(policy.match(/frame-ancestors [^;,]+/g), [`frame-ancestors ${ancestors}`], `/${p}: ${policy}`);
  }
  const script = await fetch(`${site.origin}/embed/rightsize-calculator.js`, { headers: { Origin: host.origin } });
  assert.equal(script.headers.get('access-control-allow-origin'), '*');
  const url = await hostPage('framing.html', `<iframe src="${site.origin}/calculator/" title="not allowed"></iframe>`);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  const framed = page.frames().find((f) => f.url().startsWith(`${site.origin}/calculator/`));
  const blocked =
    !framed || (await framed.evaluate(() => document.querySelector('rightsize-calculator') === null).catch(() => true));
  assert.ok(blocked, "the calculator page does not render inside another site's frame");
  await context.close();
});

// Host styles aimed at everything, the element's inside included, and elements whose
// class names match the calculator's own, which the element's styles must not reach.
const HOSTILE_CSS = `<style>
  :root { --bg: rgb(255, 0, 0); --fg: rgb(0, 255, 0); --accent: rgb(0, 0, 255); font-size: 20px; }
  * { color: rgb(255, 0, 0) !important; font-family: serif !important; letter-spacing: 3px; }
  p, label, input, form, div, section { margin: 37px !important; padding: 11px; text-transform: uppercase; }
  .rs-result, .rs-field { display: none !important; }
  rightsize-calculator { line-height: 4; text-align: right; font-size: 30px; }
</style>`;

test('the element from one script tag on another origin: attributes in, result out, nothing else fetched', async () => {
  // Database CPU over db_cpu_high's threshold (stage 2), then well under it, then just over.
  const hot = past('db_cpu_high');
  const input = { users: 800, db_cpu_pct: hot };
  const expected = JSON.parse(rightsize(['recommend'], input));
  const url = await hostPage(
    'element.html',
    `${HOSTILE_CSS}
<script type="module" src="${site.origin}/embed/rightsize-calculator.js"></script>
</head>
<body>
<p class="rs-result probe">A paragraph of the host page with one of the calculator's class names.</p>
<a class="probe-link" href="#top">A link of the host page</a>
<rightsize-calculator users="800" db_cpu_pct="${hot}"></rightsize-calculator>
</body>
</html>`,
  );
  const { context, page, problems, offSite } = await openHost(url, site, () => {
    window.events = [];
    document.addEventListener('rightsize-result', (e) =>
      window.events.push({ stage: e.detail.stage, bubbles: e.bubbles, composed: e.composed }),
    );
  });
  await page.waitForFunction(() => document.querySelector('rightsize-calculator').result != null);
  const result = await page.evaluate(() => document.querySelector('rightsize-calculator').result);
  assert.deepEqual(result, expected, 'the same document as the CLI');
  assert.equal(result.stage, 2);
  const inside = page.locator('rightsize-calculator');
  assert.equal(await inside.locator('input[name=users]').inputValue(), '800');
  assert.equal(await inside.locator('input[name=db_cpu_pct]').inputValue(), String(hot));
  assert.equal(
    await page.evaluate(() => document.querySelector('rightsize-calculator').children.length),
    0,
    'the content lives in the shadow root',
  );

  await page.evaluate(
    (cool) => document.querySelector('rightsize-calculator').setAttribute('db_cpu_pct', cool),
    String(threshold('db_cpu_high') / 2),
  );
  await page.waitForFunction(() => document.querySelector('rightsize-calculator').result.stage === 1);
  await page.getByLabel('Database CPU, sustained').fill(String(threshold('db_cpu_high') + 5));
  await page.waitForFunction(() => document.querySelector('rightsize-calculator').result.stage === 2);
  const events = await page.evaluate(() => window.events);
  assert.deepEqual(
    events.map((e) => e.stage),
    [2, 1, 2],
  );
  assert.ok(events.every((e) => e.bubbles && e.composed));

  // Keyboard: Tab reaches the first field inside, the stage the reader is on.
  await page.focus('.probe-link');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.shadowRoot?.activeElement?.name), 'current_stage');

  assert.deepEqual(offSite(), [], "every request went to the script's origin");
  assert.deepEqual(problems(), []);
  await context.close();
});

test("the element's styles and the host page's stay apart", async () => {
  const plain = await hostPage(
    'plain.html',
    `<script type="module" src="${site.origin}/embed/rightsize-calculator.js"></script>
</head><body><rightsize-calculator users="800"></rightsize-calculator></body></html>`,
  );
  const hostile = await hostPage(
    'hostile.html',
    `${HOSTILE_CSS}
<script type="module" src="${site.origin}/embed/rightsize-calculator.js"></script>
</head><body><p class="rs-result probe">host text</p><rightsize-calculator users="800"></rightsize-calculator></body></html>`,
  );
  const look = async (url) => {
    const { context, page, problems } = await openHost(url);
    await page.waitForFunction(() => document.querySelector('rightsize-calculator').result != null);
    const styles = await page.evaluate(() => {
      const root = document.querySelector('rightsize-calculator').shadowRoot;
      const pick = (el) => {
        const s = getComputedStyle(el);
        return {
          color: s.color,
          font: s.fontFamily,
          size: s.fontSize,
          margin: s.margin,
          padding: s.padding,
          display: s.display,
          spacing: s.letterSpacing,
          transform: s.textTransform,
          align: s.textAlign,
          lineHeight: s.lineHeight,
          background: s.backgroundColor,
        };
      };
      return Object.fromEntries(
        ['.rs-embed', 'form', 'label', 'input[name=users]', '.rs-field', '.rs-result', '.rs-stage'].map((sel) => [
          sel,
          pick(root.querySelector(sel)),
        ]),
      );
    });
    const probe = await page.evaluate(() => {
      const p = document.querySelector('.probe');
      if (!p) return null;
      const s = getComputedStyle(p);
      return { background: s.backgroundColor, radius: s.borderRadius, boxSizing: s.boxSizing };
    });
    assert.deepEqual(problems(), []);
    await context.close();
    return { styles, probe };
  };
  const alone = await look(plain);
  const attacked = await look(hostile);
  assert.deepEqual(attacked.styles, alone.styles, "the host page's rules change nothing inside the element");
  assert.notEqual(alone.styles['.rs-result'].display, 'none');
  assert.deepEqual(
    attacked.probe,
    { background: 'rgba(0, 0, 0, 0)', radius: '0px', boxSizing: 'content-box' },
    "the element's rules (.rs-result, * { box-sizing }) do not reach the host page",
  );
});

for (const [n, name, server] of [
  [1, 'at the root', () => site],
  [2, 'under a sub-path', () => subPath],
]) {
  test(`the snippet generator's snippets work as pasted into another origin's page (${name})`, async () => {
    const s = server();
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: s.origin });
    const { page, problems } = await openPage(context, s.origin);
    await page.goto(`${s.site}calculator/`);
    await page.waitForFunction(() => document.querySelector('rightsize-calculator')?.result != null);
    // Over db_limits_cacheable's threshold: with an upgraded database and repeated reads, stage 3.
    const hot = past('db_limits_cacheable');
    await page.fill('input[name=users]', '60000');
    await page.fill('input[name=db_cpu_pct]', String(hot));
    await page.fill('input[name=app_cpu_pct]', '');
    await page.check('input[name=db_upgraded]');
    await page.check('input[name=repeated_reads]');
    await page.selectOption('select[name=current_stage]', '2');
    await page.waitForFunction(() => document.querySelector('rightsize-calculator').result.stage === 3);
    await openEmbedSection(page);
    const frameCode = page.getByLabel('HTML for a frame');
    const elementCode = page.getByLabel('HTML for the element');
    await page.waitForFunction(() => document.querySelector('[data-snippet=frame] textarea')?.value.includes('#'));
    const frameSnippet = await frameCode.inputValue();
    const elementSnippet = await elementCode.inputValue();
    assert.ok(await frameCode.evaluate((t) => t.readOnly));
    const src = /<iframe src="([^"]+)"/.exec(frameSnippet)[1];
    assert.ok(src.startsWith(`${s.site}embed/#`), src);
    assert.ok(frameSnippet.includes(`<script src="${s.site}embed/host.js" defer></script>`), frameSnippet);
    const want = {
      users: 60000,
      current_stage: 2,
      db_cpu_pct: hot,
      db_query_ms: 40,
      p95_ms: 220,
      repeated_reads: true,
      db_upgraded: true,
    };
    assert.deepEqual(
      JSON.parse(rightsize(['decode', src.split('#')[1]])),
      JSON.parse(rightsize(['decode', rightsize(['share'], want)])),
    );
    assert.ok(
      elementSnippet.startsWith(`<script type="module" src="${s.site}embed/rightsize-calculator.js"></script>`),
      elementSnippet,
    );
    // The element's children are its fallback: a link to the calculator for a page whose scripts do not run.
    const [, tag, fallback] =
      /<rightsize-calculator ([^>]*)>\n {2}(<a href="[^"]+">[^<]+<\/a>)\n<\/rightsize-calculator>$/.exec(
        elementSnippet,
      );
    assert.match(fallback, new RegExp(`^<a href="${s.site}calculator/#`), fallback);
    assert.deepEqual(
      tag.split(' ').sort(),
      [
        'app_cpu_pct=""',
        'current_stage="2"',
        `db_cpu_pct="${hot}"`,
        'db_query_ms="40"',
        'db_upgraded',
        'p95_ms="220"',
        'repeated_reads',
        'users="60000"',
      ],
      'the inputs on screen, and a blank for the field left empty',
    );

    // The live preview is the frame of the snippet, fitted to its content.
    const preview = page.locator('.embed-preview');
    assert.equal(await preview.getAttribute('src'), src);
    const previewFrame = page.frames().find((f) => f.url() === src);
    await previewFrame.waitForFunction(() => document.querySelector('rightsize-calculator').result?.stage === 3);
    await page.waitForFunction(
      (want) => Math.abs(document.querySelector('.embed-preview').getBoundingClientRect().height - want) <= 1,
      await contentHeight(previewFrame),
    );

    // Copy, with visible feedback.
    await page.locator('[data-snippet=element] button').click();
    await page.locator('[data-snippet=element] [role=status]').getByText('Copied.').waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), elementSnippet);

    // The snippets, pasted as they are into a page of another origin.
    const pasted = await hostPage(
      `pasted-${n}.html`,
      `</head><body>\n${frameSnippet}\n${elementSnippet}\n</body></html>`,
    );
    const other = await openHost(pasted, s);
    await other.page.waitForFunction(() => document.querySelector('rightsize-calculator').result?.stage === 3);
    const pastedFrame = other.page.frames().find((f) => f.url() === src);
    await pastedFrame.waitForFunction(() => document.querySelector('rightsize-calculator').result?.stage === 3);
    await other.page.waitForFunction(
      (want) => Math.abs(document.querySelector('iframe').getBoundingClientRect().height - want) <= 1,
      await contentHeight(pastedFrame),
    );
    assert.deepEqual(other.offSite(), []);
    assert.deepEqual(other.problems(), []);
    await other.context.close();
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('a damaged or newer-format link in the frame says so and shows the starting values', async () => {
  const good = rightsize(['share'], { users: 800, db_cpu_pct: 72 });
  for (const fragment of [`${good.slice(0, -3)}`, `9${good.slice(1)}`, `${good.slice(0, 6)}%3Cb%3Ex`]) {
    const context = await browser.newContext();
    const { page, problems } = await openPage(context, site.origin);
    await page.goto(`${site.origin}/embed/#${fragment}`);
    const notice = page.locator('[data-link-error]');
    await notice.waitFor({ state: 'visible' });
    assert.match(
      await notice.textContent(),
      /^This link could not be opened: .+ Showing the starting values instead\.$/,
    );
    await page.waitForFunction(() => document.querySelector('rightsize-calculator').result != null);
    assert.equal(await page.inputValue('input[name=users]'), '5000', fragment);
    assert.equal(await page.locator('[data-link-error] b').count(), 0, 'markup in a link stays text');
    // A good link afterwards (the fragment changes in place) fills the form and clears the notice.
    await page.evaluate((f) => {
      location.hash = f;
    }, good);
    await page.waitForFunction(() => document.querySelector('input[name=users]').value === '800');
    assert.ok(await notice.isHidden());
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('axe finds no violations in the frame, the element and the opened embed section', async () => {
  const element = await hostPage(
    'axe-element.html',
    `<script type="module" src="${site.origin}/embed/rightsize-calculator.js"></script>
</head><body><main><h1>A host page</h1><rightsize-calculator users="800" db_cpu_pct="150"></rightsize-calculator></main></body></html>`,
  );
  for (const colorScheme of ['light', 'dark']) {
    const context = await browser.newContext({ colorScheme });
    const { page, problems } = await openPage(context, site.origin);
    await page.goto(`${site.origin}/embed/#${rightsize(['share'], { users: 60000, db_cpu_pct: past('db_cpu_high') })}`);
    await page.waitForFunction(() => document.querySelector('rightsize-calculator').result?.stage === 2);
    // Opened on its own it shows the code and a preview: the preview is this same page in a
    // frame, whose landmarks axe would count twice.
    let { violations } = await new AxeBuilder({ page }).exclude('.embed-preview').analyze();
    assert.deepEqual(
      violations.map((v) => `embed page: ${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
      [],
    );

    await page.goto(element);
    await page.locator('rightsize-calculator [data-error-for=db_cpu_pct]').waitFor({ state: 'visible' });
    ({ violations } = await new AxeBuilder({ page }).include('rightsize-calculator').analyze());
    assert.deepEqual(
      violations.map((v) => `element: ${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
      [],
    );

    await page.goto(`${site.origin}/calculator/`);
    await page.waitForFunction(() => document.querySelector('rightsize-calculator')?.result != null);
    await openEmbedSection(page);
    // The preview's link, or the generator's sentence saying why it could not be made.
    await page.waitForFunction(
      () =>
        document.querySelector('.embed-preview')?.src.includes('#') ||
        /could not be made/.test(document.querySelector('[data-snippet=frame] textarea')?.value ?? ''),
    );
    assert.match(
      await page.locator('.embed-preview').getAttribute('src'),
      /#/,
      `${await page.locator('[data-snippet=frame] textarea').inputValue()}\n${problems.join('\n')}`,
    );
    ({ violations } = await new AxeBuilder({ page }).include('.embed-snippets').analyze());
    assert.deepEqual(
      violations.map((v) => `embed section: ${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
      [],
    );
    await context.close();
  }
});
