// Every number the guide pages print, computed at build time from the content directory
// and the real WebAssembly core: thresholds, assumptions, what each stage costs, the
// guide's example and the vertical-or-horizontal comparison. The Markdown in
// content/guide only holds placeholders for these.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { contentDir, loadWithContent, readContent } from '../../wasm/node/load-node.js';
import { bound, threshold } from '../guide/conditions.js';
import { defaultProvider } from '../guide/default-provider.js';
import { guideExample } from '../guide/example.js';
import { formatLongDate, formatMeasured, formatNumber } from '../assets/js/shared/format.js';
import { amount, minutes, userRange } from '../guide/words.js';
import { verticalOrHorizontal } from '../guide/principle.js';
import { priceMonth, stageCosts, withAndWithout } from '../guide/stage-costs.js';
import { stageDiagrams } from '../guide/diagrams.js';

const byId = (rules, format) =>
  Object.fromEntries([...rules.triggers, ...rules.in_place, ...rules.advice].map((r) => [r.id, format(r)]));

async function catalogue(file, model) {
  const c = await readContent(`pricing/${file}`);
  const name = file.replace(/\.json$/, '');
  const engines = (c.other_cache_engines ?? []).flatMap((e) => e.cache);
  const entries = [
    ...(c.app ?? []),
    ...(c.database ?? []),
    ...(c.cache ?? []),
    ...engines,
    ...[c.load_balancer, c.storage?.block, c.storage?.database, c.transfer_out].filter(Boolean),
  ];
  const dates = entries.map((e) => e.read_on).sort();
  return {
    name,
    label: c.label,
    complete: model.timeline({ users: 1, months: 1, provider: name }).ok,
    prices: entries.length,
    third_party: entries.filter((e) => e.confidence === 'third-party').length,
    estimates: entries.filter((e) => e.confidence === 'estimate').length,
    gaps: (c.not_found ?? []).length,
    oldest: dates.length ? formatLongDate(dates[0]) : null,
    newest: dates.length ? formatLongDate(dates[dates.length - 1]) : null,
  };
}

export default async function () {
  const [model, rules, assumptions, preset, figures] = await Promise.all([
    loadWithContent(),
    readContent('rules.json'),
    readContent('assumptions.json'),
    readContent('presets/guide-example.json'),
    readContent('guide/figures.json'),
  ]);
  const provider = await defaultProvider();
  const a = assumptions.assumptions;
  const example = guideExample(model, preset, figures, rules);
  const files = (await readdir(path.join(contentDir, 'pricing'))).filter((f) => f.endsWith('.json')).sort();
  const costs = stageCosts(model, rules, preset, provider);
  const catalogues = await Promise.all(files.map((f) => catalogue(f, model)));
  const diagrams = stageDiagrams(model, rules, preset, provider);
  const priced = costs[1][0];
  const budget = figures.stage_1_budget_usd;

  return {
    t: byId(rules, (r) => threshold(r, rules)), // a threshold: "60%"
    above: byId(rules, (r) => bound(r, rules)), // with its comparison: "above 60%"
    a: Object.fromEntries(Object.entries(a).map(([k, v]) => [k, formatNumber(v.value)])),
    aq: Object.fromEntries(Object.entries(a).map(([k, v]) => [k, formatMeasured(v.value, v.unit)])), // with its unit
    assumptions: Object.values(a).map((v) => ({ label: v.label, value: formatMeasured(v.value, v.unit), why: v.why })),
    stage: Object.fromEntries(
      rules.stages.map((s) => [
        s.stage,
        {
          number: s.stage,
          name: s.name,
          range: userRange(s.users_min, s.users_max),
          users_min: formatNumber(s.users_min),
          users_max: s.users_max == null ? null : formatNumber(s.users_max),
          triggers: rules.triggers.filter((r) => r.stage === s.stage).length,
          costs: costs[s.stage],
          diagram: diagrams[s.stage],
          // The home page's step (web/assets/js/diagram/staircase.js): the range's two ends.
          step: {
            stage: s.stage,
            name: s.name,
            low: { cents: costs[s.stage][0].cents, text: costs[s.stage][0].cost },
            high: costs[s.stage][1] ? { cents: costs[s.stage][1].cents, text: costs[s.stage][1].cost } : null,
          },
        },
      ]),
    ),
    stage_count: rules.stages.length,
    provider: {
      ...(await catalogue(`${provider}.json`, model)),
      read_on: formatLongDate(priceMonth(model, { users: 0, provider }).provider.prices_read_on),
    },
    catalogues,
    catalogue: Object.fromEntries(catalogues.map((c) => [c.name, c])),
    stage_1_budget: `${amount(budget.low * 100, priced.currency)}–${amount(budget.high * 100, priced.currency)}`,
    ttl: Object.fromEntries(
      Object.entries(figures.cache_ttls).map(([k, v]) => [k, minutes(v.min_minutes, v.max_minutes)]),
    ),
    pool_connections_at_max: formatNumber(a.autoscale_max.value * a.pool_size_per_server.value),
    example,
    principle: verticalOrHorizontal(model, preset, example, provider),
    cache_effect: withAndWithout(model, rules, preset, provider, 3),
    largest_app: (await readContent(`pricing/${provider}.json`)).app.at(-1)?.type ?? null,
    rulebook: { triggers: rules.triggers.length, in_place: rules.in_place.length, advice: rules.advice.length },
    built_on: formatLongDate(new Date().toISOString().slice(0, 10)),
  };
}
