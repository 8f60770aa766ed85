// A stage's setup as an SVG, from a plain description (describe.js): visitors at the top,
// then the load balancer, the app servers (a stack when there are several), and the cache
// and the database side by side, only the parts the description has. Each box names its
// part, its machine and its monthly cost; a part whose trigger fired is outlined and says
// what was measured. Phone first: 320 units wide, drawn at 320 px or the width there is,
// so its smallest text (12 units) stays 12 px at 390 px. Paint comes from the site's
// stylesheet (classes only), so it follows the reader's colour scheme.
import { h } from '../shared/html.js';
import { ROLE_WORDS } from '../shared/machines.js';

const W = 320;
const FULL = 248; // a box alone in its row
const HALF = 150; // the cache and the database, side by side
const PAD = 10;
const LINE = 17;
const GAP = 26; // between two rows: the arrow
const CHAR = 7.2; // the width of an average character of the bold 12-unit text, for wrapping
const STACK = 5; // the offset of each machine drawn behind the first

const capital = (s) => s[0].toUpperCase() + s.slice(1);

// "app server", "app server and database" (stage 1's one box), "2 app servers".
function partName(part, holdsDatabase) {
  const words =
    part.role === 'app' && holdsDatabase ? `${ROLE_WORDS.app} and ${ROLE_WORDS.database}` : ROLE_WORDS[part.role];
  return part.count > 1 ? `${part.count} ${words.replace(/^(\S+ \S+|\S+)/, '$1s')}` : words;
}

const machineText = (part) => (part.count > 1 ? `${part.count} × ${part.machine}` : part.machine);

