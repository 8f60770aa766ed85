// The timeline for a phone: a summary of the next stage move and the last month's cost stays
// above the keyboard while a field is typed, the milestone box shows every milestone, and the
// comparison is one link away from the top; its charts read on a phone and a desktop alike.
import test from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useSiteAndBrowser } from '../harness.js';
import { checkChart } from '../chart-checks.js';
import { ROLE_WORDS } from '../../../web/assets/js/shared/machines.js';

const site = useSiteAndBrowser();
const KEYBOARD = 320; // the lower part of a phone's screen the keyboard covers

async function openAt(width, colorScheme = 'light') {
  const context = await site.browser.newContext({ viewport: { width, height: 844 }, colorScheme });
  const { page, problems } = await openPage(context, site.server.origin);
  await page.goto(`${site.server.origin}/timeline/`);
  await page.waitForFunction(() => document.querySelector('rightsize-timeline')?.result != null);
  return { context, page, problems };
}

test('on a phone, the next move and the cost stay above the keyboard while a field is typed', async () => {
  const { context, page, problems } = await openAt(390);
  const field = page.locator('rightsize-timeline input[name=months]');
  await field.focus();
  await field.fill('30');
  await page.waitForFunction(() => document.querySelector('rightsize-timeline').result.months.length === 30);
  await page.waitForFunction(() => /by month 30/.test(document.querySelector('[data-summary]').textContent));
  const box = await page.locator('[data-summary]').boundingBox();
  assert.ok(box.y >= 0 && box.y + box.height <= 844 - KEYBOARD, `summary at ${box.y}..${box.y + box.height}`);
  const t = await page.evaluate(() => document.querySelector('rightsize-timeline').result);
  const next = t.events.find((e) => e.type === 'stage');
  const summary = await page.locator('[data-summary]').innerText();
  assert.match(summary, new RegExp(`stage ${next.to_stage} in month ${next.month}`));
  assert.match(summary, /a month by month 30/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('every milestone shows in its box, and the comparison opens from a link at the top', async () => {
  const { context, page, problems } = await openAt(390);
  const box = page.locator('textarea[name=milestones]');
  const fits = await box.evaluate(
    (el) => el.scrollHeight <= el.clientHeight + 1 && el.scrollWidth <= el.clientWidth + 1,
  );
  assert.ok(fits, 'the milestones box shows all of its text');
  const link = page.locator('[data-open-compare]');
  const top = await link.boundingBox();
  const form = await page.locator('rightsize-timeline > form').boundingBox();
  assert.ok(top.y < form.y, 'the link comes before the form');
  await link.click();
  assert.equal(await page.locator('#compare').getAttribute('open'), '');
  assert.deepEqual(problems, []);
  await context.close();
});

for (const [width, scheme] of [
  [390, 'light'],
  [390, 'dark'],
  [1280, 'light'],
  [1280, 'dark'],
]) {
  test(`at ${width} px (${scheme}) the cost chart stacks each part, names it in its legend and reads whole`, async () => {
    const { context, page, problems } = await openAt(width, scheme);
    const t = await page.evaluate(() => document.querySelector('rightsize-timeline').result);
    const figure = page.locator('rightsize-timeline .rt-chart').first();
    await checkChart(figure, `timeline at ${width} px`);
    // Every part the timeline prices is drawn and named in words, never by its id.
    const roles = [...new Set(t.months.flatMap((m) => m.components.map((c) => c.role)))];
    const legend = await figure.locator('svg .ch-swatch + text').allTextContents();
    for (const role of roles) {
      assert.ok((await figure.locator(`svg .ch-part.ch-${role}`).count()) > 0, `${role} is drawn`);
      const words = ROLE_WORDS[role];
      assert.ok(
        legend.some((l) => l.toLowerCase() === words),
        `${words} is in the legend (${legend.join(', ')})`,
      );
    }
    // Stage moves and warnings are marked where they fall, and month n is labelled inside.
    for (const e of t.events.filter((x) => x.type === 'stage' || x.type === 'warning'))
      assert.equal(await figure.locator(`svg .ch-mark[data-type=${e.type}][data-month="${e.month}"]`).count(), 1);
    const months = await figure.locator('svg text').allTextContents();
    assert.ok(months.includes(`month ${t.months.length}`), `month ${t.months.length} is labelled`);
    // The exports sit beside the chart.
    assert.equal(await figure.getByRole('button', { name: 'Save the chart as PNG' }).count(), 1);
    await page.screenshot({ path: `/tmp/rightsize-timeline-${width}-${scheme}.png`, fullPage: true });
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('with a budget and a band the chart labels the budget and keeps the band; the comparison charts read whole', async () => {
  const { context, page, problems } = await openAt(390);
  await page.fill('input[name=budget]', '300');
  await page.check('input[name=band]');
  await page.waitForFunction(() => document.querySelector('rightsize-timeline').result.band != null);
  const figure = page.locator('rightsize-timeline .rt-chart').first();
  assert.equal(await figure.locator('polygon.rt-band').count(), 1);
  assert.match(await figure.locator('.ch-budget-label').textContent(), /^Budget \$300$/);
  await checkChart(figure, 'timeline with a budget and a band');

  await page.locator('[data-open-compare]').click();
  await page.waitForFunction(() => document.querySelector('rightsize-compare')?.result != null);
  const c = await page.evaluate(() => document.querySelector('rightsize-compare').result);
  for (const kind of ['cost', 'cumulative']) {
    const chart = page.locator(`rightsize-compare .rc-chart[data-kind=${kind}]`);
    await checkChart(chart, `comparison (${kind}) at 390 px`);
    const ends = await chart.locator('svg .rc-end').allTextContents();
    assert.deepEqual(ends.sort(), c.providers.map((p) => p.label).sort(), 'each line named at its end');
  }
  await page.screenshot({ path: '/tmp/rightsize-compare-390.png', fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});
