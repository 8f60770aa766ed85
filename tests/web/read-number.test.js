// What a reader types in a number field, in node: every text that can mean one number is
// read as it, anything else is refused with a sentence naming the text, and a likely slip
// is taken but questioned. The units are the ones content/ declares for the forms' fields.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readContent } from '../../wasm/node/load-node.js';
import { readNumber } from '../../web/assets/js/shared/read-number.js';
import { formFields } from '../../web/assets/js/shared/form-spec.js';
import { readForms } from '../../web/guide/read-forms.js';

const rules = await readContent('rules.json');
const assumptions = await readContent('assumptions.json');
const forms = await readForms();
// Each field's declared unit, by name, from the one place it is typed.
const unitOf = Object.fromEntries(
  ['calculator', 'timeline', 'principle']
    .flatMap((form) => formFields(forms[form], rules.metrics).numbers)
    .map((f) => [f.name, f.unit ?? '']),
);
for (const name of forms.timeline.assumptions) unitOf[name] = assumptions.assumptions[name].unit;

const value = (text, unit = '', locale = 'en-US') => readNumber(text, unit, locale).value;
const error = (text, unit = '', locale = 'en-US') => readNumber(text, unit, locale).error;

test('the fields this reads have the units content/ declares', () => {
  assert.equal(unitOf.users, 'users');
  assert.equal(unitOf.db_cpu_pct, '%');
  assert.equal(unitOf.monthly_pct, '%');
  assert.equal(unitOf.p95_ms, 'ms');
  assert.equal(unitOf.db_query_ms, 'ms');
  assert.equal(unitOf.kb_out_per_request, 'KB');
  assert.equal(unitOf.peak_to_average, 'x');
});

test('plain numbers, signs and decimals read as they always did', () => {
  assert.equal(value('12000'), 12000);
  assert.equal(value('  12000  '), 12000);
  assert.equal(value('2.5'), 2.5);
  assert.equal(value('.5'), 0.5);
  assert.equal(value('5.'), 5);
  assert.equal(value('007'), 7);
  assert.equal(value('0'), 0);
  assert.equal(value('-5'), -5, 'a negative number reaches the core, which names its range');
  assert.equal(value('−5'), -5, 'the minus sign numbers are formatted with');
  assert.equal(value('- 5'), -5);
  assert.equal(value('+5'), 5);
  assert.equal(value('-0.5', '%'), -0.5);
});

test('thousands grouped in threes, by commas, spaces, underscores or apostrophes', () => {
  assert.equal(value('12,000'), 12000);
  assert.equal(value('1,200,000'), 1200000);
  assert.equal(value('1,200,000.5'), 1200000.5);
  assert.equal(value('12 000'), 12000);
  assert.equal(value('12\u00a0000'), 12000, 'a no-break space');
  assert.equal(value('12\u202f000'), 12000, "a narrow no-break space, as fr-FR's formatter writes it");
  assert.equal(value('1_000_000'), 1000000);
  assert.equal(value("1'000"), 1000);
  assert.equal(value('1’000’000'), 1000000);
  assert.equal(value('1.200.000'), 1200000, 'two dots can only group');
  assert.equal(value('1,234.5'), 1234.5);
  assert.equal(value('1.234,5'), 1234.5, 'dots grouping, then a decimal comma');
  assert.equal(value('1 234,5'), 1234.5);
  assert.equal(value('1 234.5'), 1234.5);
  assert.equal(value('1.500'), 1.5, 'in a locale whose dot is the decimal mark');
  assert.equal(value('0.500', '', 'de-DE'), 0.5, 'a leading 0 never groups');
});

test('thousand, million and billion suffixes', () => {
  assert.equal(value('12k', 'users'), 12000);
  assert.equal(value('12K', 'users'), 12000);
  assert.equal(value('12 k', 'users'), 12000);
  assert.equal(value('1.2M', 'users'), 1200000);
  assert.equal(value('1.2m', 'users'), 1200000);
  assert.equal(value('3mn', 'users'), 3000000);
  assert.equal(value('2B', 'users'), 2e9);
  assert.equal(value('2bn', 'users'), 2e9);
  assert.equal(value('1.1k', 'users'), 1100, 'exact: no 1100.0000000000002 for the core to call fractional');
  assert.equal(value('0.07k', 'users'), 70);
  assert.equal(value('12k users', 'users'), 12000);
  assert.equal(value('1,500k', 'users'), 1500000);
  assert.equal(value('12k'), 12000, 'a field with no unit');
});

