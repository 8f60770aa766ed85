// The principle page's worker: the full model (rightsize-model), which the page starts
// only after it has rendered or when the reader first touches the comparison, so its
// module never weighs on the page's first paint. It fetches the module and the content
// itself, then answers {id, input} with {id, doc}: the scale_choice document.
import { loadModel } from './engine.js';

self.addEventListener('message', async ({ data }) => {
  try {
    const model = await loadModel();
    if (data.input?.provider !== undefined) await model.useCatalogue(data.input.provider);
    self.postMessage({ id: data.id, doc: model.scale_choice(data.input) });
  } catch (error) {
    self.postMessage({ id: data.id, failed: error.message });
  }
});
