// What a reader types in a number field, read as the one number it means or refused with
// words that say why. Taken: "12000", "12,000", "12 000", "1,200,000.5", "1.2k", "3M",
// "2bn", "1e3", "-5", and the field's own unit ("72%" in a percent field, "480 ms" in a
// milliseconds one, "0.5 s" there too, as 500). Refused: text that could mean two numbers
// ("1,5": 1.5 or 15; in a locale that writes decimals with a comma, "12,000" too, and
// "1.500" where dots group thousands), separators out of place ("4 2", "1,50,000"), hex
// ("0x10") and any other unit. The field's unit is the one content/ declares for it, its
// first word ("%" of "% of monthly users"). A fraction in a percent field typed without
// "%" is taken but questioned: 0.72 may be a share meant as 72%.
import { numberMarks } from './format.js';

// Powers of ten by the suffix's first letter: k (thousand), M or mn (million), B or bn (billion).
const POWERS = { k: 3, m: 6, b: 9 };

// Digits split by one kind of separator in groups of three after a first of one to three.
const grouped = (parts) => parts[0].length <= 3 && parts.slice(1).every((p) => p.length === 3);

// The number's digits as "1234.5", or {error} when the separators do not say one number.
// marks(): the locale's {group, decimal}, asked for only when the text has a separator (the
// first Intl format a page builds is slow: engine/model-worker.js says why).
function digitsOf(body, t, marks) {
  const seps = body.replace(/\d+/g, '').replace(/\s/g, ' ').replace(/’/g, "'");
  const parts = body.split(/\D/);
  const whole = parts.join('');
  if (!seps) return whole;
  const { group, decimal } = marks();
  const one = seps.length === 1;
  const [s] = seps;
  if ([...seps].every((c) => c === s)) {
    const thousands = grouped(parts) && parts[0] !== '0' && parts[0] !== '';
    if (s === '.' && one && !(thousands && group === '.')) return `${parts[0]}.${parts[1]}`;
    if (thousands && !(one && ((s === '.' && group === '.') || (s === ',' && decimal === ',')))) return whole;
    if (one && (s === '.' || s === ',')) {
      const a = String(Number(`${parts[0]}.${parts[1]}`));
      return { error: `"${t}" could be ${a} or ${Number(whole)}: type the one you mean` };
    }
  } else {
    // "1,234.5", "1.234,5", "1 234,5": groups, then one decimal mark of the other kind.
    const last = seps.at(-1);
    const head = parts.slice(0, -1);
    const marks = seps.slice(0, -1);
    if (
      (last === '.' || last === ',') &&
      /^(.)\1*$/.test(marks) &&
      marks[0] !== last &&
      grouped(head) &&
      head[0] !== '0'
    )
      return `${head.join('')}.${parts.at(-1)}`;
  }
  return { error: `"${t}" is not one number: type it as 12000 or 1.5` };
}

// {value} (with {note} when it is probably a slip) or {error}, a sentence about the text.
// unit: the field's declared unit; locale: the reader's (format.js), which decides whether
// "12,000" and "1.500" can be read one way only.
export function readNumber(text, unit = '', locale) {
  const t = text.trim();
  const own = unit.trim().split(/\s/)[0].toLowerCase();
  const m = /^([-+\u2212]?)\s*([\d.,'’_\s]*\d\.?)(e[-+]?\d+)?\s*(.*)$/i.exec(t);
  if (/^[-+\u2212]?0(x|[bo]\d)/i.test(t)) return { error: `"${t}" is not a number in ordinary digits` };
  if (!m) return { error: `"${t}" is not a number` };
  const [, sign, body, exponent = 'e0', rest] = m;
  const digits = digitsOf(body, t, () => numberMarks(locale));
  if (typeof digits !== 'string') return digits;
  let power = Number(exponent.slice(1));
  let suffix = rest.toLowerCase();
  const [, word, after] = /^(k|mn?|bn?)\b\s*(.*)$/.exec(suffix) ?? [];
  if (word && suffix !== own && !(rest[0] === 'm' && own === 'ms')) {
    power += POWERS[word[0]];
    suffix = after;
  }
  if (own === 'ms' && /^s(ec(ond)?s?)?$/.test(suffix)) power += 3;
  else if (suffix && suffix !== own && !(suffix[1] && `${suffix}s` === own) && !(own === 'x' && suffix === '×'))
    return { error: `"${t}": type the number alone, without "${rest}"` };
  const value = Number(`${sign && sign !== '+' ? '-' : ''}${digits}e${power}`);
  if (!Number.isFinite(value)) return { error: `"${t}" is too large` };
  if (own === '%' && suffix !== '%' && value > 0 && value < 1) {
    const pct = Number((value * 100).toPrecision(12));
    return { value, note: `${value} is read as ${value}%; if you meant ${pct}%, type ${pct}` };
  }
  return { value };
}
