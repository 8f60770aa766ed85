// The model module's vertical-or-horizontal comparison (scale_choice) against the golden
// files the native suite checks too (tests/vectors/golden/scale-choice) and against the
// native CLI's `rightsize scale-choice`, to the cent.
import test from 'node:test';
import assert from 'node:assert/strict';
import { loadWithContent, loadWithRules, readJson } from '../../wasm/node/load-node.js';
import { assertCliAgrees } from './cli-agreement.js';

const mod = await loadWithContent();
const vectors = await readJson('tests/vectors/scale-choice.json');

for (const v of vectors) {
  test(`golden: ${v.name}`, async () => {
    assert.deepEqual(mod.scale_choice(v.input), await readJson(`tests/vectors/golden/scale-choice/${v.golden}.json`));
  });

  test(`native CLI and module agree: ${v.name}`, () => {
    assertCliAgrees('scale-choice', v.input, mod.scale_choice(v.input), v.errors);
  });
}

test("the comparison at the guide example's scale-out equals the timeline's own fleet", () => {
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

test("the calculator's small module has no scale_choice (its size budget)", async () => {
  assert.equal((await loadWithRules()).scale_choice, undefined);
});
