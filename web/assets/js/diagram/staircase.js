// The home page's staircase: one step per stage, left to right, each drawn from nothing up
// to what the stage costs a month at the bottom of its typical range, with the rest of the
// range above it, all on one linear scale. The last stage has no top: its range runs on,
// dashed, to the top of the drawing, above the dearest amount. Each step links its stage's page.
import { h } from '../shared/html.js';

const W = 320;
const TOP = 40; // room for the two lines of cost above the highest step
const BASE = 152;
const H = 192;
const GAP = 8;
const MIN = 2; // the least a step is drawn, so a cheap stage still shows
const HEADROOM = 1.2; // the scale's top over the dearest amount: room for the last stage to run on

// steps: [{stage, name, href, low: {cents, text}, high: {cents, text} | null}], in stage order.
export function staircaseSvg(steps, id) {
  const most = HEADROOM * Math.max(...steps.flatMap((s) => [s.low.cents, s.high?.cents ?? 0]));
  const y = (cents) => BASE - (cents / most) * (BASE - TOP);
  const width = (W - GAP * (steps.length - 1)) / steps.length;
  const links = steps.map((s, i) => {
    const x = i * (width + GAP);
    const mid = x + width / 2;
    const low = Math.min(y(s.low.cents), BASE - MIN);
    const high = s.high ? Math.min(y(s.high.cents), low - MIN) : TOP;
    const said = s.high ? [`${s.low.text} to`, s.high.text] : ['from', s.low.text];
    const range = s.high ? `${s.low.text} to ${s.high.text}` : `from ${s.low.text}`;
    return h(
      'a',
      { class: 'st-link', href: s.href, 'aria-label': `Stage ${s.stage}, ${s.name}: ${range} a month` },
      h('rect', { class: s.high ? 'st-range' : 'st-range st-open', x, y: high, width, height: low - high }),
      h('rect', { class: 'st-bar', x, y: low, width, height: BASE - low }),
      said.map((text, k) =>
        h('text', { class: 'st-cost', x: mid, y: high - 20 + 14 * k, 'text-anchor': 'middle' }, text),
      ),
      h('text', { class: 'st-stage', x: mid, y: BASE + 20, 'text-anchor': 'middle' }, `Stage ${s.stage}`),
    );
  });
  return h(
    'svg',
    { class: 'st', role: 'group', 'aria-labelledby': `${id}-title`, viewBox: `0 0 ${W} ${H}`, width: W, height: H },
    h('title', { id: `${id}-title` }, 'What each stage costs a month, drawn to scale'),
    h('line', { class: 'st-ground', x1: 0, y1: BASE, x2: W, y2: BASE }),
    links,
  );
}
