// Every price catalogue in content/pricing: its name, its label, and whether it prices
// every component a timeline can need. The core decides that (the site marks the others
// as incomplete); this file only asks it.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { contentDir, loadWithContent, readContent } from '../../wasm/load-node.js';

export default async function () {
  const files = (await readdir(path.join(contentDir, 'pricing'))).filter((f) => f.endsWith('.json')).sort();
  const model = await loadWithContent();
  return Promise.all(files.map(async (file) => {
    const name = file.replace(/\.json$/, '');
    const { label } = await readContent(`pricing/${file}`);
    return { name, label, complete: model.timeline({ users: 1, months: 1, provider: name }).ok };
  }));
}
