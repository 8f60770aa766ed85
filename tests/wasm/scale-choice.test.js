// The model module's vertical-or-horizontal comparison (scale_choice) against the golden
// files the native suite checks too (tests/vectors/golden/scale-choice) and against the
// native CLI's `rightsize scale-choice`, to the cent.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { loadWithContent, loadWithRules, readJson, repoRoot } from '../../wasm/load-node.js';

const mod = await loadWithContent();
const vectors = await readJson('tests/vectors/scale-choice.json');
const cli = process.env.RIGHTSIZE_CLI ?? path.join(repoRoot, 'build/native/bin/rightsize');

for (const v of vectors) {
  test(`golden: ${v.name}`, async () => {
    assert.deepEqual(mod.scale_choice(v.input), await readJson(`tests/vectors/golden/scale-choice/${v.golden}.json`));
  });

  test(`native CLI and module agree: ${v.name}`, () => {
    const run = spawnSync(cli, ['scale-choice'], { input: JSON.stringify(v.input), encoding: 'utf8' });
    assert.equal(run.error, undefined, `cannot run ${cli}: build the native preset first`);
    const doc = mod.scale_choice(v.input);
    if (v.errors) {
      assert.equal(doc.ok, false);
      assert.deepEqual(doc.errors.map((e) => e.field), v.errors);
      assert.equal(run.status, 2);
      assert.equal(run.stderr, doc.errors.map((e) => `rightsize: stdin: ${e.field}: ${e.message}\n`).join(''));
      return;
    }
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(doc.result, JSON.parse(run.stdout));
  });
}

test('the comparison at the guide example\'s scale-out equals the timeline\'s own fleet', () => {
  const preset = { users: 200000, repeated_reads: true, current_stage: 4, months: 1 };
  const t = mod.timeline(preset);
  assert.equal(t.ok, true);
  const app = t.result.months[0].components.find((c) => c.role === 'app');
  const lb = t.result.months[0].components.find((c) => c.role === 'load_balancer');
  const r = mod.scale_choice({ users: 200000, repeated_reads: true, servers: app.count }).result;
  assert.equal(r.fleet.type, app.type);
  assert.equal(r.fleet.servers_cents, app.cost_cents);
  assert.equal(r.fleet.load_balancer_cents, lb.cost_cents);
});

test('the calculator\'s small module has no scale_choice (its size budget)', async () => {
  assert.equal((await loadWithRules()).scale_choice, undefined);
});
