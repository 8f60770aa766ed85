// Generated files for the measure tests (module and CLI): an nginx log, an Apache log,
// JSON lines, a pg_stat_statements export, a Grafana CSV and sar text, with the answers
// they must give computed here, independently of the core; and damaged files. The settings
// the answers depend on (how many SELECTs the share counts, the hours a log needs for the
// peak-to-average ratio) come from content/measure.json.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { readContent } from '../../wasm/node/load-node.js';

const { settings } = await readContent('measure.json');
// The logs with known answers cover a few hours more than a day's worth.
const day = settings.peak_to_average_min_hours.value;

// mulberry32: the same files on every run.
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n, w = 2) => String(n).padStart(w, '0');
const months = ['Jan'];

// The nearest-rank percentile.
export function exactQuantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(1, Math.ceil(q * sorted.length)) - 1];
}

// Requests over `hours` hours from 2024-01-15 00:00 UTC; hour `busy` holds `busyCount`.
function requests(seed, hours, busy, busyCount) {
  const r = random(seed);
  const out = [];
  for (let h = 0; h < hours; ++h) {
    const n = h === busy ? busyCount : 20 + Math.floor(r() * 40);
    for (let i = 0; i < n; ++i)
      out.push({
        hour: h,
        second: Math.floor((i * 3599) / n),
        ms: 1 + Math.floor(r() * 3000),
        bytes: Math.floor(r() * 20000),
      });
  }
  return out;
}

const clf = (q) =>
  `${pad(15 + Math.floor(q.hour / 24))}/${months[0]}/2024:${pad(q.hour % 24)}:${pad(Math.floor(q.second / 60))}:${pad(q.second % 60)} +0000`;
const nginxLine = (q) =>
  `203.0.113.7 - - [${clf(q)}] "GET /items/${q.second} HTTP/1.1" 200 ${q.bytes} "-" "Mozilla/5.0" ${(q.ms / 1000).toFixed(3)}\n`;
const apacheLine = (q) =>
  `198.51.100.4 - - [${clf(q)}] "POST /login HTTP/1.1" 302 ${q.bytes || '-'} "-" "curl/8.0" ${q.ms * 1000}\n`;
const jsonLine = (q) =>
  `${JSON.stringify({ time: `2024-01-${pad(15 + Math.floor(q.hour / 24))}T${pad(q.hour % 24)}:${pad(Math.floor(q.second / 60))}:${pad(q.second % 60)}Z`, body_bytes_sent: q.bytes, duration_ms: q.ms, ua: 'a "quoted", agent' })}\n`;

// What the access logs must give: p95 of the busiest hour, overall p95, the ratio, the size.
export function expectLog(rs) {
  const byHour = new Map();
  for (const q of rs) byHour.set(q.hour, [...(byHour.get(q.hour) ?? []), q.ms]);
  let busiest = -1;
  for (const [h, times] of byHour) if (busiest < 0 || times.length > byHour.get(busiest).length) busiest = h;
  const hours = Math.max(...byHour.keys()) - Math.min(...byHour.keys()) + 1;
  return {
    busiestHour: busiest,
    p95: exactQuantile(byHour.get(busiest), 0.95),
    overallP95: exactQuantile(
      rs.map((q) => q.ms),
      0.95,
    ),
    peakToAverage: Math.round((byHour.get(busiest).length / (rs.length / hours)) * 100) / 100,
    kb: Math.round((rs.reduce((s, q) => s + q.bytes, 0) / rs.length / 1000) * 1000) / 1000,
  };
}

function pgss(seed, topSelects) {
  const r = random(seed);
  const shapes = [
    'SELECT * FROM users WHERE id = $1',
    'select a,\n b from "items", x where y = \'a,b\'',
    'UPDATE t SET "n" = $1',
    'INSERT INTO e VALUES ($1)',
  ];
  let csv =
    'userid,dbid,toplevel,queryid,query,plans,total_plan_time,calls,total_exec_time,min_exec_time,max_exec_time,mean_exec_time,stddev_exec_time,rows\n';
  const rows = [];
  for (let i = 0; i < 40; ++i) {
    const query = `${shapes[Math.floor(r() * 4)]} -- ${i}`;
    const calls = Math.floor(r() * 100000);
    const mean = Math.floor(r() * 100000) / 1000;
    rows.push({ query, calls, total: calls * mean });
    csv += `10,16384,t,${i},"${query.replaceAll('"', '""')}",0,0,${calls},${(calls * mean).toFixed(6)},0.1,900,${mean.toFixed(6)},1,${calls}\n`;
  }
  const calls = rows.reduce((s, x) => s + x.calls, 0);
  const selects = rows
    .filter((x) => /^select/i.test(x.query))
    .map((x) => x.calls)
    .sort((a, b) => b - a);
  const share = Math.round((selects.slice(0, topSelects).reduce((s, c) => s + c, 0) / calls) * 1000) / 10;
  return { csv, dbQueryMs: Math.round((rows.reduce((s, x) => s + x.total, 0) / calls) * 1000) / 1000, share };
}

