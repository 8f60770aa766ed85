// The pages as a reader on a slow phone network gets them, in Debian's Chromium through
// playwright-core, with dist/ served compressed (scripts/serve.mjs). For every built page:
//   - bytes raw, gzip and Brotli of every file the page loads up to its first live result;
//   - the request depth of its critical path (HTML = 0; what the HTML names = 1; ...);
//   - the first live result at 150 ms round trip and 1.6 Mbps down (CDP network
//     emulation, cache off, a fresh browser context each time), median of RUNS cold loads,
//     and the same wait on a floor page that answers at once;
//   - the longest main-thread task while the band recomputes as the reader types.
// Run after scripts/build.sh: node bench/page-bench.mjs [RUNS]
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { builtPages, launchBrowser, serveDist } from '../tests/e2e/harness.js';
import { repoRoot } from '../wasm/load-node.js';

const RUNS = Number(process.argv[2] ?? 7);
const RTT_MS = 150;
const DOWN_BPS = 1.6e6;
const dist = path.join(repoRoot, 'dist');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

async function size(file) {
  try { return (await stat(file)).size; } catch { return null; }
}

// One cold load under the emulated network: when the first live result (or the floor's
// mark) came, relative to the navigation's start, and every request with its depth.
async function coldLoad(browser, url, mark) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions',
    { offline: false, latency: RTT_MS, downloadThroughput: DOWN_BPS / 8, uploadThroughput: 750e3 / 8 });
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', ({ requestId, request, initiator }) => {
    const parentUrl = initiator.url ?? initiator.stack?.callFrames?.[0]?.url
      ?? initiator.stack?.parent?.callFrames?.[0]?.url;
    requests.set(requestId, { url: request.url, parentUrl, type: initiator.type });
  });
  await page.goto(url, { waitUntil: 'load' });
  const at = await page.waitForFunction((name) => performance.getEntriesByName(name)[0]?.startTime, mark, { timeout: 60000 })
    .then((h) => h.jsonValue());
  const depthOf = new Map();
  const depth = (r, seen = 0) => {
    if (r.url === url || seen > 10) return 0;
    const parent = [...requests.values()].find((p) => p.url === r.parentUrl);
    return parent ? depth(parent, seen + 1) + 1 : 1;
  };
  for (const r of requests.values()) depthOf.set(r.url, depth(r));
  await context.close();
  return { at, depths: depthOf };
}

async function bytesOf(site, urls) {
  let raw = 0, gz = 0, br = 0;
  for (const u of urls) {
    if (!u.startsWith(site)) continue;
    let file = path.join(dist, decodeURIComponent(new URL(u).pathname.slice(new URL(site).pathname.length)));
    if (file.endsWith(path.sep) || (await stat(file).catch(() => null))?.isDirectory()) file = path.join(file, 'index.html');
    const r = await size(file);
    if (r == null) continue;
    raw += r;
    gz += (await size(`${file}.gz`)) ?? r;
    br += (await size(`${file}.br`)) ?? r;
  }
  return { raw, gz, br };
}

// The longest main-thread task while the band recomputes through a run of keystrokes.
async function longestTaskWhileTyping(browser, site) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site}timeline/`);
  await page.waitForFunction(() => document.querySelector('rightsize-timeline')?.result != null);
  await page.check('input[name=band]');
  await page.waitForFunction(() => document.querySelector('rightsize-timeline').result.band != null);
  await page.evaluate(() => {
    window.tasks = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.tasks.push(e.duration); })
      .observe({ type: 'longtask' });
  });
  await page.fill('input[name=milestones]', '');
  for (const text of ['1', '15', '2', '25', '3', '30']) {
    await page.fill('input[name=monthly_pct]', text);
    await page.fill('input[name=months]', text === '30' ? '120' : '60');
  }
  await page.waitForFunction(() => document.querySelector('rightsize-timeline').result.band?.length === 120);
  const tasks = await page.evaluate(() => window.tasks);
  await context.close();
  return tasks.length ? Math.max(...tasks) : 0;
}

const floorDir = await mkdtemp(path.join(tmpdir(), 'rightsize-floor-'));
await writeFile(path.join(floorDir, 'index.html'),
  '<!doctype html><html lang="en"><title>floor</title><p>answers at once</p><script>performance.mark("floor")</script></html>\n');
const [browser, server, floor] = await Promise.all([launchBrowser(), serveDist(dist), serveDist(floorDir)]);
try {
  const floorTimes = [];
  for (let i = 0; i < RUNS; ++i) floorTimes.push((await coldLoad(browser, floor.site, 'floor')).at);
  const floorMs = median(floorTimes);
  console.log(`floor page (answers at once), ${RTT_MS} ms RTT, ${DOWN_BPS / 1e6} Mbps: ${floorMs.toFixed(0)} ms (median of ${RUNS})`);
  for (const url of builtPages(dist)) {
    const html = await readFile(path.join(dist, url.endsWith('/') ? `${url}index.html` : url), 'utf8');
    const live = /<rightsize-(calculator|timeline)\b/.exec(html)?.[1];
    const mark = live ? `rightsize-${live}-live` : null;
    const times = [];
    let depths = null;
    if (mark) {
      for (let i = 0; i < RUNS; ++i) {
        const load = await coldLoad(browser, server.site + url.slice(1), mark);
        times.push(load.at);
        depths = load.depths;
      }
    } else {
      const context = await browser.newContext();
      const page = await context.newPage();
      const seen = [];
      page.on('request', (r) => seen.push(r.url()));
      await page.goto(server.site + url.slice(1), { waitUntil: 'load' });
      await context.close();
      depths = new Map(seen.map((u) => [u, u === server.site + url.slice(1) ? 0 : 1]));
    }
    const urls = [...depths.keys()].filter((u) => !u.endsWith('/sw.js'));
    const bytes = await bytesOf(server.site, urls);
    const depth = Math.max(...urls.map((u) => depths.get(u)));
    console.log(`${url}: ${urls.length} files, ${kb(bytes.raw)} raw, ${kb(bytes.gz)} gzip, ${kb(bytes.br)} brotli; critical path ${depth} request${depth === 1 ? '' : 's'} deep after the HTML`
      + (mark ? `; first live result ${median(times).toFixed(0)} ms, ${(median(times) - floorMs).toFixed(0)} ms over the floor (median of ${RUNS}: ${times.map((t) => t.toFixed(0)).join(' ')})` : ''));
  }
  const longest = await longestTaskWhileTyping(browser, server.site);
  console.log(`timeline, longest main-thread task while the band recomputes during typing: ${longest ? `${longest.toFixed(0)} ms` : 'none over 50 ms'}`);
} finally {
  await browser.close();
  server.close();
  floor.close();
  await rm(floorDir, { recursive: true, force: true });
}
