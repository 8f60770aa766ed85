// Serves dist/ as a static host would (scripts/serve.sh runs this): sirv answers with the
// precompressed .br or .gz when the browser accepts it (Content-Encoding, Vary), the
// headers in dist/_headers apply (merged) as on Netlify or Cloudflare Pages (the policy, nosniff,
// immutable caching for hashed files, application/wasm), and a folder without its
// trailing slash redirects to it. --base mounts the site under a sub-path. A missing address,
// however deep and inside the base or not, gets dist/404.html with status 404 and the headers
// _headers gives that page, as the pages' own.
//   node scripts/serve.mjs [--port 8080] [--host 127.0.0.1] [--base /tools/rightsize/] [--dir dist]
import http from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { NOT_FOUND_PAGE, normalBase } from '../web/postbuild/base.mjs';

const { values: opts } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '8080' },
    host: { type: 'string', default: '127.0.0.1' },
    base: { type: 'string', default: '/' },
    dir: { type: 'string', default: 'dist' },
  },
});
const dir = path.resolve(opts.dir);
const base = normalBase(opts.base);

// dist/_headers: a path pattern (with * for any text) at the line's start, then its
// indented "Name: value" lines. Read on every request, so a rebuilt dist/ is served as it is.
function headerRules() {
  const file = path.join(dir, '_headers');
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line
        .trim()
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*');
      rules.push({ match: new RegExp(`^${pattern}$`), headers: [] });
    } else {
      const at = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

// The headers _headers gives a path of the site. Every matching rule applies, and a header
// two rules give gets both values, joined with ", ", as Netlify and Cloudflare Pages do.
function headersFor(pathname) {
  const merged = new Map();
  for (const rule of headerRules())
    if (rule.match.test(pathname))
      for (const [k, v] of rule.headers)
        merged.set(k.toLowerCase(), merged.has(k.toLowerCase()) ? `${merged.get(k.toLowerCase())}, ${v}` : v);
  return merged;
}

const files = sirv(dir, {
  dev: true, // look files up on each request: tests swap in a new build under a running server
  etag: true,
  brotli: true,
  gzip: true,
  setHeaders(res, pathname) {
    res.setHeader('Cache-Control', 'no-cache'); // the hosts' default; _headers may say more
    for (const [k, v] of headersFor(pathname)) res.setHeader(k, v);
  },
});

function notFound(res) {
  const page = path.join(dir, NOT_FOUND_PAGE);
  res.statusCode = 404;
  res.setHeader('Cache-Control', 'no-cache');
  for (const [k, v] of headersFor(`/${NOT_FOUND_PAGE}`)) res.setHeader(k, v);
  res.setHeader('Content-Type', 'text/html;charset=utf-8');
  res.end(existsSync(page) ? readFileSync(page) : 'Not found');
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://host');
  if (`${url.pathname}/` === base) return res.writeHead(301, { Location: base }).end();
  if (!url.pathname.startsWith(base)) return notFound(res);
  const inSite = `/${url.pathname.slice(base.length)}`;
  if (inSite === '/_headers') return notFound(res);
  const onDisk = path.join(dir, decodeURIComponent(inSite));
  if (!inSite.endsWith('/') && onDisk.startsWith(dir) && existsSync(onDisk) && statSync(onDisk).isDirectory())
    return res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
  req.url = inSite + url.search;
  files(req, res, () => notFound(res));
});

server.listen(Number(opts.port), opts.host, () => {
  console.log(
    `serve: http://${opts.host}:${server.address().port}${base} (${path.relative(process.cwd(), dir) || '.'}, compressed)`,
  );
});
