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
  assert.ok(doc.result.providers.length >= 4);
  assert.equal(doc.result.comparison_currency, 'USD');
  for (const p of doc.result.providers) {
    const own = mod.timeline({ ...input, provider: p.name });
    assert.equal(own.ok, true);
    // A catalogue in euros is converted month by month at the rate the comparison names.
    const factor = doc.result.converted.find((c) => c.provider === p.name)?.per_unit ?? 1;
    let cumulative = 0;
    own.result.months.forEach((m, i) => {
      const mine = doc.result.months[i].costs[p.name];
      cumulative += Math.round(m.cost_cents * factor);
      assert.deepEqual(
        [mine.stage, mine.cost_cents, mine.cumulative_cents, mine.estimated_components],
        [m.stage, Math.round(m.cost_cents * factor), cumulative, m.estimated_components],
        `${p.name} month ${m.month}`,
      );
    });
  }
});

test("compare converts Hetzner's euros to dollars at the book's EUR rate and says so", async () => {
  const input = {
    ...(await readJson('content/presets/guide-example.json')),
    providers: ['aws-us-east-1', 'hetzner-fsn1'],
  };
  const doc = mod.compare(input);
  assert.equal(doc.ok, true, JSON.stringify(doc.errors));
  const eur = (await readJson('content/currencies.json')).currencies.find((c) => c.code === 'EUR');
  assert.deepEqual(
    doc.result.converted.map((c) => [c.provider, c.from, c.to, c.rate_date]),
    [['hetzner-fsn1', 'EUR', 'USD', eur.rate_date]],
  );
  assert.ok(Math.abs(doc.result.converted[0].per_unit - 1 / eur.per_usd) < 1e-12);
  const { providers, ...one } = input;
  const own = mod.timeline({ ...one, provider: 'hetzner-fsn1' });
  assert.equal(own.ok, true, JSON.stringify(own.errors));
  assert.equal(own.result.provider.currency, 'EUR');
  assert.deepEqual(
    own.result.provider.substitutions.map((s) => s.component),
    ['database', 'cache'],
  );
});

test('compare names the cheapest provider of each month', async () => {
  const doc = mod.compare({ users: 2000, months: 12, growth: { monthly_pct: 20 }, repeated_reads: true });
  for (const m of doc.result.months) {
    const lowest = Math.min(...Object.values(m.costs).map((c) => c.cost_cents));
    assert.equal(m.costs[m.cheapest].cost_cents, lowest);
  }
});
