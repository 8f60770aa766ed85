// The watch module (rightsize-watch) against the CLI: for readers on stages 1, 2 and 3 and for
// timeline inputs, alerts() gives the bytes of `rightsize alerts` and plan() those of
// `rightsize plan` for the same input; a bad format, selector, latency metric or start month is
// an error naming its field, with the CLI's sentence; alerts_in_words names every trigger past
// the reader's stage, with the rulebook's thresholds.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { loadWatch, readJson } from '../../wasm/node/load-node.js';
import { cli } from './cli-agreement.js';

const mod = await loadWatch();
const rules = await readJson('content/rules.json');

function run(args, input) {
  const r = spawnSync(cli, args, { input: JSON.stringify(input), encoding: 'utf8', maxBuffer: 1 << 26 });
  assert.equal(r.error, undefined, `cannot run ${cli}: build the native preset first`);
  return r;
}

const readers = [
  ['stage 1', { users: 500, current_stage: 1 }],
  ['stage 2', { users: 8000, current_stage: 2, db_cpu_pct: 55, repeated_reads: true }],
  ['stage 3', { users: 60000, current_stage: 3, app_cpu_pct: 70, at_max_instance: false }],
];

for (const [name, input] of readers) {
  for (const format of ['prometheus', 'cloudformation']) {
    test(`alerts ${format}, ${name}: the CLI's bytes`, () => {
      const r = run(['alerts', '--format', format], input);
      assert.equal(r.status, 0, r.stderr);
      const doc = mod.alerts(input, { format });
      assert.equal(doc.ok, true, JSON.stringify(doc.errors));
      assert.equal(doc.text, r.stdout);
    });
  }
}

