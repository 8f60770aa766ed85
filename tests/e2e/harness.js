// Shared by the browser tests: serve dist/ on loopback with python3's http.server, drive
// Debian's Chromium through playwright-core (never a downloaded browser), and record
// every console error, page error, failed request and request to another origin.
import { spawn } from 'node:child_process';
import { after, before } from 'node:test';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { repoRoot } from '../../wasm/load-node.js';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function serveDist(dir = path.join(repoRoot, 'dist')) {
  return new Promise((resolve, reject) => {
    const server = spawn('python3', ['-u', '-m', 'http.server', '0', '--bind', '127.0.0.1', '--directory', dir],
      { stdio: ['ignore', 'pipe', 'pipe'] });
    server.on('error', reject);
    server.stdout.on('data', (chunk) => {
      const match = /port (\d+)/.exec(chunk.toString());
      if (match) resolve({ origin: `http://127.0.0.1:${match[1]}`, close: () => server.kill() });
    });
    server.on('exit', (code) => reject(new Error(`http.server exited with ${code}`)));
  });
}

export function launchBrowser() {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

// Opens a page that records problems; `problems` must stay empty for a healthy page.
export async function openPage(context, origin) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('request', (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) problems.push(`request to another origin: ${r.url()}`); });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  return { page, problems };
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
