// Every price catalogue in content/pricing: its name, its label, the currency it prices in, whether it prices every
// component a timeline can need (the core decides that, and the site marks the others as
// incomplete), whether it is the default provider (assumptions.json), and the catalogue
// itself. The pages' model reads the list from dist/assets/data/pricing/index.js.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { contentDir, loadWithContent, readContent } from '../../wasm/node/load-node.js';

export default async function () {
  const files = (await readdir(path.join(contentDir, 'pricing'))).filter((f) => f.endsWith('.json')).sort();
  const [model, assumptions] = await Promise.all([loadWithContent(), readContent('assumptions.json')]);
  return Promise.all(
    files.map(async (file) => {
      const name = file.replace(/\.json$/, '');
      const document = await readContent(`pricing/${file}`);
      return {
        name,
        label: document.label,
        currency: document.currency,
        complete: model.timeline({ users: 1, months: 1, provider: name }).ok,
        isDefault: name === assumptions.defaults.provider,
        document,
      };
    }),
  );
}
