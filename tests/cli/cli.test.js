// The command-line tool as a user runs it: --text, --csv, --input, --rules, and its exit
// codes (0 done, 2 bad input or rulebook, 64 usage). Run by ctest (RIGHTSIZE_CLI names the
// binary), or by hand after the native build: node --test tests/cli/
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readJson, repoRoot } from '../../wasm/node/load-node.js';
import { past, stage, threshold } from '../support/content.js';

const cli = process.env.RIGHTSIZE_CLI ?? path.join(repoRoot, 'build/native/bin/rightsize');
const guideExample = path.join(repoRoot, 'content/presets/guide-example.json');

// Without `input`, standard input is closed: a usage error exits before reading it.
function run(args, input) {
  const stdio = input === undefined ? ['ignore', 'pipe', 'pipe'] : 'pipe';
  const r = spawnSync(cli, args, { input, stdio, encoding: 'utf8', maxBuffer: 1 << 26 });
  assert.equal(r.error, undefined, `cannot run ${cli}: build the native preset first`);
  return r;
}

// Runs a command that must succeed and returns its standard output.
function succeed(args, input) {
  const r = run(args, input);
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
  return r.stdout;
}

const lines = (text) => text.split('\n');

const scratch = await mkdtemp(path.join(os.tmpdir(), 'rightsize-cli-'));
test.after(() => rm(scratch, { recursive: true, force: true }));

// A copy of content/rules.json, changed by `edit`, written to the scratch folder.
async function rulebookCopy(name, edit) {
  const rules = await readJson('content/rules.json');
  edit(rules);
  const file = path.join(scratch, name);
  await writeFile(file, JSON.stringify(rules));
  return file;
}

const usage = 'usage: rightsize recommend [--input FILE] [--text] [--rules FILE]\n';

test('recommend prints the result as JSON and exits 0', () => {
  const hot = past('db_cpu_high');
  const doc = JSON.parse(succeed(['recommend'], JSON.stringify({ users: 5000, db_cpu_pct: hot })));
  assert.equal(doc.stage, 2);
  assert.equal(doc.action, 'split_database');
  assert.deepEqual(
    doc.fired.map((f) => [f.id, f.value, f.threshold]),
    [['db_cpu_high', hot, threshold('db_cpu_high')]],
  );
});

test('recommend --text: the stage, the move, the users, each trigger with its sentence, the steps', () => {
  const hot = Math.max(past('db_cpu_high'), past('db_limits_cacheable'));
  const input = JSON.stringify({
    users: 60000,
    current_stage: 2,
    db_cpu_pct: hot,
    db_upgraded: true,
    repeated_reads: true,
  });
  const doc = JSON.parse(succeed(['recommend'], input));
  const [split, cache] = doc.fired;
  assert.deepEqual(lines(succeed(['recommend', '--text'], input)), [
    'Stage 3: Cache layer',
    `Next move: add_cache - ${doc.action_text}`,
    `Typical users at this stage: ${stage(3).users_min} to ${stage(3).users_max}`,
    'Triggers that fired:',
    `  - [stage 2] db_cpu_high: db_cpu_pct = ${hot} (> ${threshold('db_cpu_high')})`,
    `    ${split.sentence}`,
    `  - [stage 3] db_limits_cacheable: db_cpu_pct = ${hot} (> ${threshold('db_limits_cacheable')})`,
    `    ${cache.sentence}`,
    'Steps:',
    `  2 -> 3: ${doc.steps[0].text}`,
    '',
  ]);
});

test('recommend --text: no trigger, and the last stage with no upper user bound', () => {
  const stay = JSON.parse(succeed(['recommend'], '{"users": 100}'));
  assert.deepEqual(lines(succeed(['recommend', '--text'], '{"users": 100}')), [
    'Stage 1: All-in-one box',
    `Next move: stay - ${stay.action_text}`,
    `Typical users at this stage: ${stage(1).users_min} to ${stage(1).users_max}`,
    'No trigger fired.',
    '',
  ]);
  const input = '{"users": 250000, "needs_redundancy": true}';
  const doc = JSON.parse(succeed(['recommend'], input));
  const text = lines(succeed(['recommend', '--text'], input));
  assert.deepEqual(text.slice(0, 5), [
    'Stage 4: Horizontal scale',
    `Next move: scale_out - ${doc.action_text}`,
    `Typical users at this stage: ${stage(4).users_min}+`,
    'Triggers that fired:',
    '  - [stage 4] redundancy_needed: needs_redundancy = true (is true)',
  ]);
  assert.deepEqual(text.slice(6), ['Steps:', ...doc.steps.map((s) => `  ${s.from} -> ${s.to}: ${s.text}`), '']);
  assert.deepEqual(
    doc.steps.map((s) => [s.from, s.to]),
    [
      [1, 2],
      [2, 3],
      [3, 4],
    ],
  );
});

