// rightsize measure at the command line: its document piped straight into recommend and
// timeline, its exit statuses, and its messages naming each file and what was wrong.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../../wasm/node/load-node.js';
import { writeSamples } from '../wasm/measure-samples.js';

const cli = process.env.RIGHTSIZE_CLI ?? path.join(repoRoot, 'build/native/bin/rightsize');
const samples = await writeSamples();
const p = samples.paths;
test.after(() => rm(samples.dir, { recursive: true, force: true }));

const run = (args, input) => spawnSync(cli, args, { input, encoding: 'utf8', maxBuffer: 1 << 26 });
// A shell pipe, as a reader would type it.
const pipe = (command) =>
  spawnSync('sh', ['-c', command], { encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, R: cli } });

test('measure | recommend: the measured fields decide the stage', () => {
  const r = pipe(
    `"$R" measure --access-log ${p.nginx} --queries ${p.queries} --app-cpu ${p.grafana} --db-cpu ${p.sar} --users 20000 | "$R" recommend`,
  );
  assert.equal(r.status, 0, r.stderr);
  const result = JSON.parse(r.stdout);
  const measured = JSON.parse(
    run(['measure', '--access-log', p.nginx, '--queries', p.queries, '--app-cpu', p.grafana, '--db-cpu', p.sar]).stdout,
  );
  assert.equal(result.users, 20000);
  // The same recommendation as the measured fields typed in by hand.
  const { evidence, assumptions, ...fields } = measured;
  const typed = run(['recommend'], JSON.stringify({ users: 20000, ...fields }));
  assert.deepEqual(result, JSON.parse(typed.stdout));
  assert.ok(result.fired.length > 0, 'these samples are busy enough to fire a trigger');
});

test('measure | timeline: the measured assumptions replace the defaults', () => {
  const r = pipe(`"$R" measure --access-log ${p.nginx} --users 5000 | "$R" timeline`);
  assert.equal(r.status, 0, r.stderr);
  const used = Object.fromEntries(JSON.parse(r.stdout).assumptions.map((a) => [a.name, a.value]));
  const measured = JSON.parse(run(['measure', '--access-log', p.nginx]).stdout);
  assert.equal(used.peak_to_average, measured.assumptions.peak_to_average);
  assert.equal(used.kb_out_per_request, measured.assumptions.kb_out_per_request);
  const csv = pipe(`"$R" measure --access-log ${p.nginx} --users 5000 | "$R" timeline --csv`);
  assert.equal(csv.status, 0, csv.stderr);
  assert.match(csv.stdout, /^month,/);
});

test('without --users the pipe says the one thing no file can tell', () => {
  const r = pipe(`"$R" measure --access-log ${p.nginx} | "$R" recommend`);
  assert.equal(r.status, 2);
  assert.equal(r.stderr.trim(), 'rightsize: stdin: users: is required');
});

test('a bad file is named with what was wrong, exits 2, and the good files still count', () => {
  const r = run([
    'measure',
    '--access-log',
    p.gzip,
    '--access-log',
    p.cut,
    '--queries',
    p.empty,
    '--app-cpu',
    path.join(samples.dir, 'missing.csv'),
  ]);
  assert.equal(r.status, 2);
  const lines = r.stderr.trim().split('\n');
  assert.ok(
    lines.includes(`rightsize: ${path.join(samples.dir, 'missing.csv')}: cannot read it (no such file)`),
    r.stderr,
  );
  assert.ok(
    lines.includes(`rightsize: ${p.gzip}: this is a gzip-compressed file: decompress it first (gunzip)`),
    r.stderr,
  );
  assert.ok(lines.includes(`rightsize: ${p.empty}: the file is empty`), r.stderr);
  assert.ok(
    lines.includes(`rightsize: ${p.cut}: the last line is cut short (was the file copied while being written?)`),
    r.stderr,
  );
  const doc = JSON.parse(r.stdout);
  assert.ok('p95_ms' in doc, 'the cut log still gives its figures');
  assert.equal(doc.evidence.p95_ms.files.length, 1);
  assert.equal(doc.evidence.p95_ms.files[0].lines_skipped, 1);
  assert.deepEqual(
    doc.evidence.problems.map((x) => x.file),
    [p.gzip, p.empty],
  );
  // What the good files gave still pipes on.
  const on = run(['recommend'], JSON.stringify({ ...doc, users: 10 }));
  assert.equal(on.status, 0, on.stderr);
});

test('no request times: named, with how to add them; the rate and sizes still come through', () => {
  const r = run(['measure', '--access-log', p.notimes]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /no request times: the lines end after the user agent\. Add \$request_time/);
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.p95_ms, undefined);
  assert.ok(doc.assumptions.peak_to_average > 1);
});

test('usage errors exit 64 and say what is wrong', () => {
  const cases = [
    [['measure'], 'give at least one file to measure'],
    [['measure', '--access-log'], '--access-log needs a value'],
    [['measure', '--queries', 'a', '--queries', 'b'], '--queries may be given once'],
    [['measure', '--access-log', 'a', '--format', 'sar'], '--format sar fits none of the files given'],
    [
      ['measure', '--access-log', 'a', '--format', 'nginx', '--format', 'apache'],
      '--format nginx and --format apache both fit a',
    ],
    [['measure', '--access-log', 'a', '--duration-field', 'took:weeks'], '--duration-field: unknown unit "weeks"'],
    [['measure', '--access-log', 'a', '--users', 'many'], '--users must be a whole number'],
    [['measure', '--colour', 'red'], 'unknown argument --colour'],
  ];
  for (const [args, message] of cases) {
    const r = run(args);
    assert.equal(r.status, 64, args.join(' '));
    assert.ok(r.stderr.includes(message), `${args.join(' ')}: ${r.stderr}`);
    assert.equal(r.stdout, '');
  }
  assert.match(run([]).stderr, /rightsize measure reads access logs/);
});

test('--format forces a format, and stdin can be a file', () => {
  const forced = JSON.parse(run(['measure', '--access-log', p.mixed, '--format', 'apache']).stdout);
  assert.equal(forced.evidence.p95_ms.files[0].format, 'Apache combined + %D');
  const r = pipe(`cat ${p.queries} | "$R" measure --queries -`);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).evidence.db_query_ms.files[0].file, 'stdin');
});

// A line past the limit is skipped and counted wherever it falls: first, it hid the format.
test('an access log or a CPU series whose first line is over 64 KB is read, that line skipped', async () => {
  for (const [option, file, figure] of [
    ['--access-log', p.nginx, 'p95_ms'],
    ['--app-cpu', p.grafana, 'app_cpu_pct'],
  ]) {
    const plain = JSON.parse(run(['measure', option, file]).stdout);
    const text = await readFile(file, 'utf8');
    const long = `${'x'.repeat(70 * 1024)}\n`;
    for (const input of [long + text, text.replace('\n', `\n${long}`)]) {
      const r = run(['measure', option, '-'], input);
      assert.equal(r.status, 0, r.stderr);
      const doc = JSON.parse(r.stdout);
      assert.equal(doc[figure], plain[figure]);
      const read = doc.evidence[figure].files[0];
      assert.equal(read.lines_skipped, plain.evidence[figure].files[0].lines_skipped + 1);
      assert.ok(read.skipped.some((s) => s.reason === 'longer than 64 KB'));
    }
  }
});
