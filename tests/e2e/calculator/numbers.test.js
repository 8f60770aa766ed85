// Numbers as readers type them, in a real browser: "12k" and "12,000" give what 12000
// gives, a text that could mean two numbers is named beside its field by its label while
// the rest of the page keeps working, a likely slip is taken and questioned, and a link
// carries the number that was read, not the text.
import test from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useSiteAndBrowser } from '../harness.js';

const site = useSiteAndBrowser();

async function open(path, options = {}) {
  const context = await site.browser.newContext(options);
  const { page, problems } = await openPage(context, site.server.origin);
  await page.goto(`${site.server.origin}${path}`);
  const element = path.startsWith('/timeline/') ? 'rightsize-timeline' : 'rightsize-calculator';
  await page.waitForFunction((name) => document.querySelector(name)?.result != null, element);
  return { context, page, problems, element };
}

const result = (page, element = 'rightsize-calculator') =>
  page.evaluate((name) => document.querySelector(name).result, element);
const text = (page, selector) => page.locator(selector).textContent();

// Waits until the calculator's result was computed with `value` for a field: the users
// count, or the value a trigger's condition reports for a measured metric.
function waitForValue(page, name, value) {
  return page.waitForFunction(
    ({ name, value }) => {
      const r = document.querySelector('rightsize-calculator').result;
      if (name === 'users') return r?.users === value;
      const conditions = r?.checks.flatMap((c) => [...c.conditions, ...c.and_any.flat()]) ?? [];
      return conditions.some((c) => c.metric === name && c.value === value);
    },
    { name, value },
  );
}

// The recommendation alone (its timeline follows from the worker).
const recommendation = async (page) => {
  const { timeline, ...rest } = await result(page);
  return rest;
};

test('"12k" and "12,000" in the users field give the result 12000 gives; "480 ms", "0.5 s" and "72%" are read', async () => {
  const { context, page, problems } = await open('/calculator/');
  await page.fill('input[name=users]', '12000');
  await waitForValue(page, 'users', 12000);
  const plain = await recommendation(page);
  for (const typed of ['12k', '12,000', '12 000', '12K users']) {
    await page.fill('input[name=users]', '1');
    await waitForValue(page, 'users', 1);
    await page.fill('input[name=users]', typed);
    await waitForValue(page, 'users', 12000);
    assert.deepEqual(await recommendation(page), plain, typed);
    assert.equal(await page.locator('[data-error-for=users]').isHidden(), true);
  }
  await page.fill('input[name=p95_ms]', '480 ms');
  await waitForValue(page, 'p95_ms', 480);
  await page.fill('input[name=p95_ms]', '0.5 s');
  await waitForValue(page, 'p95_ms', 500);
  await page.fill('input[name=db_cpu_pct]', '72%');
  await page.waitForFunction(() => document.querySelector('rightsize-calculator').result.stage === 2);
  assert.deepEqual(problems, []);
  await context.close();
});

test('"1,5" is named beside its field by its label, the last result stays and the rest keeps working', async () => {
  const { context, page, problems } = await open('/calculator/');
  await page.waitForFunction(() => document.querySelector('rightsize-calculator').result?.timeline != null);
  const before = await result(page);

  await page.fill('input[name=app_cpu_pct]', '1,5');
  const error = page.locator('[data-error-for=app_cpu_pct]');
  await error.waitFor({ state: 'visible' });
  assert.equal(await error.textContent(), 'App server CPU, sustained: "1,5" could be 1.5 or 15: type the one you mean');
  assert.equal(await page.getAttribute('input[name=app_cpu_pct]', 'aria-invalid'), 'true');
  assert.match(await text(page, '[data-status]'), /Fix the marked field/);
  assert.deepEqual(await result(page), before, 'the last valid result is kept');

  // Other fields are still read and checked while it stands.
  await page.fill('input[name=users]', '-3');
  await page.locator('[data-error-for=users]').waitFor({ state: 'visible' });
  assert.match(await text(page, '[data-error-for=users]'), /^Monthly active users: must be 0 or more/);
  await page.fill('input[name=p95_ms]', '4 2');
  await page.locator('[data-error-for=p95_ms]').waitFor({ state: 'visible' });
  assert.equal(
    await text(page, '[data-error-for=p95_ms]'),
    'Request latency, 95th percentile: "4 2" is not one number: type it as 12000 or 1.5',
  );
  await page.fill('input[name=db_query_ms]', '0x10');
  await page.locator('[data-error-for=db_query_ms]').waitFor({ state: 'visible' });
  assert.equal(
    await text(page, '[data-error-for=db_query_ms]'),
    'Typical database query time: "0x10" is not a number in ordinary digits',
  );
  // The money form under the result still has its own fields and messages.
  await page.fill('[data-money-form] input[name=monthly_pct]', '2,5');

  await page.fill('input[name=app_cpu_pct]', '1.5');
  await page.fill('input[name=users]', '3k');
  await page.fill('input[name=p95_ms]', '42');
  await page.fill('input[name=db_query_ms]', '16');
  await waitForValue(page, 'users', 3000);
  await waitForValue(page, 'app_cpu_pct', 1.5);
  await waitForValue(page, 'p95_ms', 42);
  await waitForValue(page, 'db_query_ms', 16);
  assert.equal(await page.locator('rightsize-calculator > form [data-error-for]:visible').count(), 0);
  const money = page.locator('[data-money-form] [data-error-for=monthly_pct]');
  await money.waitFor({ state: 'visible' });
  assert.equal(await money.textContent(), 'Growth per month: "2,5" could be 2.5 or 25: type the one you mean');
  await page.fill('[data-money-form] input[name=monthly_pct]', '2.5');
  await money.waitFor({ state: 'hidden' });
  await page.waitForFunction(() => document.querySelector('rightsize-calculator').result.timeline != null);
  assert.deepEqual(problems, []);
  await context.close();
});

