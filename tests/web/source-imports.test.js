// The site's modules import each other by relative paths that must resolve in the source
// tree exactly as in dist/ (web/assets is copied whole to dist/assets, then bundled), so
// node tests and tools can read them without a build. Every static import of every module
// must name a file of the source tree, or one of the few files the build itself puts into
// dist/assets (the compiled modules, content/ documents, the catalogue index), each of
// which must come from a real source. A `?url`, `?url-later`, `?worker` or `?module` suffix asks the bundler
// for the file's hashed address: the file must still exist. The build-time code beside the
// pages (web/_data, web/guide, web/postbuild, the Eleventy config) imports the features'
// modules too, and is checked the same way.
import test from 'node:test';
import assert from 'node:assert/strict';
import { access, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../../wasm/node/load-node.js';

const web = path.join(repoRoot, 'web');
const assets = path.join(web, 'assets');
const modules = (await readdir(web, { recursive: true })).filter((f) => /\.m?js$/.test(f)).sort();

// dist/assets paths that the build writes (web/eleventy.config.js), and their sources.
const BUILT = {
  'wasm/rightsize.mjs': 'CMakeLists.txt',
  'wasm/rightsize.wasm': 'CMakeLists.txt',
  'wasm/rightsize-model.mjs': 'CMakeLists.txt',
  'wasm/rightsize-model.wasm': 'CMakeLists.txt',
  'wasm/rightsize-compare.mjs': 'CMakeLists.txt',
  'wasm/rightsize-compare.wasm': 'CMakeLists.txt',
  'wasm/rightsize-measure.mjs': 'CMakeLists.txt',
  'wasm/rightsize-measure.wasm': 'CMakeLists.txt',
  'wasm/rightsize-watch.mjs': 'CMakeLists.txt',
  'wasm/rightsize-watch.wasm': 'CMakeLists.txt',
  'wasm/wire.js': 'wasm/wire/wire.js',
  'wasm/wire-format.json': 'wasm/wire/wire-format.json',
  'wasm/measure.js': 'wasm/measure/measure.js',
  'data/rules.json': 'content/rules.json',
  'data/assumptions.json': 'content/assumptions.json',
  'data/currencies.json': 'content/currencies.json',
  'data/measure.json': 'content/measure.json',
  'data/alerts.json': 'content/alerts.json',
  'data/plan.json': 'content/plan.json',
  'data/pricing/index.js': 'web/pages/pricing-index.njk',
  'data/services/index.js': 'web/pages/services-index.njk',
  'data/services/choices.js': 'web/pages/services-choices.njk',
};

const exists = (file) =>
  access(file).then(
    () => true,
    () => false,
  );

// `import x from '...'`, `import '...'` and `export {x} from '...'`, each statement on its own.
function staticImports(source) {
  const out = [];
  for (const m of source.matchAll(/^\s*(?:import|export)\s(?:[^'";]*?\sfrom\s)?\s*['"]([^'"]+)['"]/gm)) out.push(m[1]);
  return out;
}

test('the site has modules to check, and the checker finds their imports', async () => {
  const engine = path.join('assets', 'js', 'engine', 'load-module.js');
  assert.ok(modules.includes(engine), modules.join(', '));
  const imports = staticImports(await readFile(path.join(web, engine), 'utf8'));
  assert.ok(
    imports.includes('../../wasm/wire.js') && imports.includes('../../data/rules.json?url'),
    imports.join(', '),
  );
  const page = staticImports(await readFile(path.join(web, 'assets/js/embed/embed-page.js'), 'utf8'));
  assert.ok(
    page.includes('../calculator/rightsize-calculator.js'),
    `an import for its effect alone: ${page.join(', ')}`,
  );
});

for (const file of modules) {
  test(`web/${file}: every import resolves in the source tree`, async () => {
    const source = await readFile(path.join(web, file), 'utf8');
    for (const specifier of staticImports(source)) {
      if (!specifier.startsWith('.')) continue; // a package or node's own: npm ci provides it
      const target = path.resolve(
        path.dirname(path.join(web, file)),
        specifier.replace(/\?(url|url-later|worker|module)$/, ''),
      );
      const inAssets = path.relative(assets, target).split(path.sep).join('/');
      const built = BUILT[inAssets];
      const found = await exists(built ? path.join(repoRoot, built) : target);
      assert.ok(found, `${file} imports ${specifier}, which is neither in the source tree nor written by the build`);
    }
  });
}
