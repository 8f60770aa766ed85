// After Eleventy: turns dist/ into what a static host serves. Run from the repository
// root: node web/postbuild/finish.mjs (scripts/build.sh does).
//   1. what other sites include, in embed/ (embed.mjs), then one hashed bundle per page,
//      hashed CSS, .wasm and data, preloaded (bundle.mjs)
//   2. every page carries the Content-Security-Policy (checked here), and the 404 page's
//      URLs start from the root of the host, under BASE (base.mjs)
//   3. the app's PNG icons (icons.mjs)
//   4. the service worker with this build's precache list and version (offline.mjs)
//   5. _headers (headers.mjs)
//   6. .br and .gz beside every text file and .wasm (compress.mjs)
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { bundlePages } from './bundle.mjs';
import { bundleEmbed } from './embed.mjs';
import { writeIcons } from './icons.mjs';
import { writeServiceWorker } from './offline.mjs';
import { writeHeaders } from './headers.mjs';
import { compress } from './compress.mjs';
import { normalBase, rootNotFoundPage } from './base.mjs';
import { htmlPages, removeSources } from './pages.mjs';
import { contentSecurityPolicy } from '../_data/security.js';

const dist = path.resolve(process.argv[2] ?? 'dist');
const base = normalBase(process.env.BASE);

const embedSources = await bundleEmbed(dist);
await bundlePages(dist);
await removeSources(dist, embedSources);
const policy = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">`;
for (const page of await htmlPages(dist)) {
  const html = await readFile(page, 'utf8');
  if (!html.includes(policy))
    throw new Error(`${path.relative(dist, page)}: no Content-Security-Policy meta tag (use the base layout)`);
  if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html))
    throw new Error(`${path.relative(dist, page)}: an inline script (the policy forbids them)`);
}
await rootNotFoundPage(dist, base);
await writeIcons('web/assets/icon.svg', path.join(dist, 'assets'));
const { version, precache } = await writeServiceWorker(dist, 'web/service-worker.js');
await writeHeaders(dist);
await compress(dist);
console.log(
  `finish: ${precache.length} files precached (build ${version}), bundles and .br/.gz in ${path.relative(process.cwd(), dist)}/, for ${base}`,
);
