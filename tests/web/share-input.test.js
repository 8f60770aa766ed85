// share-input.js: what a page carries through from a link, and how links are rewritten.
import test from 'node:test';
import assert from 'node:assert/strict';
import {
  carriedFields,
  linkInput,
  mergePartlyOwned,
  fragmentOf,
  withFragment,
  producedKeys,
  fieldValue,
} from '../../web/assets/js/share/share-input.js';
import { timelineInput } from '../../web/assets/js/timeline/timeline-form.js';
import { calculatorTimelineInput } from '../../web/assets/js/calculator/calculator-money-form.js';

test('fields the page does not own are carried; its own are left to the form', () => {
  const input = { users: 100, db_cpu_pct: 72, growth: { monthly_pct: 10 }, assumptions: { cache_hit_pct: 50 } };
  const owns = (k) => ['users', 'db_cpu_pct'].includes(k);
  assert.deepEqual(carriedFields(input, owns), { growth: { monthly_pct: 10 }, assumptions: { cache_hit_pct: 50 } });
  assert.deepEqual(carriedFields(undefined, owns), {});
});

test('the link input is the carried fields overlaid with the form, blanks left out', () => {
  const carried = { growth: { monthly_pct: 10 }, months: 12 };
  assert.deepEqual(linkInput(carried, { users: 5, p95_ms: undefined, months: 24, provider: null }), {
    growth: { monthly_pct: 10 },
    months: 24,
    users: 5,
  });
  assert.deepEqual(carried, { growth: { monthly_pct: 10 }, months: 12 }, 'the carried object is not changed');
});

test('a partly owned object: the form decides its own keys, the link keeps the others', () => {
  const owned = ['peak_to_average', 'kb_out_per_request'];
  const carried = { cache_hit_pct: 50, peak_to_average: 4 };
  assert.deepEqual(mergePartlyOwned(carried, { peak_to_average: 2.5 }, owned), {
    cache_hit_pct: 50,
    peak_to_average: 2.5,
  });
  assert.deepEqual(
    mergePartlyOwned(carried, undefined, owned),
    { cache_hit_pct: 50 },
    'a blank owned field is the default',
  );
  assert.deepEqual(mergePartlyOwned({ peak_to_average: 4 }, {}, owned), undefined, 'nothing left: no object at all');
  assert.deepEqual(mergePartlyOwned(undefined, { kb_out_per_request: 30 }, owned), { kb_out_per_request: 30 });
  assert.deepEqual(carried, { cache_hit_pct: 50, peak_to_average: 4 }, 'the carried object is not changed');
});

test('fragments are read without their # and written into links', () => {
  assert.equal(fragmentOf('#1ATLk1g'), '1ATLk1g');
  assert.equal(fragmentOf(''), '');
  assert.equal(fragmentOf(undefined), '');
  assert.equal(withFragment('http://x.test/timeline/', '1ATLk1g'), 'http://x.test/timeline/#1ATLk1g');
  assert.equal(withFragment('http://x.test/timeline/#1old', '1new'), 'http://x.test/timeline/#1new');
  assert.equal(withFragment('http://x.test/timeline/#1old', ''), 'http://x.test/timeline/');
});

test('the timeline form owns the keys its reader produces, growth, both budgets and the band included', () => {
  const keys = producedKeys(timelineInput, [
    'users',
    'milestones',
    'monthly_pct',
    'months',
    'provider',
    'currency',
    'per_usd',
    'budget',
    'repeated_reads',
    'slow_changing_data',
    'needs_redundancy',
    'band',
  ]);
  for (const k of [
    'users',
    'growth',
    'months',
    'provider',
    'currency',
    'budget_cents', // in dollars
    'budget_display_cents', // in another currency
    'repeated_reads',
    'uncertainty',
  ])
    assert.ok(keys.has(k), k);
  for (const k of ['db_cpu_pct', 'assumptions', 'milestones', 'band', 'budget', 'per_usd']) assert.ok(!keys.has(k), k);
});

test("the calculator's money form owns growth, provider and currency", () => {
  const keys = producedKeys(
    (values) => ({ input: calculatorTimelineInput({}, values) }),
    ['monthly_pct', 'provider', 'currency', 'per_usd'],
  );
  assert.deepEqual([...keys].sort(), ['currency', 'growth', 'provider']);
});

test('carried fields: owns() sees the value, so a field shown only in part passes through', () => {
  const input = { users: 5, growth: { milestones: { 1: 5, 6: 500 } }, months: 12 };
  const owns = (key, value) => key === 'users' || (key === 'growth' && value?.milestones === undefined);
  assert.deepEqual(carriedFields(input, owns), { growth: { milestones: { 1: 5, 6: 500 } }, months: 12 });
  assert.deepEqual(carriedFields({ ...input, growth: { monthly_pct: 3 } }, owns), { months: 12 });
});

test('a control shows the decoded value, or blank when the link leaves it out', () => {
  assert.equal(fieldValue({ name: 'users', type: 'text' }, { users: 5000 }), '5000');
  assert.equal(fieldValue({ name: 'users', type: 'text' }, {}), '');
  assert.equal(fieldValue({ name: 'x', type: 'checkbox' }, { x: true }), true);
  assert.equal(fieldValue({ name: 'x', type: 'checkbox' }, {}), false);
  assert.equal(fieldValue({ name: 'provider', type: 'select-one' }, {}), null);
  assert.equal(
    fieldValue({ name: 'provider', type: 'select-one' }, { provider: 'digitalocean-nyc1' }),
    'digitalocean-nyc1',
  );
});