test('recommend --text: notes close the summary', () => {
  const input = '{"users": 60000, "p95_ms": 650}';
  const doc = JSON.parse(succeed(['recommend'], input));
  assert.ok(doc.notes.length > 0, 'this input has notes');
  const text = lines(succeed(['recommend', '--text'], input));
  const at = text.indexOf('Notes:');
  assert.deepEqual(text.slice(at), ['Notes:', ...doc.notes.map((n) => `  * ${n}`), '']);
});

// Amounts as the JSON's cents in currency units, two decimals, exactly.
const units = (cents) => `${Math.trunc(cents / 100)}.${String(Math.abs(cents) % 100).padStart(2, '0')}`;
const ROLES = ['app', 'database', 'cache', 'load_balancer', 'storage', 'transfer'];
const HEADER = `month,users,stage,currency,cost,cumulative,${ROLES.join(',')},estimated_components`;

test('timeline --csv: the header, the guide example month by month in dollars, each row the JSON month', () => {
  const csv = lines(succeed(['timeline', '--input', guideExample, '--csv']));
  assert.equal(csv[0], HEADER);
  assert.equal(csv.length, 1 + 18 + 1);
  assert.equal(csv.at(-1), '');
  assert.equal(csv[1], '1,100,1,USD,16.79,16.79,15.18,0.00,0.00,0.00,1.61,0.00,'); // the README's $16.79
  assert.equal(csv[12], '12,50000,3,USD,164.65,569.56,15.18,52.56,24.82,0.00,7.22,64.87,'); // the README's $164.65
  const months = JSON.parse(succeed(['timeline', '--input', guideExample])).months;
  months.forEach((m, i) => {
    const parts = ROLES.map((role) => units(m.components.find((c) => c.role === role)?.cost_cents ?? 0));
    assert.equal(
      csv[i + 1],
      [
        m.month,
        m.users,
        m.stage,
        'USD',
        units(m.cost_cents),
        units(m.cumulative_cents),
        ...parts,
        m.estimated_components.join(';'),
      ].join(','),
    );
  });
});

test('timeline --csv with a display currency: the same header, every amount and component in that currency', async () => {
  const input = JSON.stringify({
    ...(await readJson('content/presets/guide-example.json')),
    currency: { code: 'NGN', per_usd: 1550 },
  });
  const csv = lines(succeed(['timeline', '--csv'], input));
  assert.equal(csv[0], HEADER);
  const months = JSON.parse(succeed(['timeline'], input)).months;
  assert.equal(csv.length, 1 + months.length + 1);
  months.forEach((m, i) => {
    const row = csv[i + 1].split(',');
    assert.equal(row[3], 'NGN');
    assert.deepEqual(row.slice(4, 6), [units(m.cost_display_cents), units(m.cumulative_display_cents)]);
    assert.deepEqual(
      row.slice(6, 12),
      ROLES.map((role) => units(m.components.find((c) => c.role === role)?.cost_display_cents ?? 0)),
    );
    for (const amount of row.slice(4, 12)) assert.match(amount, /^\d+\.\d\d$/);
  });
  assert.equal(csv[1].split(',')[4], '26024.50'); // $16.79 at 1,550 naira a dollar
});

