// A rule's comparison and a measured value in readers' words ("above 60%"), for the build's
// pages and the live results alike.
export const COMPARISON_WORDS = { '>': 'above', '>=': 'at or above', '<': 'below', '<=': 'at or below' };

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

// A value with the unit the core sent beside it ("72.5%", "320 ms", "yes").
export function showMeasured(value, unit) {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (!unit) return number.format(value);
  return number.format(value) + (unit === '%' ? unit : ` ${unit}`);
}
