// The commitment and each move's step in words, from the golden documents the core's suite
// checks: the form's field becomes the core's input (and a link's input the form's value),
// a move's step is written in the display currency with its sign, a provider that sells no
// commitment says so, and the comparison gives each total with and without.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readJson } from '../../wasm/node/load-node.js';
import { formValues, timelineFieldFor, timelineInput } from '../../web/assets/js/timeline/timeline-form.js';
import { calculatorTimelineInput, moneyFieldFor } from '../../web/assets/js/calculator/calculator-money-form.js';
import { commitmentLines, monthCommitment } from '../../web/assets/js/timeline/commitment-view.js';
import { moveStep } from '../../web/assets/js/timeline/move-step.js';
import { renderCompare } from '../../web/assets/js/compare/render-compare.js';
import { formatWholeMoney } from '../../web/assets/js/shared/format.js';
import { toHtml } from '../../web/assets/js/shared/html.js';

const golden = async (name) => (await readJson(`tests/vectors/golden/timeline/${name}.json`)).result;
const text = (tree) =>
  toHtml(tree)
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;/g, "'");

test("the form field is the core's commitment, both ways, and its errors land on it", () => {
  const { input } = timelineInput({ months: 18, provider: 'aws-us-east-1', commitment_from: 7 });
  assert.deepEqual(input.commitment, { from_month: 7 });
  assert.equal(timelineInput({ months: 18, provider: 'aws-us-east-1' }).input.commitment, undefined);
  assert.equal(formValues({ months: 18, commitment: { from_month: 4 } }).commitment_from, 4);
  assert.equal(formValues({ months: 18, commitment: { from_month: 4 } }).commitment, undefined);
  assert.equal(timelineFieldFor('commitment.from_month'), 'commitment_from');
  assert.deepEqual(
    calculatorTimelineInput({ users: 10 }, { provider: 'aws-us-east-1', commitment_from: 2 }).commitment,
    {
      from_month: 2,
    },
  );
  assert.equal(moneyFieldFor('commitment.from_month'), 'commitment_from');
});

test('a move against the bill before it: sign, amounts from the document, the display currency', async () => {
  const t = await golden('guide-example');
  const moves = t.events.filter((e) => e.monthly_change_cents != null);
  assert.ok(moves.length >= 3);
  for (const e of moves) {
    const sign = e.monthly_change_cents > 0 ? '+' : e.monthly_change_cents < 0 ? '−' : '±';
    assert.equal(
      moveStep(t, e),
      `${sign}${formatWholeMoney(Math.abs(e.monthly_change_cents), 'USD')} a month, from ${formatWholeMoney(e.monthly_before_cents, 'USD')} to ${formatWholeMoney(e.monthly_cents, 'USD')}`,
    );
  }
  assert.equal(moveStep(t, { month: 1 }), null);
  const ngn = await golden('currency-guide-example-ngn-1550');
  const e = ngn.events.find((x) => x.monthly_change_display_cents != null);
  assert.match(
    moveStep(ngn, e),
    new RegExp(`from ${formatWholeMoney(e.monthly_before_display_cents, 'NGN').replace(/[$.]/g, '\\$&')}`),
  );
});

test('a commitment in words: its saving, the poor bet with its months, the share of a month', async () => {
  const t = await golden('commitment-guide-example-from-month-7');
  const words = text({ tag: 'ul', attrs: {}, children: commitmentLines(t) });
  assert.ok(words.includes(t.commitment.text));
  assert.ok(words.includes(formatWholeMoney(t.commitment.saving_cents, 'USD')));
  assert.ok(words.includes(t.commitment.poor_bet_text));
  for (const w of t.commitment.warnings) assert.ok(words.includes(w.text));
  assert.equal(monthCommitment(t, t.months[0]), '');
  const m = t.months[11];
  assert.equal(
    monthCommitment(t, m),
    `${m.commitment.committed_pct}%, saves ${formatWholeMoney(m.commitment.saving_cents, 'USD')}`,
  );
  assert.deepEqual(commitmentLines({}), []);
});

test('the comparison: each total with and without, and the provider that sells none says so', async () => {
  const c = await golden('compare-commitment-from-month-12');
  const words = text(renderCompare(c));
  for (const p of c.providers) {
    if (p.commitment.offered) assert.ok(words.includes(`Without the commitment from month 12: `), p.name);
    else assert.ok(words.includes(p.commitment.text), p.name);
  }
  assert.ok(c.providers.some((p) => !p.commitment.offered));
  // Each provider's moves with their steps against the month before.
  for (const p of c.providers)
    for (const m of p.stage_moves.filter((x) => x.monthly_change_cents != null))
      assert.ok(words.includes(`to stage ${m.to_stage} in month ${m.month} (${moveStep(c, m)})`), p.name);
});

test("a commitment's estimated price names its own basis in the note", async () => {
  const { estimateBases } = await import('../../web/assets/js/shared/estimate-notes.js');
  const catalogue = await readJson('content/pricing/aws-us-east-1.json');
  const bases = estimateBases(catalogue);
  const micro = catalogue.database.find((e) => e.type === 'db.t3.micro');
  assert.equal(micro.confidence, undefined, 'its on-demand price is cited');
  assert.deepEqual(
    bases.filter((b) => b.role === 'database' && b.type === 'db.t3.micro').map((b) => [b.basis, b.committed]),
    [[micro.commitment.basis, true]],
  );
  // An on-demand timeline's note leaves the commitment's bases out; a committed one gives them.
  const { estimateNote } = await import('../../web/assets/js/shared/estimate-notes.js');
  const cape = await readJson('content/pricing/aws-af-south-1.json');
  const onDemand = text(estimateNote(await golden('guide-example-aws-af-south-1'), estimateBases(cape)));
  assert.ok(!onDemand.includes(cape.app[1].commitment.basis.slice(0, 40)));
  const committed = await golden('commitment-guide-example-from-month-7');
  assert.ok(text(estimateNote(committed, bases)).includes(micro.commitment.basis.slice(0, 40)));
});
