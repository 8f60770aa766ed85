// The uncertainty band's worker: runs whole timelines, band included, off the main thread.
// Requests that queue up while one runs are answered `null` except the newest, so a
// reader who types fast waits for one band, never for a backlog.
import { loadModel } from './engine.js';

let latest = null;
let running = false;

const tick = () => new Promise((resolve) => setTimeout(resolve));

async function run() {
  running = true;
  try {
    const model = await loadModel();
    await tick();  // let messages that queued while the model loaded arrive
    while (latest) {
      const { id, input } = latest;
      latest = null;
      self.postMessage({ id, doc: model.timeline(input) });
      await tick();
    }
  } catch (error) {
    if (latest) self.postMessage({ id: latest.id, error: error.message });
    latest = null;
  } finally {
    running = false;
  }
}

self.addEventListener('message', (event) => {
  if (latest) self.postMessage({ id: latest.id, doc: null });
  latest = event.data;
  if (!running) run();
});
