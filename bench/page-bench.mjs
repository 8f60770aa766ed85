// The pages as a reader on a slow phone network gets them, in Debian's Chromium through
// playwright-core, with dist/ served compressed (scripts/serve.mjs). For every built page:
//   - bytes raw, gzip and Brotli of every file the page loads up to its first live result
//     (the budgets), and of everything its load asks for, what comes after included;
//   - the request depth of its critical path: a file the HTML names is 1 round trip after
//     the HTML, a file named only inside those is 2, and so on (read from the files);
//   - the first live result at 150 ms round trip and 1.6 Mbps down (CDP network
//     emulation, cache off, a fresh browser context each time), median of RUNS cold loads,
//     and the same wait on a floor page that answers at once;
//   - the longest main-thread task of each live page's cold load, its first result and the
//     second after it, and the longest while the band recomputes as the reader types.
// Run after scripts/build.sh: node bench/page-bench.mjs [RUNS]; LIST=1 also lists each file a
// live page loads before its first result, with its gzip size.
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { builtPages, launchBrowser, serveDist } from '../tests/e2e/harness.js';
import { repoRoot } from '../wasm/node/load-node.js';

const RUNS = Number(process.argv[2] ?? 7);
const RTT_MS = 150;
const DOWN_BPS = 1.6e6;
const dist = path.join(repoRoot, 'dist');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

async function size(file) {
  try {
    return (await stat(file)).size;
  } catch {
    return null;
  }
}

// One cold load under the emulated network: when the first live result (or the floor's
// mark) came, relative to the navigation's start, and every file requested.
async function coldLoad(browser, url, mark) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: RTT_MS,
    downloadThroughput: DOWN_BPS / 8,
    uploadThroughput: 750e3 / 8,
  });
  const requests = new Set();
  const sentAt = new Map(); // url -> seconds on the browser's clock, first request
  cdp.on('Network.requestWillBeSent', ({ request, timestamp }) => {
    requests.add(request.url);
    if (!sentAt.has(request.url)) sentAt.set(request.url, timestamp);
  });
  // Every main-thread task over 50 ms from the document's start (the Long Tasks API).
  await page.addInitScript(() => {
    window.rightsizeLongTasks = [];
    new PerformanceObserver((list) =>
      window.rightsizeLongTasks.push(...list.getEntries().map((e) => e.duration)),
    ).observe({ type: 'longtask' });
  });
  await page.goto(url, { waitUntil: 'load' });
  const at = await page
    .waitForFunction((name) => performance.getEntriesByName(name)[0]?.startTime, mark, { timeout: 60000 })
    .then((h) => h.jsonValue());
  // The page's clock starts before its own request is sent: fetchStart is that request's
  // time on the page's clock, so a file asked for just after the result is not counted in it.
  const fetchStart = await page.evaluate(() => performance.getEntriesByType('navigation')[0]?.fetchStart ?? 0);
  // What comes after the first result (the money, the links, the watch) runs in this second.
  await page.waitForTimeout(1500);
  const longTasks = await page.evaluate(() => window.rightsizeLongTasks);
  await context.close();
  // What the first live result needed: every file asked for before it came. A page may load
  // more after it (the calculator's money and link code, the model's worker).
  const start = sentAt.get(url) ?? Math.min(...sentAt.values());
  // The tab's icon is left out: the browser fetches it on its own schedule, for the tab, and
  // whether that falls before or after the result says nothing about the page.
  const first = new Set(
    [...sentAt]
      .filter(([u, t]) => (t - start) * 1000 <= at - fetchStart && !u.endsWith('/assets/icon.svg'))
      .map(([u]) => u),
  );
  return { at, requests, first, longest: Math.max(0, ...longTasks) };
}

async function fileOf(site, u) {
  const file = path.join(dist, decodeURIComponent(new URL(u).pathname.slice(new URL(site).pathname.length)));
  return file.endsWith(path.sep) || (await stat(file).catch(() => null))?.isDirectory()
    ? path.join(file, 'index.html')
    : file;
}

