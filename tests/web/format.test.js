// The site's one number and money formatter (web/assets/js/shared/format.js): at build time it
// writes in the site's locale, which is the test browser's default (tests/e2e compare the
// live pages with these strings); units come from content/, never from a field's name; and
// no other module of web/ builds an Intl formatter of its own or reads a unit off a name.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { readContent, repoRoot } from '../../wasm/node/load-node.js';
import {
  SITE_LOCALE,
  formatCount,
  formatMeasured,
  formatMoney,
  formatNumber,
  formatShortMoney,
  withUnit,
} from '../../web/assets/js/shared/format.js';

const rules = await readContent('rules.json');
const assumptions = await readContent('assumptions.json');

test("at build time numbers and money are written in the site's locale", () => {
  assert.equal(SITE_LOCALE, 'en-US');
  assert.equal(formatNumber(1234.5678), '1,234.57');
  assert.equal(formatNumber(0.0625, 3), '0.063');
  assert.equal(formatCount(50000.4), '50,000');
  assert.equal(formatMoney(1679, 'USD'), '$16.79');
  assert.equal(formatMoney(15000, 'USD'), '$150.00');
  assert.equal(formatMoney(15000, 'USD', { dropZeroCents: true }), '$150');
  assert.equal(formatMoney(1650, 'USD', { dropZeroCents: true }), '$16.50');
  assert.equal(
    formatMoney(2602450, 'NGN'),
    new Intl.NumberFormat('en-US', { style: 'currency', currency: 'NGN' }).format(26024.5),
  );
  assert.equal(formatShortMoney(123456, 'USD'), '$1.2K');
});

test('a value is written with the unit content/ gives it', () => {
  const threshold = rules.triggers.find((t) => t.metric === 'db_cpu_pct');
  assert.equal(formatMeasured(threshold.threshold, rules.metrics.db_cpu_pct.unit), `${threshold.threshold}%`);
  assert.equal(formatMeasured(320, rules.metrics.p95_ms.unit), '320 ms');
  assert.equal(formatMeasured(true, rules.metrics.pool_exhausted.unit), 'yes');
  const a = assumptions.assumptions;
  assert.equal(
    formatMeasured(a.daily_active_pct.value, a.daily_active_pct.unit),
    `${a.daily_active_pct.value}${a.daily_active_pct.unit}`,
  );
  assert.equal(formatMeasured(a.peak_to_average.value, a.peak_to_average.unit), `${a.peak_to_average.value}×`);
  assert.equal(
    formatMeasured(a.kb_out_per_request.value, a.kb_out_per_request.unit),
    `${a.kb_out_per_request.value} KB`,
  );
  assert.equal(withUnit('2793.472', 'ms'), '2793.472 ms', 'text as given: a figure as it would be typed');
  assert.equal(withUnit('7', ''), '7');
});

const sources = async (dir) =>
  (await readdir(path.join(repoRoot, dir), { recursive: true }))
    .filter((f) => /\.m?js$/.test(f))
    .map((f) => path.join(dir, f));

test("no other module of web/ builds an Intl formatter or reads a unit off a field's name", async () => {
  const own = path.join('web', 'assets', 'js', 'shared', 'format.js');
  const offenders = [];
  for (const file of await sources('web')) {
    if (file === own) continue;
    const text = await readFile(path.join(repoRoot, file), 'utf8');
    if (/\bIntl\.|toLocaleString\(/.test(text)) offenders.push(`${file}: an Intl formatter of its own`);
    if (/endsWith\(['"]_(pct|ms)['"]\)|_(pct|ms)\$\//.test(text)) offenders.push(`${file}: a unit read off a name`);
  }
  assert.deepEqual(offenders, []);
});
