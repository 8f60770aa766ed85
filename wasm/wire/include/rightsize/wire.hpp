// The wire between JavaScript and the module: a compact byte encoding of the core's Value
// tree, written and read by wasm/wire/wire.js on the other side. One boundary crossing
// per call instead of one per field, and doubles cross bit for bit.
//   null | true | false | number <f64 LE> | string <u32 len><utf-8> | array <u32 n><items>
//   | object <u32 n>(<u32 len><key><value>)*
// Each value starts with its kind's tag byte; the tags and the depth limits are in
// rightsize/wire_format.hpp, generated from the file wire.js imports (wire-format.json).
#pragma once

#include <string>

#include "rightsize/value.hpp"
#include "rightsize/wire_format.hpp"

namespace rightsize::wire {

void encode(const Value& v, std::string& out);

// Malformed bytes, or values nested deeper than max_decode_depth, give a string value,
// which every reader then rejects by name.
Value decode(const std::string& bytes);

}  // namespace rightsize::wire
