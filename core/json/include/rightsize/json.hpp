// The native edge: JSON text and nlohmann_json on one side, rightsize::Value on the other.
// The WebAssembly module never links this (the browser's JSON.parse does the work there).
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "rightsize/result.hpp"
#include "rightsize/value.hpp"

namespace rightsize {

// What one JSON text may hold. No input of ours comes near any of them (the largest, a
// timeline with a milestone for each of 9,999 months, is about 150 KB and 10,000 values);
// they keep a hostile text from costing more than a small, fixed amount of time and memory.
// docs/cli.md states them.
struct JsonLimits {
  static constexpr std::size_t kMaxBytes = std::size_t{1} << 20;  // 1 MiB of text
  static constexpr std::size_t kMaxValues = 100000;               // numbers, texts, lists and objects
  static constexpr std::size_t kMaxTextBytes = 4096;              // one text value, after its escapes
  static constexpr std::size_t kMaxNameBytes = 256;               // one field's name
  static constexpr int kMaxDepth = 64;                            // lists and objects inside the top level
};

Value from_json(const nlohmann::ordered_json& j);
nlohmann::ordered_json to_json(const Value& v);

// Parses JSON text in one pass, in time and memory proportional to its length. A syntax
// error names `field` and says where (line and column); a field given twice, a text or a
// name over its limit are each named by their path ("users", "growth.milestones.6",
// "stages[1].id"), one error apiece; a text over kMaxBytes is refused before it is read.
Result<Value> parse_json_text(std::string_view text, const std::string& field = "input");

// The messages above for an input whose size is over kMaxBytes, when it is known (a file's
// size) or not (a pipe that went on past it); for readers that stop before reading it whole.
std::string json_too_large_message(std::size_t bytes_if_known);

}  // namespace rightsize
