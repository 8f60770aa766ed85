// Share links off the main thread, for pages that only need the codec (the embed page, the
// snippet generator): the model module, where share_encode and share_decode live, with no
// content loaded, since the codec needs none. A page that never opens a link never
// downloads it. Messages: {id, call: 'encode' | 'decode', arg} -> {id, doc} or {id, failed}.
import createModelModule from '../wasm/rightsize-model.mjs';
import modelWasm from '../wasm/rightsize-model.wasm?url';
import { wrap } from '../wasm/wire.js';

const codec = createModelModule({ locateFile: () => new URL(modelWasm, import.meta.url).href }).then(wrap);

self.addEventListener('message', async ({ data: { id, call, arg } }) => {
  try {
    const mod = await codec;
    const doc = call === 'encode' ? mod.share_encode(arg) : call === 'decode' ? mod.share_decode(arg)
      : { ok: false, errors: [{ field: 'call', message: `no such call: ${call}` }] };
    self.postMessage({ id, doc });
  } catch (error) {
    self.postMessage({ id, failed: error.message });
  }
});
