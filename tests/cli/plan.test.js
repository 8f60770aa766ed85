// rightsize plan: the timeline's events as a checklist by month and as an iCalendar file
// (RFC 5545): CRLF lines folded at 75 octets, one VEVENT per event dated in its month (month 1
// is start_month), each with the steps of content/plan.json, the same bytes on every run.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { readJson, repoRoot } from '../../wasm/node/load-node.js';

const cli = process.env.RIGHTSIZE_CLI ?? path.join(repoRoot, 'build/native/bin/rightsize');

function run(args, input) {
  const r = spawnSync(cli, args, { input, encoding: 'utf8', maxBuffer: 1 << 26 });
  assert.equal(r.error, undefined, `cannot run ${cli}: build the native preset first`);
  return r;
}

async function example(extra = {}) {
  return { ...(await readJson('content/presets/guide-example.json')), ...extra };
}

function timelineEvents(input) {
  const { start_month: _, ...rest } = input;
  const r = run(['timeline'], JSON.stringify(rest));
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout).events;
}

function monthOf(start, month) {
  const [y, m] = start.split('-').map(Number);
  const n = y * 12 + (m - 1) + (month - 1);
  return `${Math.floor(n / 12)}${String((n % 12) + 1).padStart(2, '0')}01`;
}

const icsUnescape = (s) => s.replace(/\\n/g, '\n').replace(/\\([,;\\])/g, '$1');

test('ics: one event per timeline event, dated in its month, with its steps', async () => {
  const input = await example({ start_month: '2027-11' });
  const r = run(['plan', '--format', 'ics'], JSON.stringify(input));
  assert.equal(r.status, 0, r.stderr);
  const text = r.stdout;
  assert.ok(text.endsWith('\r\n'));
  assert.ok(!/[^\r]\n/.test(text), 'every line ends with CRLF');
  for (const l of text.split('\r\n')) assert.ok(Buffer.byteLength(l) <= 75, l);
  const unfolded = text.replace(/\r\n /g, '').split('\r\n');
  assert.equal(unfolded[0], 'BEGIN:VCALENDAR');
  assert.ok(unfolded.includes('VERSION:2.0'));
  assert.ok(unfolded.some((l) => l.startsWith('PRODID:')));
  const events = timelineEvents(input);
  const starts = unfolded.filter((l) => l.startsWith('DTSTART;VALUE=DATE:')).map((l) => l.split(':')[1]);
  assert.deepEqual(
    starts,
    events.map((e) => monthOf('2027-11', e.month)),
  );
  assert.equal(unfolded.filter((l) => l === 'BEGIN:VEVENT').length, events.length);
  assert.equal(new Set(unfolded.filter((l) => l.startsWith('UID:'))).size, events.length);
  assert.ok(unfolded.filter((l) => l.startsWith('DTSTAMP:')).every((l) => l === 'DTSTAMP:20271101T000000Z'));
  const plan = await readJson('content/plan.json');
  const descriptions = unfolded.filter((l) => l.startsWith('DESCRIPTION:')).map((l) => icsUnescape(l.slice(12)));
  const split = events.findIndex((e) => e.type === 'stage' && e.to_stage === 2);
  for (const step of plan.moves.split_database.move) assert.ok(descriptions[split].includes(`- [ ] ${step}`), step);
  assert.equal(run(['plan', '--format', 'ics'], JSON.stringify(input)).stdout, text, 'deterministic');
});

test('markdown: a heading per month with events, a checklist item per step', async () => {
  const input = await example({ start_month: '2027-01' });
  const r = run(['plan', '--format', 'markdown'], JSON.stringify(input));
  assert.equal(r.status, 0, r.stderr);
  const events = timelineEvents(input);
  const months = [...new Set(events.map((e) => e.month))];
  const headings = r.stdout.split('\n').filter((l) => l.startsWith('## '));
  assert.deepEqual(
    headings,
    months.map((m) => {
      const d = monthOf('2027-01', m);
      return `## ${d.slice(0, 4)}-${d.slice(4, 6)} (month ${m})`;
    }),
  );
  const plan = await readJson('content/plan.json');
  for (const step of plan.moves.add_cache.before) assert.ok(r.stdout.includes(`- [ ] ${step}\n`), step);
});

test('bad input exits 2 with one line naming the field or the option', async () => {
  const cases = [
    [['--format', 'pdf'], await example(), /^rightsize: --format: unknown format "pdf"/],
    [[], await example(), /^rightsize: --format: is required/],
    [['--format', 'ics'], await example({ start_month: '2027-13' }), /: start_month: must be a month/],
    [['--format', 'ics'], await example({ start_month: 202701 }), /: start_month: must be a month/],
    [['--format', 'ics'], await example({ months: 0 }), /: months: /],
  ];
  for (const [args, input, message] of cases) {
    const r = run(['plan', ...args], JSON.stringify(input));
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, message);
    assert.equal(r.stderr.trim().split('\n').length, 1);
  }
});