test('compare --csv: amounts in currency units with a currency column, in the display currency when asked', async () => {
  for (const currency of [undefined, { code: 'NGN', per_usd: 1550 }]) {
    const input = JSON.stringify({ ...(await readJson('content/presets/guide-example.json')), currency });
    const c = JSON.parse(succeed(['compare'], input));
    const csv = lines(succeed(['compare', '--csv'], input));
    const names = c.providers.map((p) => p.name);
    assert.equal(
      csv[0],
      [
        'month',
        'users',
        'currency',
        ...names.flatMap((n) => [`${n}_stage`, `${n}_cost`, `${n}_cumulative`]),
        'cheapest',
      ].join(','),
    );
    assert.equal(csv.length, 1 + c.months.length + 1);
    const shown = (p, name) => p[`${name}_display_cents`] ?? p[`${name}_cents`];
    c.months.forEach((m, i) => {
      assert.deepEqual(csv[i + 1].split(','), [
        String(m.month),
        String(m.users),
        currency?.code ?? 'USD',
        ...names.flatMap((n) => [
          String(m.costs[n].stage),
          units(shown(m.costs[n], 'cost')),
          units(shown(m.costs[n], 'cumulative')),
        ]),
        m.cheapest,
      ]);
    });
  }
});

test('--input FILE, --input=FILE and standard input read the same', async () => {
  const stdin = succeed(['timeline'], JSON.stringify(await readJson('content/presets/guide-example.json')));
  assert.equal(succeed(['timeline', '--input', guideExample]), stdin);
  assert.equal(succeed(['timeline', `--input=${guideExample}`]), stdin);
});

test('--rules: a rulebook whose threshold moved changes the recommendation and the timeline', async () => {
  // db_cpu_high's threshold 20 points up, with inputs between the two thresholds and above both.
  const from = threshold('db_cpu_high');
  const to = from + 20;
  const rules = await rulebookCopy('db-cpu-moved.json', (r) => {
    r.triggers.find((t) => t.id === 'db_cpu_high').threshold = to;
  });
  const input = JSON.stringify({ users: 5000, db_cpu_pct: from + 10 });
  assert.equal(JSON.parse(succeed(['recommend'], input)).stage, 2);
  const moved = JSON.parse(succeed(['recommend', '--rules', rules], input));
  assert.equal(moved.stage, 1);
  assert.deepEqual(moved.fired, []);
  const hot = JSON.parse(
    succeed(['recommend', `--rules=${rules}`], JSON.stringify({ users: 5000, db_cpu_pct: to + 5 })),
  );
  assert.deepEqual(
    hot.fired.map((f) => [f.id, f.threshold]),
    [['db_cpu_high', to]],
  );
  const timeline = JSON.stringify({ users: 3000, months: 2, db_cpu_pct: from + 15 });
  assert.equal(JSON.parse(succeed(['timeline'], timeline)).months[0].stage, 2);
  assert.equal(JSON.parse(succeed(['timeline', '--rules', rules], timeline)).months[0].stage, 1);
});

// The rulebook is read before the input, so these runs give none.
test('--rules: a broken rulebook exits 2 and names its path and the field', async () => {
  const rules = await rulebookCopy('threshold-text.json', (r) => {
    r.triggers[0].threshold = 'sixty';
  });
  const r = run(['recommend', '--rules', rules]);
  assert.deepEqual(
    [r.status, r.stdout, r.stderr],
    [2, '', `rightsize: ${rules}: triggers[0].threshold: expected a number, got text "sixty"\n`],
  );

  const malformed = path.join(scratch, 'malformed.json');
  await writeFile(malformed, '{"version": 1,\n  "stages": [\n');
  const m = run(['timeline', '--rules', malformed]);
  assert.equal(m.status, 2);
  assert.equal(m.stdout, '');
  assert.match(m.stderr, new RegExp(`^rightsize: ${malformed}: input: malformed JSON at line 3, column \\d+`));

  const missing = path.join(scratch, 'no-such-rules.json');
  const n = run(['recommend', '--rules', missing]);
  assert.deepEqual(
    [n.status, n.stdout, n.stderr],
    [2, '', `rightsize: ${missing}: input: cannot read it (no such file)\n`],
  );
});

