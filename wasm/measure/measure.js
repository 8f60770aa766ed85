// The JavaScript side of the rightsize-measure module: plain values in and out (through
// wire.js), and chunks written straight into the module's memory.
import { decode, encode } from './wire.js';

// The largest piece copied into the module at once: bigger chunks are fed in pieces, so the
// module's memory stays small whatever File.stream() hands over.
const PIECE = 1 << 20;

// A module instance as functions taking and returning plain values. Each returns
// {ok: true, ...} or {ok: false, errors: [{field, message}]}, except feed and cancel.
export function wrapMeasure(mod) {
  return {
    set_settings: (document) => decode(mod.set_settings(encode(document))), // content/measure.json
    set_assumptions: (document) => decode(mod.set_assumptions(encode(document))), // content/assumptions.json
    // kind: access_log, queries, app_cpu or db_cpu; options: {file, format?, duration_field?}
    begin: (kind, options) => decode(mod.begin(String(kind), encode(options))),
    // bytes: a Uint8Array, cut anywhere
    feed(bytes) {
      for (let at = 0; at < bytes.length; at += PIECE) {
        const piece = bytes.subarray(at, Math.min(at + PIECE, bytes.length));
        mod.chunk_buffer(piece.length).set(piece);
        mod.feed_chunk(piece.length);
      }
    },
    finish: () => decode(mod.finish()), // {ok: true, result: the CLI's measure document}
    cancel: () => mod.cancel(),
    heap_bytes: () => mod.heap_bytes(),
  };
}
