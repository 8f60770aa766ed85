// The wire between JavaScript and the module: a compact byte encoding of the core's Value
// tree, written and read by wire.js on the other side. One boundary crossing per call
// instead of one per field, and doubles cross bit for bit.
//   n null | t true | f false | d <f64 LE> | s <u32 len><utf-8> | a <u32 n><items> | o <u32 n>(<u32 len><key><value>)*
#pragma once

#include <string>

#include "rightsize/value.hpp"

namespace rightsize::wire {

void encode(const Value& v, std::string& out);

// Malformed bytes give a string value, which every reader then rejects by name.
Value decode(const std::string& bytes);

}  // namespace rightsize::wire
