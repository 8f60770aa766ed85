// What the CLI makes of inputs nobody should send: a path that is no file, a name given
// twice, a value or a document past its limit. Each is exit 2 and one line per problem, in
// the form every bad field takes (rightsize: SOURCE: FIELD: MESSAGE). The limits are read
// from the CLI's own messages, never copied here; nothing is timed (bench/input-scaling.py).
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../wasm/node/load-node.js';

const cli = process.env.RIGHTSIZE_CLI ?? path.join(repoRoot, 'build/native/bin/rightsize');
const run = (args, input) => spawnSync(cli, args, { input, encoding: 'utf8', maxBuffer: 1 << 26 });
const scratch = await mkdtemp(path.join(os.tmpdir(), 'rightsize-input-'));
test.after(() => rm(scratch, { recursive: true, force: true }));

const refused = (r) => [r.status, r.stdout, r.stderr];

test('a path that is not a readable file is named, as a bad field is', async () => {
  for (const command of ['recommend', 'timeline', 'share', 'compare', 'scale-choice']) {
    assert.deepEqual(refused(run([command, '--input', scratch])), [
      2,
      '',
      `rightsize: ${scratch}: input: cannot read it (it is a directory, not a file)\n`,
    ]);
  }
  assert.deepEqual(refused(run(['timeline', '--rules', scratch])), [
    2,
    '',
    `rightsize: ${scratch}: input: cannot read it (it is a directory, not a file)\n`,
  ]);
  const missing = path.join(scratch, 'missing.json');
  assert.deepEqual(refused(run(['recommend', `--input=${missing}`])), [
    2,
    '',
    `rightsize: ${missing}: input: cannot read it (no such file)\n`,
  ]);
  if (process.getuid?.() !== 0) {
    const locked = path.join(scratch, 'locked.json');
    await writeFile(locked, '{"users": 1}', { mode: 0o000 });
    assert.deepEqual(refused(run(['recommend', '--input', locked])), [
      2,
      '',
      `rightsize: ${locked}: input: cannot read it (permission denied)\n`,
    ]);
  }
  // measure names it among its files, and still reads the others.
  const m = run(['measure', '--access-log', scratch]);
  assert.equal(m.status, 2);
  assert.equal(m.stderr, `rightsize: ${scratch}: cannot read it (it is a directory, not a file)\n`);
  assert.deepEqual(JSON.parse(m.stdout), { evidence: {} });
});

test('a name given twice is refused on its path, one line each, and nothing is taken from it', () => {
  assert.deepEqual(refused(run(['recommend'], '{"users": 100, "users": 200}')), [
    2,
    '',
    'rightsize: stdin: users: is given more than once; give each field once\n',
  ]);
  const twice = '{"growth": {"milestones": {"1": 100, "6": 5000, "6": 7000}}, "db_cpu_pct": 70, "db_cpu_pct": 90}';
  for (const command of ['timeline', 'share', 'compare']) {
    assert.deepEqual(refused(run([command], twice)), [
      2,
      '',
      'rightsize: stdin: growth.milestones.6: is given more than once; give each field once\n' +
        'rightsize: stdin: db_cpu_pct: is given more than once; give each field once\n',
    ]);
  }
});

test('a value past its limit is quoted in part, with its length', () => {
  const name = 'x'.repeat(5_000_000);
  const r = run(['timeline'], JSON.stringify({ users: 1, provider: name }));
  assert.equal(r.status, 2);
  // Five million bytes is past the document's limit too: that is what is said, in one line.
  assert.match(r.stderr, /^rightsize: stdin: input: is larger than the \d+ bytes \(1 MiB\) an input may hold\n$/);

  const t = run(['timeline'], JSON.stringify({ users: 1, provider: 'x'.repeat(100_000) }));
  assert.equal(t.status, 2);
  assert.match(
    t.stderr,
    /^rightsize: stdin: provider: is too long \(a text may hold \d+ bytes\): "x{40}\.\.\." \(100000 bytes\)\n$/,
  );
  const k = run(['recommend'], `{"users": 1, "${'k'.repeat(10_000)}": 2}`);
  assert.match(
    k.stderr,
    /^rightsize: stdin: input: has a field name too long \(a name may hold \d+ bytes\): "k{40}\.\.\." \(10000 bytes\)\n$/,
  );
  // Under the limit, a wrong value is still quoted only in part.
  const limit = Number(/a text may hold (\d+) bytes/.exec(t.stderr)[1]);
  const p = run(['timeline'], JSON.stringify({ users: 1, provider: 'y'.repeat(limit) }));
  assert.equal(p.status, 2);
  assert.match(
    p.stderr,
    new RegExp(`^rightsize: stdin: provider: unknown provider "y{40}\\.\\.\\." \\(${limit} bytes\\); known: `),
  );
});

test('a document past the size limit is refused before it is read whole, from a file or a pipe', async () => {
  const big = path.join(scratch, 'big.json');
  const list = `{"users": [${'1,'.repeat(12_000_000)}1]}`; // 24 MB
  await writeFile(big, list);
  const r = run(['timeline', '--input', big]);
  assert.equal(r.status, 2);
  const [, limit] = /is larger than the (\d+) bytes/.exec(r.stderr);
  assert.equal(
    r.stderr,
    `rightsize: ${big}: input: is larger than the ${limit} bytes (1 MiB) an input may hold (it is ${list.length} bytes)\n`,
  );
  const piped = run(['timeline'], list);
  assert.equal(piped.stderr, `rightsize: stdin: input: is larger than the ${limit} bytes (1 MiB) an input may hold\n`);

  // At the limit exactly, a valid input still reads, from a file and from a pipe.
  const body = '{"users": 100}';
  const fits = body + ' '.repeat(Number(limit) - body.length);
  const edge = path.join(scratch, 'edge.json');
  await writeFile(edge, fits);
  assert.equal(run(['recommend', '--input', edge]).status, 0);
  assert.equal(run(['recommend'], fits).status, 0);
  await writeFile(edge, `${fits} `);
  assert.equal(run(['recommend', '--input', edge]).status, 2);
  assert.equal(run(['recommend'], `${fits} `).status, 2);
});

test('an object of 40,000 unknown fields gives one line for each, in the order written', () => {
  const fields = Object.fromEntries(Array.from({ length: 40_000 }, (_, i) => [`k${i}`, i]));
  const r = run(['timeline'], JSON.stringify({ users: 100, ...fields }));
  assert.equal(r.status, 2);
  const lines = r.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 40_000);
  assert.equal(lines[0], 'rightsize: stdin: k0: unknown field');
  assert.equal(lines[39_999], 'rightsize: stdin: k39999: unknown field');
});