test('alerts with selectors, a latency metric and a base address: the CLI given the same options', () => {
  const input = readers[1][1];
  const options = {
    format: 'prometheus',
    selectors: { app: 'job="web"', postgres: 'instance="db:9187"' },
    latency_metric: 'http_server_duration_seconds',
    base_url: 'https://example.org/rightsize/',
  };
  const r = run(
    [
      'alerts',
      '--format',
      'prometheus',
      '--selector',
      'app=job="web"',
      '--selector',
      'postgres=instance="db:9187"',
      '--latency-metric',
      options.latency_metric,
      '--base-url',
      options.base_url,
    ],
    input,
  );
  assert.equal(r.status, 0, r.stderr);
  const doc = mod.alerts(input, options);
  assert.equal(doc.text, r.stdout);
  assert.match(doc.text, /job=\\"web\\"/); // quoted in the YAML
  assert.match(doc.text, /https:\/\/example\.org\/rightsize\/stages\//);
});

// The module names the field the CLI's option fills; the sentence is the same.
const refusals = [
  ['no format', {}, [], 'format', '--format'],
  ['an unknown format', { format: 'nagios' }, ['--format', 'nagios'], 'format', '--format'],
  [
    'an unknown source',
    { format: 'prometheus', selectors: { redis: 'job="r"' } },
    ['--format', 'prometheus', '--selector', 'redis=job="r"'],
    'selectors',
    '--selector',
  ],
  [
    'matchers with braces',
    { format: 'prometheus', selectors: { app: '{job="x"}' } },
    ['--format', 'prometheus', '--selector', 'app={job="x"}'],
    'selectors',
    '--selector',
  ],
  [
    'a latency metric Prometheus cannot name',
    { format: 'prometheus', latency_metric: 'http duration' },
    ['--format', 'prometheus', '--latency-metric', 'http duration'],
    'latency_metric',
    '--latency-metric',
  ],
];
for (const [name, options, args, field, option] of refusals) {
  test(`alerts refuses ${name}, naming ${field}, in the CLI's words`, () => {
    const doc = mod.alerts(readers[0][1], options);
    assert.equal(doc.ok, false);
    assert.deepEqual(
      doc.errors.map((e) => e.field),
      [field],
    );
    const r = run(['alerts', ...args], readers[0][1]);
    assert.equal(r.status, 2);
    assert.equal(r.stderr, `rightsize: ${option}: ${doc.errors[0].message}\n`);
  });
}

test('alerts refuses a bad input as the CLI does, naming the field', () => {
  const input = { users: 500, current_stage: 9 };
  const doc = mod.alerts(input, { format: 'prometheus' });
  assert.equal(doc.ok, false);
  const r = run(['alerts', '--format', 'prometheus'], input);
  assert.equal(r.status, 2);
  assert.equal(r.stderr, doc.errors.map((e) => `rightsize: stdin: ${e.field}: ${e.message}\n`).join(''));
});

test('selectors that are not text are refused by name', () => {
  const doc = mod.alerts(readers[0][1], { format: 'prometheus', selectors: { app: 3 } });
  assert.deepEqual(
    doc.errors.map((e) => e.field),
    ['selectors.app'],
  );
});

const example = await readJson('content/presets/guide-example.json');
const plans = [
  ['the guide example', { ...example, start_month: '2027-01' }],
  ['the guide example from December', { ...example, start_month: '2026-12' }],
  [
    'steady growth on another provider',
    {
      users: 2000,
      current_stage: 1,
      months: 36,
      provider: 'aws-af-south-1',
      growth: { monthly_pct: 15 },
      start_month: '2028-06',
    },
  ],
];
for (const [name, input] of plans) {
  for (const format of ['markdown', 'ics']) {
    test(`plan ${format}, ${name}: the CLI's bytes`, () => {
      const r = run(['plan', '--format', format], input);
      assert.equal(r.status, 0, r.stderr);
      const doc = mod.plan(input, format);
      assert.equal(doc.ok, true, JSON.stringify(doc.errors));
      assert.equal(doc.text, r.stdout);
    });
  }
}

test('plan refuses a bad format, naming format, in the CLI words', () => {
  const input = plans[0][1];
  for (const format of ['', 'pdf']) {
    const doc = mod.plan(input, format);
    assert.deepEqual(
      doc.errors.map((e) => e.field),
      ['format'],
    );
    const r = run(['plan', ...(format ? ['--format', format] : [])], input);
    assert.equal(r.stderr, `rightsize: --format: ${doc.errors[0].message}\n`);
  }
});

test('plan refuses a bad start_month as the CLI does, and requires one', () => {
  for (const start of ['2027-13', '27-01', 202701]) {
    const input = { ...example, start_month: start };
    const doc = mod.plan(input, 'markdown');
    assert.deepEqual(
      doc.errors.map((e) => e.field),
      ['start_month'],
    );
    const r = run(['plan', '--format', 'markdown'], input);
    assert.equal(r.status, 2);
    assert.equal(r.stderr, `rightsize: stdin: start_month: ${doc.errors[0].message}\n`);
  }
  const doc = mod.plan(example, 'markdown');
  assert.deepEqual(
    doc.errors.map((e) => e.field),
    ['start_month'],
  );
});

test('plan refuses a bad timeline input by field, as the CLI does', () => {
  const input = { ...example, months: -3, start_month: '2027-01' };
  const doc = mod.plan(input, 'ics');
  assert.equal(doc.ok, false);
  const r = run(['plan', '--format', 'ics'], input);
  assert.equal(r.stderr, doc.errors.map((e) => `rightsize: stdin: ${e.field}: ${e.message}\n`).join(''));
});

test('alerts_in_words: one entry per trigger past the stage, in the rulebook order, with its thresholds', () => {
  for (const [, input] of readers) {
    const doc = mod.alerts_in_words(input, { format: 'prometheus' });
    assert.equal(doc.ok, true, JSON.stringify(doc.errors));
    const past = rules.triggers.filter((t) => t.stage > input.current_stage);
    assert.equal(doc.result.rules.length, past.length);
    doc.result.rules.forEach((r, i) => {
      const t = past[i];
      assert.equal(r.stage, t.stage);
      assert.equal(r.stage_name, rules.stages[t.stage - 1].name);
      if (typeof t.threshold === 'number') {
        const unit = rules.metrics[t.metric].unit;
        assert.ok(r.critical.includes(`${t.threshold}${unit === '%' ? '%' : ` ${unit}`}`), `${r.critical} ${t.id}`);
        assert.ok(r.warning.includes('approaching'), r.warning);
      } else if (!r.measures) assert.ok(r.how_to_watch.length > 0, t.id);
    });
    for (const text of JSON.stringify(doc.result).match(/\b[a-z]+_[a-z_]+\b/g) ?? [])
      assert.ok(!(text in rules.metrics), `the words name the field ${text}`);
  }
});
