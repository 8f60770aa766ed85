// Every price catalogue in content/pricing: its name, label, and whether it prices every
// component a timeline can need (the site marks the others as incomplete).
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { readJson, repoRoot } from '../../wasm/load-node.js';

export default async function () {
  const files = (await readdir(path.join(repoRoot, 'content/pricing'))).filter((f) => f.endsWith('.json')).sort();
  return Promise.all(files.map(async (file) => {
    const c = await readJson(`content/pricing/${file}`);
    const complete = c.app.length > 0 && c.database.length > 0 && c.cache.length > 0 && c.load_balancer != null
      && c.storage != null && c.transfer_out != null;
    return { name: file.replace(/\.json$/, ''), label: c.label, complete };
  }));
}
