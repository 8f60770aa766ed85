// The timeline for a phone: a summary of the next stage move and the last month's cost stays
// above the keyboard while a field is typed, the milestone box shows every milestone, and the
// comparison is one link away from the top.
import test from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useSiteAndBrowser } from './harness.js';

const site = useSiteAndBrowser();
const KEYBOARD = 320; // the lower part of a phone's screen the keyboard covers

async function openAt(width) {
  const context = await site.browser.newContext({ viewport: { width, height: 844 } });
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
