// One content-hashed bundle per page (esbuild): each page's module scripts become one
// file, its stylesheet a hashed CSS file, and everything the bundle fetches (the .wasm, the
// data) a hashed file the page preloads from its <head>, so all of it arrives in one round
// trip after the HTML. Pages with the same scripts share a bundle. Import suffixes:
//   ?url         a hashed file's URL (relative to the bundle), which the page preloads;
//   ?url-later   the same, not preloaded: a file fetched only if the reader asks for it, or
//                after the first result (a stylesheet: bundled, as a <link>'s is);
//   ?worker      bundles a worker and gives its URL;
//   ?module      bundles a module the page imports later (`import(url)`), so its code and
//                what it fetches stay out of the first visit.
// The sources the bundles were made from are removed from dist/ afterwards.
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { htmlPages, relative, removeSources, resolveLink } from './pages.mjs';

const SCRIPT = /<script type="module" src="([^"]+)"><\/script>\n?/g;
const STYLESHEET = /<link rel="stylesheet" href="([^"]+)">/g;

export const common = (dist) => ({
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  charset: 'utf8',
  legalComments: 'none',
  outdir: path.join(dist, 'assets'),
  entryNames: 'js/[name]-[hash]',
  assetNames: '[ext]/[name]-[hash]',
  metafile: true,
  write: false,
  logLevel: 'warning',
});

// A content file as the browser gets it: minified, and without its `about` notes (written
// for whoever edits content/; every reader takes them as optional), so a page's first load
// carries the data alone.
export function servedJson(text) {
  const strip = (v) => {
    if (Array.isArray(v)) return v.map(strip);
    if (v === null || typeof v !== 'object') return v;
    return Object.fromEntries(
      Object.entries(v)
        .filter(([k]) => k !== 'about' && !k.startsWith('about_'))
        .map(([k, x]) => [k, strip(x)]),
    );
  };
  return JSON.stringify(strip(JSON.parse(text)));
}

// A stylesheet's text with its @imports inlined, for one served alone (a script's
// `tools.css?url-later`, minified) or read by a constructed stylesheet, which ignores @import
// (embed.mjs, unminified so it can rewrite the text).
export async function bundledCss(file, { minify = true } = {}) {
  const built = await esbuild.build({ entryPoints: [file], bundle: true, minify, write: false, logLevel: 'warning' });
  return built.outputFiles[0].text;
}

// The `?url`, `?url-later`, `?worker` and `?module` imports, and the Emscripten glue marked free of side effects so
// a page that never calls a module does not carry its glue.
export function assetPlugin(dist, emitted, metafiles) {
  return {
    name: 'rightsize-assets',
    setup(build) {
      build.onResolve({ filter: /\?(url|url-later|worker|module)$/ }, (args) => {
        const [file, kind] = args.path.split('?');
        // Relative to the working directory (the checkout): esbuild hashes a namespaced path
        // as written, so an absolute one would name the files after where the checkout is.
        const at = path.relative(process.cwd(), path.resolve(args.resolveDir, file));
        return { path: at, namespace: kind === 'url-later' ? 'later' : kind };
      });
      const asFile = async (args) => ({
        contents: args.path.endsWith('.json')
          ? servedJson(await readFile(args.path, 'utf8'))
          : args.path.endsWith('.css')
            ? await bundledCss(args.path)
            : await readFile(args.path),
        loader: 'file',
      });
      // A JSON module a bundle imports (a form's spec, the wire's format) goes in as served.
      build.onLoad({ filter: /\.json$/, namespace: 'file' }, async (args) => ({
        contents: servedJson(await readFile(args.path, 'utf8')),
        loader: 'json',
      }));
      build.onLoad({ filter: /.*/, namespace: 'url' }, asFile);
      build.onLoad({ filter: /.*/, namespace: 'later' }, asFile);
      const bundleOnItsOwn = async (args) => {
        const worker = await esbuild.build({
          ...common(dist),
          entryPoints: [args.path],
          plugins: [assetPlugin(dist, emitted, metafiles)],
        });
        metafiles.push(worker.metafile);
        // The entry's own output: one it bundled on its own in turn (a worker) is a .js too.
        const entry = path.resolve(Object.entries(worker.metafile.outputs).find(([, o]) => o.entryPoint)[0]);
        const code = worker.outputFiles.find((f) => f.path === entry);
        for (const f of worker.outputFiles) if (f !== code) emitted.set(f.path, f.contents);
        return { contents: code.contents, loader: 'file' };
      };
      build.onLoad({ filter: /.*/, namespace: 'worker' }, bundleOnItsOwn);
      build.onLoad({ filter: /.*/, namespace: 'module' }, bundleOnItsOwn);
      build.onResolve({ filter: /\.mjs$/ }, (args) => ({
        path: path.resolve(args.resolveDir, args.path),
        sideEffects: false,
      }));
    },
  };
}

