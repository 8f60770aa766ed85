// Share links through the model module (the calculator's small module leaves them out to
// keep within its size budget), on the fixed vectors the native suite runs
// (tests/vectors/share-v1.json, share-v2.json and share-v3.json), and against `rightsize share` and
// `rightsize decode`.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadModule, loadWithContent, readJson, repoRoot } from '../../wasm/node/load-node.js';

const v1 = await readJson('tests/vectors/share-v1.json');
const v2 = await readJson('tests/vectors/share-v2.json');
const v3 = await readJson('tests/vectors/share-v3.json');
const vectors = [...v1, ...v2, ...v3];
const modules = { 'rightsize-model': await loadWithContent() };

test("the calculator's small module has no share functions (its size budget)", async () => {
  const small = await loadModule('rightsize');
  assert.equal(small.share_encode, undefined);
  assert.equal(small.share_decode, undefined);
});
const cli = process.env.RIGHTSIZE_CLI ?? path.join(repoRoot, 'build/native/bin/rightsize');
const run = (args, input) => {
  const result = spawnSync(cli, args, { input, encoding: 'utf8', cwd: repoRoot });
  assert.equal(result.error, undefined, `cannot run ${cli}: build the native preset first`);
  return result;
};

for (const [name, mod] of Object.entries(modules)) {
  test(`${name}: every vector's fragment decodes to its input and back`, () => {
    let pairs = 0;
    for (const v of vectors.filter((x) => !x.errors)) {
      const decoded = mod.share_decode(v.fragment);
      assert.deepEqual(decoded, { ok: true, input: v.decoded ?? v.input }, v.name);
      // A vector without an input is a fragment no build writes: this one writes `written`.
      const written = v.input === undefined ? v.written : v.fragment;
      assert.deepEqual(mod.share_encode(v.input ?? v.decoded), { ok: true, fragment: written }, v.name);
      pairs += 1;
    }
    assert.ok(pairs >= 25);
  });

  test(`${name}: damaged fragments and inputs the format cannot hold are errors, not exceptions`, () => {
    for (const v of vectors.filter((x) => x.errors)) {
      const doc = v.fragment !== undefined ? mod.share_decode(v.fragment) : mod.share_encode(v.input);
      assert.equal(doc.ok, false, v.name);
      assert.deepEqual(
        doc.errors.map((e) => e.field),
        v.errors,
        v.name,
      );
      const message = doc.errors[0].message;
      if (v.message_has) assert.ok(message.includes(v.message_has), `${v.name}: ${message}`);
    }
  });

  test(`${name}: values JavaScript has and JSON lacks`, () => {
    assert.deepEqual(mod.share_encode({ users: NaN }).errors, [{ field: 'users', message: 'must be a finite number' }]);
    assert.equal(mod.share_encode({ users: 5, db_cpu_pct: undefined }).ok, true, 'undefined means absent');
    assert.equal(mod.share_decode(undefined).errors[0].field, 'fragment');
    assert.equal(mod.share_decode(12345).errors[0].field, 'fragment');
    assert.equal(mod.share_decode('<script>alert(1)</script>').ok, false);
    const link = `https://example.org/timeline/#${mod.share_encode({ users: 7 }).fragment}`;
    assert.deepEqual(mod.share_decode(link), { ok: true, input: { users: 7 } }, 'a whole link decodes');
  });

  test(`${name}: version 1 for what it holds, version 2 only for the fields it lacks`, () => {
    const page = { users: 5000, provider: 'aws-af-south-1', growth: { monthly_pct: 20 }, currency: { code: 'NGN' } };
    assert.equal(mod.share_encode(page).fragment[0], '1');
    for (const more of [{ cache_engine: 'valkey' }, { budget_display_cents: 50000000 }]) {
      const { fragment } = mod.share_encode({ ...page, ...more });
      assert.equal(fragment[0], '2', JSON.stringify(more));
      assert.deepEqual(mod.share_decode(fragment), { ok: true, input: { ...page, ...more } });
    }
  });
}

test('the model module opens every vector the readers accept, and the timeline runs on it', () => {
  const mod = modules['rightsize-model'];
  let opened = 0;
  for (const v of vectors.filter((x) => !x.errors)) {
    const input = mod.share_decode(v.fragment).input;
    if (mod.timeline(v.input).ok) {
      assert.equal(mod.timeline(input).ok, true, v.name);
      opened += 1;
    }
  }
  assert.ok(opened >= 5, `only ${opened} vectors are valid timeline inputs`);
});

for (const v of vectors) {
  test(`native CLI and module agree: ${v.name}`, () => {
    const mod = modules['rightsize-model'];
    if (v.fragment !== undefined) {
      const decoded = run(['decode', v.fragment]);
      if (v.errors) {
        assert.equal(decoded.status, 2);
        const { message } = mod.share_decode(v.fragment).errors[0];
        assert.ok(decoded.stderr.includes(`fragment: ${message}`), decoded.stderr);
      } else {
        assert.equal(decoded.status, 0, decoded.stderr);
        assert.deepEqual(JSON.parse(decoded.stdout), v.decoded ?? v.input);
      }
    }
    if (v.input === undefined) return;
    // `rightsize share` checks with the timeline's readers first: it prints the fragment
    // exactly when the module's timeline accepts the input, and the same errors otherwise.
    const shared = run(['share'], JSON.stringify(v.input));
    const checked = mod.timeline(v.input);
    if (checked.ok && !v.errors) {
      assert.equal(shared.status, 0, shared.stderr);
      assert.equal(shared.stdout, `${v.fragment}\n`);
      return;
    }
    assert.equal(shared.status, 2);
    const errors = checked.ok ? mod.share_encode(v.input).errors : checked.errors;
    for (const e of errors) assert.ok(shared.stderr.includes(`${e.field}: ${e.message}`), shared.stderr);
  });
}

test("the README's share example is what the CLI prints", async () => {
  const readme = await readFile(path.join(repoRoot, 'README.md'), 'utf8');
  const shared = run(['share', '--input', 'content/presets/guide-example.json']);
  assert.equal(shared.status, 0, shared.stderr);
  const example = 'rightsize share --input content/presets/guide-example.json\n# ';
  assert.ok(readme.includes(`${example}${shared.stdout.trim()}\n`), 'README shows another fragment');
});

test('a damaged fragment at the CLI exits 2 with one line naming the fragment', () => {
  const damaged = run(['decode', '1gaEBMs4EAgQ']);
  assert.equal(damaged.status, 2);
  assert.match(damaged.stderr, /^rightsize: decode: fragment: the link is damaged or cut short[^\n]*\n$/);
  assert.equal(run(['decode']).status, 64, 'no fragment is a usage error');
});
