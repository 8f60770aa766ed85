// The pages' money modules on their own, in node: the display currency's input and the
// budget typed in it, the calculator's timeline input, amounts shown from the core's
// display twins with "≈" for estimates, the note naming each estimate's basis, the rate
// statement and the comparison table.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readContent, readJson } from '../../wasm/node/load-node.js';
import { budgetInput, currencyFields, currencyInput } from '../../web/assets/js/shared/currency-fields.js';
import { calculatorTimelineInput, moneyFieldFor } from '../../web/assets/js/calculator/calculator-money-form.js';
import { formValues, timelineFieldFor, timelineInput } from '../../web/assets/js/timeline/timeline-form.js';
import { shownMoney } from '../../web/assets/js/shared/money.js';
import { formatWholeMoney } from '../../web/assets/js/shared/format.js';
import { estimateBases, estimatedParts, estimateNote } from '../../web/assets/js/shared/estimate-notes.js';
import { rateStatement } from '../../web/assets/js/shared/rate-statement.js';
import { renderCompare } from '../../web/assets/js/compare/render-compare.js';
import { stageCost } from '../../web/assets/js/calculator/stage-cost.js';
import { renderTimeline } from '../../web/assets/js/timeline/render-timeline.js';
import { h, toHtml } from '../../web/assets/js/shared/html.js';

const golden = async (name) => (await readJson(`tests/vectors/golden/timeline/${name}.json`)).result;
const text = (tree) => toHtml(tree).replace(/<[^>]+>/g, '');

test('the display currency: none for dollars, the published rate by code, a typed rate as given', () => {
  assert.equal(currencyInput({ currency: 'USD', per_usd: 1 }, 1), undefined);
  assert.equal(currencyInput({}, undefined), undefined);
  assert.deepEqual(currencyInput({ currency: 'NGN', per_usd: 1341.99 }, 1341.99), { code: 'NGN' });
  assert.deepEqual(currencyInput({ currency: 'NGN', per_usd: 1550 }, 1341.99), { code: 'NGN', per_usd: 1550 });
  assert.deepEqual(currencyInput({ currency: 'NGN', per_usd: 'lots' }, 1341.99), { code: 'NGN', per_usd: 'lots' });
  assert.equal(moneyFieldFor('currency.per_usd'), 'per_usd');
  assert.equal(timelineFieldFor('currency.code'), 'currency');
});

test('a budget typed in the display currency reaches the model as typed, and comes back as typed', () => {
  assert.deepEqual(budgetInput(300, undefined), { budget_cents: 30000 });
  assert.deepEqual(budgetInput(0.29, undefined), { budget_cents: 29 });
  assert.deepEqual(budgetInput(500000, { code: 'NGN', per_usd: 1550 }), { budget_display_cents: 50000000 });
  assert.deepEqual(budgetInput(500000, { code: 'NGN' }), { budget_display_cents: 50000000 });
  assert.deepEqual(budgetInput('soon', { code: 'NGN' }), { budget_display_cents: 'soon' }, 'text: the core names it');
  const { input } = timelineInput(
    { users: 100, months: 12, provider: 'aws-af-south-1', budget: 500000, currency: 'NGN', per_usd: 1550 },
    { defaultRate: 1341.99 },
  );
  assert.deepEqual(input.currency, { code: 'NGN', per_usd: 1550 });
  assert.equal(input.budget_display_cents, 50000000, 'the core converts, at the rate it shows');
  assert.equal(input.budget_cents, undefined);
  const back = formValues(input);
  assert.deepEqual([back.budget, back.currency, back.per_usd], [500000, 'NGN', 1550], 'as typed, not 499,999');
  assert.equal(timelineFieldFor('budget_display_cents'), 'budget');
  // A link that gives the budget in the catalogue's cents (the CLI's, or an older page's).
  const cents = formValues({ users: 100, budget_cents: 32258, currency: { code: 'NGN', per_usd: 1550 } });
  assert.deepEqual([cents.budget, cents.currency, cents.per_usd], [499999, 'NGN', 1550]);
  assert.equal(formValues({ users: 1, budget_cents: 1000, currency: { code: 'KES' } }, { KES: 129.02 }).budget, 1290.2);
  assert.equal(formValues({ users: 1, budget_cents: 1000 }).budget, 10);
});

test("the calculator's inputs become the timeline input rightsize timeline takes", () => {
  const values = { users: 60000, db_cpu_pct: 78, current_stage: 2, db_upgraded: true, pool_exhausted: false };
  assert.deepEqual(
    calculatorTimelineInput(values, { provider: 'digitalocean-nyc1', monthly_pct: 7.5, currency: 'USD', per_usd: 1 }),
    {
      users: 60000,
      db_cpu_pct: 78,
      current_stage: 2,
      db_upgraded: true,
      pool_exhausted: false,
      provider: 'digitalocean-nyc1',
      growth: { monthly_pct: 7.5 },
    },
  );
  assert.deepEqual(
    calculatorTimelineInput(
      { users: 10 },
      { provider: 'aws-us-east-1', currency: 'KES', per_usd: 129.02 },
      { defaultRate: 129.02 },
    ),
    { users: 10, provider: 'aws-us-east-1', currency: { code: 'KES' } },
  );
});