// Round trips after the HTML before each file can be asked for: 1 for what the HTML names,
// n + 1 for what only a file at depth n names (by its path relative to that file).
async function depths(site, pageUrl, urls) {
  const files = new Map(await Promise.all(urls.map(async (u) => [u, await fileOf(site, u)])));
  const text = new Map(
    await Promise.all(
      [...files].map(async ([u, f]) => [
        u,
        /\.(html|js|css|webmanifest)$/.test(f) ? await readFile(f, 'utf8').catch(() => '') : '',
      ]),
    ),
  );
  const names = (from, to) =>
    text.get(from).includes(
      path
        .relative(path.dirname(files.get(from)), files.get(to))
        .split(path.sep)
        .join('/'),
    );
  const depth = new Map([[pageUrl, 0]]);
  for (let d = 0; depth.size < urls.length && d < 8; ++d)
    for (const u of urls)
      if (!depth.has(u) && [...depth].some(([from, fd]) => fd === d && names(from, u))) depth.set(u, d + 1);
  return depth;
}

async function bytesOf(site, urls) {
  let raw = 0,
    gz = 0,
    br = 0;
  for (const u of urls) {
    if (!u.startsWith(site)) continue;
    const file = await fileOf(site, u);
    const r = await size(file);
    if (r == null) continue;
    raw += r;
    gz += (await size(`${file}.gz`)) ?? r;
    br += (await size(`${file}.br`)) ?? r;
  }
  return { raw, gz, br };
}

