// Seeds the fuzzers' corpora from the golden vectors: each input as JSON text (for
// fuzz_json_input) and as wire bytes (for fuzz_wire), and each share vector's fragment and
// payload (for fuzz_share). Usage: node seed-corpus.mjs DIR
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readJson } from '../../wasm/node/load-node.js';
import { encode } from '../../wasm/wire/wire.js';

const dir = process.argv[2];
const inputs = [];
for (const file of ['tests/vectors/recommend.json', 'tests/vectors/timeline.json'])
  for (const v of await readJson(file)) inputs.push(v.input ?? (await readJson(v.input_file)));
await mkdir(path.join(dir, 'json'), { recursive: true });
await mkdir(path.join(dir, 'wire'), { recursive: true });
await Promise.all(inputs.map((input, i) => Promise.all([
  writeFile(path.join(dir, 'json', `seed-${i}.json`), JSON.stringify(input)),
  writeFile(path.join(dir, 'wire', `seed-${i}.bin`), encode(input)),
])));

// fuzz_share reads each seed both as a fragment and as a payload it wraps in a valid check.
const shares = await readJson('tests/vectors/share-v1.json');
const fragments = shares.map((v) => v.fragment).filter((f) => f !== undefined);
await mkdir(path.join(dir, 'share'), { recursive: true });
await Promise.all(fragments.map((fragment, i) => Promise.all([
  writeFile(path.join(dir, 'share', `fragment-${i}.txt`), fragment),
  writeFile(path.join(dir, 'share', `payload-${i}.bin`), Buffer.from(fragment.slice(1), 'base64url').subarray(0, -2)),
])));
console.log(`seeded ${inputs.length} inputs and ${fragments.length} share fragments in ${dir}`);
