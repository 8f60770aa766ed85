// Writes a deterministic nginx "combined + $request_time" access log of about SIZE_MB
// megabytes, for the parse-throughput benchmark: two days of traffic with a daily peak,
// varied paths, agents, statuses and sizes.  node bench/generate-access-log.mjs SIZE_MB OUT
import { createWriteStream } from 'node:fs';

const [sizeMb, out] = [Number(process.argv[2] ?? 100), process.argv[3] ?? 'build/bench/access-100mb.log'];
const target = sizeMb * 1e6;
let seed = 42;
const next = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = (list) => list[Math.floor(next() * list.length)];
const agents = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1',
  'curl/8.5.0',
  'Googlebot/2.1 (+http://www.google.com/bot.html)',
];
const paths = [
  '/',
  '/api/items',
  '/api/items/42',
  '/login',
  '/static/app.3f9c1.js',
  '/search?q=red%20shoes&page=2',
  '/api/cart',
];
const referers = ['-', 'https://example.com/', 'https://www.google.com/'];
const months = 'Jan';
const pad = (n) => String(n).padStart(2, '0');

const stream = createWriteStream(out);
let written = 0;
let second = 0;
const lines = [];
while (written < target) {
  // Busier in the afternoon than at night.
  const hour = Math.floor(second / 3600) % 24;
  second += next() < 0.5 + 0.45 * Math.sin(((hour - 8) / 24) * 2 * Math.PI) ? 0 : 1;
  const day = 15 + Math.floor(second / 86400);
  const t = `${pad(day)}/${months}/2024:${pad(hour)}:${pad(Math.floor(second / 60) % 60)}:${pad(second % 60)} +0000`;
  const ms = Math.floor(5 + 400 * next() ** 4 * 10);
  const line = `203.0.${Math.floor(next() * 255)}.${Math.floor(next() * 255)} - - [${t}] "${next() < 0.8 ? 'GET' : 'POST'} ${pick(paths)} HTTP/1.1" ${next() < 0.95 ? 200 : 404} ${Math.floor(next() * 40000)} "${pick(referers)}" "${pick(agents)}" ${(ms / 1000).toFixed(3)}\n`;
  lines.push(line);
  written += line.length;
  if (lines.length === 10000) {
    if (!stream.write(lines.join(''))) await new Promise((resolve) => stream.once('drain', resolve));
    lines.length = 0;
  }
}
stream.end(lines.join(''));
await new Promise((resolve) => stream.on('finish', resolve));
console.log(`wrote ${out}: ${(written / 1e6).toFixed(1)} MB`);
