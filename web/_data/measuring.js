// The numbers the "your own numbers" page (content/guide/measure.md) prints, at build time:
// the thresholds rightsize measure applies (content/measure.json) and the percentile
// sketch's error bound, which only the core knows, so it is read from the evidence the real
// measure module gives for a two-line log. The figures' names come from the rulebook's
// metrics and the assumptions, as on the forms.
import { loadMeasure, readContent } from '../../wasm/node/load-node.js';
import { formatMeasured, formatNumber } from '../assets/js/shared/format.js';

const words = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const inWords = (n) => words[n] ?? formatNumber(n);

function check(what, doc) {
  if (!doc.ok) throw new Error(`${what} rejected: ${JSON.stringify(doc.errors)}`);
  return doc;
}

// What the core says about a short access log: the error bound it states for a p95, and
// how it describes the data-per-request figure.
async function shortLog(settings, assumptions) {
  const m = await loadMeasure();
  check('measure.json', m.set_settings(settings));
  check('assumptions.json', m.set_assumptions(assumptions));
  check('begin', m.begin('access_log', { file: 'sample.log', format: 'nginx' }));
  const line = (t) => `203.0.113.7 - - [15/Jan/2024:10:00:0${t} +0000] "GET / HTTP/1.1" 200 512 "-" "curl" 0.08${t}\n`;
  m.feed(new TextEncoder().encode(line(1) + line(2)));
  const evidence = check('a two-line log', m.finish()).result.evidence;
  const error = evidence?.p95_ms?.relative_error_pct;
  const kb = evidence?.kb_out_per_request?.how;
  if (typeof error !== 'number' || typeof kb !== 'string')
    throw new Error('the measure module stated no error bound for p95, or no description of the data per request');
  return { error, kb };
}

export default async function () {
  const [measure, assumptions, rules] = await Promise.all([
    readContent('measure.json'),
    readContent('assumptions.json'),
    readContent('rules.json'),
  ]);
  const s = measure.settings;
  const core = await shortLog(measure, assumptions);
  const a = assumptions.assumptions;
  return {
    // The figures' names as the forms and the guide call them.
    label: {
      ...Object.fromEntries(Object.entries(rules.metrics).map(([k, v]) => [k, v.label])),
      ...Object.fromEntries(Object.entries(a).map(([k, v]) => [k, v.label])),
    },
    kb_how: `${core.kb[0].toUpperCase()}${core.kb.slice(1)}`,
    // A share of calls (its unit, "% of calls"), which the page's sentence goes on to name.
    share_pct: formatMeasured(s.repeated_reads_share_pct.value, '%'),
    top_selects: inWords(s.top_selects.value),
    min_hours: formatNumber(s.peak_to_average_min_hours.value),
    error_pct: formatMeasured(core.error, '%'), // the core's relative_error_pct
    peak_to_average_default: formatMeasured(a.peak_to_average.value, a.peak_to_average.unit),
    kb_default: formatMeasured(a.kb_out_per_request.value, a.kb_out_per_request.unit),
  };
}