function wrap(text, width) {
  const most = Math.floor((width - 2 * PAD) / CHAR);
  const lines = [];
  // A number keeps its unit on its line: "300 ms" is one word here.
  const words = [];
  for (const word of text.split(' ')) {
    if (/^[\d.,]+$/.test(words.at(-1) ?? '')) words[words.length - 1] += ` ${word}`;
    else words.push(word);
  }
  for (const word of words) {
    const last = lines.at(-1);
    if (last != null && last.length + 1 + word.length <= most) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

// One box's lines of text, each with its class.
function boxLines(part, name, fired, width) {
  const lines = [
    { text: capital(name), cls: 'dg-name' },
    { text: machineText(part), cls: 'dg-detail' },
    { text: `${part.monthly} a month`, cls: 'dg-detail' },
  ];
  for (const f of fired) {
    for (const text of wrap(`▲ ${f.condition}`, width)) lines.push({ text, cls: 'dg-fired' });
    if (f.measured != null) lines.push({ text: `measured ${f.measured}`, cls: 'dg-fired' });
  }
  return lines;
}

const boxHeight = (lines) => PAD * 2 + LINE * lines.length - 4;

function box(part, fired, x, y, width, lines) {
  const height = boxHeight(lines);
  const behind = [];
  for (let k = Math.min(part.count, 3) - 1; k >= 1; --k)
    behind.push(h('rect', { class: 'dg-box dg-behind', x: x + STACK * k, y: y - STACK * k, width, height, rx: 6 }));
  return h(
    'g',
    { class: fired.length ? 'dg-part dg-part-fired' : 'dg-part', 'data-role': part.role, 'data-count': part.count },
    behind,
    h('rect', { class: 'dg-box', x, y, width, height, rx: 6 }),
    lines.map((l, i) =>
      h('text', { class: l.cls, x: x + width / 2, y: y + PAD + 13 + LINE * i, 'text-anchor': 'middle' }, l.text),
    ),
  );
}

function arrow(x1, y1, x2, y2) {
  const mid = (y1 + y2) / 2;
  const d = x1 === x2 ? `M${x1} ${y1}V${y2 - 6}` : `M${x1} ${y1}V${mid}H${x2}V${y2 - 6}`;
  return [
    h('path', { class: 'dg-flow', d }),
    h('polygon', { class: 'dg-head', points: `${x2 - 4},${y2 - 7} ${x2 + 4},${y2 - 7} ${x2},${y2}` }),
  ];
}

// In the order a request meets them: each row's parts, with the width of their boxes.
function rows(parts) {
  const find = (role) => parts.filter((p) => p.role === role);
  const back = [...find('cache'), ...find('database')];
  return [find('load_balancer'), find('app'), back].filter((r) => r.length);
}

// "the load balancer (alb, $42.69 a month)"
const named = (part, name) => `${part.count > 1 ? '' : 'the '}${name} (${machineText(part)}, ${part.monthly} a month)`;

const isBack = (row) => row.some((p) => p.role === 'cache' || p.role === 'database');

// Visitors reach the front row, then each next one; the app servers use the back row.
function sentence(d, names) {
  const [front, ...rest] = rows(d.parts);
  const said = (row) => row.map((p) => named(p, names.get(p))).join(' and ');
  let before = front;
  let text = `${capital(ROLE_WORDS.visitors)} reach ${said(front)}`;
  for (const row of rest) {
    const verb = before.some((p) => p.count > 1) ? 'use' : 'uses';
    text += isBack(row) ? `, which ${verb} ${said(row)}` : `, then ${said(row)}`;
    before = row;
  }
  const fired = d.fired.map((f) => ` Fired: ${f.condition}${f.measured == null ? '' : `, measured ${f.measured}`}.`);
  return `${text}.${fired.join('')}`;
}

function list(words) {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

// d: {stage, stage_name, parts: [{role, machine, count, monthly}], fired: [{role, condition,
// measured}]}; id: a prefix for the ids the title and description need, unique on the page.
export function architectureSvg(d, id) {
  const holdsDatabase = !d.parts.some((p) => p.role === 'database');
  const names = new Map(d.parts.map((p) => [p, partName(p, holdsDatabase)]));
  // A reading of a part the setup does not have separately is the app box's (stage 1).
  const boxOf = (role) => d.parts.find((p) => p.role === role) ?? d.parts.find((p) => p.role === 'app');
  const firedOn = (part) => d.fired.filter((f) => boxOf(f.role) === part);

  const drawn = [
    h('text', { class: 'dg-name', x: W / 2, y: 16, 'text-anchor': 'middle' }, capital(ROLE_WORDS.visitors)),
  ];
  let above = [{ x: W / 2, bottom: 22 }];
  let y = 22 + GAP;
  for (const row of rows(d.parts)) {
    const width = row.length > 1 ? HALF : FULL;
    const spread = (W - width * row.length) / (row.length + 1);
    const laid = row.map((part, i) => {
      const x = spread + i * (width + spread);
      return { part, x, lines: boxLines(part, names.get(part), firedOn(part), width) };
    });
    const height = Math.max(...laid.map((l) => boxHeight(l.lines)));
    for (const l of laid) {
      drawn.push(arrow(above[0].x, above[0].bottom, l.x + width / 2, y));
      drawn.push(box(l.part, firedOn(l.part), l.x, y, width, l.lines));
    }
    above = laid.map((l) => ({ x: l.x + width / 2, bottom: y + height }));
    y += height + GAP;
  }
  const height = y - GAP + 8;
  const title = `Stage ${d.stage}, ${d.stage_name}: ${list(
    rows(d.parts)
      .flat()
      .map((p) => names.get(p)),
  )}`;
  return h(
    'svg',
    {
      class: 'dg',
      role: 'img',
      'aria-labelledby': `${id}-title`,
      'aria-describedby': `${id}-desc`,
      viewBox: `0 0 ${W} ${height}`,
      width: W,
      height,
      'data-stage': d.stage,
    },
    h('title', { id: `${id}-title` }, title),
    h('desc', { id: `${id}-desc` }, sentence(d, names)),
    drawn,
  );
}

// The diagram with its download button (diagram-download.js), hidden in the HTML, where only
// JavaScript can show it, unless `shown` (a figure drawn in the browser).
export function architectureFigure(d, id, shown = false) {
  return h(
    'figure',
    { class: 'dg-figure' },
    architectureSvg(d, id),
    h(
      'button',
      {
        type: 'button',
        class: 'dg-download',
        'data-diagram-download': `rightsize-stage-${d.stage}.svg`,
        hidden: !shown,
      },
      'Download SVG',
    ),
  );
}
