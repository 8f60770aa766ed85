// What each stage page's live check asks for, derived from the rulebook: the triggers of the
// stage (the first stage's check covers the triggers that lead out of it) and every metric
// their conditions read, with the rulebook's labels and units, yes/no observations apart.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readContent } from '../../wasm/node/load-node.js';
import {
  checkFields,
  checkInput,
  checkTriggers,
  stageChecks,
} from '../../web/assets/js/stage-check/stage-check-spec.js';

const rules = await readContent('rules.json');

test('every trigger of the rulebook is checked on the page of the stage it calls for', () => {
  const checked = new Set(rules.stages.flatMap((s) => checkTriggers(rules, s.stage)));
  assert.deepEqual(
    [...checked].sort((a, b) => a.id.localeCompare(b.id)),
    [...rules.triggers].sort((a, b) => a.id.localeCompare(b.id)),
  );
  for (const s of rules.stages.slice(1)) assert.ok(checkTriggers(rules, s.stage).every((t) => t.stage === s.stage));
  const first = rules.stages[0].stage;
  assert.ok(
    checkTriggers(rules, first).every((t) => t.stage === first + 1),
    'the first stage checks the way out of it',
  );
});

test("the fields are every metric the triggers read, once, with the rulebook's words", () => {
  for (const s of rules.stages) {
    const fields = checkFields(rules, s.stage);
    const metrics = checkTriggers(rules, s.stage)
      .flatMap((t) => [t, ...(t.and ?? []), ...(t.and_any ?? [])])
      .map((c) => c.metric);
    assert.deepEqual(
      fields.map((f) => f.name),
      [...new Set(metrics)],
    );
    for (const f of fields) {
      assert.equal(f.label, rules.metrics[f.name].label);
      assert.equal(f.unit, rules.metrics[f.name].unit || undefined);
      assert.equal(
        f.flag,
        typeof rules.triggers
          .concat(rules.triggers.flatMap((t) => [...(t.and ?? []), ...(t.and_any ?? [])]))
          .find((c) => c.metric === f.name).threshold === 'boolean',
      );
    }
  }
});

test('a changed rulebook changes the check: a new trigger brings its metric', () => {
  const changed = structuredClone(rules);
  changed.triggers.push({
    id: 'extra',
    stage: 3,
    metric: 'app_cpu_pct',
    comparison: '>',
    threshold: 90,
    sentence: 'x',
  });
  assert.ok(checkFields(changed, 3).some((f) => f.name === 'app_cpu_pct'));
  assert.ok(!checkFields(rules, 3).some((f) => f.name === 'app_cpu_pct'));
});

test("the input carries a user count inside the stage's range, and the checks follow the rulebook's order", () => {
  for (const s of rules.stages) assert.equal(checkInput(rules, s.stage, { db_cpu_pct: 1 }).users, s.users_min);
  const result = { checks: rules.triggers.map((t, i) => ({ index: i, stage: t.stage })) };
  for (const s of rules.stages) {
    const picked = stageChecks(rules, s.stage, result);
    assert.deepEqual(
      picked.map((c) => rules.triggers[c.index]),
      checkTriggers(rules, s.stage),
    );
  }
});
