// A stage's machines in words (web/assets/js/shared/machines.js), the one list the calculator's
// cost line, the timeline's table and the guide's pages read: from a month of the guide's
// example, as the core priced it.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readJson } from '../../wasm/node/load-node.js';
import { machineCents, machines, machinesFromTheFront } from '../../web/assets/js/shared/machines.js';
import { stageCost } from '../../web/assets/js/calculator/stage-cost.js';
import { renderTimeline } from '../../web/assets/js/timeline/render-timeline.js';
import { toHtml } from '../../web/assets/js/shared/html.js';

const t = (await readJson('tests/vectors/golden/timeline/guide-example.json')).result;
const last = t.months.at(-1); // stage 4: app servers behind a load balancer, a database and a cache
const part = (role) => last.components.find((c) => c.role === role);

test("the machines of a month: each by its type, a count above one before it, in the core's order", () => {
  const app = part('app');
  assert.ok(app.count > 1, "the example's last month runs several app servers");
  assert.equal(
    machines(last),
    `${app.count} × ${app.type}, ${part('database').type}, ${part('cache').type}, ${part('load_balancer').type}`,
  );
  assert.equal(
    machines(t.months[0]),
    t.months[0].components.find((c) => c.role === 'app').type,
    'one box: its type alone',
  );
});

test("as the guide's prose lists them: the load balancer first, by what it is", () => {
  const app = part('app');
  assert.equal(
    machinesFromTheFront(last),
    `load balancer, ${app.count} × ${app.type}, ${part('database').type}, ${part('cache').type}`,
  );
});

test("storage and transfer are no machines: neither in the list nor in the machines' cost", () => {
  const roles = ['app', 'database', 'cache', 'load_balancer'];
  assert.equal(
    machineCents(last),
    last.components.filter((c) => roles.includes(c.role)).reduce((s, c) => s + c.cost_cents, 0),
  );
  assert.ok(last.components.some((c) => c.role === 'storage') && !machines(last).includes(part('storage').type));
});

test('the cost line and the monthly table read the one list', () => {
  assert.ok(toHtml(stageCost(t)).includes(`(${machines(t.months[0])}, with storage and transfer)`));
  assert.ok(toHtml(renderTimeline(t)).includes(`<td>${machines(last).replace(/&/g, '&amp;')}</td>`));
});
