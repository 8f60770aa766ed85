// A tiny element tree with two outputs: real DOM nodes in the browser, escaped HTML
// text at build time (for the prerendered result). Text is always a text node, never
// markup, so nothing a reader or a link supplies can become HTML.

export function h(tag, attrs, ...children) {
  return { tag, attrs: attrs ?? {}, children: children.flat(Infinity).filter((c) => c != null && c !== false) };
}

const SVG = 'http://www.w3.org/2000/svg';

// SVG elements (the chart) need their namespace in the DOM; HTML text needs nothing.
export function toDom(node, doc = document, inSvg = false) {
  if (typeof node !== 'object') return doc.createTextNode(String(node));
  const svg = inSvg || node.tag === 'svg';
  const el = svg ? doc.createElementNS(SVG, node.tag) : doc.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attrs)) {
    if (value === true) el.setAttribute(name, '');
    else if (value != null && value !== false) el.setAttribute(name, String(value));
  }
  for (const child of node.children) el.append(toDom(child, doc, svg));
  return el;
}

const escapes = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => escapes[c]);

export function toHtml(node) {
  if (typeof node !== 'object') return escapeHtml(node);
  const attrs = Object.entries(node.attrs)
    .filter(([, v]) => v != null && v !== false)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escapeHtml(v)}"`))
    .join('');
  return `<${node.tag}${attrs}>${node.children.map(toHtml).join('')}</${node.tag}>`;
}
