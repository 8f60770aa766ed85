// Eleventy builds web/pages into dist/. Run from the repository root:
//   npx eleventy --config=web/eleventy.config.js
// The WebAssembly module must be built first (build/wasm/module). web/postbuild/finish.mjs
// then bundles what this copies into dist/ (one hashed bundle per page) and removes the
// copied sources.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from '../wasm/node/load-node.js';
import guidePages from './guide/pages.js';
import { staircaseSvg } from './assets/js/diagram/staircase.js';
import { toHtml } from './assets/js/shared/html.js';

// Every URL in the site is relative, so dist/ works from any host and any sub-path.
function relativeUrl(target, pageUrl) {
  const depth = (pageUrl ?? '/')
    .replace(/[^/]*$/, '')
    .split('/')
    .filter(Boolean).length;
  const up = depth === 0 ? './' : '../'.repeat(depth);
  return up + target.replace(/^\//, '');
}

// A page's script, by the path its front matter gives. content/guide's pages name their
// element's file (script: /assets/js/rightsize-stage-check.js) rather than the feature
// folder web/ keeps it in, so content need not know web/'s folders: a path that is no file
// is the file of that name in the one feature folder of web/assets/js that has it.
const FEATURES = 'web/assets/js';
function pageScript(script) {
  if (existsSync(path.join('web', script))) return script;
  const name = path.posix.basename(script);
  const found = readdirSync(FEATURES).filter((folder) => existsSync(path.join(FEATURES, folder, name)));
  if (found.length !== 1)
    throw new Error(`the page script ${script} is in ${found.length} folders of ${FEATURES}, not one`);
  return `/assets/js/${found[0]}/${name}`;
}

// The home page's staircase (guide.stage[n].step), each step linking its stage's page in
// the guide's reading order.
function staircase(stages, ladder, pageUrl) {
  const steps = ladder
    .filter((p) => p.data.stage)
    .map((p) => ({ ...stages[p.data.stage].step, href: relativeUrl(p.url, pageUrl) }));
  return toHtml(staircaseSvg(steps, 'staircase'));
}

export default function (eleventyConfig) {
  // A feature's build-time rendering (its prerender.js, read by web/_data) stays out of dist/:
  // no page loads it, and the offline copy would carry it.
  eleventyConfig.addPassthroughCopy(
    { 'web/assets': 'assets' },
    { filter: (file) => !/(^|\/)prerender\.js$/.test(file) },
  );
  // The modules and their JavaScript sides, as the wasm build leaves them (wasm/CMakeLists.txt).
  eleventyConfig.addPassthroughCopy({ 'build/wasm/module': 'assets/wasm' });
  // The content directory is content/ unless RIGHTSIZE_CONTENT names another (tests/site).
  const content = path.relative(process.cwd(), contentDir);
  eleventyConfig.addPassthroughCopy({ [path.join(content, 'rules.json')]: 'assets/data/rules.json' });
  eleventyConfig.addPassthroughCopy({ [path.join(content, 'assumptions.json')]: 'assets/data/assumptions.json' });
  eleventyConfig.addPassthroughCopy({ [path.join(content, 'currencies.json')]: 'assets/data/currencies.json' });
  // What the watch section's module reads (web/assets/js/watch), fetched after the first result.
  eleventyConfig.addPassthroughCopy({ [path.join(content, 'alerts.json')]: 'assets/data/alerts.json' });
  eleventyConfig.addPassthroughCopy({ [path.join(content, 'plan.json')]: 'assets/data/plan.json' });
  // Each price catalogue on its own: the model fetches the default provider's first and
  // another only when a reader picks it (web/pages/pricing-index.njk lists them).
  eleventyConfig.addPassthroughCopy({ [path.join(content, 'pricing')]: 'assets/data/pricing' });
  // The managed services, fetched only when an input names one (web/pages/services-index.njk).
  eleventyConfig.addPassthroughCopy({ [path.join(content, 'services')]: 'assets/data/services' });
  eleventyConfig.addPassthroughCopy({ [path.join(content, 'measure.json')]: 'assets/data/measure.json' });
  eleventyConfig.addFilter('rel', relativeUrl);
  eleventyConfig.addFilter('pageScript', pageScript);
  eleventyConfig.addFilter('staircase', staircase);
  eleventyConfig.addPlugin(guidePages, { contentDir });
  eleventyConfig.addWatchTarget(path.join(content, '**'));
  return {
    dir: { input: 'web/pages', includes: '../_includes', data: '../_data', output: 'dist' },
    markdownTemplateEngine: 'njk',
    htmlTemplateEngine: 'njk',
  };
}
