// Shared by the browser tests: serve dist/ on loopback as a static host would
// (scripts/serve.mjs: precompressed files, dist/_headers), drive Debian's Chromium
// through playwright-core (never a downloaded browser), and record every console error,
// page error, failed request, request to another origin and policy violation.
import { execFile, spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { after, before } from 'node:test';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { repoRoot } from '../../wasm/node/load-node.js';
import { brotli, gzip } from '../../web/postbuild/compress.mjs';
import { writeServiceWorker } from '../../web/postbuild/offline.mjs';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// {origin, site (origin + base), close()}; base mounts the site under a sub-path.
export function serveDist(dir = path.join(repoRoot, 'dist'), { base = '/' } = {}) {
  return new Promise((resolve, reject) => {
    const server = spawn(
      process.execPath,
      [path.join(repoRoot, 'scripts/serve.mjs'), '--port', '0', '--dir', dir, '--base', base],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    server.on('error', reject);
    server.stdout.on('data', (chunk) => {
      const match = /(http:\/\/127\.0\.0\.1:\d+)(\/\S*)/.exec(chunk.toString());
      if (match) resolve({ origin: match[1], site: match[1] + match[2], close: () => server.kill() });
    });
    server.on('exit', (code) => reject(new Error(`scripts/serve.mjs exited with ${code}`)));
  });
}

// Builds the site into `out` as scripts/build.sh does (Eleventy, then web/postbuild/finish.mjs),
// for a host that serves it from `base` (the BASE of scripts/build.sh); the modules must
// be built already. Takes some seconds.
export async function buildSite(out, { base } = {}) {
  const env = { ...process.env, BASE: base };
  if (base === undefined) delete env.BASE;
  const run = (args) => promisify(execFile)(process.execPath, args, { cwd: repoRoot, env });
  await run([
    path.join(repoRoot, 'node_modules/@11ty/eleventy/cmd.cjs'),
    '--config=web/eleventy.config.js',
    '--quiet',
    `--output=${out}`,
  ]);
  await run([path.join(repoRoot, 'web/postbuild/finish.mjs'), out]);
  return out;
}

// Turns a built site (a copy: it is changed) into the next build, as a rebuild after an edit
// leaves it: a page that differs, and the service worker made again for the new files,
// with their compressed copies. Returns the new build's version.
let rebuilds = 0;
export async function rebuild(dir) {
  const home = path.join(dir, 'index.html');
  const html = (await readFile(home, 'utf8')).replace(/\n$/, `\n<!-- rebuilt ${process.pid}.${++rebuilds} -->\n`);
  const sw = path.join(dir, 'sw.js');
  await writeFile(home, html);
  const { version } = await writeServiceWorker(dir, path.join(repoRoot, 'web/service-worker.js'));
  for (const file of [home, sw]) {
    const bytes = await readFile(file);
    await writeFile(`${file}.br`, brotli(bytes));
    await writeFile(`${file}.gz`, gzip(bytes));
  }
  return version;
}

// Every page in a built site, as its URL path ('/', '/calculator/', '/404.html'...): the
// tests visit whatever was built, with no list to keep.
export function builtPages(dir = path.join(repoRoot, 'dist')) {
  const out = [];
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html'))
        out.push(`/${path.relative(dir, full).split(path.sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1'));
    }
  };
  walk(dir);
  return out.sort();
}

export function launchBrowser() {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

// Opens a page that records problems; `problems` must stay empty for a healthy page.
export async function openPage(context, origin) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  // A request cancelled because the page was left (net::ERR_ABORTED: a worker still fetching
  // the model when a test moves on) is not a failure a reader sees.
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText !== 'net::ERR_ABORTED')
      problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`);
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:'))
      problems.push(`request to another origin: ${r.url()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !/\/404\.html$/.test(r.url())) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('console', (m) => {
    if (m.text().startsWith('securitypolicyviolation')) problems.push(m.text());
  });
  explainTimeouts(page, problems);
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.info(
        `securitypolicyviolation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} in ${e.sourceFile}:${e.lineNumber}`,
      ),
    );
  });
  return { page, problems };
}

// A wait that times out says what the page was saying then (its status and alert lines, the
// errors beside fields) and what went wrong on it so far: a test that fails in CI only is read
// from its log alone.
function explainTimeouts(page, problems) {
  const wait = page.waitForFunction.bind(page);
  page.waitForFunction = async (...args) => {
    try {
      return await wait(...args);
    } catch (error) {
      if (error.name !== 'TimeoutError' || page.isClosed()) throw error;
      const said = await page
        .evaluate(() => {
          const lines = '[data-status], [role=status], [role=alert], [data-error-for]:not([hidden])';
          // The page's own lines, then those inside an embedded element's (open) shadow root.
          const roots = [document, ...[...document.querySelectorAll('*')].map((e) => e.shadowRoot).filter(Boolean)];
          return roots.flatMap((r) => [...r.querySelectorAll(lines)].map((e) => e.textContent.trim())).filter(Boolean);
        })
        .catch(() => []);
      error.message += `\n  at ${page.url()}\n  the page said: ${JSON.stringify(said)}\n  problems: ${JSON.stringify(problems)}`;
      throw error;
    }
  };
}

// Serves dist/ and starts the browser before a file's tests; stops both after them.
// The returned object's `server` and `browser` are set once the tests start.
export function useSiteAndBrowser() {
  const site = { server: null, browser: null };
  before(async () => {
    site.server = await serveDist();
    site.browser = await launchBrowser();
  });
  after(async () => {
    await site.browser?.close();
    site.server?.close();
  });
  return site;
}
