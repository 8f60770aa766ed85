// The timeline form's numbers, in node: milestones' users read as any number field is, a
// growth rate beside milestones said to be unused, and a budget's errors in the display
// currency it was typed in.
import test from 'node:test';
import assert from 'node:assert/strict';
import {
  budgetInCurrency,
  timelineFieldFor,
  timelineInput,
  timelineNotes,
} from '../../web/assets/js/timeline/timeline-form.js';
import { formatMoney } from '../../web/assets/js/shared/format.js';
import { budgetInput } from '../../web/assets/js/shared/currency-fields.js';

test("milestones' users read as a number field does, and an unreadable month is named", () => {
  const at = (milestones) => timelineInput({ users: 100, milestones, months: 12 });
  assert.deepEqual(at('1:100, 6:5000').input.growth, { milestones: { 1: 100, 6: 5000 } });
  assert.deepEqual(at('1:100, 6:5k, 12:20,000').input.growth, { milestones: { 1: 100, 6: 5000, 12: 20000 } });
  assert.deepEqual(at('1:100,6:1.2M').input.growth, { milestones: { 1: 100, 6: 1200000 } });
  assert.deepEqual(at('6:1,500,000').input.growth, { milestones: { 6: 1500000 } });
  assert.deepEqual(at('6:-5').input.growth, { milestones: { 6: -5 } }, 'the core names a negative count');
  const { error: e } = at('1:100, 6:1,5');
  assert.deepEqual(e, {
    field: 'growth.milestones.6',
    message: '"1,5" could be 1.5 or 15: type the one you mean',
  });
  assert.deepEqual(timelineFieldFor(e.field), { field: 'milestones', detail: 'month 6' });
  assert.equal(at('6:5000 users').input.growth.milestones[6], 5000);
  assert.equal(at('6:lots').error.message, '"lots" is not a number');
  assert.equal(at('soon').error.field, 'milestones', 'text that is not month:users pairs');
  assert.equal(at('6:').error.field, 'milestones');
});

test('a growth rate typed while milestones are set is said to be unused', () => {
  assert.deepEqual(timelineNotes({ milestones: '1:100, 6:5000', monthly_pct: '10' }), [
    { name: 'monthly_pct', message: 'not used while there are milestones: they set the growth', note: true },
  ]);
  assert.deepEqual(timelineNotes({ milestones: '', monthly_pct: '10' }), []);
  assert.deepEqual(timelineNotes({ milestones: ' ', monthly_pct: '10' }), []);
  assert.deepEqual(timelineNotes({ milestones: '1:100', monthly_pct: '' }), []);
  assert.deepEqual(timelineNotes({}), []);
  // What the page sends: the milestones alone (the core refuses both at once).
  const { input } = timelineInput({ users: 100, milestones: '1:100', monthly_pct: 10, months: 12 });
  assert.deepEqual(input.growth, { milestones: { 1: 100 } });
});

test("a budget's errors speak in the display currency, not in the catalogue's cents", () => {
  const refused = (message) => ({
    ok: false,
    errors: [
      { field: 'budget_cents', message },
      { field: 'users', message },
    ],
  });
  const usd = (dollars) => formatMoney(dollars * 100, 'USD');
  const ngn = (naira) => formatMoney(naira * 100, 'NGN');
  const dollars = budgetInCurrency(refused('must be 0 or more (got -500)'), { budget: -5 }, 1);
  assert.equal(dollars.errors[0].message, `must be ${usd(0)} or more (got ${usd(-5)})`);
  assert.equal(dollars.errors[1].message, 'must be 0 or more (got -500)', 'other fields keep their words');
  // A budget typed in naira reaches the core in naira cents (budget_display_cents): its
  // bounds are naira already, and the reader reads what they typed.
  const inNaira = (message) => ({ ok: false, errors: [{ field: 'budget_display_cents', message }] });
  const naira = budgetInCurrency(
    inNaira('must be 0 or more (got -300000)'),
    { currency: { code: 'NGN', per_usd: 1500 }, budget: -3000 },
    1341.99,
  );
  assert.equal(naira.errors[0].message, `must be ${ngn(0)} or more (got ${ngn(-3000)})`);
  const bounded = budgetInCurrency(
    inNaira('must be between 0 and 1000 (got 2000)'),
    { currency: { code: 'NGN' }, budget: 20 },
    1341.99,
  );
  assert.equal(bounded.errors[0].message, `must be between ${ngn(0)} and ${ngn(10)} (got ${ngn(20)})`);
  // A dollar budget the core checks in the catalogue's cents, shown at the rate.
  const converted = budgetInCurrency(
    refused('must be at most 100 (got 200)'),
    { currency: { code: 'NGN', per_usd: 1500 }, budget: 3000 },
    1341.99,
  );
  assert.equal(converted.errors[0].message, `must be at most ${ngn(1500)} (got ${ngn(3000)})`);
  const ok = { ok: true, result: {} };
  assert.equal(budgetInCurrency(ok, {}, 1), ok);
  assert.equal(budgetInCurrency(null, {}, 1), null, 'an overtaken answer');
  const badRate = refused('must be 0 or more (got -500)');
  assert.equal(budgetInCurrency(badRate, { currency: { code: 'NGN', per_usd: 'lots' }, budget: -5 }, 1341.99), badRate);
});

test('a negative budget reaches the core negative, however small in the display currency', () => {
  const naira = { code: 'NGN', per_usd: 1500 };
  assert.deepEqual(budgetInput(-5, naira), { budget_display_cents: -500 });
  assert.deepEqual(budgetInput(-0.001, naira), { budget_display_cents: -1 });
  assert.deepEqual(budgetInput(-0.001, undefined), { budget_cents: -1 });
  assert.deepEqual(budgetInput(0, naira), { budget_display_cents: 0 });
  assert.deepEqual(budgetInput(0.001, naira), { budget_display_cents: 0 });
});

test("the rate's drift and spread go into the input's currency, and are said to be unused where the band cannot draw them", () => {
  const values = { users: 100, months: 24, currency: 'NGN', drift_pct_per_year: 20, spread_pct: 12.5 };
  assert.deepEqual(timelineInput(values, { defaultRate: 1341.99 }).input.currency, {
    code: 'NGN',
    drift_pct_per_year: 20,
    spread_pct: 12.5,
  });
  assert.equal(timelineInput({ ...values, currency: 'USD' }).input.currency, undefined);
  assert.equal(timelineFieldFor('currency.spread_pct'), 'spread_pct');
  assert.equal(timelineFieldFor('currency.drift_pct_per_year'), 'drift_pct_per_year');
  const typed = { drift_pct_per_year: '20', spread_pct: '' };
  assert.deepEqual(timelineNotes({ ...typed, currency: 'USD', band: true }), [
    { name: 'drift_pct_per_year', message: 'not used with US dollars: choose the currency it moves', note: true },
  ]);
  assert.deepEqual(timelineNotes({ ...typed, currency: 'NGN', band: false }), [
    { name: 'drift_pct_per_year', message: 'used by the uncertainty band: turn it on to see it', note: true },
  ]);
  assert.deepEqual(timelineNotes({ ...typed, currency: 'NGN', band: true }), []);
});
