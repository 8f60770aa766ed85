// rightsize's service worker (the build bundles it with this build's BUILD_VERSION and
// PRECACHE and writes it to dist/sw.js). It keeps one build's pages and assets in a cache
// named after the build and the deployment (web/cache-names.js): installed in the
// background, answering from the cache first, offline included. A new build's worker waits
// until the reader accepts the page's "update ready" notice, then takes over and deletes
// its own deployment's older builds, never another deployment's on the same origin.
/* global BUILD_VERSION, PRECACHE */
import { cacheName, isOlderBuild } from './cache-names.js';

const root = new URL('./', self.location.href); // wherever the site is hosted
const CACHE = cacheName(BUILD_VERSION, root);

self.addEventListener('install', (event) => {
  // no-cache: a page or file left in the HTTP cache by the previous build must not stand in for this one's.
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.map((url) => new Request(new URL(url, root), { cache: 'no-cache' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (await isOlderBuild(key, CACHE, root, caches)) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data?.type === 'skip-waiting') self.skipWaiting();
});

async function respond(request) {
  const cache = await caches.open(CACHE);
  const url = new URL(request.url);
  url.search = '';
  url.pathname = url.pathname.replace(/\/index\.html$/, '/');
  const cached = await cache.match(url.href);
  if (cached) return cached;
  try {
    return await fetch(request);
  } catch (error) {
    const notFound = request.mode === 'navigate' && (await cache.match(new URL('404.html', root).href));
    if (notFound) return notFound;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  if (event.request.method === 'GET' && event.request.url.startsWith(root.href))
    event.respondWith(respond(event.request));
});
