// Eleventy builds web/pages into dist/. Run from the repository root:
//   npx eleventy --config=web/eleventy.config.js
// The WebAssembly module must be built first (build/wasm/module). web/build/finish.mjs
// then bundles what this copies into dist/ (one hashed bundle per page) and removes the
// copied sources.
import path from 'node:path';

// Every URL in the site is relative, so dist/ works from any host and any sub-path.
function relativeUrl(target, pageUrl) {
  const depth = (pageUrl ?? '/').split('/').filter(Boolean).length;
  const up = depth === 0 ? './' : '../'.repeat(depth);
  return up + target.replace(/^\//, '');
}

export default function (eleventyConfig) {
  eleventyConfig.addPassthroughCopy({ 'web/assets': 'assets' });
  eleventyConfig.addPassthroughCopy({ 'build/wasm/module/rightsize.mjs': 'assets/wasm/rightsize.mjs' });
  eleventyConfig.addPassthroughCopy({ 'build/wasm/module/rightsize.wasm': 'assets/wasm/rightsize.wasm' });
  eleventyConfig.addPassthroughCopy({ 'wasm/wire.js': 'assets/wasm/wire.js' });
  eleventyConfig.addPassthroughCopy({ 'build/wasm/module/rightsize-model.mjs': 'assets/wasm/rightsize-model.mjs' });
  eleventyConfig.addPassthroughCopy({ 'build/wasm/module/rightsize-model.wasm': 'assets/wasm/rightsize-model.wasm' });
  eleventyConfig.addPassthroughCopy({ 'content/rules.json': 'assets/data/rules.json' });
  eleventyConfig.addPassthroughCopy({ 'content/assumptions.json': 'assets/data/assumptions.json' });
  eleventyConfig.addFilter('rel', relativeUrl);
  eleventyConfig.addWatchTarget(path.join('content', '**'));
  return {
    dir: { input: 'web/pages', includes: '../_includes', data: '../_data', output: 'dist' },
    markdownTemplateEngine: 'njk',
    htmlTemplateEngine: 'njk',
  };
}