test('the currency select offers dollars and every currency of content/currencies.json, each with its rate', async () => {
  const currencies = await readContent('currencies.json');
  const html = toHtml(h('div', {}, currencyFields(currencies, 'x-', { currency: 'NGN' })));
  for (const c of currencies.currencies)
    assert.ok(html.includes(`value="${c.code}"`) && html.includes(`data-per-usd="${c.per_usd}"`), c.code);
  assert.match(html, /<option value="NGN"[^>]* selected/);
  // The rate field starts at the selected currency's published rate.
  const naira = currencies.currencies.find((c) => c.code === 'NGN');
  const rate = String(naira.per_usd).replaceAll('.', '\\.');
  assert.match(html, new RegExp(`name="per_usd"[^>]*value="${rate}"`));
  assert.match(toHtml(h('div', {}, currencyFields(currencies, 'x-'))), /name="per_usd"[^>]*value="1" disabled/);
});

test("amounts show the core's display twin in the display currency, with ≈ for an estimate", async () => {
  const t = await golden('currency-guide-example-ngn-1550');
  const m = t.months[0];
  assert.equal(shownMoney(t, m, 'cost'), formatWholeMoney(m.cost_cents * 1550, 'NGN'));
  assert.equal(shownMoney(t, m, 'cost'), 'NGN\u00a026,025', 'a forecast in whole units: NGN 26,024.50 is NGN 26,025');
  assert.equal(shownMoney(t, m, 'cost', true), `≈ ${formatWholeMoney(m.cost_display_cents, 'NGN')}`);
  const usd = await golden('guide-example');
  assert.equal(shownMoney(usd, usd.months[0], 'cost'), formatWholeMoney(usd.months[0].cost_cents, 'USD'));
  assert.match(text(stageCost(usd)), /^Stage 1 costs .* a month for 100 users on AWS us-east-1/);
  const o = usd.overengineering;
  assert.ok(
    text(renderTimeline(usd)).includes(
      `${formatWholeMoney(Math.abs(o.extra_cents), 'USD')} ${o.extra_cents >= 0 ? 'more' : 'less'}`,
    ),
  );
  const n = t.overengineering;
  assert.ok(
    text(renderTimeline(t)).includes(
      `${formatWholeMoney(Math.abs(n.extra_display_cents), 'NGN')} ${n.extra_cents >= 0 ? 'more' : 'less'}`,
    ),
  );
});

test("Cape Town's estimates are named, with the basis from the catalogue", async () => {
  const t = await golden('guide-example-aws-af-south-1');
  const catalogue = await readContent('pricing/aws-af-south-1.json');
  const bases = estimateBases(catalogue);
  assert.ok(bases.some((b) => b.role === 'app' && b.type === 't3.small' && /1\.308/.test(b.basis)));
  assert.ok(bases.some((b) => b.role === 'load_balancer' && b.type === null));
  assert.ok(!bases.some((b) => b.type === 't3.micro' && !b.committed), 't3.micro is cited, not estimated');
  assert.deepEqual(
    [...new Set(estimatedParts(t).map((p) => p.role))].sort(),
    [...new Set(t.months.flatMap((m) => m.estimated_components))].sort(),
  );
  const note = text(estimateNote(t, bases));
  assert.match(note, /≈ marks an amount that includes an estimated price/);
  assert.match(note, /app server \(t3\.small\)/);
  assert.ok(
    note.includes(
      bases
        .find((b) => b.type === 't3.small')
        .basis.slice(0, 60)
        .replace(/'/g, '&#39;'),
    ),
  );
  assert.equal(estimateNote(await golden('guide-example'), []), null);
});

test("the rate statement names the rate, its source and its date, or says the rate is the reader's", async () => {
  const eur = await golden('compare-eur-default-rate');
  const published = text(rateStatement(eur, Date.parse('2026-08-26')));
  assert.match(published, /1 USD = 0\.8573 EUR, European Central Bank, for 2026-08-24, 2 days old\./);
  assert.match(published, /Source: European Central Bank euro foreign exchange reference rates/);
  // Past the book's limit, the line warns; within it, it does not.
  const limit = eur.currency.stale_after_days;
  const day = 24 * 60 * 60 * 1000;
  const at = (days) => text(rateStatement(eur, Date.parse('2026-08-24') + days * day));
  assert.doesNotMatch(at(limit), /an old rate/);
  assert.match(at(limit + 1), /an old rate; type today’s in the rate field/);
  assert.match(
    text(rateStatement(await golden('currency-guide-example-ngn-1550'))),
    /^1 USD = 1,550 NGN: your rate\.About this rate.*The published rate is 1,341\.99 NGN \(for 2026-04-15\)/,
  );
  assert.match(
    text(rateStatement(await golden('guide-example'))),
    /Amounts in USD, the currency of the prices; nothing is converted/,
  );
});

test("the comparison table has a row per month and each provider's three figures", async () => {
  const c = await golden('compare-eur-default-rate');
  const html = toHtml(renderCompare(c));
  assert.equal((html.match(/<tr data-month=/g) ?? []).length, c.months.length);
  assert.equal(
    (html.match(/<polyline class="rc-line/g) ?? []).length,
    2 * c.providers.length,
    'a line per provider in each chart: cost a month and cost so far',
  );
  for (const p of c.providers)
    assert.equal(
      html.split(`class="ch-text rc-end`).filter((part) => part.split('</text>')[0].endsWith(`>${p.label}`)).length,
      2,
      `${p.label} is named at the end of its line in both charts`,
    );
  const first = c.months[0];
  for (const p of c.providers)
    assert.ok(html.includes(formatWholeMoney(first.costs[p.name].cost_display_cents, 'EUR')), p.name);
  assert.match(
    text(renderCompare(c)),
    new RegExp(
      `Cheapest overall: ${c.providers.find((p) => p.name === c.cheapest_overall).label.replace(/[()]/g, '\\$&')}`,
    ),
  );
});
