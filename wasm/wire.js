// The JavaScript side of the module's wire (see wire.hpp): plain values to bytes and
// back, and a wrapper that gives a module instance plain-object functions.
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
    if (depth > 32) {  // well inside the module's own limit of 64
      bytes.push(0x73);
      text('<nested too deeply>');
    } else if (v === null || v === undefined) bytes.push(0x6e);
    else if (v === true) bytes.push(0x74);
    else if (v === false) bytes.push(0x66);
    else if (typeof v === 'number') {
      bytes.push(0x64);
      scratch.setFloat64(0, v, true);
      for (let i = 0; i < 8; ++i) bytes.push(scratch.getUint8(i));
    } else if (typeof v === 'string') {
      bytes.push(0x73);
      text(v);
    } else if (Array.isArray(v)) {
      bytes.push(0x61);
      u32(v.length);
      for (const x of v) put(x, depth + 1);
    } else if (typeof v === 'object') {
      const entries = Object.entries(v).filter(([, x]) => x !== undefined);
      bytes.push(0x6f);
      u32(entries.length);
      for (const [k, x] of entries) {
        text(k);
        put(x, depth + 1);
      }
    } else {
      bytes.push(0x73);
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
      case 0x6e: return null;
      case 0x74: return true;
      case 0x66: return false;
      case 0x64: {
        const v = view.getFloat64(at, true);
        at += 8;
        return v;
      }
      case 0x73: return text();
      case 0x61: {
        const items = new Array(u32());
        for (let i = 0; i < items.length; ++i) items[i] = value();
        return items;
      }
      case 0x6f: {
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
  add('set_currencies', (document) => decode(mod.set_currencies(encode(document))));
  add('timeline', (input) => decode(mod.timeline(encode(input))));
  add('compare', (input) => decode(mod.compare(encode(input))));
  return api;
}
