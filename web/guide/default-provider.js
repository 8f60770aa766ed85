// The provider whose prices the guide pages quote: the one a timeline uses when its input
// names none, from the defaults in content/assumptions.json.
import { readContent } from '../../wasm/node/load-node.js';

export async function defaultProvider() {
  return (await readContent('assumptions.json')).defaults.provider;
}
