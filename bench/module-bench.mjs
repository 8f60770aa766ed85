// Times the shipped modules through Embind in node: what a page pays per call, including the
// conversion of inputs and results. recommend is the small module's (rightsize), the
// timeline the model's (rightsize-model). Median of many runs, microseconds.
import { performance } from 'node:perf_hooks';
import { loadWithContent, loadWithRules } from '../wasm/node/load-node.js';

const [small, mod] = await Promise.all([loadWithRules(), loadWithContent()]);
const today = { users: 5000, db_cpu_pct: 45, p95_ms: 220, repeated_reads: true };

function median(runs, f) {
  const times = [];
  for (let i = 0; i < runs; ++i) {
    const start = performance.now();
    f();
    times.push((performance.now() - start) * 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const timeline = { ...today, months: 60, growth: { monthly_pct: 12 } };
const band = { ...timeline, uncertainty: { paths: 1000, seed: 7, growth_sd_pct: 10 } };
for (let i = 0; i < 50; ++i) mod.timeline(timeline); // warm up the JIT
const one = median(501, () => {
  small.recommend(today);
  mod.timeline(timeline);
});
const many = median(21, () => mod.timeline(band));
console.log(`module via Embind, recommend + 60-month timeline: ${one.toFixed(1)} us`);
console.log(`module via Embind, 60-month timeline with the band (1000 paths): ${many.toFixed(1)} us`);
