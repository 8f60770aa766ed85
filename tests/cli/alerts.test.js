// rightsize alerts: the Prometheus rule files pass promtool check rules, and promtool test rules
// with series just below and just above every warning level and threshold (written by
// tests/alerts/promtool-tests.mjs from content/) fires each alert exactly there, for readers on
// stages 1, 2 and 3 and with a rulebook whose threshold moved. The CloudFormation templates pass
// cfn-lint. Needs promtool (Debian's prometheus package) and the npm devDependencies.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readJson, repoRoot } from '../../wasm/node/load-node.js';
import { parseRules, promtoolTests } from '../alerts/promtool-tests.mjs';

const cli = process.env.RIGHTSIZE_CLI ?? path.join(repoRoot, 'build/native/bin/rightsize');
const cfnLint = path.join(repoRoot, 'node_modules/.bin/cfn-lint');

function run(command, args, input) {
  const r = spawnSync(command, args, { input: input ?? '', encoding: 'utf8', maxBuffer: 1 << 26 });
  assert.equal(r.error, undefined, `cannot run ${command}`);
  return r;
}

async function withDir(body) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'rightsize-alerts-'));
  try {
    await body(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// Prints the rule file for `input`, checks it with promtool and runs the generated unit tests.
async function checkPrometheus(dir, name, input, extra = [], rulebook = undefined) {
  const r = run(cli, ['alerts', '--format', 'prometheus', ...extra], JSON.stringify(input));
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
  const rules = path.join(dir, `${name}.yml`);
  await writeFile(rules, r.stdout);
  const check = run('promtool', ['check', 'rules', rules]);
  assert.equal(check.status, 0, check.stdout + check.stderr);
  const { doc, count } = promtoolTests(rules, r.stdout, rulebook);
  const tests = path.join(dir, `${name}.test.yml`);
  await writeFile(tests, JSON.stringify(doc, null, 2));
  const unit = run('promtool', ['test', 'rules', tests]);
  assert.equal(unit.status, 0, unit.stdout + unit.stderr);
  return { text: r.stdout, alerts: parseRules(r.stdout), count };
}

test('stage 1: every trigger, each watched on the box, fires just above its levels and not below', async () => {
  await withDir(async (dir) => {
    const { text, alerts, count } = await checkPrometheus(dir, 'stage1', { users: 500 });
    const rulebook = await readJson('content/rules.json');
    const watched = rulebook.triggers.filter((t) => t.stage > 1 && t.metric !== 'needs_redundancy');
    assert.equal(alerts.length, 2 * watched.length);
    assert.ok(count >= 4 * watched.length);
    for (const t of watched) {
      const mine = alerts.filter((a) => a.labels.trigger === t.id);
      assert.deepEqual(mine.map((a) => a.labels.severity).sort(), ['critical', 'warning']);
      for (const a of mine) assert.match(a.annotations.stage_page, /^\/stages\/\d-/);
    }
    assert.match(text, /Not watched by any exporter: redundancy_needed/);
    assert.match(text, /On stage 1 the database shares the box/);
    assert.ok(!text.includes('job=\\"database\\"'), 'on stage 1 the database CPU is the box');
  });
});

test('stages 2 and 3: only the triggers that lead on, the database CPU on its own host', async () => {
  await withDir(async (dir) => {
    const two = await checkPrometheus(dir, 'stage2', { users: 9000, current_stage: 2, db_upgraded: true });
    assert.ok(two.alerts.some((a) => a.expr.includes('job=\\"database\\"') || a.expr.includes('job="database"')));
    assert.ok(two.alerts.every((a) => Number(a.labels.stage) > 2));
    const three = await checkPrometheus(dir, 'stage3', { users: 60000, current_stage: 3 }, [
      '--selector',
      'app=job="node"',
    ]);
    assert.deepEqual([...new Set(three.alerts.map((a) => a.labels.trigger))], ['app_cpu_at_ceiling']);
    assert.match(three.alerts[0].annotations.also_needs, /not in your input/);
    assert.match(three.alerts[0].expr, /job="node"/);
  });
});

test('a moved threshold moves the rules: --rules with database CPU at 70%', async () => {
  await withDir(async (dir) => {
    const rulebook = await readJson('content/rules.json');
    const moved = structuredClone(rulebook);
    const t = moved.triggers.find((r) => r.id === 'db_cpu_high');
    const settings = await readJson('content/alerts.json');
    t.threshold = 70;
    const file = path.join(dir, 'rules.json');
    await writeFile(file, JSON.stringify(moved));
    const { alerts } = await checkPrometheus(dir, 'moved', { users: 500 }, ['--rules', file], moved);
    const critical = alerts.find((a) => a.name === 'RightsizeDbCpuHighCritical');
    assert.match(critical.expr, / > 70$/);
    const warning = alerts.find((a) => a.name === 'RightsizeDbCpuHighWarning');
    assert.ok(warning.expr.includes(` > ${70 * (1 - settings.warning_margin_pct / 100)} and `));
  });
});

test('CloudFormation: EC2 and RDS CPU, connections and p95 behind the load balancer, valid for cfn-lint', async () => {
  await withDir(async (dir) => {
    for (const stage of [1, 2, 3, 4]) {
      const r = run(
        cli,
        ['alerts', '--format', 'cloudformation'],
        JSON.stringify({ users: 100, current_stage: stage }),
      );
      assert.equal(r.status, 0, r.stderr);
      const file = path.join(dir, `stage${stage}.yaml`);
      await writeFile(file, r.stdout);
      const lint = run(cfnLint, ['validate', file]);
      assert.equal(lint.status, 0, lint.stdout + lint.stderr);
      if (stage === 1) {
        for (const s of ['Namespace: AWS/EC2', 'MetricName: DatabaseConnections', 'ExtendedStatistic: p95'])
          assert.ok(r.stdout.includes(s), s);
        assert.match(r.stdout, /db_queries_slow: CloudWatch has no query-time metric/);
      }
      if (stage === 2) assert.ok(r.stdout.includes('Namespace: AWS/RDS'));
    }
    const text = await readFile(path.join(dir, 'stage3.yaml'), 'utf8');
    assert.match(text, /Threshold: 80\n/);
  });
});

test('bad input exits 2 with one line naming the option or the field', () => {
  const cases = [
    [['--format', 'yaml'], '{"users": 1}', /^rightsize: --format: unknown format "yaml"/],
    [[], '{"users": 1}', /^rightsize: --format: is required/],
    [['--format', 'prometheus'], '{"users": 1, "current_stage": 9}', /current_stage/],
    [['--format', 'prometheus', '--selector', 'cache=job="x"'], '{"users": 1}', /^rightsize: --selector: /],
    [['--format', 'prometheus', '--latency-metric', 'a b'], '{"users": 1}', /^rightsize: --latency-metric: /],
  ];
  for (const [args, input, message] of cases) {
    const r = run(cli, ['alerts', ...args], input);
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, message);
    assert.equal(r.stderr.trim().split('\n').length, 1);
  }
});
