// The module's timeline_csv against `rightsize timeline --csv`: the same input gives the same
// bytes (the page's CSV download is this text), for every timeline vector the CLI accepts.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { loadWithContent, readJson, repoRoot } from '../../wasm/node/load-node.js';

const mod = await loadWithContent();
const vectors = await readJson('tests/vectors/timeline.json');
const cli = process.env.RIGHTSIZE_CLI ?? path.join(repoRoot, 'build/native/bin/rightsize');

// With a display currency at an extreme rate too: amounts past 9e15 print as floats, and the
// module must print them with the same digits as the CLI's JSON printer.
const variants = [
  ['', {}],
  [' (display currency at 10^9 a dollar)', { currency: { code: 'NGN', per_usd: 1e9 } }],
];

for (const v of vectors.filter((x) => !x.errors && (x.command ?? 'timeline') === 'timeline')) {
  for (const [suffix, extra] of variants) {
    test(`timeline_csv equals the CLI's --csv: ${v.name}${suffix}`, async () => {
      const input = { ...(v.input ?? (await readJson(v.input_file))), ...extra };
      const run = spawnSync(cli, ['timeline', '--csv'], {
        input: JSON.stringify(input),
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      });
      assert.equal(run.status, 0, run.stderr);
      const doc = mod.timeline_csv(input);
      assert.equal(doc.ok, true, JSON.stringify(doc.errors));
      assert.equal(doc.csv, run.stdout);
    });
  }
}

test("the page's CSV names its currency in each row and keeps every digit of an amount past 2^53", () => {
  const input = { users: 20_000_000, months: 4, currency: { code: 'NGN', per_usd: 1e9 } };
  const { csv } = mod.timeline_csv(input);
  const [header, ...rows] = csv.trimEnd().split('\n');
  assert.equal(
    header,
    'month,users,stage,currency,cost,cumulative,app,database,cache,load_balancer,storage,transfer,estimated_components',
  );
  for (const row of rows) {
    const cells = row.split(',');
    assert.equal(cells[3], 'NGN');
    for (const amount of cells.slice(4, 12)) assert.match(amount, /^\d+\.\d\d$/);
  }
  assert.ok(
    rows.some((row) => row.split(',')[5].length >= 18),
    'an amount past 2^53 cents, every digit printed',
  );
  assert.equal(csv, spawnSync(cli, ['timeline', '--csv'], { input: JSON.stringify(input), encoding: 'utf8' }).stdout);
});

test('timeline_csv refuses bad input as timeline does, naming the field', () => {
  const doc = mod.timeline_csv({ users: -5 });
  assert.equal(doc.ok, false);
  assert.deepEqual(
    doc.errors.map((e) => e.field),
    mod.timeline({ users: -5 }).errors.map((e) => e.field),
  );
});
