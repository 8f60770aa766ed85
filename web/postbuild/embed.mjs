// What other sites include, under dist/embed/, with names that never change (hosts link them):
//   rightsize-calculator.js  <rightsize-calculator> from one module script tag
//                            (embedded-calculator.js), its .wasm and data in embed/assets/,
//                            content-hashed and found relative to the script's own URL
//   host.js                  the host page's script that fits the embed page's frames
//                            (embed-host-script.js, a classic script)
// The embed page itself (embed/index.html) is a page like any other (bundle.mjs).
// Built from dist/assets/js before bundle.mjs removes the sources; returns the files it read,
// for finish.mjs to remove once every bundle is made.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { assetPlugin, bundledCss, common } from './bundle.mjs';

// The shadow root's stylesheet: shadow-calculator.css, then the site's own stylesheet with
// its document-wide selectors aimed at the wrapper in the shadow root, and its narrow-screen
// layout following the element's width (a container query) rather than the window's, and
// its rem lengths in em, since rem would follow the host page's root font size.
function shadowStylesheet(dist) {
  return {
    name: 'rightsize-shadow-css',
    setup(build) {
      build.onLoad({ filter: /\.css$/ }, async (args) => {
        const own = await readFile(path.join(dist, 'assets/css/shadow-calculator.css'), 'utf8');
        // Bundled, not read: a constructed stylesheet ignores @import, so the site's imports
        // (diagram.css) are inlined here. The element draws no money (no form for it), so
        // tools.css stays out.
        const site = (await bundledCss(args.path, { minify: false }))
          .replaceAll(':root', '.rs-embed')
          .replaceAll('rightsize-calculator', '.rs-embed')
          .replaceAll('@media (max-width', '@container (max-width');
        const text = `${own}\n${site}`.replace(/(\d)rem\b/g, '$1em');
        const { code } = await esbuild.transform(text, { loader: 'css', minify: true, target: 'chrome110' });
        return { contents: code, loader: 'text', watchFiles: [path.join(dist, 'assets/css/shadow-calculator.css')] };
      });
    },
  };
}

export async function bundleEmbed(dist) {
  const out = path.join(dist, 'embed');
  const emitted = new Map();
  const metafiles = [];
  const element = await esbuild.build({
    ...common(dist),
    outdir: out,
    entryNames: '[name]',
    assetNames: 'assets/[ext]/[name]-[hash]',
    entryPoints: [{ in: path.join(dist, 'assets/js/embed/embedded-calculator.js'), out: 'rightsize-calculator' }],
    plugins: [shadowStylesheet(dist), assetPlugin(dist, emitted, metafiles)],
  });
  const host = await esbuild.build({
    ...common(dist),
    format: 'iife',
    outdir: out,
    entryNames: '[name]',
    entryPoints: [{ in: path.join(dist, 'assets/js/embed/embed-host-script.js'), out: 'host' }],
    banner: {
      js: '/* rightsize: fits <iframe src=".../embed/#..."> frames to their content. Include after them or anywhere:\n   <script src=".../embed/host.js" defer></script> */',
    },
  });
  for (const f of [...element.outputFiles, ...host.outputFiles]) emitted.set(f.path, f.contents);
  for (const [file, contents] of emitted) {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, contents);
  }
  const read = [element.metafile, host.metafile, ...metafiles]
    .flatMap((m) => Object.keys(m.inputs))
    .map((input) => path.resolve(input.replace(/^[a-z]+:/, '')))
    .filter((file) => file.startsWith(dist + path.sep) && !emitted.has(file));
  return [...new Set(read), path.join(dist, 'assets/css/shadow-calculator.css')];
}
