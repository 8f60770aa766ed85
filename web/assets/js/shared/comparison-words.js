// A rule's comparison in readers' words ("above"), for the build's pages and the live
// results alike; the value beside it is shared/format.js's formatMeasured ("above 60%").
export const COMPARISON_WORDS = { '>': 'above', '>=': 'at or above', '<': 'below', '<=': 'at or below' };