test('scientific notation is a number; hex, binary and octal are refused', () => {
  assert.equal(value('1e3'), 1000);
  assert.equal(value('2.5E-3'), 0.0025);
  assert.equal(value('1e+21'), 1e21, 'as String() writes a large number');
  assert.equal(error('0x10'), '"0x10" is not a number in ordinary digits');
  assert.equal(error('0X1F'), '"0X1F" is not a number in ordinary digits');
  assert.equal(error('0b101'), '"0b101" is not a number in ordinary digits');
  assert.equal(error('0o17'), '"0o17" is not a number in ordinary digits');
  assert.equal(error('1e400'), '"1e400" is too large');
  assert.equal(error('1e'), '"1e": type the number alone, without "e"');
});

test('a percent field takes "%"; a field\'s own unit is harmless; any other unit is refused', () => {
  assert.equal(value('72%', unitOf.db_cpu_pct), 72);
  assert.equal(value('72 %', unitOf.db_cpu_pct), 72);
  assert.equal(value('20%', assumptions.assumptions.daily_active_pct.unit), 20, '"% of monthly users"');
  assert.equal(error('72%', unitOf.users), '"72%": type the number alone, without "%"');
  assert.equal(error('72%', unitOf.p95_ms), '"72%": type the number alone, without "%"');
  assert.equal(value('480 ms', unitOf.p95_ms), 480);
  assert.equal(value('480ms', unitOf.p95_ms), 480);
  assert.equal(value('480 MS', unitOf.p95_ms), 480);
  assert.equal(error('480 ms', unitOf.db_cpu_pct), '"480 ms": type the number alone, without "ms"');
  assert.equal(value('5000 users', unitOf.users), 5000);
  assert.equal(value('1 user', unitOf.users), 1);
  assert.equal(value('45 KB', unitOf.kb_out_per_request), 45);
  assert.equal(value('45kb', unitOf.kb_out_per_request), 45);
  assert.equal(value('3x', unitOf.peak_to_average), 3);
  assert.equal(value('3×', unitOf.peak_to_average), 3);
  assert.equal(value('24 months', unitOf.months), 24);
  // Sizes are not converted (a MB can be 1000 or 1024 KB): the reader converts.
  assert.equal(error('2 MB', unitOf.kb_out_per_request), '"2 MB": type the number alone, without "MB"');
  assert.equal(error('12 apples', unitOf.users), '"12 apples": type the number alone, without "apples"');
});

test('seconds in a milliseconds field are converted exactly; minutes are not read', () => {
  assert.equal(value('0.5 s', unitOf.p95_ms), 500);
  assert.equal(value('0.48s', unitOf.p95_ms), 480);
  assert.equal(value('1.2 seconds', unitOf.db_query_ms), 1200);
  assert.equal(value('2 sec', unitOf.db_query_ms), 2000);
  assert.equal(value('2 secs', unitOf.db_query_ms), 2000);
  assert.equal(value('1 second', unitOf.db_query_ms), 1000);
  assert.equal(error('2 secc', unitOf.db_query_ms), '"2 secc": type the number alone, without "secc"');
  assert.equal(error('5m', unitOf.p95_ms), '"5m": type the number alone, without "m"', 'minutes or millions?');
  assert.equal(error('5 min', unitOf.p95_ms), '"5 min": type the number alone, without "min"');
  assert.equal(value('1.5k ms', unitOf.p95_ms), 1500);
  assert.equal(error('0.5 s', unitOf.users), '"0.5 s": type the number alone, without "s"');
});

test('a comma that could be a decimal comma is named with both readings', () => {
  assert.equal(error('1,5'), '"1,5" could be 1.5 or 15: type the one you mean');
  assert.equal(error('12,00'), '"12,00" could be 12 or 1200: type the one you mean');
  assert.equal(error('0,5'), '"0,5" could be 0.5 or 5: type the one you mean');
  assert.equal(error('1,2345'), '"1,2345" could be 1.2345 or 12345: type the one you mean');
  assert.equal(error('1,5k', 'users'), '"1,5k" could be 1.5 or 15: type the one you mean');
  assert.equal(error('6,5%', '%'), '"6,5%" could be 6.5 or 65: type the one you mean');
});

