// The site's modules import each other by relative paths that must resolve in the source
// tree exactly as in dist/ (web/assets is copied whole to dist/assets, then bundled), so
// node tests and tools can read them without a build. Every static import of every module
// must name a file of the source tree, or one of the few files the build itself puts into
// dist/assets (the compiled modules, content/ documents, the catalogue index), each of
// which must come from a real source. A `?url`, `?url-later`, `?worker` or `?module` suffix asks the bundler
// for the file's hashed address: the file must still exist.
import test from 'node:test';
import assert from 'node:assert/strict';
import { access, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../../wasm/node/load-node.js';

const assets = path.join(repoRoot, 'web/assets');
const modules = (await readdir(assets, { recursive: true })).filter((f) => f.endsWith('.js')).sort();

// dist/assets paths that the build writes (web/eleventy.config.js), and their sources.
const BUILT = {
  'wasm/rightsize.mjs': 'CMakeLists.txt', 'wasm/rightsize.wasm': 'CMakeLists.txt',
  'wasm/rightsize-model.mjs': 'CMakeLists.txt', 'wasm/rightsize-model.wasm': 'CMakeLists.txt',
  'wasm/rightsize-measure.mjs': 'CMakeLists.txt', 'wasm/rightsize-measure.wasm': 'CMakeLists.txt',
  'wasm/wire.js': 'wasm/wire/wire.js', 'wasm/wire-format.json': 'wasm/wire/wire-format.json',
  'wasm/measure.js': 'wasm/measure/measure.js',
  'data/rules.json': 'content/rules.json', 'data/assumptions.json': 'content/assumptions.json',
  'data/currencies.json': 'content/currencies.json',
  'data/measure.json': 'content/measure.json', 'data/pricing/index.js': 'web/pages/pricing-index.njk',
};

const exists = (file) => access(file).then(() => true, () => false);

function staticImports(source) {
  const out = [];
  for (const m of source.matchAll(/^\s*import\s+(?:[\s\S]*?\s+from\s+)?['"]([^'"]+)['"]/gm)) out.push(m[1]);
  return out;
}

test('the site has modules to check, and the checker finds their imports', async () => {
  assert.ok(modules.includes(path.join('js', 'engine.js')), modules.join(', '));
  const engine = staticImports(await readFile(path.join(assets, 'js', 'engine.js'), 'utf8'));
  assert.ok(engine.includes('../wasm/wire.js') && engine.includes('../data/rules.json?url'), engine.join(', '));
});

for (const file of modules) {
  test(`web/assets/${file}: every import resolves in the source tree`, async () => {
    const source = await readFile(path.join(assets, file), 'utf8');
    for (const specifier of staticImports(source)) {
      if (!specifier.startsWith('.')) continue;  // a package: npm ci provides it
      const target = path.resolve(path.dirname(path.join(assets, file)), specifier.replace(/\?(url|url-later|worker|module)$/, ''));
      const inAssets = path.relative(assets, target).split(path.sep).join('/');
      const built = BUILT[inAssets];
      const found = await exists(built ? path.join(repoRoot, built) : target);
      assert.ok(found, `${file} imports ${specifier}, which is neither in web/assets nor written by the build`);
    }
  });
}
