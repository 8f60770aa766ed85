// The charts' shared layout (web/assets/js/charts/chart-layout.js): ticks are round (1, 2,
// 2.5 or 5 × 10^n), start at 0 and cover the data; month labels fit beside each other and
// the last month is labelled inside the picture; lane labels never overlap or cross an edge.
import test from 'node:test';
import assert from 'node:assert/strict';
import {
  FONT,
  chartWidth,
  monthTicks,
  placeInLanes,
  roundTicks,
  textWidth,
} from '../../web/assets/js/charts/chart-layout.js';

const isRoundStep = (step) => {
  const mantissa = step / 10 ** Math.floor(Math.log10(step));
  return [1, 2, 2.5, 5].some((m) => Math.abs(mantissa - m) < 1e-9);
};

test('ticks are round steps from 0 that cover the largest value', () => {
  for (const max of [0.3, 1, 7, 65.8, 131.5, 999, 1000, 1001, 4470.61, 123456, 1.002e8, 2.5e9]) {
    const ticks = roundTicks(max);
    assert.equal(ticks[0], 0, `starts at 0 for ${max}`);
    assert.ok(ticks.at(-1) >= max, `${ticks.at(-1)} covers ${max}`);
    const step = ticks[1] - ticks[0];
    assert.ok(isRoundStep(step), `step ${step} for ${max} is 1, 2, 2.5 or 5 × 10^n`);
    for (let k = 1; k < ticks.length; ++k) assert.ok(Math.abs(ticks[k] - ticks[k - 1] - step) < step * 1e-9);
    assert.ok(ticks.length >= 3 && ticks.length <= 6, `${ticks.length} ticks for ${max}`);
    assert.ok(ticks.at(-2) < max, `no tick wasted above ${max}`);
  }
});

test("the issue's chart gets round ticks, not $65.8 and $131.5", () => {
  assert.deepEqual(roundTicks(131.5), [0, 50, 100, 150]);
  assert.deepEqual(roundTicks(100), [0, 25, 50, 75, 100]);
  assert.deepEqual(roundTicks(0), [0, 0.25, 0.5, 0.75, 1]);
});

test('month labels fit side by side and include month 1', () => {
  for (const [n, plot] of [
    [18, 290],
    [24, 290],
    [36, 600],
    [120, 290],
    [6, 290],
    [1, 290],
  ]) {
    const months = monthTicks(n, plot);
    assert.equal(months[0], 1);
    if (n * (plot / n) >= 2 * textWidth(`month ${n}`)) assert.equal(months.at(-1), n, `month ${n} is labelled`);
    assert.ok(months.every((m) => m >= 1 && m <= n));
    const column = plot / n;
    for (let k = 1; k < months.length; ++k) {
      const gap = (months[k] - months[k - 1]) * column;
      assert.ok(gap >= textWidth(`month ${n}`), `months ${months[k - 1]} and ${months[k]} of ${n} have room`);
    }
  }
});

test('lane labels never overlap and stay inside the width', () => {
  const width = 340;
  const { placed, lanes } = placeInLanes(
    [10, 20, 30, 200, 330, 338].map((x) => ({ x, text: 'Plan for stage 3' })),
    width,
  );
  assert.ok(lanes >= 2);
  for (const p of placed) {
    const w = textWidth(p.text);
    const from = p.anchor === 'start' ? p.x : p.x - w;
    assert.ok(from >= 0 && from + w <= width, `${p.text} at ${p.x} stays inside`);
  }
  for (const a of placed)
    for (const b of placed) {
      if (a === b || a.lane !== b.lane) continue;
      const span = (p) => (p.anchor === 'start' ? [p.x, p.x + textWidth(p.text)] : [p.x - textWidth(p.text), p.x]);
      const [a0, a1] = span(a);
      const [b0, b1] = span(b);
      assert.ok(a1 <= b0 || b1 <= a0, 'two labels in one lane do not overlap');
    }
});

test('a chart is drawn as wide as measured, within bounds, so text is FONT px as rendered', () => {
  assert.ok(FONT >= 12);
  assert.equal(chartWidth(350), 350);
  assert.equal(chartWidth(0), chartWidth(undefined));
  assert.ok(chartWidth(100) >= 260);
  assert.ok(chartWidth(5000) <= 960);
});