// The longest main-thread task while the band recomputes: a reader types growth rates and
// month counts, one keystroke every 150 ms (each an input event in a task of its own, as
// from a keyboard), with the band on; every keystroke sets off a new band in the worker.
async function longestTaskWhileTyping(browser, site) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site}timeline/`);
  await page.waitForFunction(() => document.querySelector('rightsize-timeline')?.result != null);
  await page.check('input[name=band]');
  await page.fill('[name=milestones]', '');
  await page.fill('input[name=monthly_pct]', '10');
  await page.waitForFunction(() => document.querySelector('rightsize-timeline').result.band != null);
  const tasks = await page.evaluate(async () => {
    const seen = [];
    const handlers = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) seen.push(e.duration);
    }).observe({ type: 'longtask' });
    const form = document.querySelector('rightsize-timeline form');
    const keystrokes = [
      ['monthly_pct', '1'],
      ['monthly_pct', '12'],
      ['months', '6'],
      ['months', '60'],
      ['monthly_pct', '2'],
      ['monthly_pct', '20'],
      ['months', '1'],
      ['months', '12'],
      ['months', '120'],
      ['users', '5'],
      ['users', '50'],
      ['users', '500'],
      ['monthly_pct', '8'],
      ['months', '3'],
      ['months', '36'],
    ];
    for (const [name, value] of keystrokes) {
      form.elements[name].value = value;
      const start = performance.now();
      form.elements[name].dispatchEvent(new Event('input', { bubbles: true }));
      handlers.push(performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    const el = document.querySelector('rightsize-timeline');
    while (el.result.band?.length !== 36) await new Promise((resolve) => setTimeout(resolve, 50));
    await new Promise((resolve) => setTimeout(resolve, 200));
    // How busy the machine is: a fixed loop of plain arithmetic, timed on the same thread.
    const loop = performance.now();
    let x = 0;
    for (let i = 0; i < 3e6; ++i) x += i % 7;
    return { seen, handlers: handlers.sort((a, b) => a - b), loopMs: performance.now() - loop + (x < 0 ? 1 : 0) };
  });
  await context.close();
  return {
    longest: tasks.seen.length ? Math.max(...tasks.seen) : 0,
    count: tasks.seen.length,
    handlerMs: tasks.handlers[tasks.handlers.length >> 1],
    loopMs: tasks.loopMs,
  };
}

const floorDir = await mkdtemp(path.join(tmpdir(), 'rightsize-floor-'));
await writeFile(
  path.join(floorDir, 'index.html'),
  '<!doctype html><html lang="en"><title>floor</title><p>answers at once</p><script>performance.mark("floor")</script></html>\n',
);
const [browser, server, floor] = await Promise.all([launchBrowser(), serveDist(dist), serveDist(floorDir)]);
try {
  const floorTimes = [];
  for (let i = 0; i < RUNS; ++i) floorTimes.push((await coldLoad(browser, floor.site, 'floor')).at);
  const floorMs = median(floorTimes);
  console.log(
    `floor page (answers at once), ${RTT_MS} ms RTT, ${DOWN_BPS / 1e6} Mbps: ${floorMs.toFixed(0)} ms (median of ${RUNS})`,
  );
  for (const url of builtPages(dist)) {
    const html = await readFile(path.join(dist, url.endsWith('/') ? `${url}index.html` : url), 'utf8');
    const live = /<rightsize-(calculator|timeline)\b/.exec(html)?.[1];
    const mark = live ? `rightsize-${live}-live` : null;
    const times = [];
    const longest = [];
    let requested = null;
    let first = null;
    if (mark) {
      for (let i = 0; i < RUNS; ++i) {
        const load = await coldLoad(browser, server.site + url.slice(1), mark);
        times.push(load.at);
        longest.push(load.longest);
        requested = load.requests;
        first = load.first;
      }
    } else {
      const context = await browser.newContext();
      const page = await context.newPage();
      requested = new Set();
      page.on('request', (r) => requested.add(r.url()));
      await page.goto(server.site + url.slice(1), { waitUntil: 'load' });
      await context.close();
    }
    const ours = (u) => u.startsWith(server.site) && !u.endsWith('/sw.js');
    const urls = [...requested].filter(ours);
    const bytes = await bytesOf(server.site, urls);
    if (first) {
      const before = [...first].filter(ours);
      const b = await bytesOf(server.site, before);
      console.log(
        `${url} up to its first live result (the budget's figure): ${before.length} files, ${kb(b.raw)} raw, ` +
          `${kb(b.gz)} gzip, ${kb(b.br)} brotli`,
      );
      if (process.env.LIST)
        for (const u of before)
          console.log('   ', u.slice(server.site.length), kb((await bytesOf(server.site, [u])).gz));
    }
    if (mark) {
      const ms = (t) => (t ? `${t.toFixed(0)} ms` : 'under 50 ms');
      console.log(
        `${url} loading, first result and the second after it: longest main-thread task ${ms(median(longest))} ` +
          `(median of ${RUNS}: ${longest.map(ms).join(', ')})`,
      );
    }
    const depthOf = await depths(server.site, server.site + url.slice(1), urls);
    const depth = Math.max(...urls.map((u) => depthOf.get(u) ?? Infinity));
    console.log(
      `${url}${first ? ', with what loads after it' : ''}: ${urls.length} files, ${kb(bytes.raw)} raw, ${kb(bytes.gz)} gzip, ${kb(bytes.br)} brotli; critical path ${depth} request${depth === 1 ? '' : 's'} deep after the HTML` +
        (mark
          ? `; first live result ${median(times).toFixed(0)} ms, ${(median(times) - floorMs).toFixed(0)} ms over the floor (median of ${RUNS}: ${times.map((t) => t.toFixed(0)).join(' ')})`
          : ''),
    );
  }
  const typing = await longestTaskWhileTyping(browser, server.site);
  console.log(
    `timeline, 15 keystrokes with the band on: longest main-thread task ${
      typing.longest ? `${typing.longest.toFixed(0)} ms ` + `(${typing.count} over 50 ms)` : 'under 50 ms'
    }; median input handler ${typing.handlerMs.toFixed(1)} ms; ` +
      `machine load: a fixed 3,000,000-step loop took ${typing.loopMs.toFixed(1)} ms on the page's thread`,
  );
} finally {
  await browser.close();
  server.close();
  floor.close();
  await rm(floorDir, { recursive: true, force: true });
}
