// Every managed service in content/services, by name (web/pages/services-index.njk lists them
// for the pages' model).
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { contentDir } from '../../wasm/node/load-node.js';

export default async function () {
  const files = (await readdir(path.join(contentDir, 'services'))).filter((f) => f.endsWith('.json')).sort();
  return files.map((file) => ({ name: file.replace(/\.json$/, '') }));
}
