// The rightsize-measure module against the native CLI: the same files, fed in chunks the
// way the page's worker feeds File.stream(), give the same document, to the last digit.
// Known answers come from tests/wasm/measure-samples.js, computed without the core.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { loadMeasure as loadModule, readJson, repoRoot } from '../../wasm/node/load-node.js';
import { withinBound, writeSamples } from './measure-samples.js';

const cli = process.env.RIGHTSIZE_CLI ?? path.join(repoRoot, 'build/native/bin/rightsize');

async function loadMeasure({ content = true } = {}) {
  const m = await loadModule();
  if (content) {
    assert.deepEqual(m.set_settings(await readJson('content/measure.json')), { ok: true });
    assert.deepEqual(m.set_assumptions(await readJson('content/assumptions.json')), { ok: true });
  }
  return m;
}

const m = await loadMeasure();
const samples = await writeSamples();
test.after(() => rm(samples.dir, { recursive: true, force: true }));

const flag = { access_log: '--access-log', queries: '--queries', app_cpu: '--app-cpu', db_cpu: '--db-cpu' };

// files: [[kind, sample name, options?]]; the module reads each in `chunk`-byte pieces.
async function both(files, chunk = 65536) {
  const args = ['measure'];
  for (const [kind, name, options] of files) {
    args.push(flag[kind], samples.paths[name]);
    if (options?.format) args.push('--format', options.format);
  }
  const run = spawnSync(cli, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  assert.equal(run.error, undefined, `cannot run ${cli}: build the native preset first`);
  for (const [kind, name, options] of files) {
    assert.deepEqual(m.begin(kind, { file: samples.paths[name], ...options }), { ok: true });
    const bytes = new Uint8Array(await readFile(samples.paths[name]));
    for (let at = 0; at < bytes.length; at += chunk) m.feed(bytes.subarray(at, at + chunk));
  }
  const doc = m.finish();
  assert.equal(doc.ok, true, JSON.stringify(doc.errors));
  return { cli: JSON.parse(run.stdout), status: run.status, stderr: run.stderr, module: doc.result };
}

for (const [label, files, chunks] of [
  ['nginx', [['access_log', 'nginx']], [65536, 777]],
  [
    'Apache and JSON lines, added up',
    [
      ['access_log', 'apache'],
      ['access_log', 'jsonl'],
    ],
    [65536, 1],
  ],
  ['pg_stat_statements', [['queries', 'queries']], [65536, 13]],
  [
    'Grafana CSV and sar',
    [
      ['app_cpu', 'grafana'],
      ['db_cpu', 'sar'],
    ],
    [65536, 101],
  ],
  [
    'everything at once',
    [
      ['access_log', 'nginx'],
      ['queries', 'queries'],
      ['app_cpu', 'grafana'],
      ['db_cpu', 'sar'],
    ],
    [65536],
  ],
  ['a forced format', [['access_log', 'mixed', { format: 'apache' }]], [65536]],
]) {
  for (const chunk of chunks)
    test(`module and CLI give the same document: ${label}, ${chunk}-byte chunks`, async () => {
      const { cli: fromCli, status, stderr, module } = await both(files, chunk);
      assert.equal(status, 0, stderr);
      assert.deepEqual(module, fromCli);
    });
}

test('the documents hold the known answers', async () => {
  const { module } = await both([
    ['access_log', 'nginx'],
    ['queries', 'queries'],
    ['app_cpu', 'grafana'],
    ['db_cpu', 'sar'],
  ]);
  const e = samples.expect;
  assert.ok(withinBound(module.p95_ms, e.nginx.p95), `${module.p95_ms} vs ${e.nginx.p95}`);
  assert.ok(withinBound(module.evidence.p95_ms.overall_p95_ms, e.nginx.overallP95));
  assert.equal(module.evidence.p95_ms.window.from, `2024-01-15T${String(e.nginx.busiestHour).padStart(2, '0')}:00:00Z`);
  assert.ok(Math.abs(module.assumptions.peak_to_average - e.nginx.peakToAverage) < 0.011);
  assert.ok(Math.abs(module.assumptions.kb_out_per_request - e.nginx.kb) < 0.0011);
  assert.ok(Math.abs(module.db_query_ms - e.queries.dbQueryMs) < 0.0011);
  assert.ok(Math.abs(module.evidence.repeated_reads.top_select_share_pct - e.queries.share) < 0.11);
  assert.equal(module.repeated_reads === true, e.queries.share >= samples.settings.repeated_reads_share_pct.value);
  assert.ok(Math.abs(module.app_cpu_pct - e.app.highestHour) < 0.011);
  assert.ok(Math.abs(module.db_cpu_pct - e.db.highestHour) < 0.011);
  assert.equal(module.evidence.db_cpu_pct.peak_sample_pct, e.db.peak);
});

test('damaged files: the same messages and the same document, and no field from them', async () => {
  for (const name of ['empty', 'gzip', 'unknown', 'notimes', 'cut', 'mixed']) {
    const { cli: fromCli, status, stderr, module } = await both([['access_log', name]], 4096);
    assert.deepEqual(module, fromCli, name);
    for (const p of module.evidence.problems ?? []) assert.ok(stderr.includes(`${p.file}: ${p.message}`), stderr);
    assert.equal(status, module.evidence.problems ? 2 : 0, `${name}: ${stderr}`);
  }
  const { module: empty } = await both([
    ['access_log', 'empty'],
    ['queries', 'queries'],
  ]);
  assert.deepEqual(
    Object.keys(empty).filter((k) => k !== 'evidence'),
    ['db_query_ms', ...(empty.repeated_reads ? ['repeated_reads'] : [])],
  );
  assert.equal(empty.evidence.problems[0].message, 'the file is empty');
});

test('bad options come back as errors naming the option; cancel drops what was read', async () => {
  assert.equal(m.begin('nginx_log', { file: 'x' }).errors[0].field, 'kind');
  assert.deepEqual(m.begin('access_log', { file: 'x', format: 'iis' }).errors, [
    { field: 'format', message: 'unknown format "iis" for access_log: use nginx, apache or jsonl' },
  ]);
  assert.equal(m.begin('access_log', { file: 'x', duration_field: 'took:h' }).errors[0].field, 'duration_field');
  assert.equal(m.begin('access_log', {}).errors[0].field, 'file');
  assert.equal(m.begin('access_log', { file: 'x', colour: 'red' }).errors[0].field, 'colour');
  assert.equal(m.finish().ok, false, 'nothing begun');

  assert.deepEqual(m.begin('access_log', { file: 'a.log' }), { ok: true });
  m.feed(new TextEncoder().encode('this would be an unknown format\n'));
  m.cancel();
  assert.deepEqual(m.begin('queries', { file: 'q.csv' }), { ok: true });
  m.feed(new TextEncoder().encode('calls,total_exec_time\n4,10\n'));
  const doc = m.finish().result;
  assert.equal(doc.db_query_ms, 2.5);
  assert.equal(doc.evidence.problems, undefined, 'the cancelled file left nothing behind');

  const fresh = await loadMeasure({ content: false });
  assert.equal(fresh.begin('access_log', { file: 'x' }).errors[0].field, 'settings');
  const bad = await readJson('content/measure.json');
  bad.settings.top_selects.value = 0;
  assert.equal(fresh.set_settings(bad).errors[0].field, 'settings.top_selects.value');
});
