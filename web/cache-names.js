// The service worker's cache names, typed once: web/service-worker.js names its cache and
// finds the ones to delete by these, and the tests read them. A cache holds one build of one
// deployment, "rightsize-<build> <scope>", the scope being the path the site is served from
// (the folder its worker sits in: "/", "/tools/rightsize/"). Several deployments may share an
// origin, and so its cache storage (/a/ and /b/, or a staging copy beside production): a
// worker deletes only the older builds of its own scope and leaves every other deployment's
// offline copy alone. A URL's path holds no space, so a name splits one way only.
const PREFIX = 'rightsize-';
const NAME = new RegExp(`^${PREFIX}([0-9a-f]+)(?: (\\S+))?$`);

// scope: the URL of the site's root (a URL or a string).
export function cacheName(version, scope) {
  return `${PREFIX}${version} ${new URL(scope).pathname}`;
}

// Whether the cache called `name` is an older build of the deployment at `scope`, to be
// deleted by the worker whose own cache is `current`. A name without a scope is from
// before caches carried one (one name for every deployment of a build): it is this
// deployment's when it holds this deployment's home page, which caches.open(name) tells.
export async function isOlderBuild(name, current, scope, cacheStorage) {
  const parsed = NAME.exec(name);
  if (name === current || !parsed) return false;
  if (parsed[2] !== undefined) return parsed[2] === new URL(scope).pathname;
  return (await (await cacheStorage.open(name)).match(new URL(scope).href)) !== undefined;
}
