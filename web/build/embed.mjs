// What other sites include, under dist/embed/, with names that never change (hosts link them):
//   host.js                  the host page's script that fits the embed page's frames
//                            (embed-host-script.js, a classic script)
// The embed page itself (embed/index.html) is a page like any other (bundle.mjs).
// Built from dist/assets/js before bundle.mjs removes the sources; returns the files it read,
// for finish.mjs to remove once every bundle is made.
import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { common } from './bundle.mjs';

export async function bundleEmbed(dist) {
  const out = path.join(dist, 'embed');
  const emitted = new Map();
  const metafiles = [];
  const host = await esbuild.build({
    ...common(dist), format: 'iife', outdir: out, entryNames: '[name]',
    entryPoints: [{ in: path.join(dist, 'assets/js/embed-host-script.js'), out: 'host' }],
    banner: { js: '/* rightsize: fits <iframe src=".../embed/#..."> frames to their content. Include after them or anywhere:\n   <script src=".../embed/host.js" defer></script> */' },
  });
  for (const f of host.outputFiles) emitted.set(f.path, f.contents);
  for (const [file, contents] of emitted) {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, contents);
  }
  const read = [host.metafile, ...metafiles].flatMap((m) => Object.keys(m.inputs))
    .map((input) => path.resolve(input.replace(/^[a-z]+:/, '')))
    .filter((file) => file.startsWith(dist + path.sep) && !emitted.has(file));
  return [...new Set(read)];
}
