// Seeds the fuzzers' corpora, into the build and never into the source tree: each golden
// vector's input as JSON text (for fuzz_json_input) and as wire bytes (for fuzz_wire), each
// share vector's fragment and payload (for fuzz_share), and the measure readers' sample files
// (measure-seeds.mjs). An input that finds a bug is kept as a doctest case named for the bug
// (tests/core), not as a corpus file. Usage: node seed-corpus.mjs DIR
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readJson } from '../../wasm/node/load-node.js';
import { encode } from '../../wasm/wire/wire.js';
import { measureSeeds } from './measure-seeds.mjs';

const dir = process.argv[2];
const inputs = [];
for (const file of ['tests/vectors/recommend.json', 'tests/vectors/timeline.json'])
  for (const v of await readJson(file)) inputs.push(v.input ?? (await readJson(v.input_file)));
await mkdir(path.join(dir, 'json'), { recursive: true });
await mkdir(path.join(dir, 'wire'), { recursive: true });
await Promise.all(
  inputs.map((input, i) =>
    Promise.all([
      writeFile(path.join(dir, 'json', `seed-${i}.json`), JSON.stringify(input)),
      writeFile(path.join(dir, 'wire', `seed-${i}.bin`), encode(input)),
    ]),
  ),
);

// fuzz_share reads each seed both as a fragment and as a payload it wraps in a valid check.
const shares = (
  await Promise.all(['v1', 'v2', 'v3'].map((version) => readJson(`tests/vectors/share-${version}.json`)))
).flat();
const fragments = shares.map((v) => v.fragment).filter((f) => f !== undefined);
await mkdir(path.join(dir, 'share'), { recursive: true });
await Promise.all(
  fragments.map((fragment, i) =>
    Promise.all([
      writeFile(path.join(dir, 'share', `fragment-${i}.txt`), fragment),
      writeFile(
        path.join(dir, 'share', `payload-${i}.bin`),
        Buffer.from(fragment.slice(1), 'base64url').subarray(0, -2),
      ),
    ]),
  ),
);

let files = 0;
for (const [target, seeds] of Object.entries(measureSeeds)) {
  await mkdir(path.join(dir, target), { recursive: true });
  for (const [name, bytes] of Object.entries(seeds)) {
    await writeFile(path.join(dir, target, name), bytes);
    files += 1;
  }
}
console.log(`seeded ${inputs.length} inputs, ${fragments.length} share fragments and ${files} measure files in ${dir}`);

// Large shapes for the run that looks for slowness (scripts/test.sh): one object of many
// keys and one long array, each near the reader's limits, where a reader that costs the
// square of its input takes minutes and a linear one milliseconds.
await mkdir(path.join(dir, 'json-large'), { recursive: true });
const keys = Object.fromEntries(Array.from({ length: 60_000 }, (_, i) => [`k${i}`, i]));
await writeFile(path.join(dir, 'json-large', 'many-keys.json'), JSON.stringify({ users: 100, overrides: keys }));
await writeFile(
  path.join(dir, 'json-large', 'long-array.json'),
  JSON.stringify({ users: 100, list: Array.from({ length: 90_000 }, (_, i) => i) }),
);
