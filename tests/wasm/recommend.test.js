// The built module against the golden files the native doctest suite checks too
// (tests/vectors/golden/recommend), and against the native CLI itself.
import test from 'node:test';
import assert from 'node:assert/strict';
import { loadWithRules, readJson } from '../../wasm/node/load-node.js';
import { assertCliAgrees } from './cli-agreement.js';
import { rule, threshold } from '../support/content.js';

const mod = await loadWithRules();
const vectors = await readJson('tests/vectors/recommend.json');

for (const v of vectors) {
  test(`vector: ${v.name}: the module's whole document equals the golden file`, async () => {
    const doc = mod.recommend(v.input);
    assert.deepEqual(doc, await readJson(`tests/vectors/golden/recommend/${v.golden}.json`));
    if (v.errors) {
      assert.deepEqual(
        doc.errors.map((e) => e.field),
        v.errors,
      );
      return;
    }
    assert.equal(doc.result.stage, v.expect.stage);
    assert.equal(doc.result.action, v.expect.action);
    assert.deepEqual(
      doc.result.fired.map((f) => f.id),
      v.expect.fired,
    );
    assert.deepEqual(
      doc.result.steps.map((s) => s.action),
      v.expect.steps,
    );
  });

  test(`native CLI and module agree: ${v.name}`, () => {
    assertCliAgrees('recommend', v.input, mod.recommend(v.input), v.errors);
  });
}

test('values JavaScript has and JSON lacks are rejected by name', () => {
  const nan = mod.recommend({ users: 10, db_cpu_pct: NaN });
  assert.equal(nan.ok, false);
  assert.deepEqual(nan.errors, [{ field: 'db_cpu_pct', message: 'must be a finite number' }]);
  const fn = mod.recommend({ users: 10, p95_ms: () => 1 });
  assert.equal(fn.ok, false);
  assert.equal(fn.errors[0].field, 'p95_ms');
  assert.equal(mod.recommend({ users: 10, app_cpu_pct: undefined }).ok, true, 'undefined means absent');
  assert.equal(mod.recommend(null).errors[0].field, 'input');
  const cycle = { users: 10 };
  cycle.self = cycle;
  assert.deepEqual(
    mod.recommend(cycle).errors.map((e) => e.field),
    ['self'],
    'a cycle is named, not a crash',
  );
  assert.equal(mod.recommend('users=10').errors[0].field, 'input');
});

test('a damaged rulebook is refused with the path of each problem, and the old one stays', async () => {
  const rules = await readJson('content/rules.json');
  rules.triggers[0].threshold = 'sixty';
  const refused = mod.set_rules(rules);
  assert.equal(refused.ok, false);
  assert.deepEqual(refused.errors, [
    { field: 'triggers[0].threshold', message: 'expected a number, got text "sixty"' },
  ]);
  // The rulebook loaded before still answers: just over db_cpu_high's threshold, its stage.
  assert.equal(
    mod.recommend({ users: 10, db_cpu_pct: threshold('db_cpu_high') + 1 }).result.stage,
    rule('db_cpu_high').stage,
  );
});
