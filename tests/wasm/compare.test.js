// The compare module's compare against the model module's timelines: every provider's
// months, as the reader would get them one provider at a time; and which module holds what.
import test from 'node:test';
import assert from 'node:assert/strict';
import { loadWithContent, readJson } from '../../wasm/node/load-node.js';

const mod = await loadWithContent();

test("the timeline's model holds no comparison and the compare module no timeline: each page loads what it needs", async () => {
  const [model, comparisons] = await Promise.all([
    loadWithContent('rightsize-model'),
    loadWithContent('rightsize-compare'),
  ]);
  for (const name of ['compare', 'timeline_csv', 'scale_choice']) {
    assert.equal(model[name], undefined, `the model has no ${name}`);
    assert.equal(typeof comparisons[name], 'function', `the compare module has ${name}`);
  }
  for (const name of ['timeline', 'share_encode', 'share_decode']) assert.equal(comparisons[name], undefined, name);
  // The same core: the CSV's months are the model's timeline's.
  const input = { users: 5000, growth: { monthly_pct: 10 }, months: 12 };
  const csv = comparisons.timeline_csv(input).csv.trim().split('\n');
  assert.equal(csv.length, 1 + model.timeline(input).result.months.length);
});

test('compare equals separate timelines, provider by provider, month by month', async () => {
  const input = await readJson('content/presets/guide-example.json');
  const doc = mod.compare(input);
  assert.equal(doc.ok, true, JSON.stringify(doc.errors));
  assert.ok(doc.result.providers.length >= 3);
  for (const p of doc.result.providers) {
    const own = mod.timeline({ ...input, provider: p.name });
    assert.equal(own.ok, true);
    own.result.months.forEach((m, i) => {
      const mine = doc.result.months[i].costs[p.name];
      assert.deepEqual(
        [mine.stage, mine.cost_cents, mine.cumulative_cents, mine.estimated_components],
        [m.stage, m.cost_cents, m.cumulative_cents, m.estimated_components],
        `${p.name} month ${m.month}`,
      );
    });
  }
});

test('compare names the cheapest provider of each month', async () => {
  const doc = mod.compare({ users: 2000, months: 12, growth: { monthly_pct: 20 }, repeated_reads: true });
  for (const m of doc.result.months) {
    const lowest = Math.min(...Object.values(m.costs).map((c) => c.cost_cents));
    assert.equal(m.costs[m.cheapest].cost_cents, lowest);
  }
});
