// The module's timeline and compare against the golden files the native suite checks too
// (tests/vectors/golden/timeline): the same months, components, metrics, events and band,
// to the cent; and against the native CLI. Runs the real Emscripten output.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { loadWithContent, readJson, repoRoot } from '../../wasm/load-node.js';

const mod = await loadWithContent();
const vectors = await readJson('tests/vectors/timeline.json');
const cli = process.env.RIGHTSIZE_CLI ?? path.join(repoRoot, 'build/native/bin/rightsize');

for (const v of vectors) {
  test(`golden: ${v.name}`, async () => {
    const input = v.input ?? (await readJson(v.input_file));
    assert.deepEqual(mod[v.command ?? 'timeline'](input), await readJson(`tests/vectors/golden/timeline/${v.golden}.json`));
  });

  test(`native CLI and module agree: ${v.name}`, async () => {
    const input = v.input ?? (await readJson(v.input_file));
    const command = v.command ?? 'timeline';
    const run = spawnSync(cli, [command], { input: JSON.stringify(input), encoding: 'utf8', maxBuffer: 1 << 26 });
    assert.equal(run.error, undefined, `cannot run ${cli}: build the native preset first`);
    const doc = mod[command](input);
    if (v.errors) {
      assert.equal(doc.ok, false);
      assert.deepEqual(doc.errors.map((e) => e.field), v.errors);
      assert.equal(run.status, 2);
      assert.equal(run.stderr, doc.errors.map((e) => `rightsize: stdin: ${e.field}: ${e.message}\n`).join(''));
      return;
    }
    assert.equal(run.status, 0, run.stderr);
    assert.equal(doc.ok, true, JSON.stringify(doc.errors));
    assert.deepEqual(doc.result, JSON.parse(run.stdout));
  });
}

test('the guide example through the module: stages 1, 1, 3, 4 at months 1, 6, 12, 18', async () => {
  const doc = mod.timeline(await readJson('content/presets/guide-example.json'));
  const stages = [1, 6, 12, 18].map((m) => doc.result.months[m - 1].stage);
  assert.deepEqual(stages, [1, 1, 3, 4]);
});

test('every catalogue in content/pricing is accepted by the module', async () => {
  const files = (await readdir(path.join(repoRoot, 'content/pricing'))).filter((f) => f.endsWith('.json')).sort();
  assert.deepEqual(files, ['aws-af-south-1.json', 'aws-us-east-1.json', 'digitalocean-nyc1.json']);
  for (const f of files) assert.deepEqual(mod.add_catalogue(f.replace(/\.json$/, ''), await readJson(`content/pricing/${f}`)), { ok: true });
});

test('a damaged catalogue is refused with the path of the problem', async () => {
  const c = await readJson('content/pricing/aws-us-east-1.json');
  delete c.app[1].source;
  c.load_balancer.hourly = 'cheap';
  const doc = mod.add_catalogue('broken', c);
  assert.equal(doc.ok, false);
  assert.deepEqual(doc.errors.map((e) => e.field), ['app[1].source', 'load_balancer.hourly']);
});

test('timeline before its content is loaded names what is missing', async () => {
  const { loadModule } = await import('../../wasm/load-node.js');
  const bare = await loadModule('rightsize-model');
  assert.equal(bare.timeline({ users: 1 }).errors[0].field, 'rules');
});
