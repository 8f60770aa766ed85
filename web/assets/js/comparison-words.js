// A rule's comparison in readers' words ("above 60%"), for the build's pages and the live
// checks alike.
export const COMPARISON_WORDS = { '>': 'above', '>=': 'at or above', '<': 'below', '<=': 'at or below' };
