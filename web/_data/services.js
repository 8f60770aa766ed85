// Every managed service in content/services, by name, with its label and the component it
// replaces (web/pages/services-index.njk lists them for the pages' model; services-choices.njk
// for the forms' Database and Cache selects).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { contentDir } from '../../wasm/node/load-node.js';

export default async function () {
  const files = (await readdir(path.join(contentDir, 'services'))).filter((f) => f.endsWith('.json')).sort();
  return Promise.all(
    files.map(async (file) => {
      const { label, replaces } = JSON.parse(await readFile(path.join(contentDir, 'services', file), 'utf8'));
      return { name: file.replace(/\.json$/, ''), label, replaces };
    }),
  );
}
