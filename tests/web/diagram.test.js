// The architecture diagrams and the home page's staircase (web/assets/js/diagram/), drawn
// from the guide example's months as the core priced them (the golden timeline): each
// stage's parts and only those, each box with its machine and monthly cost, the title and
// the description naming every part, a fired trigger on the part it was measured on, and
// the staircase's steps to scale.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readJson } from '../../wasm/node/load-node.js';
import { architectureFigure, architectureSvg } from '../../web/assets/js/diagram/architecture.js';
import { describeMonth } from '../../web/assets/js/diagram/describe.js';
import { staircaseSvg } from '../../web/assets/js/diagram/staircase.js';
import { toHtml } from '../../web/assets/js/shared/html.js';
import { MACHINE_ROLES, ROLE_WORDS } from '../../web/assets/js/shared/machines.js';
import { shownMoney } from '../../web/assets/js/shared/money.js';
import { rules } from '../support/content.js';

const t = (await readJson('tests/vectors/golden/timeline/guide-example.json')).result;
const firstOf = (stage) => t.months.find((m) => m.stage === stage);
const machinesOf = (m) => m.components.filter((c) => MACHINE_ROLES.includes(c.role));
const titleOf = (svg) => /<title[^>]*>([^<]*)<\/title>/.exec(svg)[1];
const descOf = (svg) => /<desc[^>]*>([^<]*)<\/desc>/.exec(svg)[1];
const unescaped = (s) => s.replaceAll('&amp;', '&').replaceAll('&#39;', "'");

test('every stage of the example is drawn with its own parts: a box each, named in the title and described', () => {
  for (const s of rules.stages) {
    const month = firstOf(s.stage);
    assert.ok(month, `the guide example reaches stage ${s.stage}`);
    const svg = toHtml(architectureSvg(describeMonth(t, month), `d${s.stage}`));
    assert.match(svg, /^<svg [^>]*role="img"/);
    assert.match(svg, new RegExp(`aria-labelledby="d${s.stage}-title"`));
    const title = unescaped(titleOf(svg));
    const desc = unescaped(descOf(svg));
    assert.ok(title.startsWith(`Stage ${s.stage}, ${s.name}: `), title);
    const parts = machinesOf(month);
    assert.deepEqual(
      [...svg.matchAll(/data-role="([a-z_]+)"/g)].map((m) => m[1]).sort(),
      parts.map((c) => c.role).sort(),
      `stage ${s.stage} draws its machines and nothing else`,
    );
    for (const c of parts) {
      assert.ok(title.includes(ROLE_WORDS[c.role].split(' ')[0]), `${title} names the ${c.role}`);
      assert.ok(desc.includes(c.type), `${desc} names ${c.type}`);
      assert.ok(desc.includes(shownMoney(t, c, 'cost')), `${desc} gives the ${c.role}'s monthly cost`);
      assert.ok(svg.includes(`>${shownMoney(t, c, 'cost')} a month<`), `the ${c.role}'s box shows its cost`);
    }
  }
});

test("stage 1's one box holds the app and the database; stage 4 has a load balancer and n app servers", () => {
  const one = unescaped(toHtml(architectureSvg(describeMonth(t, firstOf(1)), 'a')));
  assert.ok(titleOf(one).endsWith(`${ROLE_WORDS.app} and ${ROLE_WORDS.database}`), titleOf(one));
  assert.doesNotMatch(one, /data-role="database"/);

  const four = firstOf(4);
  const app = four.components.find((c) => c.role === 'app');
  assert.ok(app.count > 1, 'the example scales out to several app servers');
  const svg = unescaped(toHtml(architectureSvg(describeMonth(t, four), 'b')));
  assert.match(svg, /data-role="load_balancer" data-count="1"/);
  assert.match(svg, new RegExp(`data-role="app" data-count="${app.count}"`));
  assert.ok(titleOf(svg).includes(`${app.count} ${ROLE_WORDS.app}s`), titleOf(svg));
  assert.ok(svg.includes(`${app.count} × ${app.type}`));
  assert.equal((svg.match(/class="dg-box dg-behind"/g) ?? []).length, Math.min(app.count, 3) - 1, 'a stack');
});

test('a fired trigger marks the part it was measured on, with its value; on one box, that box', () => {
  const hot = { metric: 'db_cpu_pct', condition: 'database CPU above 60%', value: 72.5, unit: '%' };
  const two = toHtml(architectureSvg(describeMonth(t, firstOf(2), [hot]), 'c'));
  assert.match(two, /<g class="dg-part dg-part-fired" data-role="database"/);
  assert.match(two, /<g class="dg-part" data-role="app"/);
  assert.ok(two.includes('>measured 72.5%<'));
  assert.ok(descOf(two).includes('Fired: database CPU above 60%, measured 72.5%.'));

  const one = toHtml(architectureSvg(describeMonth(t, firstOf(1), [hot]), 'd'));
  assert.match(one, /<g class="dg-part dg-part-fired" data-role="app"/);

  const pool = { metric: 'pool_exhausted', condition: 'the connection pool is used up', value: true, unit: '' };
  const dry = toHtml(architectureSvg(describeMonth(t, firstOf(2), [pool]), 'e'));
  assert.doesNotMatch(dry, /measured/, 'a yes/no trigger shows its condition alone');
});

test('the figure carries a download button that only JavaScript shows, unless drawn in the browser', () => {
  const d = describeMonth(t, firstOf(3));
  assert.match(toHtml(architectureFigure(d, 'f')), /data-diagram-download="rightsize-stage-3.svg" hidden>/);
  assert.doesNotMatch(toHtml(architectureFigure(d, 'g', true)), / hidden>/);
});

test("the staircase draws each stage's costs on one scale and links each stage", () => {
  const steps = [
    { stage: 1, name: 'One', href: 'one/', low: { cents: 1000, text: '$10' }, high: { cents: 2000, text: '$20' } },
    { stage: 2, name: 'Two', href: 'two/', low: { cents: 4000, text: '$40' }, high: { cents: 40000, text: '$400' } },
    { stage: 3, name: 'Three', href: 'three/', low: { cents: 20000, text: '$200' }, high: null },
  ];
  const svg = toHtml(staircaseSvg(steps, 's'));
  const bars = [...svg.matchAll(/class="st-bar"[^>]*height="([\d.]+)"/g)].map((m) => Number(m[1]));
  const ranges = [...svg.matchAll(/class="st-range[^"]*"[^>]*y="([\d.]+)"[^>]*height="([\d.]+)"/g)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ]);
  assert.equal(bars.length, 3);
  assert.ok(Math.abs(bars[1] / bars[0] - 4) < 1e-9, 'the bottoms of the ranges to scale');
  assert.ok(Math.abs(bars[2] / bars[0] - 20) < 1e-9);
  assert.ok(Math.abs((bars[1] + ranges[1][1]) / bars[1] - 10) < 1e-9, 'the top of a range to scale');
  assert.ok(ranges[2][0] < ranges[1][0], 'the last stage runs on, above the dearest amount');
  assert.deepEqual(
    [...svg.matchAll(/<a class="st-link" href="([^"]+)" aria-label="([^"]+)"/g)].map((m) => [m[1], unescaped(m[2])]),
    [
      ['one/', 'Stage 1, One: $10 to $20 a month'],
      ['two/', 'Stage 2, Two: $40 to $400 a month'],
      ['three/', 'Stage 3, Three: from $200 a month'],
    ],
  );
});