test('"0.72" in a percent field is taken and questioned beside it, not refused', async () => {
  const { context, page, problems } = await open('/calculator/');
  await page.fill('input[name=db_cpu_pct]', '0.72');
  await waitForValue(page, 'db_cpu_pct', 0.72);
  const note = page.locator('[data-note-for=db_cpu_pct]');
  await note.waitFor({ state: 'visible' });
  assert.equal(await note.textContent(), 'Database CPU, sustained: 0.72 is read as 0.72%; if you meant 72%, type 72');
  assert.equal(await page.getAttribute('input[name=db_cpu_pct]', 'aria-invalid'), null);
  assert.equal(await page.locator('[data-error-for=db_cpu_pct]').isHidden(), true);
  assert.equal(await text(page, '[data-status]'), '');
  const described = await page.getAttribute('input[name=db_cpu_pct]', 'aria-describedby');
  assert.ok(described.split(' ').includes(await note.getAttribute('id')), 'the note describes its field');
  await page.fill('input[name=db_cpu_pct]', '0.72%');
  await note.waitFor({ state: 'hidden' });
  await page.fill('input[name=db_cpu_pct]', '72');
  await page.waitForFunction(() => document.querySelector('rightsize-calculator').result.stage === 2);
  assert.equal(await note.isHidden(), true);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a link carries the number read, not the text typed', async () => {
  const { context, page, problems } = await open('/calculator/');
  // The link code loads at the reader's first move: an edit made in one event before it is
  // there (a paste, or fill() here) is not written to the link, so wait for it first.
  await page.focus('input[name=users]');
  await page.locator('rightsize-calculator + .rs-share').waitFor();
  const start = page.url();
  await page.fill('input[name=users]', '1.2M');
  await waitForValue(page, 'users', 1200000);
  await page.waitForFunction((s) => location.href !== s && location.hash.length > 1, start);
  const link = page.url();
  const again = await open(new URL(link).pathname + new URL(link).hash);
  await waitForValue(again.page, 'users', 1200000);
  assert.equal(await again.page.inputValue('input[name=users]'), '1200000');
  assert.deepEqual([...problems, ...again.problems], []);
  await again.context.close();
  await context.close();
});

test('in a decimal-comma locale, "12,000" and "1.500" are named, not guessed', async () => {
  const { context, page, problems } = await open('/calculator/', { locale: 'de-DE' });
  await page.fill('input[name=users]', '12,000');
  const error = page.locator('[data-error-for=users]');
  await error.waitFor({ state: 'visible' });
  assert.equal(await error.textContent(), 'Monthly active users: "12,000" could be 12 or 12000: type the one you mean');
  await page.fill('input[name=users]', '1.500');
  await page.waitForFunction(() => /1\.5 or 1500/.test(document.querySelector('[data-error-for=users]').textContent));
  await page.fill('input[name=users]', '1.200.000');
  await waitForValue(page, 'users', 1200000);
  assert.equal(await error.isHidden(), true);
  assert.deepEqual(problems, []);
  await context.close();
});

test('timeline: milestones read like numbers, a rate beside milestones is said unused, a budget speaks in its currency', async () => {
  const { context, page, problems, element } = await open('/timeline/');
  const timeline = () => result(page, element);

  await page.fill('[name=milestones]', '1:100, 6:5k, 12:20,000');
  await page.waitForFunction(() => document.querySelector('rightsize-timeline').result.months[11]?.users === 20000);
  assert.equal((await timeline()).months[5].users, 5000);

  await page.fill('input[name=monthly_pct]', '10');
  const note = page.locator('[data-note-for=monthly_pct]');
  await note.waitFor({ state: 'visible' });
  assert.equal(await note.textContent(), 'Growth per month: not used while there are milestones: they set the growth');
  assert.equal(await text(page, 'rightsize-timeline > [data-status]'), '', 'a note is no error: the timeline computes');

  await page.fill('[name=milestones]', '1:100, 6:1,5');
  const error = page.locator('[data-error-for=milestones]');
  await error.waitFor({ state: 'visible' });
  assert.equal(
    await error.textContent(),
    'Growth milestones (month 6): "1,5" could be 1.5 or 15: type the one you mean',
  );
  await page.fill('[name=milestones]', '');
  await note.waitFor({ state: 'hidden' });
  await page.waitForFunction(() => {
    const [first, second] = document.querySelector('rightsize-timeline').result.months;
    return (
      second.users > first.users * 1.09 && !document.querySelector('rightsize-timeline > [data-status]').textContent
    );
  });

  await page.selectOption('select[name=currency]', 'NGN');
  await page.fill('input[name=per_usd]', '1500');
  await page.fill('input[name=budget]', '-3000');
  const budget = page.locator('[data-error-for=budget]');
  await budget.waitFor({ state: 'visible' });
  // -3000 naira are -200 cents at this rate: the reader reads naira, as typed.
  assert.match(
    await budget.textContent(),
    /^Monthly budget: must be (NGN|₦)\s?0\.00 or more \(got -(NGN|₦)\s?3,000\.00\)$/,
  );
  await page.fill('input[name=budget]', '450k');
  await page.waitForFunction(() => document.querySelector('rightsize-timeline').result.budget_cents === 30000);
  assert.deepEqual(problems, []);
  await context.close();
});
