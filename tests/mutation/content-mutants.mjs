// The goldens must notice any one number of content/ moving by 5%: every price in every
// catalogue, every assumption's default, every threshold of the rulebook, every default
// exchange rate. For each number, a copy of content/ gets that one number changed and the
// golden tests must fail.
//   node tests/mutation/content-mutants.mjs [path/to/rightsize_tests]
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../wasm/node/load-node.js';

const binary = process.argv[2] ?? path.join(repoRoot, 'build/native/tests/core/rightsize_tests');
const priceKeys =
  /^(hourly|monthly|monthly_cap|multi_az_hourly|multi_az_monthly|lcu_hourly|lcu_monthly|per_gb|gb_month|multi_az_gb_month|free_gb_month|disk_gb|transfer_included_gb)$/;

// Every [path, value] in a JSON tree whose key `wanted` accepts.
function* numbers(node, wanted, trail = []) {
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) yield* numbers(item, wanted, [...trail, i]);
  } else if (node && typeof node === 'object') {
    for (const [key, item] of Object.entries(node)) {
      if (typeof item === 'number' && item !== 0 && wanted(key, trail)) yield [[...trail, key], item];
      else yield* numbers(item, wanted, [...trail, key]);
    }
  }
}

function setAt(doc, trail, value) {
  const copy = structuredClone(doc);
  let node = copy;
  for (const key of trail.slice(0, -1)) node = node[key];
  node[trail.at(-1)] = value;
  return copy;
}

const targets = [
  ['rules.json', (key) => key === 'threshold'],
  ['assumptions.json', (key, trail) => key === 'value' && trail[0] === 'assumptions'],
  ['currencies.json', (key) => key === 'per_usd'],
];
for (const file of (await readdir(path.join(repoRoot, 'content/pricing'))).filter((f) => f.endsWith('.json')))
  targets.push([`pricing/${file}`, (key) => priceKeys.test(key)]);

const work = await mkdtemp(path.join(os.tmpdir(), 'rightsize-mutants-'));
await cp(path.join(repoRoot, 'content'), work, { recursive: true });
const survivors = [];
let count = 0;
for (const [file, wanted] of targets) {
  const text = await readFile(path.join(repoRoot, 'content', file), 'utf8');
  const doc = JSON.parse(text);
  for (const [trail, value] of numbers(doc, wanted)) {
    await writeFile(path.join(work, file), JSON.stringify(setAt(doc, trail, value * 1.05)));
    const run = spawnSync(binary, ['--test-case=golden:*', '--minimal'], {
      env: { ...process.env, RIGHTSIZE_CONTENT_DIR: work },
    });
    if (run.error) throw run.error;
    if (run.status === 0) survivors.push(`${file}: ${trail.join('.')} = ${value}`);
    count += 1;
  }
  await writeFile(path.join(work, file), text);
}
await rm(work, { recursive: true, force: true });
for (const s of survivors) console.log(`survived: ${s} moved by 5% and no golden changed`);
console.log(`content mutants: ${count - survivors.length} passed, ${survivors.length} failed`);
process.exit(survivors.length === 0 && count > 0 ? 0 : 1);
