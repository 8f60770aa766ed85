// What every chart on the site must be, checked in the browser as drawn: each text inside
// the svg's box, every text at least 12 px as rendered, round ticks from 0 (1, 2, 2.5 or
// 5 × 10^n), a table of its figures a screen reader reaches, and a readout of each month on
// pointer hover and on keyboard focus. figure: a locator for one chart's <figure>.
import assert from 'node:assert/strict';

const MIN_PX = 12;

const page = (locator) => locator.page();

// "$1.25K", "NGN 1M", "€500" -> 1250, 1000000, 500.
function tickValue(text) {
  const match = /(-?[\d.,]+)\s*([KMBT]?)\s*$/.exec(text.replace(/\u00a0/g, ' '));
  assert.ok(match, `"${text}" reads as an amount`);
  const scale = { '': 1, K: 1e3, M: 1e6, B: 1e9, T: 1e12 }[match[2]];
  return Number(match[1].replaceAll(',', '')) * scale;
}

export async function checkChart(figure, what) {
  await figure.locator('svg.ch-svg[tabindex]').waitFor(); // the live chart, drawn at its width
  const drawn = await figure.locator('svg.ch-svg').evaluate((svg) => {
    const box = svg.getBoundingClientRect();
    const scale = box.width / svg.viewBox.baseVal.width;
    return {
      box: { left: box.left, right: box.right, top: box.top, bottom: box.bottom },
      texts: [...svg.querySelectorAll('text')].map((t) => {
        const r = t.getBoundingClientRect();
        return {
          text: t.textContent,
          left: r.left,
          right: r.right,
          top: r.top,
          bottom: r.bottom,
          px: Number.parseFloat(getComputedStyle(t).fontSize) * scale,
        };
      }),
      ticks: [...svg.querySelectorAll('.ch-tick')].map((t) => t.textContent),
    };
  });
  assert.ok(drawn.texts.length > 0, `${what}: the chart has text`);
  for (const t of drawn.texts) {
    assert.ok(
      t.left >= drawn.box.left - 0.5 &&
        t.right <= drawn.box.right + 0.5 &&
        t.top >= drawn.box.top - 0.5 &&
        t.bottom <= drawn.box.bottom + 0.5,
      `${what}: "${t.text}" (${t.left}..${t.right}, ${t.top}..${t.bottom}) lies inside the chart (${JSON.stringify(drawn.box)})`,
    );
    assert.ok(t.px >= MIN_PX, `${what}: "${t.text}" is ${t.px.toFixed(1)} px as rendered`);
  }

  const values = drawn.ticks.map(tickValue);
  assert.ok(values.length >= 3, `${what}: ${values.length} ticks`);
  assert.equal(values[0], 0, `${what}: the ticks start at 0`);
  const step = values[1] - values[0];
  const mantissa = step / 10 ** Math.floor(Math.log10(step));
  assert.ok(
    [1, 2, 2.5, 5].some((m) => Math.abs(mantissa - m) < 1e-9),
    `${what}: a step of ${step} is 1, 2, 2.5 or 5 × 10^n (${drawn.ticks.join(', ')})`,
  );
  values.forEach((v, k) => {
    assert.ok(Math.abs(v - k * step) < step * 1e-6, `${what}: tick ${drawn.ticks[k]} is round`);
  });

  const table = figure.locator('details table');
  assert.equal(await table.count(), 1, `${what}: a table of the chart's figures`);
  const columns = await figure.locator('svg .ch-col').count();
  assert.equal(await table.locator('tbody tr').count(), columns, `${what}: a row for each month drawn`);

  // Each month's figures on pointer hover and on keyboard focus.
  const readout = figure.locator('.ch-readout');
  const svg = figure.locator('svg.ch-svg');
  await svg.focus();
  await svg.press('End');
  assert.match(await readout.textContent(), new RegExp(`^Month ${columns}\\b`), `${what}: End reads the last month`);
  await svg.press('ArrowLeft');
  assert.match(await readout.textContent(), new RegExp(`^Month ${columns - 1}\\b`), `${what}: ← steps back a month`);
  await svg.evaluate((el) => el.scrollIntoView({ block: 'center' })); // clear of the pinned summary
  // A result or band that lands meanwhile may redraw the chart under the pointer: hover
  // until the readout follows (each hover a real pointer move onto month 2's column).
  const hit = figure.locator('svg .ch-col .ch-hit').nth(1);
  for (let tries = 0; tries < 5 && !/^Month 2\b/.test(await readout.textContent()); ++tries) {
    await page(figure).mouse.move(0, 0);
    await hit.hover({ force: true });
  }
  assert.match(await readout.textContent(), /^Month 2\b/, `${what}: hovering month 2 reads it out`);
  assert.equal(await readout.getAttribute('aria-live'), 'polite');
}
