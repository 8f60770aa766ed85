// Writes promtool unit tests (promtool test rules) for a rule file printed by
// `rightsize alerts --format prometheus`: for every alert, series as node_exporter,
// postgres_exporter and a request-duration histogram name them, just below and just above the
// warning level and the threshold, and the alerts that must fire at each. The levels are worked
// out here from the rulebook and content/alerts.json, not read from the rule file, so a rule that
// drifts from content/ fails. Used by tests/cli/alerts.test.js; by hand:
//   node tests/alerts/promtool-tests.mjs RULES.yml [RULEBOOK.json] > RULES.test.yml
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const content = (name) => JSON.parse(readFileSync(path.join(root, 'content', name), 'utf8'));

// The alerts of a rule file: name, expression, labels and annotations. The file's strings are
// double-quoted with JSON's escapes, so JSON.parse reads each one.
export function parseRules(text) {
  const alerts = [];
  let current = null;
  let block = null;
  for (const line of text.split('\n')) {
    let m = line.match(/^ {6}- alert: (\S+)$/);
    if (m) {
      current = { name: m[1], labels: {}, annotations: {} };
      alerts.push(current);
      continue;
    }
    if (!current) continue;
    m = line.match(/^ {8}expr: (".*")$/);
    if (m) current.expr = JSON.parse(m[1]);
    m = line.match(/^ {8}(labels|annotations):$/);
    if (m) block = m[1];
    m = line.match(/^ {10}(\w+): (.*)$/);
    if (m && block) current[block][m[1]] = m[2].startsWith('"') ? JSON.parse(m[2]) : m[2];
  }
  return alerts;
}

function sourceOf(expr) {
  if (expr.includes('node_cpu_seconds_total'))
    return expr.includes('job=\\"database\\"') || expr.includes('job="database"') ? 'db_cpu' : 'app_cpu';
  if (expr.includes('pg_stat_statements')) return 'query_time';
  if (expr.includes('histogram_quantile')) return 'p95';
  if (expr.includes('pg_stat_activity_count')) return 'connections';
  throw new Error(`no source for ${expr}`);
}

// The levels an alert must fire between, from content/: [low, high) or (low, high].
function levels(rulebook, settings, alert) {
  const margin = settings.warning_margin_pct / 100;
  const trigger = rulebook.triggers.find((t) => t.id === alert.labels.trigger);
  const pool = trigger.metric === 'pool_exhausted';
  const threshold = pool ? settings.connections_used_up_pct : trigger.threshold;
  const inclusive = pool || trigger.comparison === '>=';
  const warning = threshold * (1 - margin);
  return alert.labels.severity === 'critical'
    ? { low: threshold, high: Number.POSITIVE_INFINITY, inclusive, threshold, warning }
    : { low: warning, high: threshold, inclusive, threshold, warning };
}

function fires(level, v) {
  const above = level.inclusive ? v >= level.low : v > level.low;
  const below = level.high === Number.POSITIVE_INFINITY || (level.inclusive ? v < level.high : v <= level.high);
  return above && below;
}

const minutes = 30;
const perMinute = (perSecond) => `0+${perSecond * 60}x${minutes}`;

// Series that make a source measure `v` (in the rulebook's unit), and the labels an alert on
// that source carries from them.
function series(source, v) {
  if (source === 'app_cpu' || source === 'db_cpu') {
    const labels = source === 'db_cpu' ? 'instance="db:9100",job="database"' : 'instance="box:9100",job="node"';
    const idle = 1 - v / 100;
    return {
      carried: { instance: source === 'db_cpu' ? 'db:9100' : 'box:9100' },
      input: [
        { series: `node_cpu_seconds_total{cpu="0",mode="idle",${labels}}`, values: perMinute(idle) },
        { series: `node_cpu_seconds_total{cpu="0",mode="user",${labels}}`, values: perMinute(1 - idle) },
      ],
    };
  }
  if (source === 'query_time') {
    const calls = 10;
    const labels = 'datname="app",instance="pg:9187",job="postgres",queryid="1",user="app"';
    return {
      carried: { instance: 'pg:9187' },
      input: [
        { series: `pg_stat_statements_calls_total{${labels}}`, values: perMinute(calls) },
        { series: `pg_stat_statements_seconds_total{${labels}}`, values: perMinute((calls * v) / 1000) },
      ],
    };
  }
  if (source === 'p95') {
    // Every request in the first bucket: histogram_quantile gives 0.95 of its upper bound.
    const le = v / 0.95 / 1000;
    const labels = 'instance="app:8080",job="app"';
    return {
      carried: {},
      input: [
        { series: `http_request_duration_seconds_bucket{le="${le}",${labels}}`, values: perMinute(10) },
        { series: `http_request_duration_seconds_bucket{le="+Inf",${labels}}`, values: perMinute(10) },
      ],
    };
  }
  const max = 1000;
  const labels = 'instance="pg:9187",job="postgres"';
  return {
    carried: { instance: 'pg:9187' },
    input: [
      {
        series: `pg_stat_activity_count{datname="app",state="active",${labels}}`,
        values: `${(v * max) / 100}x${minutes}`,
      },
      { series: `pg_stat_activity_count{datname="app",state="idle",${labels}}`, values: `0x${minutes}` },
      { series: `pg_settings_max_connections{${labels}}`, values: `${max}x${minutes}` },
    ],
  };
}

// promtool's YAML: JSON is YAML, so each test file is written as JSON.
export function promtoolTests(ruleFile, rulesText, rulebook = content('rules.json')) {
  const settings = content('alerts.json');
  const alerts = parseRules(rulesText);
  const tests = [];
  const cases = [];
  for (const alert of alerts) {
    const source = sourceOf(alert.expr);
    const l = levels(rulebook, settings, alert);
    for (const at of [l.warning, l.threshold]) for (const v of [at * 0.99, at * 1.01]) cases.push({ source, v });
  }
  for (const { source, v } of cases) {
    const s = series(source, v);
    tests.push({
      name: `${source} at ${v}`,
      interval: '1m',
      input_series: s.input,
      alert_rule_test: alerts.map((alert) => ({
        eval_time: '20m',
        alertname: alert.name,
        exp_alerts:
          sourceOf(alert.expr) === source && fires(levels(rulebook, settings, alert), v)
            ? [{ exp_labels: { ...alert.labels, ...s.carried }, exp_annotations: alert.annotations }]
            : [],
      })),
    });
  }
  return { doc: { rule_files: [ruleFile], evaluation_interval: '1m', tests }, count: cases.length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [file, rulebookPath] = process.argv.slice(2);
  const rulebook = rulebookPath ? JSON.parse(readFileSync(rulebookPath, 'utf8')) : undefined;
  const { doc } = promtoolTests(path.resolve(file), readFileSync(file, 'utf8'), rulebook);
  process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
}
