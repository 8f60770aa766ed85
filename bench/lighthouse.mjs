// Lighthouse 12's four scores (mobile defaults) for every built page, with dist/ served
// compressed by scripts/serve.mjs, run offline against Debian's Chromium (CHROME_PATH).
// Run after scripts/build.sh: node bench/lighthouse.mjs [PAGE...] (pages as URL paths, such as
// /principle/; every page when none is named)
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { builtPages, CHROMIUM_ARGS, serveDist } from '../tests/e2e/harness.js';
import { repoRoot } from '../wasm/node/load-node.js';

const run = promisify(execFile);
const server = await serveDist(path.join(repoRoot, 'dist'));
const out = await mkdtemp(path.join(tmpdir(), 'rightsize-lighthouse-'));
try {
  const only = process.argv.slice(2);
  for (const url of builtPages().filter((u) => only.length === 0 || only.includes(u))) {
    const report = path.join(out, 'report.json');
    await run(
      path.join(repoRoot, 'node_modules/.bin/lighthouse'),
      [
        server.site + url.slice(1),
        '--quiet',
        '--only-categories=performance,accessibility,best-practices,seo',
        '--output=json',
        `--output-path=${report}`,
        `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
      ],
      { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' }, maxBuffer: 1 << 26 },
    );
    const r = JSON.parse(await readFile(report, 'utf8'));
    const score = (id) => Math.round(r.categories[id].score * 100);
    const metric = (id) => r.audits[id].displayValue;
    const missed = Object.values(r.categories).flatMap((c) =>
      c.auditRefs
        .filter((ref) => ref.weight > 0 && r.audits[ref.id].score !== null && r.audits[ref.id].score < 1)
        .map((ref) => `${ref.id} ${r.audits[ref.id].displayValue ?? r.audits[ref.id].score}`),
    );
    console.log(
      `${url}: Lighthouse performance ${score('performance')}, accessibility ${score('accessibility')}, ` +
        `best practices ${score('best-practices')}, SEO ${score('seo')} (LCP ${metric('largest-contentful-paint')}, ` +
        `TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')})${missed.length ? `; short of full marks: ${missed.join(', ')}` : ''}`,
    );
  }
} finally {
  server.close();
  await rm(out, { recursive: true, force: true });
}