test('bad input exits 2 with one line per field on standard error, naming the source', async () => {
  const r = run(['recommend'], '{"users": 1, "db_cpu_pct": 140, "p95_ms": -1}');
  assert.deepEqual(
    [r.status, r.stdout, r.stderr],
    [
      2,
      '',
      'rightsize: stdin: db_cpu_pct: must be between 0 and 100 (got 140)\n' +
        'rightsize: stdin: p95_ms: must be 0 or more (got -1)\n',
    ],
  );

  const m = run(['recommend'], '{\n  "users": 10,\n  oops\n}');
  assert.deepEqual(
    [m.status, m.stdout, m.stderr],
    [2, '', 'rightsize: stdin: input: malformed JSON at line 3, column 3 (not valid JSON text)\n'],
  );

  const file = path.join(scratch, 'months-zero.json');
  await writeFile(file, '{"users": 10, "months": 0}');
  const t = run(['timeline', '--input', file, '--csv']);
  assert.deepEqual(
    [t.status, t.stdout, t.stderr],
    [2, '', `rightsize: ${file}: months: must be between 1 and 120 (got 0)\n`],
  );

  const missing = path.join(scratch, 'no-such-input.json');
  const n = run(['recommend', '--input', missing]);
  assert.deepEqual(
    [n.status, n.stdout, n.stderr],
    [2, '', `rightsize: ${missing}: input: cannot read it (no such file)\n`],
  );
});

test('usage errors exit 64 and print the usage', () => {
  for (const [args, first] of [
    [[], usage],
    [['frobnicate'], usage],
    [['recommend', '--verbose'], 'rightsize: unknown argument --verbose\n'],
    [['recommend', '--csv'], 'rightsize: unknown argument --csv\n'],
    [['timeline', '--text'], 'rightsize: unknown argument --text\n'],
    [['recommend', '--input'], 'rightsize: unknown argument --input\n'],
  ]) {
    const r = run(args);
    assert.equal(r.status, 64, args.join(' '));
    assert.equal(r.stdout, '', args.join(' '));
    assert.ok(r.stderr.startsWith(first), `${args.join(' ')}: ${r.stderr}`);
    assert.ok(r.stderr.includes(usage), `${args.join(' ')}: ${r.stderr}`);
  }
});

test('share and decode: every input the two pages have comes back, from a fragment or a whole link', () => {
  const calculatorPage = {
    users: 5000,
    current_stage: 2,
    app_cpu_pct: 35,
    db_cpu_pct: 45,
    db_query_ms: 40,
    p95_ms: 220,
    repeated_reads: true,
    provider: 'aws-af-south-1',
    growth: { monthly_pct: 20 },
    currency: { code: 'NGN', per_usd: 1600 },
  };
  const timelinePage = {
    users: 800,
    months: 30,
    provider: 'digitalocean-nyc1',
    growth: { milestones: { 1: 800, 12: 20000 } },
    budget_cents: 25050,
    repeated_reads: true,
    needs_redundancy: true,
    assumptions: { peak_to_average: 2.5, kb_out_per_request: 30 },
    uncertainty: {},
    currency: { code: 'KES' },
  };
  const inNaira = {
    ...timelinePage,
    budget_cents: undefined,
    budget_display_cents: 50000000,
    currency: { code: 'NGN' },
  };
  const valkey = { users: 60000, repeated_reads: true, provider: 'aws-us-east-1', cache_engine: 'valkey' };
  for (const [input, version] of [
    [calculatorPage, '1'],
    [timelinePage, '1'],
    [inNaira, '2'],
    [valkey, '2'],
  ]) {
    const fragment = succeed(['share'], JSON.stringify(input)).trim();
    assert.equal(fragment[0], version, `${fragment}: version 1 unless the input needs version 2`);
    const expected = JSON.parse(JSON.stringify(input)); // undefined fields gone
    assert.deepEqual(JSON.parse(succeed(['decode', fragment])), expected);
    const link = `https://example.org/rightsize/timeline/#${fragment}`;
    assert.deepEqual(JSON.parse(succeed(['decode', link])), expected, 'a whole link');
    // The decoded input is the same timeline.
    assert.equal(succeed(['timeline'], succeed(['decode', fragment])), succeed(['timeline'], JSON.stringify(input)));
  }
});