test("the reader's locale: where a comma is the decimal mark or a dot groups, those texts are named", () => {
  // de-DE writes 1.234,5: "12,000" may be twelve, "1.500" fifteen hundred.
  assert.equal(error('12,000', '', 'de-DE'), '"12,000" could be 12 or 12000: type the one you mean');
  assert.equal(error('1.500', '', 'de-DE'), '"1.500" could be 1.5 or 1500: type the one you mean');
  assert.equal(error('1,5', '', 'de-DE'), '"1,5" could be 1.5 or 15: type the one you mean');
  assert.equal(value('1.5', '', 'de-DE'), 1.5, 'a dot with other than three digits after it is a decimal');
  assert.equal(value('1.200.000', '', 'de-DE'), 1200000);
  assert.equal(value('1.234,5', '', 'de-DE'), 1234.5);
  assert.equal(value('1,200,000', '', 'de-DE'), 1200000, 'two commas can only group');
  // fr-FR writes 1 234,5: spaces group, a lone comma is a decimal mark.
  assert.equal(value('12 000', '', 'fr-FR'), 12000);
  assert.equal(error('12,000', '', 'fr-FR'), '"12,000" could be 12 or 12000: type the one you mean');
  assert.equal(value('1.500', '', 'fr-FR'), 1.5);
  // en-US writes 1,234.5.
  assert.equal(value('12,000', '', 'en-US'), 12000);
  assert.equal(value('1.500', '', 'en-US'), 1.5);
});

test('separators out of place, inner spaces and other text are named', () => {
  const notOne = (t) => `"${t}" is not one number: type it as 12000 or 1.5`;
  assert.equal(error('4 2'), notOne('4 2'));
  assert.equal(error('12 00'), notOne('12 00'));
  assert.equal(error('1,50,000'), notOne('1,50,000'), 'lakh grouping is not threes');
  assert.equal(error('1,234,5'), notOne('1,234,5'));
  assert.equal(error('1.2.3'), notOne('1.2.3'));
  assert.equal(error('1,000 000'), notOne('1,000 000'), 'one kind of group separator');
  assert.equal(error('1 234,567.5'), notOne('1 234,567.5'));
  assert.equal(error('12,34.5'), notOne('12,34.5'));
  assert.equal(error('1.234.5'), notOne('1.234.5'));
  assert.equal(error('abc'), '"abc" is not a number');
  assert.equal(error('Infinity'), '"Infinity" is not a number');
  assert.equal(error('NaN'), '"NaN" is not a number');
  assert.equal(error('-'), '"-" is not a number');
  assert.equal(error('$500'), '"$500" is not a number');
  assert.equal(error('5-'), '"5-": type the number alone, without "-"');
  assert.equal(error('12 000 users!', 'users'), '"12 000 users!": type the number alone, without "users!"');
});

test('a fraction in a percent field typed without "%" is taken and questioned', () => {
  assert.deepEqual(readNumber('0.72', '%'), {
    value: 0.72,
    note: '0.72 is read as 0.72%; if you meant 72%, type 72',
  });
  assert.deepEqual(readNumber('.07', '% of monthly users'), {
    value: 0.07,
    note: '0.07 is read as 0.07%; if you meant 7%, type 7',
  });
  assert.deepEqual(readNumber('0.72%', '%'), { value: 0.72 }, 'with "%" the reader said so');
  assert.deepEqual(readNumber('0', '%'), { value: 0 });
  assert.deepEqual(readNumber('1', '%'), { value: 1 });
  assert.deepEqual(readNumber('0.72', 'ms'), { value: 0.72 }, 'only percentages');
  assert.deepEqual(readNumber('0.72', ''), { value: 0.72 });
});

test('the reader is never misread: whatever is taken is what the same digits say', () => {
  for (const [text, unit, meant] of [
    ['12k', 'users', 12000],
    ['12,000', 'users', 12000],
    ['1.2M', 'users', 1200000],
    ['72%', '%', 72],
    ['480 ms', 'ms', 480],
  ])
    assert.equal(value(text, unit), meant, text);
});

test('only the suffixes named are multipliers', () => {
  assert.equal(error('5 constructor'), '"5 constructor": type the number alone, without "constructor"');
  assert.equal(error('5 kilo', 'users'), '"5 kilo": type the number alone, without "kilo"');
  assert.equal(error('5 thousand', 'users'), '"5 thousand": type the number alone, without "thousand"');
  assert.equal(error('5 mb', 'users'), '"5 mb": type the number alone, without "mb"');
  assert.equal(value('5 k users', 'users'), 5000);
});
