// axe-core on every page, in light and dark colour schemes, with JavaScript on.
import test from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { openPage, useSiteAndBrowser } from '../harness.js';

const site = useSiteAndBrowser();

for (const path of ['/', '/calculator/', '/timeline/']) {
  for (const colorScheme of ['light', 'dark']) {
    test(`axe finds no violations on ${path} (${colorScheme})`, async () => {
      const context = await site.browser.newContext({ colorScheme });
      const { page, problems } = await openPage(context, site.server.origin);
      await page.goto(site.server.origin + path);
      if (path === '/timeline/')
        await page.waitForFunction(() => document.querySelector('rightsize-timeline')?.result != null);
      if (path === '/calculator/') {
        await page.waitForFunction(() => document.querySelector('rightsize-calculator')?.result != null);
        await page.fill('input[name=db_cpu_pct]', '150'); // an error message on screen is checked too
        await page.locator('[data-error-for=db_cpu_pct]').waitFor({ state: 'visible' });
        await page.fill('input[name=app_cpu_pct]', '0.72'); // and a questioned value's note
        await page.locator('[data-note-for=app_cpu_pct]').waitFor({ state: 'visible' });
      }
      const { violations } = await new AxeBuilder({ page }).analyze();
      assert.deepEqual(
        violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
        [],
      );
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
}
