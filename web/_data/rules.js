// content/rules.json for templates: stage names, ranges and setups come from the data.
import { readContent } from '../../wasm/load-node.js';

export default () => readContent('rules.json');
