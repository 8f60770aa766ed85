// What an input needs fetched before the full model can answer it: its provider's prices (or,
// to compare, every provider's; the default's came with the model) and, for a display
// currency at its published rate or for a comparison, content/currencies.json. A fetch that fails is the field it
// concerns, not a failure of the worker: the reader sees what is missing, and the next
// request that needs the file tries again (model-engine.js forgets a failed fetch).

const fetched = (promise, field, what) =>
  Promise.resolve(promise).then(
    () => null,
    (error) => ({ field, message: `${what} could not be fetched (${error.message})` }),
  );

// Null once the files are there, or {ok: false, errors} naming what could not be fetched.
// model: loadModel()'s answer.
export async function filesFor(model, input, { compare = false } = {}) {
  const problems = (
    await Promise.all([
      compare
        ? fetched(model.useCatalogues(), 'providers', 'the prices of every provider')
        : input?.provider !== undefined
          ? fetched(model.useCatalogue(input.provider), 'provider', "this provider's prices")
          : null,
      // A comparison converts a catalogue in another currency (Hetzner's euros) at these rates.
      compare || (input?.currency && input.currency.per_usd === undefined)
        ? fetched(model.useCurrencies(), 'currency', 'the published exchange rates')
        : null,
      input?.services ? fetched(model.useServices(), 'services', "the managed services' prices") : null,
    ])
  ).filter(Boolean);
  return problems.length > 0 ? { ok: false, errors: problems } : null;
}
