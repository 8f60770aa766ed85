// The principle page's worker: the compare module (rightsize-compare), which the page starts only
// after it has rendered or when the reader first touches the comparison, so its module never
// weighs on the page's first paint. It fetches the module and the content itself, then
// answers each input with the scale_choice document, through the one protocol
// (worker-service.js; scale-choice-client.js is the page's side).
import { loadComparisons } from './model-engine.js';
import { filesFor } from './model-files.js';
import { serveRequests } from './worker-service.js';

serveRequests({
  init: () => loadComparisons(),
  answer: async (model, input) => (await filesFor(model, input)) ?? model.scale_choice(input),
});
