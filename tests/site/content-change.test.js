// The guide pages print numbers from the content directory, computed by the core at build
// time: build the site from a copy of content/ with a dearer app server and a moved
// threshold, and the built pages must change with them.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../wasm/node/load-node.js';

const PRICE_FACTOR = 1.5;
const THRESHOLD_STEP = 7;

function build(contentDir, outputDir) {
  const run = spawnSync(
    process.execPath,
    [
      path.join(repoRoot, 'node_modules/@11ty/eleventy/cmd.cjs'),
      '--config=web/eleventy.config.js',
      '--quiet',
      `--output=${outputDir}`,
    ],
    { cwd: repoRoot, env: { ...process.env, RIGHTSIZE_CONTENT: contentDir }, encoding: 'utf8' },
  );
  assert.equal(run.status, 0, run.stderr);
}

const page = (dir, url) => readFile(path.join(dir, url, 'index.html'), 'utf8');
const cents = (html) => [...html.matchAll(/data-cents="(\d+)"/g)].map((m) => Number(m[1]));
const editJson = async (file, edit) =>
  writeFile(file, JSON.stringify(edit(JSON.parse(await readFile(file, 'utf8'))), null, 2));

let work;
let before;
let after;
let threshold;

test.before(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'rightsize-content-'));
  const changed = path.join(work, 'content');
  await cp(path.join(repoRoot, 'content'), changed, { recursive: true });
  for (const file of await readdir(path.join(changed, 'pricing'))) {
    await editJson(path.join(changed, 'pricing', file), (c) => ({
      ...c,
      app: c.app.map((i) => ({ ...i, hourly: Number((i.hourly * PRICE_FACTOR).toFixed(6)) })),
    }));
  }
  await editJson(path.join(changed, 'rules.json'), (rules) => {
    const t = rules.triggers.find((r) => r.id === 'db_cpu_high');
    threshold = { from: t.threshold, to: t.threshold + THRESHOLD_STEP };
    t.threshold = threshold.to;
    return rules;
  });
  before = path.join(work, 'before');
  after = path.join(work, 'after');
  build(path.join(repoRoot, 'content'), before);
  build(changed, after);
});

test.after(() => rm(work, { recursive: true, force: true }));

test('a dearer app server raises what stage 1 costs on its page and on the overview', async () => {
  const [was, now] = [
    cents(await page(before, 'stages/1-all-in-one-box')),
    cents(await page(after, 'stages/1-all-in-one-box')),
  ];
  assert.ok(was.length >= 2, 'stage 1 shows its cost at both ends of its range');
  assert.equal(now.length, was.length);
  for (const [i, c] of now.entries()) assert.ok(c > was[i], `stage 1 row ${i}: ${c} should exceed ${was[i]}`);
  assert.notEqual(await page(after, ''), await page(before, ''));
});

test('a dearer app server changes the example table', async () => {
  const [was, now] = [cents(await page(before, 'example')), cents(await page(after, 'example'))];
  assert.ok(was.length >= 4);
  assert.ok(now[0] > was[0], 'month 1 of the example costs more');
});

test('a moved threshold reaches the stage pages', async () => {
  const old = `above ${threshold.from}%`;
  const moved = `above ${threshold.to}%`;
  for (const url of ['stages/1-all-in-one-box', 'stages/2-separate-database']) {
    assert.match(await page(before, url), new RegExp(old));
    assert.doesNotMatch(await page(before, url), new RegExp(moved));
    assert.match(await page(after, url), new RegExp(moved), `${url} shows the new threshold`);
  }
});

test('the pages that compute in the browser get the changed content too', async () => {
  const rules = JSON.parse(await readFile(path.join(after, 'assets/data/rules.json'), 'utf8'));
  assert.equal(rules.triggers.find((r) => r.id === 'db_cpu_high').threshold, threshold.to);
});
