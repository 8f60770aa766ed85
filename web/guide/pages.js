// The guide's pages. Every Markdown file under the content directory's guide/ becomes a page
// at its own path (guide/index.md is the home page, guide/stages/2-separate-database.md is
// /stages/2-separate-database/), laid out by layouts/guide.njk. Pages link to each other by
// key with the `to` filter ({{ 'stage-2' | to }}), so a renamed file breaks the build, not a
// link. The `ladder` collection is every page with an `order`, in reading order.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// Pages of the site that are not Markdown, by key.
const SITE_PAGES = { calculator: '/calculator/', timeline: '/timeline/' };

function markdownFiles(dir, under = '') {
  return readdirSync(path.join(dir, under), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(under, entry.name);
    if (entry.isDirectory()) return markdownFiles(dir, relative);
    return entry.name.endsWith('.md') ? [relative] : [];
  });
}

// "index.md" -> overview at /, "stages/2-x.md" -> stage-2 at /stages/2-x/, "principle.md" -> principle.
function keyAndUrl(file) {
  const stem = file.replace(/\.md$/, '');
  if (stem === 'index') return ['overview', '/'];
  const stage = /^stages\/(\d+)-/.exec(stem);
  return [stage ? `stage-${stage[1]}` : stem, `/${stem}/`];
}

export default function guidePages(eleventyConfig, { contentDir }) {
  const guideDir = path.join(contentDir, 'guide');
  const urls = { ...SITE_PAGES };
  for (const file of markdownFiles(guideDir)) {
    const [key, url] = keyAndUrl(file);
    urls[key] = url;
    eleventyConfig.addTemplate(file, readFileSync(path.join(guideDir, file), 'utf8'), {
      layout: 'layouts/guide.njk',
      key,
    });
  }

  eleventyConfig.addFilter('to', function (key) {
    if (!(key in urls)) throw new Error(`no guide page has the key "${key}"; known: ${Object.keys(urls).join(', ')}`);
    return eleventyConfig.getFilter('rel')(urls[key], this.page?.url ?? this.ctx?.page?.url);
  });

  // The pages before and after `url` in reading order: { prev, next }, either may be missing.
  eleventyConfig.addFilter('neighbours', (pages, url) => {
    const at = pages.findIndex((p) => p.url === url);
    return at < 0 ? {} : { prev: pages[at - 1], next: pages[at + 1] };
  });

  eleventyConfig.addCollection('ladder', (api) =>
    api
      .getAll()
      .filter((p) => p.data.order != null)
      .sort((a, b) => a.data.order - b.data.order),
  );
}
