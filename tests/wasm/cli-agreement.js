// The native CLI beside the module: the same command on the same input must give the same
// document, or refuse with the same fields and, on standard error, the same sentences.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../../wasm/node/load-node.js';

export const cli = process.env.RIGHTSIZE_CLI ?? path.join(repoRoot, 'build/native/bin/rightsize');

// `doc`: the module's answer to `input`; `errors`: the fields a refusal must name, or
// undefined when both must answer.
export function assertCliAgrees(command, input, doc, errors) {
  const run = spawnSync(cli, [command], { input: JSON.stringify(input), encoding: 'utf8', maxBuffer: 1 << 26 });
  assert.equal(run.error, undefined, `cannot run ${cli}: build the native preset first`);
  if (errors) {
    assert.equal(doc.ok, false);
    assert.deepEqual(
      doc.errors.map((e) => e.field),
      errors,
    );
    assert.equal(run.status, 2);
    assert.equal(run.stderr, doc.errors.map((e) => `rightsize: stdin: ${e.field}: ${e.message}\n`).join(''));
    return;
  }
  assert.equal(run.status, 0, run.stderr);
  assert.equal(doc.ok, true, JSON.stringify(doc.errors));
  assert.deepEqual(doc.result, JSON.parse(run.stdout));
}
