// dist/_headers (Netlify, Cloudflare Pages): the pages' policy again, with what only a
// header can say: no framing, no MIME sniffing, no referrer, the .wasm type, and
// year-long immutable caching for the content-hashed files (nothing else sets
// Cache-Control: a host merges matching rules' values instead of replacing them). scripts/serve.mjs applies
// the same file, so local serving behaves like those hosts.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { contentSecurityPolicy } from '../_data/security.js';

// Folders whose files all carry a content hash in their names (see bundle.mjs).
export const HASHED = ['/assets/js/*', '/assets/css/*', '/assets/wasm/*', '/assets/json/*'];
export const IMMUTABLE = 'public, max-age=31536000, immutable';
// Everything else (pages, sw.js, the manifest, icons) keeps the host's default, which on
// these hosts revalidates; a second Cache-Control rule would be merged into, not replace, it.
export const REVALIDATE = 'no-cache';

export function headersFile() {
  const rules = [
    ['/*', {
      'Content-Security-Policy': `${contentSecurityPolicy}; frame-ancestors 'none'`,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    }],
    ...HASHED.map((p) => [p, { 'Cache-Control': IMMUTABLE }]),
    ['/assets/wasm/*', { 'Content-Type': 'application/wasm' }],
  ];
  return rules.map(([p, h]) => [p, ...Object.entries(h).map(([k, v]) => `  ${k}: ${v}`)].join('\n')).join('\n') + '\n';
}

export async function writeHeaders(dist) {
  await writeFile(path.join(dist, '_headers'), headersFile());
}
