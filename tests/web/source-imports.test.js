// The site's modules import each other by relative paths that must resolve in the source
// tree exactly as in dist/ (web/assets is copied whole to dist/assets), so node tests and
// tools can import them without a build. Linking a module resolves all its static imports
// before any of it runs, so a module that fails only for want of a browser global
// (HTMLElement...) has resolved every import.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../../wasm/load-node.js';

const assets = path.join(repoRoot, 'web/assets');
const modules = (await readdir(assets, { recursive: true })).filter((f) => f.endsWith('.js')).sort();

test('the site has modules to check', () => {
  assert.ok(modules.includes(path.join('js', 'engine.js')), modules.join(', '));
  assert.ok(modules.includes(path.join('wasm', 'wire.js')), modules.join(', '));
});

for (const file of modules) {
  test(`web/assets/${file}: every import resolves in the source tree`, async () => {
    try {
      await import(pathToFileURL(path.join(assets, file)).href);
    } catch (error) {
      assert.ok(error instanceof ReferenceError, `${error.code ?? error.name}: ${error.message}`);
    }
  });
}
