// What a `rightsize measure` document (the CLI's, or the measure worker's) gives a form: each
// derived figure with the form field it fills and a note in readers' words built from the
// core's evidence (the file, the format detected, lines read and skipped, the window, the
// error bound), and each problem as a message naming the file. Plain values in and out.
import { formatNumber, withUnit } from '../shared/format.js';

// The figures a document may carry, by the name of the form field each fills; where the
// value sits in the document.
export const FIGURES = [
  { name: 'p95_ms', value: (d) => d.p95_ms },
  { name: 'db_query_ms', value: (d) => d.db_query_ms },
  { name: 'app_cpu_pct', value: (d) => d.app_cpu_pct },
  { name: 'db_cpu_pct', value: (d) => d.db_cpu_pct },
  { name: 'repeated_reads', value: (d) => d.repeated_reads },
  { name: 'peak_to_average', value: (d) => d.assumptions?.peak_to_average },
  { name: 'kb_out_per_request', value: (d) => d.assumptions?.kb_out_per_request },
];

const count = (n) => formatNumber(n, 3); // as exact as the core gives it
const plural = (n, one, many = `${one}s`) => `${count(n)} ${n === 1 ? one : many}`;

// A path or a name as the reader knows it: the last part.
export const baseName = (file) => String(file).split(/[\\/]/).pop();

// "2024-01-15T17:00:00Z" to ["2024-01-15", "17:00", " UTC"]; a time without a zone is the file's own.
function parts(stamp) {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2})?(Z)?$/.exec(String(stamp));
  return m ? [m[1], m[2], m[3] ? ' UTC' : ''] : null;
}

function when(stamp) {
  const p = parts(stamp);
  return p ? `${p[0]} ${p[1]}${p[2]}` : String(stamp);
}

// "2024-01-15, 17:00 to 18:00 UTC (400 requests)"
function windowText(w) {
  if (!w?.from) return null;
  const what =
    w.requests != null ? plural(w.requests, 'request') : w.samples != null ? plural(w.samples, 'sample') : null;
  const [a, b] = [parts(w.from), parts(w.to)];
  const span = a && b && a[0] === b[0] ? `${a[0]}, ${a[1]} to ${b[1]}${b[2]}` : `${when(w.from)} to ${when(w.to)}`;
  return `${span}${what ? ` (${what})` : ''}`;
}

function fileText(f) {
  const skipped =
    f.lines_skipped === 0
      ? 'none skipped'
      : `${count(f.lines_skipped)} skipped${f.skipped?.[0] ? ` (line ${count(f.skipped[0].line)}: ${f.skipped[0].reason})` : ''}`;
  const notes = (f.notes ?? []).map((n) => `; ${n}`).join('');
  return `${baseName(f.file)} (${f.format}): ${plural(f.lines_read, 'line')} read, ${skipped}${notes}`;
}

// The note for one figure's evidence: where it came from, how, over what, how exact. unit:
// the figure's own (content/rules.json's metric), which its whole-log value and its highest
// sample are in too.
export function noteFor(evidence, unit) {
  const parts = [`From ${(evidence.files ?? []).map(fileText).join('; ')}.`];
  if (evidence.how) parts.push(`It is ${evidence.how}`);
  const span = windowText(evidence.window ?? evidence.busiest_hour);
  if (span) parts[parts.length - 1] += `, ${span}`;
  if (evidence.how) parts[parts.length - 1] += '.';
  if (evidence.why) parts.push(`${evidence.why[0].toUpperCase()}${evidence.why.slice(1)}.`);
  if (evidence.overall_p95_ms != null)
    parts.push(`Over the whole log: ${withUnit(count(evidence.overall_p95_ms), unit)}.`);
  if (evidence.peak_sample_pct != null)
    parts.push(
      `Highest single sample: ${withUnit(count(evidence.peak_sample_pct), unit)}${evidence.peak_sample_at ? ` at ${when(evidence.peak_sample_at)}` : ''}.`,
    );
  if (evidence.error_bound) parts.push(`${evidence.error_bound[0].toUpperCase()}${evidence.error_bound.slice(1)}.`);
  if (evidence.not_derived) parts.push(`Not used: ${evidence.not_derived}.`);
  return parts.join(' ');
}

// {figures: [{name, value, note}], notes: [{name, note}], problems: [text]}: `figures` are
// the values the document derived; `notes` explain figures it looked at but did not derive
// (repeated reads not suggested, a ratio from too short a log), so a field can say why it
// was left alone; `problems` name each file that gave nothing or less than it should.
// units: each figure's unit by its name (the rulebook's metrics, the assumptions).
export function readDocument(doc, units = {}) {
  const evidence = doc.evidence ?? {};
  const figures = [];
  const notes = [];
  for (const { name, value } of FIGURES) {
    const v = value(doc);
    if (v !== undefined && v !== null)
      figures.push({ name, value: v, note: evidence[name] ? noteFor(evidence[name], units[name]) : '' });
    else if (evidence[name]) notes.push({ name, note: noteFor(evidence[name], units[name]) });
  }
  const problems = (evidence.problems ?? []).map((p) => `${baseName(p.file)}: ${p.message}`);
  return { figures, notes, problems };
}
