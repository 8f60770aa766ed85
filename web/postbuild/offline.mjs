// The service worker (web/service-worker.js) with this build's precache list and version:
// every file in dist/ (pages by their folder URL), so a new page or asset joins the offline
// copy by being built. The version is a hash of every file, so any change makes a new
// cache, and the old one goes when the new worker activates (web/cache-names.js).
import { readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { files } from './pages.mjs';

const NOT_PRECACHED = /(\.br|\.gz|\/_headers|\/sw\.js)$/;
// The embeddable script, its files and the frame's host script are fetched by other sites'
// pages, which this site's worker never controls; the embed page itself is precached, for
// the calculator page's preview of it.
const FOR_OTHER_SITES = /^embed\/./; // by URL: embed/ itself is the page

export async function writeServiceWorker(dist, source) {
  const hash = createHash('sha256');
  const precache = [];
  for (const file of await files(dist)) {
    if (NOT_PRECACHED.test(file)) continue;
    const url = path
      .relative(dist, file)
      .split(path.sep)
      .join('/')
      .replace(/(^|\/)index\.html$/, '$1');
    if (FOR_OTHER_SITES.test(url)) continue;
    precache.push(url === '' ? './' : url);
    hash
      .update(url)
      .update('\0')
      .update(await readFile(file))
      .update('\0');
  }
  const version = hash.digest('hex').slice(0, 12);
  // A classic worker script (the page registers it without type: 'module'), so its imports
  // are bundled in.
  const { outputFiles } = await esbuild.build({
    entryPoints: [source],
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'warning',
    define: { BUILD_VERSION: JSON.stringify(version), PRECACHE: JSON.stringify(precache) },
  });
  await writeFile(path.join(dist, 'sw.js'), outputFiles[0].contents);
  return { version, precache };
}
