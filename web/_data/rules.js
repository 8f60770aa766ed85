// content/rules.json for templates: stage names, ranges and setups come from the data.
import { readContent } from '../../wasm/node/load-node.js';

export default () => readContent('rules.json');
