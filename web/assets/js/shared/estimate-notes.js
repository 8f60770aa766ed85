// Which of a timeline's prices are estimates, and how each was made. The timeline marks
// every component priced from a `confidence: "estimate"` entry (`estimated: true`, and the
// month's `estimated_components`); the catalogue holds each estimate's `basis`, the ratio
// or rule it was derived by and the evidence for it. Pure: runs at build time and in the
// model's worker.
import { h } from './html.js';
import { ROLE_WORDS } from './machines.js';

// Every estimate in a catalogue (content/pricing/<name>.json) as {role, type, basis,
// committed}; type is null for a price that is not per instance size (the load balancer,
// storage, transfer), and committed marks a one-year commitment's price.
export function estimateBases(catalogue) {
  const out = [];
  const add = (role, entry, committed = false) => {
    if (entry?.confidence === 'estimate') out.push({ role, type: entry.type ?? null, basis: entry.basis, committed });
    // A commitment price is estimated on its own: its basis counts only for a timeline that commits.
    if (entry?.commitment) add(role, { ...entry.commitment, type: entry.type }, true);
  };
  for (const e of catalogue.app ?? []) add('app', e);
  for (const e of catalogue.database ?? []) add('database', e);
  for (const e of catalogue.cache ?? []) add('cache', e);
  for (const engine of catalogue.other_cache_engines ?? []) for (const e of engine.cache ?? []) add('cache', e);
  add('load_balancer', { ...catalogue.load_balancer, type: undefined });
  for (const e of Object.values(catalogue.storage ?? {})) add('storage', { ...e, type: undefined });
  add('transfer', { ...catalogue.transfer_out, type: undefined });
  return out;
}

// The estimated components a timeline used, once each ({role, type, words}), in month order.
export function estimatedParts(t) {
  const seen = new Map();
  for (const m of t.months)
    for (const c of m.components)
      if (c.estimated && !seen.has(`${c.role} ${c.type}`))
        seen.set(`${c.role} ${c.type}`, { role: c.role, type: c.type, words: ROLE_WORDS[c.role] ?? c.role });
  return [...seen.values()];
}

// Whether a month's cost, or anything summed up to it, includes an estimated price.
export const monthEstimated = (m) => m.estimated_components.length > 0;

export function cumulativeEstimated(t, index) {
  return t.months.slice(0, index + 1).some(monthEstimated);
}

// The bases behind one estimated part: the entry of its size, or the role's only one.
function basesFor(part, bases, commits) {
  const own = bases.filter(
    (b) => b.role === part.role && (b.type === null || b.type === part.type) && (commits || !b.committed),
  );
  return [...new Set(own.map((b) => b.basis))];
}

// "app server (t3.small)"; a price that is not per size is named by its role alone.
function partName(p) {
  return p.role === 'app' || p.role === 'database' || p.role === 'cache' ? `${p.words} (${p.type})` : p.words;
}

// The note under a result whose amounts carry "≈": what is estimated and, when the
// catalogue's bases are at hand ([{role, type, basis}] from estimateBases), how.
export function estimateNote(t, bases) {
  const parts = estimatedParts(t);
  if (parts.length === 0) return null;
  const named = parts.map(partName);
  const list = named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
  return h(
    'div',
    { class: 'rs-estimates', 'data-estimated': parts.map((p) => p.role).join(' ') },
    h(
      'p',
      {},
      `≈ marks an amount that includes an estimated price. ${t.provider.label} has no price anyone could cite for the ${list}, ` +
        'so each is derived from a cited price by a stated ratio.',
    ),
    bases &&
      h(
        'details',
        {},
        h('summary', {}, 'How each estimate was made'),
        h(
          'ul',
          {},
          parts.map((p) =>
            h(
              'li',
              {},
              h('strong', {}, `${partName(p)}: `),
              basesFor(p, bases, t.commitment?.offered === true).join(' ') ||
                'marked as an estimate in the catalogue, which gives no basis for this size.',
            ),
          ),
        ),
      ),
  );
}
