// content/rules.json for templates: stage names, ranges and setups come from the data.
import { readJson } from '../../wasm/load-node.js';

export default () => readJson('content/rules.json');
