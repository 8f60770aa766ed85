// wire.js against wire.cpp: bytes written in JavaScript go through wire_echo (decoded and
// encoded again by wire.cpp) and must come back the same, for every kind in
// wire-format.json. Fails if either side stops reading the format both import.
// Run by ctest (RIGHTSIZE_WIRE_ECHO names the program), or by hand after the native build.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../../wasm/node/load-node.js';
import { decode, encode } from '../../wasm/wire/wire.js';
import format from '../../wasm/wire/wire-format.json' with { type: 'json' };

const echoProgram = process.env.RIGHTSIZE_WIRE_ECHO ?? path.join(repoRoot, 'build/native/tests/wire/wire_echo');

function echo(bytes) {
  const run = spawnSync(echoProgram, [], { input: bytes });
  assert.equal(run.error, undefined, `cannot run ${echoProgram}: build the native preset first`);
  assert.equal(run.status, 0, run.stderr.toString());
  return new Uint8Array(run.stdout);
}

const sample = {
  nothing: null,
  yes: true,
  no: false,
  numbers: [0, -0, 0.1, 1e308, -Infinity, NaN, Number.MIN_VALUE],
  text: 'naïve ✓ 🚀 with a \u0000 inside',
  '': [[], {}, [1, 'a', [null]]],
  nested: { a: { b: { c: 'd' } } },
};

test('every kind crosses from wire.js to wire.cpp and back, byte for byte', () => {
  const bytes = encode(sample);
  for (const [kind, letter] of Object.entries(format.tags))
    assert.ok(bytes.includes(letter.charCodeAt(0)), `the sample holds no ${kind}`);
  assert.deepEqual(echo(bytes), bytes);
  assert.deepEqual(decode(echo(bytes)), sample);
});

test('a byte that is no tag in wire-format.json is unreadable to wire.cpp', () => {
  const letters = new Set(Object.values(format.tags));
  const stranger = [...'abcdefghijklmnopqrstuvwxyz'].find((c) => !letters.has(c));
  assert.equal(decode(echo(new Uint8Array([stranger.charCodeAt(0)]))), '<unreadable input>');
});

test('whatever depth wire.js is given, wire.cpp reads what it sends', () => {
  let deep = null;
  for (let i = 0; i < 1000; ++i) deep = [deep];
  const bytes = encode(deep);
  assert.deepEqual(echo(bytes), bytes);
  let value = decode(echo(bytes));
  for (let depth = 0; depth <= format.max_depth.encode; ++depth) {
    assert.ok(Array.isArray(value), `an array at depth ${depth}`);
    [value] = value;
  }
  assert.equal(value, '<nested too deeply>');
});
