// dist/_headers (Netlify, Cloudflare Pages): the pages' policy again, with what only a
// header can say: who may frame a page, no MIME sniffing, no referrer, the .wasm type, and
// year-long immutable caching for the content-hashed files (nothing else sets
// Cache-Control: a host merges matching rules' values instead of replacing them). scripts/serve.mjs applies
// the same file, merging as those hosts do, so local serving behaves like them.
//
// Only the embed folder may be framed, by anyone: its page is made for other sites' frames,
// and its script and data are fetched by their pages (hence CORS). Everything else forbids
// framing. Since both hosts merge every matching rule, a `/*` rule saying 'none' would
// join the embed's policy as a second policy and still forbid framing it, so the policy is
// given per top-level entry of dist/ instead, the embed folder with its own.
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { contentSecurityPolicy } from '../_data/security.js';

// Folders whose files all carry a content hash in their names (see bundle.mjs, embed.mjs).
export const HASHED = ['/assets/js/*', '/assets/css/*', '/assets/wasm/*', '/assets/json/*', '/embed/assets/*'];
export const IMMUTABLE = 'public, max-age=31536000, immutable';
// Everything else (pages, sw.js, the manifest, icons) keeps the host's default, which on
// these hosts revalidates; a second Cache-Control rule would be merged into, not replace, it.
export const REVALIDATE = 'no-cache';
export const EMBED = 'embed';
export const NOT_FRAMED = `${contentSecurityPolicy}; frame-ancestors 'none'`;
export const FRAMED_ANYWHERE = `${contentSecurityPolicy}; frame-ancestors *`;

// entries: the names at dist/'s top level.
export function headersFile(entries) {
  const policyPaths = [
    '/',
    ...entries
      .filter((e) => e.name !== EMBED && e.name !== '_headers')
      .map((e) => (e.isDirectory() ? `/${e.name}/*` : `/${e.name}`)),
  ];
  const rules = [
    ['/*', { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' }],
    ...policyPaths.map((p) => [p, { 'Content-Security-Policy': NOT_FRAMED }]),
    [`/${EMBED}/*`, { 'Content-Security-Policy': FRAMED_ANYWHERE, 'Access-Control-Allow-Origin': '*' }],
    ...HASHED.map((p) => [p, { 'Cache-Control': IMMUTABLE }]),
    ['/assets/wasm/*', { 'Content-Type': 'application/wasm' }],
    [`/${EMBED}/assets/wasm/*`, { 'Content-Type': 'application/wasm' }],
  ];
  const blocks = rules.map(([p, h]) => [p, ...Object.entries(h).map(([k, v]) => `  ${k}: ${v}`)].join('\n'));
  return `${blocks.join('\n')}\n`;
}

export async function writeHeaders(dist) {
  const entries = (await readdir(dist, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  await writeFile(path.join(dist, '_headers'), headersFile(entries));
}
