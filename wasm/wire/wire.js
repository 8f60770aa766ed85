// The JavaScript side of the module's wire (wasm/wire/include/rightsize/wire.hpp): plain values
// to bytes and back, and a wrapper that gives a module instance plain-object functions.
// The tag bytes and depth limits come from wire-format.json, which the C++ side reads too.
import format from './wire-format.json' with { type: 'json' };

const tag = Object.fromEntries(Object.entries(format.tags).map(([kind, letter]) => [kind, letter.charCodeAt(0)]));
const utf8in = new TextEncoder();
const utf8out = new TextDecoder();

// Values JSON cannot hold still reach the core, which names the field: undefined is
// "not given", NaN stays NaN, and functions, symbols, cycles and absurd nesting arrive
// as text.
export function encode(value) {
  // One growing buffer (content documents run to tens of kilobytes), written in place.
  let buf = new Uint8Array(1024);
  let view = new DataView(buf.buffer);
  let at = 0;
  const room = (n) => {
    if (at + n <= buf.length) return;
    const grown = new Uint8Array(Math.max(buf.length * 2, at + n));
    grown.set(buf);
    buf = grown;
    view = new DataView(buf.buffer);
  };
  const byte = (b) => {
    room(1);
    buf[at++] = b;
  };
  const u32 = (n) => {
    room(4);
    view.setUint32(at, n, true);
    at += 4;
  };
  const text = (s) => {
    room(4 + s.length * 3); // UTF-8 needs at most 3 bytes per UTF-16 unit
    const { written } = utf8in.encodeInto(s, buf.subarray(at + 4));
    view.setUint32(at, written, true);
    at += 4 + written;
  };
  const put = (v, depth = 0) => {
    if (depth > format.max_depth.encode) {
      // inside the module's limit, so the field is named
      byte(tag.string);
      text('<nested too deeply>');
    } else if (v === null || v === undefined) byte(tag.null);
    else if (v === true) byte(tag.boolean_true);
    else if (v === false) byte(tag.boolean_false);
    else if (typeof v === 'number') {
      byte(tag.number);
      room(8);
      view.setFloat64(at, v, true);
      at += 8;
    } else if (typeof v === 'string') {
      byte(tag.string);
      text(v);
    } else if (Array.isArray(v)) {
      byte(tag.array);
      u32(v.length);
      for (const x of v) put(x, depth + 1);
    } else if (typeof v === 'object') {
      const entries = Object.entries(v).filter(([, x]) => x !== undefined);
      byte(tag.object);
      u32(entries.length);
      for (const [k, x] of entries) {
        text(k);
        put(x, depth + 1);
      }
    } else {
      byte(tag.string);
      text(`<${typeof v}>`);
    }
  };
  put(value);
  return buf.slice(0, at);
}

export function decode(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const u32 = () => {
    const n = view.getUint32(at, true);
    at += 4;
    return n;
  };
  // Most strings are short ASCII keys and labels: built from char codes, they skip a
  // TextDecoder call each (which costs more than the string); anything else is decoded.
  const text = () => {
    const n = u32();
    let s = '';
    if (n <= 64) {
      for (let i = at; i < at + n; ++i) {
        if (bytes[i] > 0x7f) {
          s = null;
          break;
        }
        s += String.fromCharCode(bytes[i]);
      }
    }
    if (n > 64 || s === null) s = utf8out.decode(bytes.subarray(at, at + n));
    at += n;
    return s;
  };
  const value = () => {
    switch (bytes[at++]) {
      case tag.null:
        return null;
      case tag.boolean_true:
        return true;
      case tag.boolean_false:
        return false;
      case tag.number: {
        const v = view.getFloat64(at, true);
        at += 8;
        return v;
      }
      case tag.string:
        return text();
      case tag.array: {
        const items = new Array(u32());
        for (let i = 0; i < items.length; ++i) items[i] = value();
        return items;
      }
      case tag.object: {
        const object = {};
        for (let n = u32(); n > 0; --n) {
          const key = text();
          object[key] = value();
        }
        return object;
      }
      default:
        throw new Error(`rightsize: unreadable result at byte ${at - 1}`);
    }
  };
  return value();
}

// A module instance's functions taking and returning plain values: each returns
// {ok: true, ...} or {ok: false, errors: [{field, message}]}. Functions a build leaves
// out (the small module has no timeline, the model no recommend) are left out here too.
export function wrap(mod) {
  const api = {};
  const add = (name, f) => {
    if (typeof mod[name] === 'function') api[name] = f;
  };
  add('set_rules', (document) => decode(mod.set_rules(encode(document))));
  add('recommend', (input) => decode(mod.recommend(encode(input))));
  add('set_assumptions', (document) => decode(mod.set_assumptions(encode(document))));
  add('add_catalogue', (name, document) => decode(mod.add_catalogue(String(name), encode(document))));
  add('set_currencies', (document) => decode(mod.set_currencies(encode(document))));
  add('add_service', (name, document) => decode(mod.add_service(String(name), encode(document))));
  add('timeline', (input) => decode(mod.timeline(encode(input))));
  add('share_encode', (input) => decode(mod.share_encode(encode(input))));
  add('share_decode', (fragment) => decode(mod.share_decode(String(fragment ?? ''))));
  add('compare', (input) => decode(mod.compare(encode(input))));
  add('timeline_csv', (input) => decode(mod.timeline_csv(encode(input))));
  add('scale_choice', (input) => decode(mod.scale_choice(encode(input))));
  add('set_alerts', (document) => decode(mod.set_alerts(encode(document))));
  add('set_plan', (document) => decode(mod.set_plan(encode(document))));
  add('alerts', (input, options) => decode(mod.alerts(encode(input), encode(options ?? {}))));
  add('alerts_in_words', (input, options) => decode(mod.alerts_in_words(encode(input), encode(options ?? {}))));
  add('plan', (input, format) => decode(mod.plan(encode(input), String(format ?? ''))));
  return api;
}