function cpuSamples(seed, hours) {
  const r = random(seed);
  const out = [];
  for (let m = 0; m < hours * 60; m += 5) out.push({ minute: m, pct: Math.floor(r() * 10000) / 100 });
  const byHour = new Map();
  for (const s of out) byHour.set(Math.floor(s.minute / 60), [...(byHour.get(Math.floor(s.minute / 60)) ?? []), s.pct]);
  let best = -1;
  for (const v of byHour.values()) best = Math.max(best, v.reduce((a, b) => a + b, 0) / v.length);
  return { samples: out, highestHour: Math.round(best * 100) / 100, peak: Math.max(...out.map((s) => s.pct)) };
}

const stamp = (m) => `2024-01-${pad(15 + Math.floor(m / 1440))} ${pad(Math.floor(m / 60) % 24)}:${pad(m % 60)}:00`;

function sar(samples) {
  let out =
    'Linux 6.1.0-13-amd64 (db-1) \t01/15/2024 \t_x86_64_\t(2 CPU)\n\n00:00:01        CPU     %user     %nice   %system   %iowait    %steal     %idle\n';
  for (const s of samples) {
    const t = stamp(s.minute).slice(11);
    out += `${t}        all     ${s.pct.toFixed(2)}      0.00      0.00      0.00      0.00     ${(100 - s.pct).toFixed(2)}\n`;
  }
  return `${out}Average:        all      1.00      0.00      0.00      0.00      0.00     99.00\n`;
}

// Writes every sample into a fresh directory; returns the paths and the expected answers.
export async function writeSamples() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'rightsize-measure-'));
  const nginx = requests(1, day + 6, 17, 400);
  const apache = requests(2, day + 2, 3, 300);
  const json = requests(3, day + 1, day, 250);
  const queries = pgss(4, settings.top_selects.value);
  const app = cpuSamples(5, 30);
  const db = cpuSamples(6, 27);
  const files = {
    nginx: nginx.map(nginxLine).join(''),
    apache: apache.map(apacheLine).join(''),
    jsonl: json.map(jsonLine).join(''),
    queries: queries.csv,
    grafana: `"Time","web-1 CPU"\r\n${app.samples.map((s) => `${stamp(s.minute)},${s.pct.toFixed(2)}\r\n`).join('')}`,
    sar: sar(db.samples),
    empty: '',
    gzip: gzipSync(Buffer.from(nginx.map(nginxLine).join(''))),
    unknown: 'Dear reader,\nthis is not a log.\n',
    notimes: nginx.map((q) => nginxLine(q).replace(/ [0-9.]+\n$/, '\n')).join(''),
    cut: nginx.slice(0, 50).map(nginxLine).join('') + nginxLine(nginx[50]).slice(0, 40),
    mixed: nginx
      .slice(0, 60)
      .map((q, i) => (i % 3 ? nginxLine(q) : apacheLine(q)))
      .join(''),
  };
  const paths = {};
  for (const [name, text] of Object.entries(files)) {
    paths[name] = path.join(dir, `${name}.${name === 'queries' || name === 'grafana' ? 'csv' : 'log'}`);
    await writeFile(paths[name], text);
  }
  return {
    dir,
    paths,
    settings,
    expect: { nginx: expectLog(nginx), apache: expectLog(apache), jsonl: expectLog(json), queries, app, db },
  };
}

// Within the sketch's bound (1/256) of the exact value, allowing for rounding to 0.001.
export const withinBound = (got, exact) => Math.abs(got - exact) <= exact / 256 + 0.0005;
