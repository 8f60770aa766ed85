// Which caches a service worker deletes when it takes over (web/cache-names.js): only the
// older builds of its own deployment, told by the scope in the name, never those of another
// deployment on the same origin, nested in it or beside it; and a cache named before names
// carried a scope only when it holds this deployment's home page.
import test from 'node:test';
import assert from 'node:assert/strict';
import { cacheName, isOlderBuild } from '../../web/cache-names.js';

const ORIGIN = 'https://example.org';
const at = (scope) => new URL(scope, ORIGIN);

// A CacheStorage holding, under each name, the URLs given.
function storage(contents) {
  return {
    async open(name) {
      const urls = contents[name] ?? [];
      return { match: async (url) => (urls.includes(String(url)) ? { url } : undefined) };
    },
  };
}

test('a name carries the build and the path the deployment is served from', () => {
  assert.equal(cacheName('0123456789ab', at('/')), 'rightsize-0123456789ab /');
  assert.equal(cacheName('0123456789ab', `${ORIGIN}/tools/rightsize/`), 'rightsize-0123456789ab /tools/rightsize/');
  assert.notEqual(cacheName('0123456789ab', at('/a/')), cacheName('0123456789ab', at('/b/')));
});

test("a worker deletes its own deployment's older builds, and nothing else", async () => {
  const scope = at('/a/');
  const current = cacheName('0123456789ab', scope);
  const none = storage({});
  const older = (name) => isOlderBuild(name, current, scope, none);
  assert.equal(await older(current), false, 'its own');
  assert.equal(await older(cacheName('ba9876543210', scope)), true, 'an older build of /a/');
  for (const other of ['/', '/b/', '/a/b/', '/ab/', '/tools/a/'])
    assert.equal(await older(cacheName('ba9876543210', at(other))), false, `${other} is another deployment`);
  assert.equal(await older(cacheName('0123456789ab', at('/b/'))), false, 'the same build deployed at /b/');
  for (const name of ['other-app', 'rightsize-', 'rightsize-XYZ /a/', 'rightsize-0123 /a/ extra'])
    assert.equal(await older(name), false, `${name} is not one of these caches`);
});

test('a cache named without a scope is deleted only by the deployment whose pages it holds', async () => {
  const legacy = {
    'rightsize-aaaaaaaaaaaa': [`${ORIGIN}/a/`, `${ORIGIN}/a/calculator/`],
    'rightsize-bbbbbbbbbbbb': [`${ORIGIN}/b/`, `${ORIGIN}/b/calculator/`],
    'rightsize-cccccccccccc': [`${ORIGIN}/`, `${ORIGIN}/calculator/`],
  };
  const deletedBy = async (scope) => {
    const out = [];
    for (const name of Object.keys(legacy))
      if (await isOlderBuild(name, cacheName('0123456789ab', at(scope)), at(scope), storage(legacy))) out.push(name);
    return out;
  };
  assert.deepEqual(await deletedBy('/a/'), ['rightsize-aaaaaaaaaaaa']);
  assert.deepEqual(await deletedBy('/b/'), ['rightsize-bbbbbbbbbbbb']);
  assert.deepEqual(await deletedBy('/'), ['rightsize-cccccccccccc']);
  assert.deepEqual(await deletedBy('/a/b/'), []);
});
