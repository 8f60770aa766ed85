// The share codec for a page without the model of its own (the calculator, the embed page):
// the model worker that fetches the model itself (model-client.js), so the page's first
// visit preloads none of it, and a calculator that also shows money runs one worker, not two.
// loadShareCodec() -> {call('share_encode' | 'share_decode', arg) -> a promise of {ok, ...}}
import { loadModelWorker } from '../engine/model-client.js';

export const loadShareCodec = loadModelWorker;

// The two calls by name, for the embed page and the snippet generator: promises of the
// core's documents ({ok, fragment | input | errors}).
export const encodeShare = (input) => loadShareCodec().call('share_encode', input);
export const decodeShare = (fragment) => loadShareCodec().call('share_decode', fragment);
