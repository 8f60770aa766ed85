// Each provider's estimated prices with their bases (estimate-notes.js), asked of the
// model's worker once per provider and kept, so a result is drawn with its "≈" note whole.
const asked = new Map(); // provider -> a promise settled once its bases are known
const known = new Map(); // provider -> [{role, type, basis}]

function ask(model, provider) {
  if (!asked.has(provider))
    asked.set(
      provider,
      model.estimates(provider).then((d) => {
        if (d?.ok) known.set(provider, d.result);
      }),
    );
  return asked.get(provider);
}

// A promise of a timeline document that settles once its provider's bases are known.
export function withBases(model, docPromise) {
  return docPromise.then(async (doc) => {
    if (doc?.ok) await ask(model, doc.result.provider.name);
    return doc;
  });
}

export const knownBases = (provider) => known.get(provider);
