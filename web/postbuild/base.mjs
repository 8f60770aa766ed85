// Where the site is served from: BASE, "/" unless scripts/build.sh is given another, such as
// "/tools/rightsize/". Only the 404 page needs it. Every other page is served at its own
// address and links relatively, so it works under any base; but a host serves the 404 page
// at whatever address was missing, however deep (/no/such/page/), and relative links would
// point beneath that. So the 404 page's links, stylesheets, scripts and icons become paths
// from the origin's root, under the base, and resolve from any address on the host.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const NOT_FOUND_PAGE = '404.html';

// "/tools/rightsize/" from "tools/rightsize", "/tools/rightsize" or "/tools/rightsize/", and
// "/" from "" or "/" (scripts/serve.mjs reads its --base the same way).
export function normalBase(text = '/') {
  const base = `/${text.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  if (new URL(base, 'https://host.invalid').pathname !== base || /["'<>:\s]/.test(base))
    throw new Error(`BASE ${JSON.stringify(text)} is not a path such as /tools/rightsize/`);
  return base;
}

// href="..." and src="..." holding a relative URL: not a fragment of the page itself, not a
// path from the origin's root, no scheme (data:, https:).
const RELATIVE = /\b(href|src)="(?![#/]|[a-z][a-z0-9+.-]*:)([^"]*)"/gi;

// A page at the top of dist/ whose relative URLs now start from the origin's root.
export function rootedAt(html, base, page = NOT_FOUND_PAGE) {
  const at = new URL(page, `https://host.invalid${base}`);
  return html.replace(RELATIVE, (_, attribute, url) => {
    const to = new URL(url, at);
    return `${attribute}="${to.pathname}${to.search}${to.hash}"`;
  });
}

export async function rootNotFoundPage(dist, base) {
  const file = path.join(dist, NOT_FOUND_PAGE);
  await writeFile(file, rootedAt(await readFile(file, 'utf8'), base));
}
