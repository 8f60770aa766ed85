// Eleventy builds web/pages into dist/. Run from the repository root:
//   npx eleventy --config=web/eleventy.config.js
// The WebAssembly module must be built first (build/wasm/module). web/postbuild/finish.mjs
// then bundles what this copies into dist/ (one hashed bundle per page) and removes the
// copied sources.
import path from 'node:path';
import { contentDir } from '../wasm/node/load-node.js';
import guidePages from './guide/pages.js';

// Every URL in the site is relative, so dist/ works from any host and any sub-path.
function relativeUrl(target, pageUrl) {
  const depth = (pageUrl ?? '/').replace(/[^/]*$/, '').split('/').filter(Boolean).length;
  const up = depth === 0 ? './' : '../'.repeat(depth);
  return up + target.replace(/^\//, '');
}

export default function (eleventyConfig) {
  eleventyConfig.addPassthroughCopy({ 'web/assets': 'assets' });
  // The modules and their JavaScript sides, as the wasm build leaves them (wasm/CMakeLists.txt).
  eleventyConfig.addPassthroughCopy({ 'build/wasm/module': 'assets/wasm' });
  // The content directory is content/ unless RIGHTSIZE_CONTENT names another (tests/site).
  const content = path.relative(process.cwd(), contentDir);
  eleventyConfig.addPassthroughCopy({ [path.join(content, 'rules.json')]: 'assets/data/rules.json' });
  eleventyConfig.addPassthroughCopy({ [path.join(content, 'assumptions.json')]: 'assets/data/assumptions.json' });
  eleventyConfig.addPassthroughCopy({ [path.join(content, 'currencies.json')]: 'assets/data/currencies.json' });
  // Each price catalogue on its own: the model fetches the default provider's first and
  // another only when a reader picks it (web/pages/pricing-index.njk lists them).
  eleventyConfig.addPassthroughCopy({ [path.join(content, 'pricing')]: 'assets/data/pricing' });
  eleventyConfig.addPassthroughCopy({ [path.join(content, 'measure.json')]: 'assets/data/measure.json' });
  eleventyConfig.addFilter('rel', relativeUrl);
  eleventyConfig.addPlugin(guidePages, { contentDir });
  eleventyConfig.addWatchTarget(path.join(content, '**'));
  return {
    dir: { input: 'web/pages', includes: '../_includes', data: '../_data', output: 'dist' },
    markdownTemplateEngine: 'njk',
    htmlTemplateEngine: 'njk',
  };
}
