// The module's timeline and compare against the golden files the native suite checks too
// (tests/vectors/golden/timeline): the same months, components, metrics, events and band,
// to the cent; and against the native CLI. Runs the real Emscripten output.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { loadWithContent, readJson, repoRoot } from '../../wasm/node/load-node.js';
import { assertCliAgrees } from './cli-agreement.js';

const mod = await loadWithContent();
const vectors = await readJson('tests/vectors/timeline.json');

for (const v of vectors) {
  test(`golden: ${v.name}`, async () => {
    const input = v.input ?? (await readJson(v.input_file));
    assert.deepEqual(
      mod[v.command ?? 'timeline'](input),
      await readJson(`tests/vectors/golden/timeline/${v.golden}.json`),
    );
  });

  test(`native CLI and module agree: ${v.name}`, async () => {
    const input = v.input ?? (await readJson(v.input_file));
    const command = v.command ?? 'timeline';
    assertCliAgrees(command, input, mod[command](input), v.errors);
  });
}

test('the guide example through the module: stages 1, 1, 3, 4 at months 1, 6, 12, 18', async () => {
  const doc = mod.timeline(await readJson('content/presets/guide-example.json'));
  const stages = [1, 6, 12, 18].map((m) => doc.result.months[m - 1].stage);
  assert.deepEqual(stages, [1, 1, 3, 4]);
});

test('every catalogue in content/pricing is accepted by the module', async () => {
  const files = (await readdir(path.join(repoRoot, 'content/pricing'))).filter((f) => f.endsWith('.json')).sort();
  assert.deepEqual(files, ['aws-af-south-1.json', 'aws-us-east-1.json', 'digitalocean-nyc1.json', 'hetzner-fsn1.json']);
  for (const f of files)
    assert.deepEqual(mod.add_catalogue(f.replace(/\.json$/, ''), await readJson(`content/pricing/${f}`)), { ok: true });
});

test('a damaged catalogue is refused with the path of the problem', async () => {
  const c = await readJson('content/pricing/aws-us-east-1.json');
  delete c.app[1].source;
  c.load_balancer.hourly = 'cheap';
  const doc = mod.add_catalogue('broken', c);
  assert.equal(doc.ok, false);
  assert.deepEqual(
    doc.errors.map((e) => e.field),
    ['app[1].source', 'load_balancer.hourly'],
  );
});

test('timeline before its content is loaded names what is missing', async () => {
  const { loadModule } = await import('../../wasm/node/load-node.js');
  const bare = await loadModule('rightsize-model');
  assert.equal(bare.timeline({ users: 1 }).errors[0].field, 'rules');
});
