// Parse throughput of the shipped rightsize-measure module in node, the way the page's
// worker feeds it: an access log in 64 KB chunks (File.stream()'s size in Chromium), through
// measure.js and Embind. Prints the median of three runs and the module's memory after.
//   node bench/measure-bench.mjs LOG
import { readFile } from 'node:fs/promises';
import { loadMeasure, readJson } from '../wasm/node/load-node.js';

const log = new Uint8Array(await readFile(process.argv[2]));
const m = await loadMeasure();
m.set_settings(await readJson('content/measure.json'));
m.set_assumptions(await readJson('content/assumptions.json'));

const CHUNK = 64 * 1024;
const times = [];
let p95 = 0;
for (let run = 0; run < 3; ++run) {
  const start = performance.now();
  m.begin('access_log', { file: process.argv[2] });
  for (let at = 0; at < log.length; at += CHUNK) m.feed(log.subarray(at, at + CHUNK));
  p95 = m.finish().result.p95_ms;
  times.push((performance.now() - start) / 1000);
}
times.sort((a, b) => a - b);
const mb = log.length / 1e6;
console.log(
  `access log parse, WebAssembly (node, 64 KB chunks): ${(mb / times[1]).toFixed(0)} MB/s (${mb.toFixed(1)} MB in ${times[1].toFixed(3)} s; p95 ${p95} ms)`,
);
console.log(
  `module memory after parsing, WebAssembly: ${(m.heap_bytes() / 1048576).toFixed(1)} MB (its whole heap, which only grows)`,
);
