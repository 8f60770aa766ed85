// The JavaScript side of the module's wire (wasm/include/rightsize/wire.hpp): plain values
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
  const bytes = [];
  const scratch = new DataView(new ArrayBuffer(8));
  const u32 = (n) => {
    scratch.setUint32(0, n, true);
    for (let i = 0; i < 4; ++i) bytes.push(scratch.getUint8(i));
  };
  const text = (s) => {
    const b = utf8in.encode(s);
    u32(b.length);
    for (const x of b) bytes.push(x);
  };
  const put = (v, depth = 0) => {
    if (depth > format.max_depth.encode) {  // inside the module's limit, so the field is named
      bytes.push(tag.string);
      text('<nested too deeply>');
    } else if (v === null || v === undefined) bytes.push(tag.null);
    else if (v === true) bytes.push(tag.boolean_true);
    else if (v === false) bytes.push(tag.boolean_false);
    else if (typeof v === 'number') {
      bytes.push(tag.number);
      scratch.setFloat64(0, v, true);
      for (let i = 0; i < 8; ++i) bytes.push(scratch.getUint8(i));
    } else if (typeof v === 'string') {
      bytes.push(tag.string);
      text(v);
    } else if (Array.isArray(v)) {
      bytes.push(tag.array);
      u32(v.length);
      for (const x of v) put(x, depth + 1);
    } else if (typeof v === 'object') {
      const entries = Object.entries(v).filter(([, x]) => x !== undefined);
      bytes.push(tag.object);
      u32(entries.length);
      for (const [k, x] of entries) {
        text(k);
        put(x, depth + 1);
      }
    } else {
      bytes.push(tag.string);
      text(`<${typeof v}>`);
    }
  };
  put(value);
  return new Uint8Array(bytes);
}

export function decode(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const u32 = () => {
    const n = view.getUint32(at, true);
    at += 4;
    return n;
  };
  const text = () => {
    const n = u32();
    const s = utf8out.decode(bytes.subarray(at, at + n));
    at += n;
    return s;
  };
  const value = () => {
    switch (bytes[at++]) {
      case tag.null: return null;
      case tag.boolean_true: return true;
      case tag.boolean_false: return false;
      case tag.number: {
        const v = view.getFloat64(at, true);
        at += 8;
        return v;
      }
      case tag.string: return text();
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
      default: throw new Error(`rightsize: unreadable result at byte ${at - 1}`);
    }
  };
  return value();
}

// A module instance's functions taking and returning plain values: each returns
// {ok: true, ...} or {ok: false, errors: [{field, message}]}. Functions a build leaves
// out (the small module has no timeline) are left out here too.
export function wrap(mod) {
  const api = {};
  const add = (name, f) => {
    if (typeof mod[name] === 'function') api[name] = f;
  };
  add('set_rules', (document) => decode(mod.set_rules(encode(document))));
  add('recommend', (input) => decode(mod.recommend(encode(input))));
  add('set_assumptions', (document) => decode(mod.set_assumptions(encode(document))));
  add('add_catalogue', (name, document) => decode(mod.add_catalogue(String(name), encode(document))));
  add('timeline', (input) => decode(mod.timeline(encode(input))));
  return api;
}
