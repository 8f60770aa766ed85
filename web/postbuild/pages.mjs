// The built HTML pages in dist/, found by walking it: whatever Eleventy made is a page,
// so new pages join the bundling, the policy check and the precache without a list.
import { readdir, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';

export async function files(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await files(full)));
    else out.push(full);
  }
  return out.sort();
}

export async function htmlPages(dist) {
  return (await files(dist)).filter((f) => f.endsWith('.html'));
}

// A link from one file in dist/ to another, relative, so dist/ works under any sub-path.
export function relative(fromFile, toFile) {
  const link = path.relative(path.dirname(fromFile), toFile).split(path.sep).join('/');
  return link.startsWith('.') ? link : `./${link}`;
}

// The file in dist/ that a page's relative URL points at.
export function resolveLink(page, href) {
  return path.join(path.dirname(page), decodeURIComponent(href.split(/[?#]/)[0]));
}

// Removes source files that are inside bundles now, and the folders they leave empty
// (rmdir refuses one that still holds something), so dist/ keeps only what pages load.
export async function removeSources(dist, sources) {
  for (const file of sources) await rm(file, { force: true });
  for (const dir of new Set([...sources].map((f) => path.dirname(f))))
    for (let d = dir; d.startsWith(dist + path.sep); d = path.dirname(d))
      if (
        !(await rmdir(d).then(
          () => true,
          () => false,
        ))
      )
        break;
}
