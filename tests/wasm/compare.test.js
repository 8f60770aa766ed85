// The module's compare against its own timelines: every provider's months, as the reader
// would get them one provider at a time.
import test from 'node:test';
import assert from 'node:assert/strict';
import { loadWithContent, readJson } from '../../wasm/node/load-node.js';

const mod = await loadWithContent();

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