test('share: a budget in the display currency comes back as typed; given twice it is refused', () => {
  const input = { users: 100, months: 12, budget_display_cents: 50000000, currency: { code: 'NGN', per_usd: 1550 } };
  const t = JSON.parse(succeed(['timeline'], JSON.stringify(input)));
  assert.equal(t.budget_cents, Math.round(50000000 / 1550));
  assert.equal(t.budget_display_cents, 50000000);
  const both = run(['share'], JSON.stringify({ ...input, budget_cents: 100 }));
  assert.equal(both.status, 2);
  assert.match(both.stderr, /budget_display_cents: give budget_cents or budget_display_cents, not both/);
});
// share checks its input as timeline does: for every timeline vector, valid or not, both
// exit alike with the same lines, and what share makes decodes to what timeline read.
test('share accepts exactly what timeline accepts, every timeline vector and measure piped in', async () => {
  const vectors = (await readJson('tests/vectors/timeline.json')).filter(
    (v) => (v.command ?? 'timeline') === 'timeline',
  );
  const extra = [
    { users: 1000, provider: 'aws-us-east-1', cache_engine: 'valkey', repeated_reads: true },
    { users: 1000, provider: 'digitalocean-nyc1', cache_engine: 'redis-on-droplet' },
    { users: 100, evidence: { p95_ms: { value: 210 } } }, // what rightsize measure adds
    { growth: { milestones: { 1: 100, '06': 5000 } } },
  ];
  let compared = 0;
  for (const { input, input_file: file } of [...vectors, ...extra.map((input) => ({ input }))]) {
    const text = file ? undefined : JSON.stringify(input);
    const args = file ? ['--input', path.join(repoRoot, file)] : [];
    const timeline = run(['timeline', ...args], text ?? '');
    const share = run(['share', ...args], text ?? '');
    assert.equal(share.status, timeline.status, `${file ?? text}: ${share.stderr}`);
    if (timeline.status !== 0) {
      assert.equal(share.stderr, timeline.stderr);
      continue;
    }
    const decoded = JSON.parse(succeed(['decode', share.stdout.trim()]));
    assert.deepEqual(JSON.parse(succeed(['timeline'], JSON.stringify(decoded))), JSON.parse(timeline.stdout));
    ++compared;
  }
  assert.ok(compared >= 20, `${compared} inputs went through both`);
  assert.match(succeed(['share'], JSON.stringify(extra[0])), /^2/); // a cache engine needs version 2
  assert.match(succeed(['share', '--input', guideExample]), /^1/); // everything else stays version 1
});

// Hetzner prices in euros: its own timeline stays in euros and names the servers that stand
// in for a managed database and cache; dollars asked for are converted at the book's rate,
// and so is its column of a comparison with AWS.
test('provider hetzner-fsn1: euros, its substitutions, and dollars at the book rate', async () => {
  const input = { ...(await readJson('content/presets/guide-example.json')), provider: 'hetzner-fsn1' };
  const own = JSON.parse(succeed(['timeline'], JSON.stringify(input)));
  assert.equal(own.provider.currency, 'EUR');
  assert.deepEqual(
    own.provider.substitutions.map((s) => s.component),
    ['database', 'cache'],
  );
  const row = lines(succeed(['timeline', '--csv'], JSON.stringify(input)))[1].split(',');
  assert.deepEqual(row.slice(3, 5), ['EUR', (own.months[0].cost_cents / 100).toFixed(2)]);
  const eur = (await readJson('content/currencies.json')).currencies.find((c) => c.code === 'EUR');
  const inDollars = JSON.parse(succeed(['timeline'], JSON.stringify({ ...input, currency: { code: 'USD' } })));
  assert.equal(inDollars.currency.per_catalogue_unit, 1 / eur.per_usd);
  const { provider, ...shared } = input;
  const compared = lines(
    succeed(['compare', '--csv'], JSON.stringify({ ...shared, providers: ['aws-us-east-1', 'hetzner-fsn1'] })),
  );
  assert.match(compared[0], /^month,users,currency,aws-us-east-1_stage,.*hetzner-fsn1_cumulative,cheapest$/);
  const first = compared[1].split(',');
  assert.equal(first[2], 'USD');
  assert.equal(Number(first[7]), Math.round(own.months[0].cost_cents / eur.per_usd) / 100);
  const unknown = run(['timeline'], JSON.stringify({ users: 10, provider: 'hetzner-nowhere' }));
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /known: .*hetzner-fsn1/);
});
