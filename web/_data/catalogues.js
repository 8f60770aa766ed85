// Every price catalogue in content/pricing: its name, its label, whether it prices every
// component a timeline can need (the core decides that, and the site marks the others as
// incomplete), and the catalogue itself: the timeline's engine reads them all from one
// file, dist/assets/data/pricing/index.json.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { contentDir, loadWithContent, readContent } from '../../wasm/load-node.js';

export default async function () {
  const files = (await readdir(path.join(contentDir, 'pricing'))).filter((f) => f.endsWith('.json')).sort();
  const model = await loadWithContent();
  return Promise.all(files.map(async (file) => {
    const name = file.replace(/\.json$/, '');
    const document = await readContent(`pricing/${file}`);
    return { name, label: document.label, complete: model.timeline({ users: 1, months: 1, provider: name }).ok, document };
  }));
}