export async function bundlePages(dist) {
  const pages = await htmlPages(dist);
  const html = new Map(await Promise.all(pages.map(async (p) => [p, await readFile(p, 'utf8')])));

  // Pages with the same scripts share one bundle, named after the page's own script: the
  // last its <head> names (a section of the page may add a script of its own in the body).
  const entries = new Map();
  for (const [page, text] of html) {
    const scripts = [...text.matchAll(SCRIPT)].map((m) => resolveLink(page, m[1]));
    if (scripts.length === 0) continue;
    const inHead = [...text.slice(0, text.indexOf('</head>')).matchAll(SCRIPT)].map((m) => resolveLink(page, m[1]));
    const key = scripts.join('\n');
    if (!entries.has(key))
      entries.set(key, { scripts, name: path.basename(inHead.at(-1) ?? scripts.at(-1), '.js'), pages: [] });
    entries.get(key).pages.push(page);
  }
  const emitted = new Map();
  const metafiles = [];
  const entryPlugin = {
    name: 'rightsize-page-entries',
    setup(build) {
      build.onResolve({ filter: /^page:/ }, (args) => ({ path: args.path.slice(5), namespace: 'page' }));
      build.onLoad({ filter: /.*/, namespace: 'page' }, (args) => {
        const { scripts } = [...entries.values()][Number(args.path)];
        // The entry stands as a file at dist/'s root and imports by relative links: its hash
        // then follows its code, not where the checkout is, so two checkouts of one commit
        // build the same file names.
        const entry = path.join(dist, 'page-entry.js');
        return {
          contents: scripts.map((s) => `import ${JSON.stringify(relative(entry, s))};`).join('\n'),
          resolveDir: dist,
          loader: 'js',
        };
      });
    },
  };
  const js = await esbuild.build({
    ...common(dist),
    entryPoints: [...entries.values()].map((e, i) => ({ in: `page:${i}`, out: e.name })),
    plugins: [entryPlugin, assetPlugin(dist, emitted, metafiles)],
  });
  metafiles.push(js.metafile);

  // Workers no page imports yet (a page names its worker with `?worker`) are bundled on
  // their own, under their own name, so a page or a test can still start them.
  const imported = new Set(
    metafiles.flatMap((m) => Object.keys(m.inputs)).map((f) => path.resolve(f.replace(/^[a-z]+:/, ''))),
  );
  const jsDir = path.join(dist, 'assets', 'js');
  const workers = (await readdir(jsDir, { recursive: true }))
    .filter((f) => f.endsWith('-worker.js'))
    .map((f) => path.join(jsDir, f))
    .filter((f) => !imported.has(f));
  if (workers.length > 0) {
    const built = await esbuild.build({
      ...common(dist),
      entryPoints: workers,
      entryNames: 'js/[name]',
      allowOverwrite: true,
      plugins: [assetPlugin(dist, emitted, metafiles)],
    });
    metafiles.push(built.metafile);
    for (const f of built.outputFiles) emitted.set(f.path, f.contents);
  }

  const styles = new Set();
  for (const [page, text] of html) for (const m of text.matchAll(STYLESHEET)) styles.add(resolveLink(page, m[1]));
  const css = await esbuild.build({
    ...common(dist),
    entryPoints: [...styles],
    entryNames: 'css/[name]-[hash]',
    bundle: true,
    loader: { '.svg': 'file', '.png': 'file' },
  });

  // Write what was built; remember which output each entry became.
  const outputs = [...js.outputFiles, ...css.outputFiles];
  for (const f of outputs) emitted.set(f.path, f.contents);
  for (const [file, contents] of emitted) {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, contents);
  }
  const outputOf = (metafile, input) => {
    const found = Object.entries(metafile.outputs).find(([, o]) => o.entryPoint === input);
    return path.resolve(found[0]);
  };
  [...entries.values()].forEach((e, i) => {
    e.output = outputOf(js.metafile, `page:${i}`);
  });
  const cssOutput = new Map([...styles].map((s) => [s, outputOf(css.metafile, path.relative(process.cwd(), s))]));

  // What a bundle fetches: the hashed .wasm and data files named in its code, which the
  // page preloads so they arrive with the bundle, except those imported `?url-later`. (A
  // worker's script is not preloaded: no preload matches a worker's request, and its
  // download overlaps the .wasm's anyway.)
  const later = new Set(
    metafiles
      .flatMap((m) => Object.entries(m.outputs))
      .filter(([, o]) => Object.keys(o.inputs).some((i) => i.startsWith('later:')))
      .map(([f]) => path.resolve(f)),
  );
  for (const e of entries.values()) {
    const code = Buffer.from(emitted.get(e.output)).toString();
    e.preloads = [...emitted.keys()].filter(
      (f) => /\.(wasm|json)$/.test(f) && !later.has(f) && code.includes(`"${relative(e.output, f)}"`),
    );
  }

  for (const [page, text] of html) {
    const entry = [...entries.values()].find((e) => e.pages.includes(page));
    let out = text.replace(
      STYLESHEET,
      (_, href) => `<link rel="stylesheet" href="${relative(page, cssOutput.get(resolveLink(page, href)))}">`,
    );
    if (entry) {
      const tags = [
        `<script type="module" src="${relative(page, entry.output)}"></script>`,
        ...entry.preloads.map((f) => `<link rel="preload" href="${relative(page, f)}" as="fetch" crossorigin>`),
      ];
      // The first script tag becomes the entry's tags; any others go.
      let seen = 0;
      out = out.replace(SCRIPT, () => (seen++ === 0 ? `${tags.join('\n')}\n` : ''));
    }
    await writeFile(page, out);
  }

  // The sources are inside the bundles now; dist/ keeps only what pages load.
  const inputs = new Set();
  for (const m of [...metafiles, css.metafile])
    for (const input of Object.keys(m.inputs)) {
      const file = path.resolve(input.replace(/^[a-z]+:/, ''));
      if (file.startsWith(dist + path.sep) && !emitted.has(file)) inputs.add(file);
    }
  await removeSources(dist, inputs);
  return [...entries.values()];
}
