// Brings live DOM in line with an element tree (html.js) by changing only what differs.
// A first live result equal to the prerendered one changes nothing on screen, so the
// layout does not shift and the prerendered text stays the page's largest paint; while
// the reader types, only the numbers that moved are touched.
import { toDom } from './html.js';
import { yieldToPage } from './yield-to-page.js';

const SVG = 'http://www.w3.org/2000/svg';
const READER_STATE = new Set(['open']); // a <details> the reader opened stays open

// Adjacent strings in a tree are one text node once the browser has parsed the HTML.
function merged(children) {
  const out = [];
  for (const c of children) {
    if (typeof c === 'object') out.push(c);
    else if (typeof out.at(-1) === 'string') out[out.length - 1] += String(c);
    else out.push(String(c));
  }
  return out.filter((c) => c !== '');
}

// The walk is a generator that yields after each element it brings in line, so one walk
// can run to its end at once (morph) or a few milliseconds at a time (morphInSteps).
function* morphElement(el, node) {
  for (let i = el.attributes.length - 1; i >= 0; --i) {
    const { name } = el.attributes[i];
    if (node.attrs[name] == null && !READER_STATE.has(name)) el.removeAttribute(name);
  }
  for (const [name, value] of Object.entries(node.attrs)) {
    if (value == null || value === false) {
      if (!READER_STATE.has(name)) el.removeAttribute(name);
      continue;
    }
    const text = value === true ? '' : String(value);
    if (el.getAttribute(name) !== text) el.setAttribute(name, text);
  }
  // A slot the page fills itself (data-slot, e.g. the chart's save buttons): its children
  // are the page's, so a new result leaves them be.
  if (node.attrs['data-slot'] == null) yield* morphChildren(el, node.children, el.namespaceURI === SVG);
}

function* morphChildren(parent, children, inSvg) {
  const wanted = merged(children);
  for (let i = 0; i < wanted.length; ++i) {
    const want = wanted[i];
    const have = parent.childNodes[i];
    if (typeof want === 'string') {
      if (have?.nodeType === Node.TEXT_NODE) {
        if (have.nodeValue !== want) have.nodeValue = want;
      } else if (have) parent.replaceChild(document.createTextNode(want), have);
      else parent.append(want);
    } else if (have?.nodeType === Node.ELEMENT_NODE && have.localName === want.tag) yield* morphElement(have, want);
    else if (have) parent.replaceChild(toDom(want, document, inSvg), have);
    else parent.append(toDom(want, document, inSvg));
    yield;
  }
  while (parent.childNodes.length > wanted.length) parent.lastChild.remove();
}

function* walk(container, tree) {
  for (const n of [...container.childNodes]) if (n.nodeType === Node.TEXT_NODE && n.nodeValue.trim() === '') n.remove(); // the template's line breaks
  yield* morphChildren(container, [tree], container.namespaceURI === SVG);
}

// Makes `container`'s content equal to `tree`.
export function morph(container, tree) {
  for (const _ of walk(container, tree));
}

// The same, giving the page a turn whenever a step has run for `budget` ms, so a large
// result never holds the page for long (a phone runs this several times slower than a
// laptop). Resolves true when done, or false as soon as `current()` says a newer result
// has overtaken this one (which then morphs from wherever this one stopped).
export async function morphInSteps(container, tree, current = () => true, budget = 8) {
  let start = performance.now();
  for (const _ of walk(container, tree)) {
    if (performance.now() - start < budget) continue;
    await yieldToPage();
    if (!current()) return false;
    start = performance.now();
  }
  return true;
}
