// The 404 page's addresses (web/postbuild/base.mjs): BASE read as a path, and every relative
// URL in the page turned into a path from the host's root under it, fragments of the page
// itself and URLs with a scheme left as they are.
import test from 'node:test';
import assert from 'node:assert/strict';
import { normalBase, rootedAt } from '../../web/postbuild/base.mjs';

test('BASE is read as a path from the root, with its slashes', () => {
  for (const text of ['', '/', '//']) assert.equal(normalBase(text), '/');
  assert.equal(normalBase(), '/');
  for (const text of ['tools/rightsize', '/tools/rightsize', '/tools/rightsize/', 'tools/rightsize/'])
    assert.equal(normalBase(text), '/tools/rightsize/');
  for (const bad of ['https://example.org/tools/', '/a b/', '/a"b/', '/a<b>/', '/a/../b/', '/a?b/', '/a#b/'])
    assert.throws(() => normalBase(bad), /not a path/, bad);
});

test("a page's relative URLs become paths under the base, and nothing else changes", () => {
  const html = [
    '<link rel="stylesheet" href="./assets/css/site-X.css">',
    '<script type="module" src="./assets/js/site-Y.js"></script>',
    '<a href="./">home</a> <a href="./stages/1-all-in-one-box/">stage</a> <a href="calculator/#x">c</a>',
    '<a class="skip-link" href="#main">skip</a> <a href="/already/">abs</a> <img src="data:,">',
    '<a href="https://example.org/">out</a> <a href="./timeline/?q=1">q</a>',
  ].join('\n');
  assert.equal(
    rootedAt(html, '/tools/rightsize/'),
    [
      '<link rel="stylesheet" href="/tools/rightsize/assets/css/site-X.css">',
      '<script type="module" src="/tools/rightsize/assets/js/site-Y.js"></script>',
      '<a href="/tools/rightsize/">home</a> <a href="/tools/rightsize/stages/1-all-in-one-box/">stage</a> <a href="/tools/rightsize/calculator/#x">c</a>',
      '<a class="skip-link" href="#main">skip</a> <a href="/already/">abs</a> <img src="data:,">',
      '<a href="https://example.org/">out</a> <a href="/tools/rightsize/timeline/?q=1">q</a>',
    ].join('\n'),
  );
  assert.match(rootedAt(html, '/'), /href="\/assets\/css\/site-X\.css"/);
});
