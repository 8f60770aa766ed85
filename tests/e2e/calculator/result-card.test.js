// The "Result card" (issue 18): a square PNG of at least 1080 × 1080 with the stage, the move
// due, the monthly cost in the display currency, the fired triggers and the link, downloaded
// where the browser cannot share files (headless Chromium cannot).
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openPage, useSiteAndBrowser } from '../harness.js';
import { past } from '../../support/content.js';

const site = useSiteAndBrowser();

// Width and height from a PNG's IHDR chunk.
function pngSize(bytes) {
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the result card is a square PNG of the result, with the cost as the page shows it', async () => {
  const context = await site.browser.newContext({ acceptDownloads: true });
  const { page, problems } = await openPage(context, site.server.origin);
  await page.goto(`${site.server.origin}/calculator/`);
  await page.fill('input[name=db_cpu_pct]', String(past('db_cpu_high')));
  await page.waitForFunction(() => document.querySelector('rightsize-calculator')?.result?.timeline != null);
  const button = page.getByRole('button', { name: 'Result card' });
  await button.waitFor();
  // What the card draws: the same text the page shows (its words, read from the drawing calls).
  await page.evaluate(() => {
    window.drawn = [];
    const fill = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
      window.drawn.push(text);
      return fill.call(this, text, ...rest);
    };
  });
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  assert.equal(download.suggestedFilename(), 'rightsize-result.png');
  const { width, height } = pngSize(await readFile(await download.path()));
  assert.equal(width, height);
  assert.ok(width >= 1080, `${width} px`);

  const drawn = (await page.evaluate(() => window.drawn)).join(' ');
  const result = await page.evaluate(() => document.querySelector('rightsize-calculator').result);
  assert.match(drawn, new RegExp(`Stage ${result.stage}`));
  for (const f of result.fired) assert.ok(drawn.includes(f.condition.split(' ')[0]), f.condition);
  const cost = (await page.textContent('[data-stage-cost]')).trim();
  const amount = /[^\s(]*\d[\d,.]*/.exec(cost)[0];
  assert.ok(drawn.includes(amount), `the cost ${amount} on the card: ${drawn}`);
  assert.ok(drawn.replace(/ /g, '').includes(new URL(page.url()).host), 'the link on the card');
  assert.deepEqual(problems, []);
  await context.close();
});
